package svg

import (
	"image"
	"image/draw"
	"os"
	"path/filepath"
	"testing"

	"github.com/roadmapgo/roadmap/internal/tooltest"
	"github.com/roadmapgo/roadmap/render/internal/rendertest"
	rpng "github.com/roadmapgo/roadmap/render/png"
)

// meanDiff is the mean absolute difference per channel of two images of
// one size, 0..255.
func meanDiff(a, b image.Image) float64 {
	ra, rb := image.NewRGBA(a.Bounds()), image.NewRGBA(a.Bounds())
	draw.Draw(ra, ra.Rect, a, a.Bounds().Min, draw.Src)
	draw.Draw(rb, rb.Rect, b, b.Bounds().Min, draw.Src)
	sum := 0
	for i := range ra.Pix {
		d := int(ra.Pix[i]) - int(rb.Pix[i])
		sum += max(d, -d)
	}
	return float64(sum) / float64(len(ra.Pix))
}

// imgShot screenshots the SVG at path shown in an <img>, as GitHub shows
// a README's pictures, in a Chromium window of the picture's size.
func imgShot(t *testing.T, path string, size image.Point) image.Image {
	t.Helper()
	page := path + ".html"
	html := `<!DOCTYPE html><html><body style="margin:0"><img style="display:block" src="` + filepath.Base(path) + `"></body></html>`
	if err := os.WriteFile(page, []byte(html), 0o644); err != nil {
		t.Fatal(err)
	}
	return chromiumShotSized(t, tooltest.Chromium(t), page, path+".png", size,
		[]string{"--disable-background-networking", "--no-first-run", "--user-data-dir=" + t.TempDir()})
}

// TestEmbedFontDrawsEveryScriptWithoutFonts draws the multilingual
// roadmap with --embed-font in Chromium, inside an <img> as GitHub shows
// it, on a machine without any font: the Latin text from the embedded
// subset, the CJK, Arabic and Hebrew text from its glyph outlines, the
// emoji from their pictures. It must match the PNG renderer's picture;
// without --embed-font it must not, which shows that the viewer truly has
// no font.
func TestEmbedFontDrawsEveryScriptWithoutFonts(t *testing.T) {
	tooltest.Font(t, "Noto Sans CJK SC", "fonts-noto-cjk")
	tooltest.Font(t, "DejaVu Sans", "fonts-dejavu-core")
	d := rendertest.Multilingual(t)
	want, err := rpng.Image(d, rpng.Options{})
	if err != nil {
		t.Fatal(err)
	}
	withoutFonts(t)
	for _, embed := range []bool{true, false} {
		path := filepath.Join(t.TempDir(), "multilingual.svg")
		if err := os.WriteFile(path, renderSVG(t, d, Options{EmbedFont: embed}), 0o644); err != nil {
			t.Fatal(err)
		}
		got := imgShot(t, path, want.Bounds().Size())
		if got.Bounds().Size() != want.Bounds().Size() {
			t.Fatalf("Chromium drew %v, the PNG is %v", got.Bounds().Size(), want.Bounds().Size())
		}
		diff := meanDiff(want, got)
		t.Logf("--embed-font %v: mean |Δ| %.3f/255", embed, diff)
		switch {
		case embed && diff > 1.5:
			keepPNG(t, "embed-font", got)
			t.Errorf("with --embed-font Chromium without fonts differs from the PNG: %.3f/255", diff)
		case !embed && diff <= 1.5:
			t.Errorf("without --embed-font Chromium matches the PNG (%.3f/255) though it has no font", diff)
		}
	}
}

// TestMultilingualGolden compares the SVG of the multilingual roadmap,
// with its glyphs embedded and without, with its golden files.
func TestMultilingualGolden(t *testing.T) {
	tooltest.Font(t, "Noto Sans CJK SC", "fonts-noto-cjk")
	tooltest.Font(t, "DejaVu Sans", "fonts-dejavu-core")
	d := rendertest.Multilingual(t)
	svgCheckGolden(t, "multilingual.svg", renderSVG(t, d, Options{}))
	svgCheckGolden(t, "multilingual-embed.svg", renderSVG(t, d, Options{EmbedFont: true}))
}
