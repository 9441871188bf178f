package render

import (
	"bytes"
	"flag"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"github.com/roadmapgo/roadmap/layout"
)

// updating reports whether the test run was asked to rewrite golden files
// with -update (the flag is defined by the package's SVG tests; it is
// looked up when used, so that its value is the parsed one).
func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

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

func TestPNGLook(t *testing.T) {
	path := writeRasterIcon(t, t.TempDir())
	d := rasterSample(&layout.Icon{Path: path, Box: layout.Rect{X: 60, Y: 118, W: 80, H: 80}})
	for _, s := range []float64{1, 2} {
		var buf bytes.Buffer
		if err := PNG(&buf, d, PNGOptions{Scale: s}); err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join("/tmp", "look"+string(rune('0'+int(s)))+".png"), buf.Bytes(), 0o644)
	}
}
