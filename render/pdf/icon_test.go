package pdf

import (
	"bytes"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/roadmapgo/roadmap/internal/tooltest"
	"github.com/roadmapgo/roadmap/layout"
)

// iconDiagram is a 200×150 diagram with one node whose icon is the file
// path, in the box 40,20 80×80.
func iconDiagram(path string) *layout.Diagram {
	return &layout.Diagram{Width: 200, Height: 150, Nodes: []layout.Node{{ID: "n", Kind: layout.KindTopic,
		Box:  layout.Rect{X: 150, Y: 120, W: 20, H: 10},
		Icon: &layout.Icon{Path: path, Box: layout.Rect{X: 40, Y: 20, W: 80, H: 80}}}}}
}

// An SVG icon is drawn from its shapes, gradients included, not as a
// badge: the page shows the sun of the test icon, yellow at its centre,
// and its blue sky above it.
func TestPDFSVGIcon(t *testing.T) {
	pdftoppm := tooltest.Find(t, "poppler-utils", "pdftoppm")
	doc := write(t, iconDiagram(filepath.Join("..", "svgicon", "testdata", "gradient.svg")), Options{})
	if n := bytes.Count(doc, []byte("/Subtype /Image")); n != 2 {
		t.Fatalf("the PDF holds %d images, want the icon's raster and its alpha mask", n)
	}
	dir := t.TempDir()
	file := filepath.Join(dir, "icon.pdf")
	if err := os.WriteFile(file, doc, 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(pdftoppm, "-r", "72", "-png", "-singlefile", file, filepath.Join(dir, "page")).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v\n%s", err, out)
	}
	f, err := os.Open(filepath.Join(dir, "page.png"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	page, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	// Diagram units to points (= pixels at 72 dpi): (595 - 2·36)/200.
	k := (595.28 - 2*margin) / 200
	at := func(x, y float64) (uint32, uint32, uint32) {
		r, g, b, _ := page.At(int(margin+x*k), int(margin+y*k)).RGBA()
		return r >> 8, g >> 8, b >> 8
	}
	// The sun is centred at 64,56 of the icon's 128×128 viewBox.
	if r, g, b := at(40+64.0*80/128, 20+56.0*80/128); r < 200 || g < 180 || b > 160 {
		t.Errorf("the sun's centre is rgb(%d,%d,%d), want a pale yellow", r, g, b)
	}
	if r, g, b := at(40+10.0*80/128, 20+12.0*80/128); b < 200 || r > 160 {
		t.Errorf("the sky is rgb(%d,%d,%d), want a light blue", r, g, b)
	}
}

// An SVG icon with a feature that is not drawn fails the PDF, naming the
// file and the feature.
func TestPDFSVGIconUnsupported(t *testing.T) {
	icon := filepath.Join(t.TempDir(), "label.svg")
	if err := os.WriteFile(icon, []byte(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><text>A</text></svg>`), 0o644); err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	err := Write(&b, iconDiagram(icon), Options{})
	if err == nil || !strings.Contains(err.Error(), icon) || !strings.Contains(err.Error(), "<text>") {
		t.Fatalf("got %v, want an error naming %s and <text>", err, icon)
	}
}
