package svg

import (
	"bytes"
	"fmt"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/roadmapgo/roadmap/internal/tooltest"
	"github.com/roadmapgo/roadmap/render"
	"github.com/roadmapgo/roadmap/render/internal/rendertest"
)

// TestSVGRasterizes draws the sample through librsvg and checks colours a
// reader would see: the theme's background, the section and topic fills,
// the optional box's pale fill, and the link target left out of the image;
// the auto theme in its light palette.
func TestSVGRasterizes(t *testing.T) {
	bin := tooltest.Find(t, "librsvg2-bin", "rsvg-convert")
	// auto draws in light: librsvg takes no part in prefers-color-scheme.
	for _, th := range []render.Theme{render.Light, render.Dark, render.Auto} {
		t.Run(th.Name, func(t *testing.T) {
			svgPath := filepath.Join(t.TempDir(), "sample.svg")
			if err := os.WriteFile(svgPath, renderSVG(t, rendertest.SVGSample(), Options{Theme: th}), 0o644); err != nil {
				t.Fatal(err)
			}
			out, err := exec.Command(bin, svgPath).Output()
			if err != nil {
				t.Fatalf("rsvg-convert: %v", err)
			}
			img, err := png.Decode(bytes.NewReader(out))
			if err != nil {
				t.Fatal(err)
			}
			if b := img.Bounds(); b.Dx() != 480 || b.Dy() != 320 {
				t.Errorf("image is %v, want 480x320", b)
			}
			for _, c := range []struct {
				what string
				x, y int
				want render.Color
			}{
				{"background", 2, 2, th.Background},
				{"section fill", 45, 125, th.Section},
				{"topic fill", 305, 100, th.Topic},
				{"optional fill", 305, 150, th.Optional},
				{"spine", 370, 238, th.Spine},
			} {
				if got := img.At(c.x, c.y); !near(got, c.want) {
					t.Errorf("%s at (%d,%d) is %v, want %s", c.what, c.x, c.y, got, c.want.Hex())
				}
			}
		})
	}
}

// near reports whether c is within a small distance of want, allowing
// for anti-aliasing.
func near(c color.Color, want render.Color) bool {
	r, g, b, _ := c.RGBA()
	d := func(v uint32, w uint8) int { x := int(v>>8) - int(w); return x * x }
	return d(r, want.R)+d(g, want.G)+d(b, want.B) < 3*12*12
}

func BenchmarkSVG(b *testing.B) {
	d := rendertest.BigDiagram(40, 6) // 280 boxes, 279 edges
	for _, embed := range []bool{false, true} {
		b.Run(fmt.Sprintf("embedFont=%v", embed), func(b *testing.B) {
			var n int64
			for b.Loop() {
				cw := &countWriter{}
				if err := Write(cw, d, Options{EmbedFont: embed}); err != nil {
					b.Fatal(err)
				}
				n = cw.n
			}
			b.ReportMetric(float64(n), "bytes/op")
		})
	}
}

type countWriter struct{ n int64 }

func (c *countWriter) Write(p []byte) (int, error) { c.n += int64(len(p)); return len(p), nil }
