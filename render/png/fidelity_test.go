package png

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/draw"
	"image/png"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/roadmapgo/roadmap/internal/tooltest"
	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/render/internal/rendertest"
	"github.com/roadmapgo/roadmap/render/svg"
)

// diffStats compares two images of the same size outside the rectangles
// skip: the mean absolute difference per channel (0..255) and the
// fraction of pixels differing by more than 64 in some channel.
type diffStats struct {
	meanAbs  float64
	fracOver float64
	pixels   int
}

func (s diffStats) String() string {
	return fmt.Sprintf("mean |Δ| %.3f/255 per channel, %.3f%% of %d pixels off by more than 64",
		s.meanAbs, 100*s.fracOver, s.pixels)
}

func compareImages(a, b *image.RGBA, skip []image.Rectangle) diffStats {
	var sum, over, n int
	r := a.Rect.Intersect(b.Rect)
	for y := r.Min.Y; y < r.Max.Y; y++ {
	pixel:
		for x := r.Min.X; x < r.Max.X; x++ {
			for _, s := range skip {
				if (image.Point{x, y}).In(s) {
					continue pixel
				}
			}
			i, j := a.PixOffset(x, y), b.PixOffset(x, y)
			worst := 0
			for c := 0; c < 4; c++ {
				d := int(a.Pix[i+c]) - int(b.Pix[j+c])
				d = max(d, -d)
				sum += d
				worst = max(worst, d)
			}
			if worst > 64 {
				over++
			}
			n++
		}
	}
	if n == 0 {
		return diffStats{}
	}
	return diffStats{meanAbs: float64(sum) / float64(4*n), fracOver: float64(over) / float64(n), pixels: n}
}

// toRGBA converts any image to *image.RGBA with its origin at (0, 0).
func toRGBA(m image.Image) *image.RGBA {
	if r, ok := m.(*image.RGBA); ok && r.Rect.Min == (image.Point{}) {
		return r
	}
	b := m.Bounds()
	out := image.NewRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
	draw.Draw(out, out.Rect, m, b.Min, draw.Src)
	return out
}

// chromiumScreenshot renders svg inline in an HTML page with no margin, in
// a w×h headless Chromium window at the given device scale factor, and
// returns the screenshot.
func chromiumScreenshot(t *testing.T, svg []byte, w, h int, scale float64) *image.RGBA {
	t.Helper()
	dir := t.TempDir()
	page := filepath.Join(dir, "page.html")
	html := append([]byte("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>html,body{margin:0;padding:0}svg{display:block}</style></head><body>"), svg...)
	html = append(html, "</body></html>"...)
	if err := os.WriteFile(page, html, 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out.png")
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, tooltest.Chromium(t), "--headless", "--no-sandbox", "--disable-gpu",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--no-first-run", "--hide-scrollbars", fmt.Sprintf("--force-device-scale-factor=%v", scale),
		fmt.Sprintf("--window-size=%d,%d", w, h), "--user-data-dir="+filepath.Join(dir, "profile"),
		"--screenshot="+out, "file://"+page)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, msg)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	m, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return toRGBA(m)
}

// iconBoxes returns the device-pixel boxes of d's icons, grown by 2 px.
func iconBoxes(d *layout.Diagram, scale float64) []image.Rectangle {
	var out []image.Rectangle
	for _, n := range d.Nodes {
		if n.Icon == nil {
			continue
		}
		b := n.Icon.Box
		out = append(out, image.Rect(int(math.Floor(b.X*scale))-2, int(math.Floor(b.Y*scale))-2,
			int(math.Ceil((b.X+b.W)*scale))+2, int(math.Ceil((b.Y+b.H)*scale))+2))
	}
	return out
}

// TestFidelityChromium checks that the PNG renderer draws what Chromium
// draws of the SVG renderer's output for the same diagram, at the same
// size: mean absolute difference at most 3/255 per channel and at most 2%
// of pixels off by more than 64. Icon boxes are left out of the
// comparison, since Chromium draws emoji in colour and the PNG renderer
// draws a badge (see PNG).
func TestFidelityChromium(t *testing.T) {
	tooltest.Chromium(t)
	cases := []struct {
		name  string
		d     func(testing.TB) *layout.Diagram
		scale float64
		embed bool
	}{
		{"sample", func(testing.TB) *layout.Diagram { return rendertest.RasterSample(nil) }, 1, false},
		{"sample-embedded-font", func(testing.TB) *layout.Diagram { return rendertest.RasterSample(nil) }, 1, true},
		{"sample-scale2", func(testing.TB) *layout.Diagram { return rendertest.RasterSample(nil) }, 2, false},
		{"scientist", rendertest.Scientist, 1, false},
		{"progress", rendertest.ProgressSample, 1, false},
		{"progress-scale2", rendertest.ProgressSample, 2, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			stats := fidelity(t, c.name, c.d(t), c.scale, c.embed)
			t.Logf("PNG vs Chromium: %v", stats)
			if stats.meanAbs > 3 || stats.fracOver > 0.02 {
				t.Errorf("PNG differs from Chromium's rendering of the SVG: %v", stats)
			}
		})
	}
}

// fidelity renders d as SVG (through Chromium) and as PNG at scale, and
// compares them. When they differ too much, or RENDER_KEEP is set, it
// leaves both images in testdata/fidelity-NAME-*.got.png.
func fidelity(t *testing.T, name string, d *layout.Diagram, scale float64, embed bool) diffStats {
	var doc bytes.Buffer
	if err := svg.Write(&doc, d, svg.Options{EmbedFont: embed}); err != nil {
		t.Fatalf("SVG: %v", err)
	}
	if doc.Len() == 0 {
		t.Skip("render.SVG wrote nothing")
	}
	ours, err := Image(d, Options{Scale: scale})
	if err != nil {
		t.Fatal(err)
	}
	w, h, err := pixelSize(d, 1)
	if err != nil {
		t.Fatal(err)
	}
	theirs := chromiumScreenshot(t, doc.Bytes(), w, h, scale)
	if theirs.Rect != ours.Rect {
		t.Fatalf("chromium screenshot is %v, ours %v", theirs.Rect.Size(), ours.Rect.Size())
	}
	stats := compareImages(ours, theirs, iconBoxes(d, scale))
	if stats.meanAbs > 3 || stats.fracOver > 0.02 || os.Getenv("RENDER_KEEP") != "" {
		writePNG(t, filepath.Join("testdata", "fidelity-"+name+"-ours.got.png"), ours)
		writePNG(t, filepath.Join("testdata", "fidelity-"+name+"-chromium.got.png"), theirs)
	}
	return stats
}
func writePNG(t *testing.T, path string, m image.Image) {
	t.Helper()
	var buf bytes.Buffer
	if err := png.Encode(&buf, m); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}
