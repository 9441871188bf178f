package png

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/roadmapgo/roadmap/internal/golden"
	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/render"
	"github.com/roadmapgo/roadmap/render/internal/rendertest"
)

// writeRasterIcon writes a small two-colour PNG icon into dir and returns its path.
func writeRasterIcon(t testing.TB, dir string) string {
	t.Helper()
	img := image.NewNRGBA(image.Rect(0, 0, 32, 24))
	for y := 0; y < 24; y++ {
		for x := 0; x < 32; x++ {
			c := color.NRGBA{0xe0, 0x40, 0x30, 0xff}
			if (x/8+y/8)%2 == 1 {
				c = color.NRGBA{0x20, 0x30, 0x90, 0xff}
			}
			img.SetNRGBA(x, y, c)
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "icon.png")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// decodePNG decodes PNG bytes into RGBA.
func decodePNG(t testing.TB, b []byte) *image.RGBA {
	t.Helper()
	m, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("output is not a PNG: %v", err)
	}
	return toRGBA(m)
}

func renderPNG(t testing.TB, d *layout.Diagram, opt Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, d, opt); err != nil {
		t.Fatalf("PNG: %v", err)
	}
	return buf.Bytes()
}

// TestPNGGolden compares renderings of the hand-built diagram with
// testdata/png-*.png (go test -update rewrites them; look at them before
// committing). The rasterizer is ours and deterministic, so on one
// machine the pixels match exactly; the comparison allows a few pixels
// off by a little, for floating-point differences between architectures
// (Go fuses multiply-adds on arm64), and still fails on any visible
// change: a line of text moved by one pixel, a missing dash or a changed
// colour each alter hundreds of pixels by far more than 16.
func TestPNGGolden(t *testing.T) {
	icon := writeRasterIcon(t, t.TempDir())
	cases := []struct {
		name string
		opt  Options
	}{
		{"png-light", Options{}},
		{"png-dark-transparent", Options{Theme: render.Dark, Transparent: true}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := rendertest.RasterSample(&layout.Icon{Path: icon, Box: layout.Rect{X: 60, Y: 118, W: 80, H: 80}})
			pngCheckGolden(t, c.name, renderPNG(t, d, c.opt))
		})
	}
}

// pngCheckGolden compares got with testdata/NAME.png, allowing one pixel
// in 10,000 off by more than 16, rewriting it with -update.
func pngCheckGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name+".png")
	if golden.Update() {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	g, w := decodePNG(t, got), decodePNG(t, want)
	if g.Rect != w.Rect {
		t.Fatalf("size %v, golden %v", g.Rect.Size(), w.Rect.Size())
	}
	off := countOff(g, w, 16)
	if off > g.Rect.Dx()*g.Rect.Dy()/10000 {
		gotPath := golden.GotPath(path)
		_ = os.WriteFile(gotPath, got, 0o644)
		t.Errorf("%d pixels differ from %s by more than 16; see %s", off, path, gotPath)
	}
}

// countOff counts the pixels of a and b that differ by more than limit in
// some channel.
func countOff(a, b *image.RGBA, limit int) int {
	n := 0
	for i := 0; i < len(a.Pix); i += 4 {
		for c := 0; c < 4; c++ {
			if d := int(a.Pix[i+c]) - int(b.Pix[i+c]); d > limit || d < -limit {
				n++
				break
			}
		}
	}
	return n
}

func TestPNGDeterministic(t *testing.T) {
	d := rendertest.RasterSample(nil)
	first := renderPNG(t, d, Options{Scale: 1.5})
	results := make(chan []byte, 4)
	for range cap(results) {
		go func() {
			var buf bytes.Buffer
			if err := Write(&buf, d, Options{Scale: 1.5}); err != nil {
				results <- nil
				return
			}
			results <- buf.Bytes()
		}()
	}
	for range cap(results) {
		if got := <-results; !bytes.Equal(got, first) {
			t.Fatal("the same diagram rendered concurrently gave different bytes")
		}
	}
}

// at returns the colour of the pixel at user-space point (x, y).
func at(m *image.RGBA, x, y, scale float64) color.RGBA {
	return m.RGBAAt(int(x*scale), int(y*scale))
}

