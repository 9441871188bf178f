package render

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
)

// label returns the lines of a centred label in box b, measured with the
// layout's font.
func rasterLabel(b layout.Rect, size float64, bold bool, texts ...string) []layout.Line {
	lead := size * 1.3
	top := b.Y + b.H/2 - lead*float64(len(texts))/2
	st := layout.Style{Size: size, Bold: bold}
	lines := make([]layout.Line, len(texts))
	for i, t := range texts {
		lines[i] = layout.Line{Text: t, X: b.X + b.W/2, Baseline: top + lead*float64(i) + (lead+st.Ascent()-st.Descent())/2,
			Size: size, Bold: bold, Anchor: layout.AnchorMiddle, Width: layout.MeasureString(t, st)}
	}
	return lines
}

// rasterSample is a hand-built diagram with every kind of node and edge
// the renderers draw: a title, two sections on a curved spine, topics
// tied by dashed connectors, an optional topic, a prerequisite with a
// filled arrowhead, a spine arrow, an emoji icon and a left-aligned line.
func rasterSample(icon *layout.Icon) *layout.Diagram {
	sec1 := layout.Rect{X: 160, Y: 110, W: 250, H: 96}
	sec2 := layout.Rect{X: 560, Y: 380, W: 250, H: 96}
	topics := []layout.Rect{
		{X: 600, Y: 70, W: 235, H: 74},
		{X: 600, Y: 170, W: 235, H: 74},
		{X: 90, Y: 340, W: 235, H: 74},
		{X: 90, Y: 440, W: 235, H: 74},
	}
	d := &layout.Diagram{Width: 960, Height: 580, Title: "Sample Roadmap"}
	title := layout.Rect{X: 280, Y: 12, W: 400, H: 50}
	d.Nodes = append(d.Nodes,
		layout.Node{ID: "title", Kind: layout.KindTitle, Box: title, Lines: rasterLabel(title, 40, true, "Sample Roadmap"),
			Icon: &layout.Icon{Text: "👩‍🔬", Box: layout.Rect{X: 210, Y: 13, W: 48, H: 48}}},
		layout.Node{ID: "s1", Kind: layout.KindSection, Box: sec1, Lines: rasterLabel(sec1, 21, true, "1. The LLM", "architecture"), Icon: icon},
		layout.Node{ID: "t1", Kind: layout.KindTopic, Box: topics[0], Lines: rasterLabel(topics[0], 20, false, "Architectural", "Overview")},
		layout.Node{ID: "t2", Kind: layout.KindTopic, Box: topics[1], Lines: rasterLabel(topics[1], 20, false, "Tokenization"), Optional: true},
		layout.Node{ID: "s2", Kind: layout.KindSection, Box: sec2, Lines: rasterLabel(sec2, 21, true, "2. Pre-training", "models")},
		layout.Node{ID: "t3", Kind: layout.KindTopic, Box: topics[2], Lines: rasterLabel(topics[2], 20, false, "Data preparation")},
		layout.Node{ID: "t4", Kind: layout.KindTopic, Box: topics[3], Lines: []layout.Line{{
			Text: "Monitoring AVWAY", X: 104, Baseline: 484, Size: 20, Anchor: layout.AnchorStart,
			Width: layout.MeasureString("Monitoring AVWAY", layout.Style{Size: 20})}}},
	)
	p := func(x, y float64) layout.Point { return layout.Point{X: x, Y: y} }
	d.Edges = []layout.Edge{
		{ID: "spine", From: "s1", To: "s2", Kind: layout.EdgeSpine, Arrow: true, Path: []layout.Segment{
			{Op: layout.MoveTo, Pts: []layout.Point{p(285, 206)}},
			{Op: layout.CubicTo, Pts: []layout.Point{p(285, 330), p(685, 250), p(685, 380)}},
		}},
		{ID: "c1", From: "s1", To: "t1", Kind: layout.EdgeTopic, Dashed: true, Arrow: true, Path: []layout.Segment{
			{Op: layout.MoveTo, Pts: []layout.Point{p(600, 107)}}, {Op: layout.LineTo, Pts: []layout.Point{p(410, 158)}},
		}},
		{ID: "c2", From: "s1", To: "t2", Kind: layout.EdgeTopic, Dashed: true, Path: []layout.Segment{
			{Op: layout.MoveTo, Pts: []layout.Point{p(600, 207)}}, {Op: layout.LineTo, Pts: []layout.Point{p(410, 158)}},
		}},
		{ID: "c3", From: "s2", To: "t3", Kind: layout.EdgeTopic, Dashed: true, Path: []layout.Segment{
			{Op: layout.MoveTo, Pts: []layout.Point{p(325, 377)}}, {Op: layout.LineTo, Pts: []layout.Point{p(560, 428)}},
		}},
		{ID: "c4", From: "s2", To: "t4", Kind: layout.EdgeTopic, Dashed: true, Path: []layout.Segment{
			{Op: layout.MoveTo, Pts: []layout.Point{p(325, 477)}}, {Op: layout.LineTo, Pts: []layout.Point{p(560, 428)}},
		}},
		{ID: "r1", From: "t1", To: "t2", Kind: layout.EdgeRequires, Arrow: true, Path: []layout.Segment{
			{Op: layout.MoveTo, Pts: []layout.Point{p(835, 107)}},
			{Op: layout.CubicTo, Pts: []layout.Point{p(900, 107), p(900, 207), p(835, 207)}},
		}},
	}
	return d
}

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

