package png

import (
	"bytes"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/roadmapgo/roadmap/internal/tooltest"
	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/render/svgicon"
)

// iconFiles are the SVG icons of package svgicon's tests: drawings in
// the manners of simple-icons, Material, Twemoji, Noto (gradients) and
// Feather (strokes), with groups, transforms and <use>.
func iconFiles(t testing.TB) []string {
	t.Helper()
	files, err := filepath.Glob("../svgicon/testdata/*.svg")
	if err != nil || len(files) < 6 {
		t.Fatalf("the test icons are missing: %v %v", files, err)
	}
	return files
}

// parseIconFile reads and parses an SVG icon.
func parseIconFile(t testing.TB, name string) *svgicon.Icon {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	ic, err := svgicon.Parse(data)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return ic
}

// iconFidelityLimit is the largest mean absolute difference per channel
// (premultiplied RGBA, 0..255) allowed between this package's raster of
// a test icon at 96×96 and librsvg's. Measured: 0.01 (material) to 0.26
// (emoji), from anti-aliasing (exact area coverage here, cairo's
// sampling there) and gradient rounding. The limit is about twice the
// worst: leaving out the emoji's small blue drop (140 pixels of 9216)
// costs 1.2, a wrong colour or transform far more.
const iconFidelityLimit = 0.6

// Each test icon must look as librsvg draws it.
func TestSVGIconFidelity(t *testing.T) {
	rsvg := tooltest.Find(t, "librsvg2-bin", "rsvg-convert")
	for _, name := range iconFiles(t) {
		t.Run(filepath.Base(name), func(t *testing.T) {
			ours := IconImage(parseIconFile(t, name), 96, 96)
			out, err := exec.Command(rsvg, "-w", "96", "-h", "96", name).Output()
			if err != nil {
				t.Fatalf("rsvg-convert: %v", err)
			}
			m, err := png.Decode(bytes.NewReader(out))
			if err != nil {
				t.Fatal(err)
			}
			theirs := toRGBA(m)
			stats := compareImages(ours, theirs, nil)
			t.Logf("%s vs librsvg: %v", filepath.Base(name), stats)
			if stats.meanAbs > iconFidelityLimit || os.Getenv("RENDER_KEEP") != "" {
				base := filepath.Join("testdata", "icon-"+filepath.Base(name))
				writePNG(t, base+"-ours.got.png", ours)
				writePNG(t, base+"-rsvg.got.png", theirs)
			}
			if stats.meanAbs > iconFidelityLimit {
				t.Errorf("the raster differs from librsvg's: %v (limit %v)", stats, iconFidelityLimit)
			}
		})
	}
}

// iconSheet is a diagram of the test icons at several sizes, at whole and
// fractional positions, one of them clipped by the canvas edge.
func iconSheet(t testing.TB) *layout.Diagram {
	d := &layout.Diagram{Width: 420, Height: 150}
	for i, name := range iconFiles(t) {
		x := 10 + float64(i)*68.3
		for j, size := range []float64{64, 32, 16} {
			y := []float64{8, 80.5, 120.25}[j]
			d.Nodes = append(d.Nodes, layout.Node{ID: filepath.Base(name) + strconv.Itoa(j), Kind: layout.KindTopic,
				Box:  layout.Rect{X: 415, Y: 145, W: 2, H: 2},
				Icon: &layout.Icon{Path: name, Box: layout.Rect{X: x, Y: y, W: size, H: size}}})
		}
	}
	d.Nodes[len(d.Nodes)-3].Icon.Box.X = 380 // half off the right edge
	return d
}

// TestSVGIconGolden compares the icon sheet with testdata/svg-icons.png
// (go test -update rewrites it; compare it by eye with rsvg-convert's
// drawing of the test icons).
func TestSVGIconGolden(t *testing.T) {
	pngCheckGolden(t, "svg-icons", renderPNG(t, iconSheet(t), Options{Scale: 2}))
}

// BenchmarkSVGIcon measures parsing and rasterizing the test icons, one
// op drawing all of them, at 64×64 pixels.
func BenchmarkSVGIcon(b *testing.B) {
	var data [][]byte
	for _, name := range iconFiles(b) {
		d, err := os.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		data = append(data, d)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range data {
			ic, err := svgicon.Parse(d)
			if err != nil {
				b.Fatal(err)
			}
			IconImage(ic, 64, 64)
		}
	}
}