func TestPNGOptions(t *testing.T) {
	d := rendertest.RasterSample(nil)
	d.Width, d.Height = 960.4, 580
	for _, s := range []float64{0, 1, 2, 0.5} {
		m := decodePNG(t, renderPNG(t, d, Options{Scale: s}))
		k := s
		if k == 0 {
			k = 1
		}
		want := image.Pt(int(math.Ceil(960.4*k)), int(math.Ceil(580*k)))
		if m.Rect.Size() != want {
			t.Errorf("scale %v: size %v, want %v", s, m.Rect.Size(), want)
		}
	}
	light := decodePNG(t, renderPNG(t, d, Options{}))
	if c := light.RGBAAt(2, 2); c != (color.RGBA{0xff, 0xff, 0xff, 0xff}) {
		t.Errorf("light background %v, want opaque white", c)
	}
	if c := at(light, 200, 130, 1); c != (color.RGBA{render.Light.Section.R, render.Light.Section.G, render.Light.Section.B, 0xff}) {
		t.Errorf("section box %v, want the theme's section colour", c)
	}
	if c := at(light, 610, 230, 1); c != (color.RGBA{render.Light.Optional.R, render.Light.Optional.G, render.Light.Optional.B, 0xff}) {
		t.Errorf("optional box %v, want the theme's optional colour", c)
	}
	dark := decodePNG(t, renderPNG(t, d, Options{Theme: render.Dark, Scale: 2}))
	bg := render.Dark.Background
	if c := dark.RGBAAt(2, 2); c != (color.RGBA{bg.R, bg.G, bg.B, 0xff}) {
		t.Errorf("dark background %v, want %v", c, bg.Hex())
	}
	if c := at(dark, 200, 130, 2); c != (color.RGBA{render.Dark.Section.R, render.Dark.Section.G, render.Dark.Section.B, 0xff}) {
		t.Errorf("dark section box at scale 2: %v, want %v", c, render.Dark.Section.Hex())
	}
	clear := decodePNG(t, renderPNG(t, d, Options{Transparent: true}))
	if c := clear.RGBAAt(2, 2); c.A != 0 {
		t.Errorf("transparent background has alpha %d", c.A)
	}
	if c := at(clear, 200, 130, 1); c.A != 0xff {
		t.Errorf("box on a transparent background has alpha %d", c.A)
	}
	if c := at(clear, 412, 209, 1); c.A == 0 || c.A > 0x80 {
		t.Errorf("shadow on a transparent background has alpha %d, want a soft one", c.A)
	}
}

func TestPNGErrors(t *testing.T) {
	good := rendertest.RasterSample(nil)
	empty := *good
	empty.Width = 0
	huge := *good
	huge.Width, huge.Height = 1e6, 1e6
	noIcon := rendertest.RasterSample(&layout.Icon{Path: filepath.Join(t.TempDir(), "missing.png"), Box: layout.Rect{W: 10, H: 10}})
	badPath := filepath.Join(t.TempDir(), "bad.png")
	if err := os.WriteFile(badPath, []byte("\x89PNG\r\n\x1a\nnot really"), 0o644); err != nil {
		t.Fatal(err)
	}
	badIcon := rendertest.RasterSample(&layout.Icon{Path: badPath, Box: layout.Rect{W: 10, H: 10}})
	nan := rendertest.RasterSample(nil)
	nan.Nodes[1].Box.X = math.NaN()
	far := rendertest.RasterSample(nil)
	far.Edges[0].Path[1].Pts[1].Y = 1e12
	cases := []struct {
		name string
		d    *layout.Diagram
		opt  Options
		want string
	}{
		{"nil", nil, Options{}, "nil diagram"},
		{"negative scale", good, Options{Scale: -1}, "invalid scale"},
		{"NaN scale", good, Options{Scale: math.NaN()}, "invalid scale"},
		{"empty", &empty, Options{}, "empty canvas"},
		{"huge", &huge, Options{}, "over the limit"},
		{"missing icon", noIcon, Options{}, `node "s1": icon`},
		{"corrupt icon", badIcon, Options{}, "bad.png"},
		{"NaN box", nan, Options{}, `node "s1": box out of range`},
		{"far path", far, Options{}, `edge "spine": path out of range`},
	}
	for _, c := range cases {
		var buf bytes.Buffer
		err := Write(&buf, c.d, c.opt)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want one containing %q", c.name, err, c.want)
		}
		if buf.Len() != 0 {
			t.Errorf("%s: wrote %d bytes despite the error", c.name, buf.Len())
		}
	}
}

// Shapes that cross the canvas edge are cut there, not lost or smeared.
func TestPNGClipping(t *testing.T) {
	d := &layout.Diagram{Width: 100, Height: 60, Nodes: []layout.Node{
		{ID: "a", Kind: layout.KindSection, Box: layout.Rect{X: -50, Y: -20, W: 100, H: 50}},
		{ID: "b", Kind: layout.KindTopic, Box: layout.Rect{X: 80, Y: 40, W: 100, H: 100}},
	}}
	m, err := Image(d, Options{})
	if err != nil {
		t.Fatal(err)
	}
	sec := color.RGBA{render.Light.Section.R, render.Light.Section.G, render.Light.Section.B, 0xff}
	top := color.RGBA{render.Light.Topic.R, render.Light.Topic.G, render.Light.Topic.B, 0xff}
	for _, c := range []struct {
		x, y int
		want color.RGBA
	}{{0, 0, sec}, {48, 28, sec}, {99, 59, top}, {81, 41, top}} {
		if got := m.RGBAAt(c.x, c.y); got != c.want {
			t.Errorf("pixel (%d,%d) = %v, want %v", c.x, c.y, got, c.want)
		}
	}
	if got := m.RGBAAt(70, 10); got != (color.RGBA{0xff, 0xff, 0xff, 0xff}) {
		t.Errorf("pixel right of the clipped box = %v, want background", got)
	}
}

func TestProgressGolden(t *testing.T) {
	d := rendertest.ProgressSample(t)
	pngCheckGolden(t, "png-progress-light", renderPNG(t, d, Options{}))
	pngCheckGolden(t, "png-progress-dark", renderPNG(t, d, Options{Theme: render.Dark}))
}
