package png

import (
	"bytes"
	"fmt"
	"image/png"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

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

// BenchmarkPNGCompression encodes the scientist image at each zlib level
// and reports the size, to justify pngCompression.
func BenchmarkPNGCompression(b *testing.B) {
	img, err := Image(rendertest.Scientist(b), Options{})
	if err != nil {
		b.Fatal(err)
	}
	levels := []struct {
		name  string
		level png.CompressionLevel
	}{
		{"BestSpeed", png.BestSpeed},
		{"Default", png.DefaultCompression},
		{"BestCompression", png.BestCompression},
	}
	for _, l := range levels {
		b.Run(l.name, func(b *testing.B) {
			var buf bytes.Buffer
			enc := png.Encoder{CompressionLevel: l.level}
			for b.Loop() {
				buf.Reset()
				if err := enc.Encode(&buf, img); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(buf.Len()), "bytes")
		})
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