func renderPNG(t testing.TB, d *layout.Diagram, opt PNGOptions) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := PNG(&buf, d, opt); err != nil {
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
		opt  PNGOptions
	}{
		{"png-light", PNGOptions{}},
		{"png-dark-transparent", PNGOptions{Theme: Dark, Transparent: true}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := rasterSample(&layout.Icon{Path: icon, Box: layout.Rect{X: 60, Y: 118, W: 80, H: 80}})
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
	d := rasterSample(nil)
	first := renderPNG(t, d, PNGOptions{Scale: 1.5})
	results := make(chan []byte, 4)
	for range cap(results) {
		go func() {
			var buf bytes.Buffer
			if err := PNG(&buf, d, PNGOptions{Scale: 1.5}); err != nil {
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
	d := rasterSample(nil)
	d.Width, d.Height = 960.4, 580
	for _, s := range []float64{0, 1, 2, 0.5} {
		m := decodePNG(t, renderPNG(t, d, PNGOptions{Scale: s}))
		k := s
		if k == 0 {
			k = 1
		}
		want := image.Pt(int(math.Ceil(960.4*k)), int(math.Ceil(580*k)))
		if m.Rect.Size() != want {
			t.Errorf("scale %v: size %v, want %v", s, m.Rect.Size(), want)
		}
	}
	light := decodePNG(t, renderPNG(t, d, PNGOptions{}))
	if c := light.RGBAAt(2, 2); c != (color.RGBA{0xff, 0xff, 0xff, 0xff}) {
		t.Errorf("light background %v, want opaque white", c)
	}
	if c := at(light, 200, 130, 1); c != (color.RGBA{Light.Section.R, Light.Section.G, Light.Section.B, 0xff}) {
		t.Errorf("section box %v, want the theme's section colour", c)
	}
	if c := at(light, 610, 230, 1); c != (color.RGBA{Light.Optional.R, Light.Optional.G, Light.Optional.B, 0xff}) {
		t.Errorf("optional box %v, want the theme's optional colour", c)
	}
	dark := decodePNG(t, renderPNG(t, d, PNGOptions{Theme: Dark, Scale: 2}))
	bg := Dark.Background
	if c := dark.RGBAAt(2, 2); c != (color.RGBA{bg.R, bg.G, bg.B, 0xff}) {
		t.Errorf("dark background %v, want %v", c, bg.Hex())
	}
	if c := at(dark, 200, 130, 2); c != (color.RGBA{Dark.Section.R, Dark.Section.G, Dark.Section.B, 0xff}) {
		t.Errorf("dark section box at scale 2: %v, want %v", c, Dark.Section.Hex())
	}
	clear := decodePNG(t, renderPNG(t, d, PNGOptions{Transparent: true}))
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
	good := rasterSample(nil)
	empty := *good
	empty.Width = 0
	huge := *good
	huge.Width, huge.Height = 1e6, 1e6
	noIcon := rasterSample(&layout.Icon{Path: filepath.Join(t.TempDir(), "missing.png"), Box: layout.Rect{W: 10, H: 10}})
	badPath := filepath.Join(t.TempDir(), "bad.png")
	if err := os.WriteFile(badPath, []byte("\x89PNG\r\n\x1a\nnot really"), 0o644); err != nil {
		t.Fatal(err)
	}
	badIcon := rasterSample(&layout.Icon{Path: badPath, Box: layout.Rect{W: 10, H: 10}})
	nan := rasterSample(nil)
	nan.Nodes[1].Box.X = math.NaN()
	far := rasterSample(nil)
	far.Edges[0].Path[1].Pts[1].Y = 1e12
	cases := []struct {
		name string
		d    *layout.Diagram
		opt  PNGOptions
		want string
	}{
		{"nil", nil, PNGOptions{}, "nil diagram"},
		{"negative scale", good, PNGOptions{Scale: -1}, "invalid scale"},
		{"NaN scale", good, PNGOptions{Scale: math.NaN()}, "invalid scale"},
		{"empty", &empty, PNGOptions{}, "empty canvas"},
		{"huge", &huge, PNGOptions{}, "over the limit"},
		{"missing icon", noIcon, PNGOptions{}, `node "s1": icon`},
		{"corrupt icon", badIcon, PNGOptions{}, "bad.png"},
		{"NaN box", nan, PNGOptions{}, `node "s1": box out of range`},
		{"far path", far, PNGOptions{}, `edge "spine": path out of range`},
	}
	for _, c := range cases {
		var buf bytes.Buffer
		err := PNG(&buf, c.d, c.opt)
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
	m, err := Image(d, PNGOptions{})
	if err != nil {
		t.Fatal(err)
	}
	sec := color.RGBA{Light.Section.R, Light.Section.G, Light.Section.B, 0xff}
	top := color.RGBA{Light.Topic.R, Light.Topic.G, Light.Topic.B, 0xff}
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
