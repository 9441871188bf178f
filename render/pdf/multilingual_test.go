package pdf

import (
	"bytes"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/roadmapgo/roadmap/internal/tooltest"
	"github.com/roadmapgo/roadmap/render/internal/rendertest"
)

// TestPDFDrawsEveryScript renders the multilingual roadmap: the same
// bytes twice, its Latin text as real text, and every label drawn: the
// page rasterized by poppler has ink in each topic box, CJK, Arabic,
// Hebrew and emoji included (text in fonts the PDF does not embed is
// drawn from the glyph outlines the layout measured).
func TestPDFDrawsEveryScript(t *testing.T) {
	tooltest.Font(t, "Noto Sans CJK SC", "fonts-noto-cjk")
	d := rendertest.Multilingual(t)
	doc := write(t, d, Options{})
	if !bytes.Equal(doc, write(t, d, Options{})) {
		t.Fatal("two runs gave different bytes")
	}
	path := filepath.Join(t.TempDir(), "m.pdf")
	if err := os.WriteFile(path, doc, 0o644); err != nil {
		t.Fatal(err)
	}
	text, err := exec.Command(tooltest.Find(t, "poppler-utils", "pdftotext"), path, "-").Output()
	if err != nil || !bytes.Contains(text, []byte("Red teaming")) || !bytes.Contains(text, []byte("naïve café")) {
		t.Errorf("pdftotext: %v; the Latin labels are not text:\n%s", err, text)
	}
	out, err := exec.Command(tooltest.Find(t, "poppler-utils", "pdftoppm"), "-r", "72", "-f", "1", "-l", "1", "-png", path).Output()
	if err != nil {
		t.Fatalf("pdftoppm: %v", err)
	}
	page, err := png.Decode(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	k := (595.28 - 2*margin) / d.Width // points, and pixels at 72 dpi, per user unit
	checked := 0
	for _, n := range d.Nodes {
		if n.Kind != "topic" || (n.Box.Y+n.Box.H)*k > 841.89-3*margin {
			continue // off the first page
		}
		checked++
		if lightPixels(page, margin+n.Box.X*k, margin+n.Box.Y*k, n.Box.W*k, n.Box.H*k) < 10 {
			t.Errorf("topic %q: no text drawn in its box", n.Lines[0].Text)
		}
	}
	if checked < 4 {
		t.Errorf("only %d topics on the first page", checked)
	}
}

// lightPixels counts the white pixels, text on a dark topic box, in the
// rectangle x, y, w, h of page (pixels).
func lightPixels(page image.Image, x, y, w, h float64) int {
	n := 0
	for py := int(y) + 2; py < int(y+h)-2; py++ {
		for px := int(x) + 2; px < int(x+w)-2; px++ {
			r, g, b, _ := page.At(px, py).RGBA()
			if r > 0xe000 && g > 0xe000 && b > 0xe000 {
				n++
			}
		}
	}
	return n
}
