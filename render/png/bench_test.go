package png

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/roadmapgo/roadmap/render"
	"github.com/roadmapgo/roadmap/render/internal/rendertest"
	"github.com/roadmapgo/roadmap/render/svg"
)

func BenchmarkPNGScientist(b *testing.B) {
	d := rendertest.Scientist(b)
	for _, s := range []float64{1, 2} {
		b.Run(fmt.Sprintf("scale=%v", s), func(b *testing.B) {
			for b.Loop() {
				if err := Write(io.Discard, d, Options{Scale: s}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkImageScientist times the drawing alone, without PNG encoding.
func BenchmarkImageScientist(b *testing.B) {
	d := rendertest.Scientist(b)
	for b.Loop() {
		if _, err := Image(d, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEncode encodes the scientist image with image/png at its
// fastest level (the encoder Write used before) and with encodePNG, at
// scales 1 and 2, and reports the sizes.
func BenchmarkEncode(b *testing.B) {
	for _, s := range []float64{1, 2} {
		img, err := Image(rendertest.Scientist(b), Options{Scale: s})
		if err != nil {
			b.Fatal(err)
		}
		encoders := []struct {
			name string
			enc  func(io.Writer, image.Image) error
		}{
			{"image-png", (&png.Encoder{CompressionLevel: png.BestSpeed}).Encode},
			{"ours", func(w io.Writer, _ image.Image) error { return encodePNG(w, img, true) }},
		}
		for _, e := range encoders {
			b.Run(fmt.Sprintf("scale=%v/%s", s, e.name), func(b *testing.B) {
				var buf bytes.Buffer
				for b.Loop() {
					buf.Reset()
					if err := e.enc(&buf, img); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(buf.Len()), "bytes")
			})
		}
	}
}

// BenchmarkRsvgConvert times rsvg-convert (one process per run, as a
// user would run it) rasterizing the SVG of the same diagram at the same
// size, for comparison with BenchmarkPNGScientist/scale=1. librsvg is
// slow on the many blur filters of the shadows: expect seconds per run.
func BenchmarkRsvgConvert(b *testing.B) {
	rsvg, err := exec.LookPath("rsvg-convert")
	if err != nil {
		b.Skip("no rsvg-convert")
	}
	d := rendertest.Scientist(b)
	var doc bytes.Buffer
	if err := svg.Write(&doc, d, svg.Options{}); err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	in, out := filepath.Join(dir, "in.svg"), filepath.Join(dir, "out.png")
	if err := os.WriteFile(in, doc.Bytes(), 0o644); err != nil {
		b.Fatal(err)
	}
	w, h, err := pixelSize(d, 1)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		cmd := exec.Command(rsvg, "-w", fmt.Sprint(w), "-h", fmt.Sprint(h), "-o", out, in)
		if msg, err := cmd.CombinedOutput(); err != nil {
			b.Fatalf("rsvg-convert: %v\n%s", err, msg)
		}
	}
}

// stageCanvas passes on to a renderer only the shadows or only the icons
// of a diagram, to time one stage of drawing.
type stageCanvas struct {
	*renderer
	icons bool // the icons, else the shadows
}

func (s stageCanvas) Rect(b *render.Rect) {
	if !s.icons && s.inShadows {
		s.renderer.Rect(b)
	}
}

func (s stageCanvas) Icon(i *render.Icon) {
	if s.icons {
		s.renderer.Icon(i)
	}
}

func (stageCanvas) Path(*render.Path)         {}
func (stageCanvas) Circle(*render.Circle)     {}
func (stageCanvas) HalfDisc(*render.HalfDisc) {}
func (stageCanvas) Text(*render.Text)         {}

// benchmarkStage times drawing the shadows or the icons of the scientist
// diagram at scales 1 and 2.
func benchmarkStage(b *testing.B, icons bool) {
	d := rendertest.Scientist(b)
	for _, s := range []float64{1, 2} {
		b.Run(fmt.Sprintf("scale=%v", s), func(b *testing.B) {
			w, h, err := pixelSize(d, s)
			if err != nil {
				b.Fatal(err)
			}
			r := &renderer{c: newCanvas(w, h), s: s, opt: Options{ReadFile: render.ReadIconFile}, opacity: 1}
			for b.Loop() {
				render.Paint(stageCanvas{r, icons}, d, render.Theme{})
			}
			if r.err != nil {
				b.Fatal(r.err)
			}
		})
	}
}

// BenchmarkShadows times the blur and painting of the shadow layer.
func BenchmarkShadows(b *testing.B) { benchmarkStage(b, false) }

// BenchmarkEmoji times scaling and painting the emoji icons.
func BenchmarkEmoji(b *testing.B) { benchmarkStage(b, true) }
