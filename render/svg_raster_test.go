package render

import (
	"bytes"
	"fmt"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/roadmapgo/roadmap/layout"
)

// TestSVGRasterizes draws the sample through librsvg and checks colours a
// reader would see: the theme's background, the section and topic fills,
// the optional box's pale fill, and the link target left out of the image.
func TestSVGRasterizes(t *testing.T) {
	bin, err := exec.LookPath("rsvg-convert")
	if err != nil {
		t.Skip("rsvg-convert not installed (apt-get install librsvg2-bin)")
	}
	for _, th := range []Theme{Light, Dark} {
		t.Run(th.Name, func(t *testing.T) {
			svgPath := filepath.Join(t.TempDir(), "sample.svg")
			if err := os.WriteFile(svgPath, renderSVG(t, svgSample(), SVGOptions{Theme: th}), 0o644); err != nil {
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
				want Color
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
func near(c color.Color, want Color) bool {
	r, g, b, _ := c.RGBA()
	d := func(v uint32, w uint8) int { x := int(v>>8) - int(w); return x * x }
	return d(r, want.R)+d(g, want.G)+d(b, want.B) < 3*12*12
}

// bigDiagram is a roadmap of sections×topics boxes with every edge kind.
func bigDiagram(sections, topics int) *layout.Diagram {
	d := &layout.Diagram{Width: 960, Title: "Big", Description: "A big roadmap."}
	y := 0.0
	for s := 0; s < sections; s++ {
		sid := fmt.Sprintf("s%d", s)
		d.Nodes = append(d.Nodes, layout.Node{ID: sid, Kind: layout.KindSection,
			Box:   layout.Rect{X: 100, Y: y, W: 240, H: 48},
			Lines: []layout.Line{{Text: fmt.Sprintf("%d. Section number %d", s+1, s), X: 220, Baseline: y + 30, Size: 18, Bold: true, Anchor: layout.AnchorMiddle}},
			Icon:  &layout.Icon{Text: "🧠", Box: layout.Rect{X: 40, Y: y, W: 48, H: 48}}})
		if s > 0 {
			d.Edges = append(d.Edges, layout.Edge{ID: "spine" + sid, From: fmt.Sprintf("s%d", s-1), To: sid, Kind: layout.EdgeSpine,
				Path: []layout.Segment{{Op: layout.MoveTo, Pts: []layout.Point{{X: 220, Y: y - 100}}},
					{Op: layout.CubicTo, Pts: []layout.Point{{X: 220, Y: y - 50}, {X: 220, Y: y - 50}, {X: 220, Y: y}}}}})
		}
		for k := 0; k < topics; k++ {
			tid := fmt.Sprintf("%s-t%d", sid, k)
			ty := y + float64(k)*57
			d.Nodes = append(d.Nodes, layout.Node{ID: tid, Kind: layout.KindTopic, Optional: k%3 == 2, URL: "https://example.com/" + tid,
				Tooltip: strings.Repeat("A long description of the topic. ", 5),
				Box:     layout.Rect{X: 600, Y: ty, W: 240, H: 48},
				Lines:   []layout.Line{{Text: "Topic " + tid, X: 720, Baseline: ty + 30, Size: 18, Anchor: layout.AnchorMiddle}}})
			d.Edges = append(d.Edges, layout.Edge{ID: "c" + tid, From: tid, To: sid, Kind: layout.EdgeTopic, Dashed: true, Arrow: true,
				Path: []layout.Segment{{Op: layout.MoveTo, Pts: []layout.Point{{X: 600, Y: ty + 24}}}, {Op: layout.LineTo, Pts: []layout.Point{{X: 340, Y: y + 24}}}}})
		}
		y += float64(topics)*57 + 100
	}
	d.Height = y
	return d
}

func BenchmarkSVG(b *testing.B) {
	d := bigDiagram(40, 6) // 280 boxes, 279 edges
	for _, embed := range []bool{false, true} {
		b.Run(fmt.Sprintf("embedFont=%v", embed), func(b *testing.B) {
			var n int64
			for b.Loop() {
				cw := &countWriter{}
				if err := SVG(cw, d, SVGOptions{EmbedFont: embed}); err != nil {
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
