// Package rendertest holds the diagrams the tests of the renderers draw:
// hand-built samples with every kind of node and edge, and the layout of
// an example roadmap.
package rendertest

import (
	"context"
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/roadmap"
)

// SVGSample has every node kind, an optional topic with a status, an
// emoji and an image icon, a link with a tooltip and every edge kind.
func SVGSample() *layout.Diagram {
	line := func(text string, x, base, size float64, bold bool, a layout.Anchor) layout.Line {
		return layout.Line{Text: text, X: x, Baseline: base, Size: size, Bold: bold, Anchor: a}
	}
	return &layout.Diagram{
		Width: 480, Height: 320, Title: "The Sample Roadmap", Description: "Two sections & three topics.",
		Nodes: []layout.Node{
			{ID: "title", Kind: layout.KindTitle, Box: layout.Rect{X: 120, Y: 10, W: 300, H: 40},
				Lines: []layout.Line{line("The Sample Roadmap", 270, 37, 22, true, layout.AnchorMiddle)},
				Icon:  &layout.Icon{Text: "🧑‍🔬", Box: layout.Rect{X: 80, Y: 12, W: 36, H: 36}}},
			{ID: "basics", Kind: layout.KindSection, Box: layout.Rect{X: 40, Y: 80, W: 140, H: 48},
				Lines: []layout.Line{line("1. The Basics", 110, 99, 14, true, layout.AnchorMiddle), line("of everything", 110, 116, 14, false, layout.AnchorMiddle)},
				Icon:  &layout.Icon{Path: "testdata/icon.png", Box: layout.Rect{X: 4, Y: 88, W: 32, H: 32}},
				URL:   "https://example.com/basics?a=1&b=2", Tooltip: "Start here: \"basics\" <first>."},
			{ID: "tokens", Kind: layout.KindTopic, Box: layout.Rect{X: 300, Y: 70, W: 140, H: 34},
				Lines: []layout.Line{line("Tokenization", 370, 92, 14, false, layout.AnchorMiddle)}},
			{ID: "extra", Kind: layout.KindTopic, Box: layout.Rect{X: 300, Y: 120, W: 140, H: 34}, Optional: true, Status: "done",
				Lines: []layout.Line{line("Extra reading", 312, 142, 14, false, layout.AnchorStart)}},
			{ID: "advanced", Kind: layout.KindSection, Box: layout.Rect{X: 300, Y: 240, W: 140, H: 48},
				Lines: []layout.Line{line("2. Advanced", 370, 269, 14, true, layout.AnchorMiddle)}},
		},
		Edges: []layout.Edge{
			{ID: "spine-basics-advanced", From: "basics", To: "advanced", Kind: layout.EdgeSpine, Path: []layout.Segment{
				{Op: layout.MoveTo, Pts: []layout.Point{{X: 110, Y: 128}}},
				{Op: layout.CubicTo, Pts: []layout.Point{{X: 110, Y: 220}, {X: 370, Y: 160}, {X: 370, Y: 240}}}}},
			{ID: "basics-tokens", From: "basics", To: "tokens", Kind: layout.EdgeTopic, Dashed: true, Arrow: true, Path: []layout.Segment{
				{Op: layout.MoveTo, Pts: []layout.Point{{X: 300, Y: 87}}}, {Op: layout.LineTo, Pts: []layout.Point{{X: 180, Y: 104}}}}},
			{ID: "basics-extra", From: "basics", To: "extra", Kind: layout.EdgeTopic, Dashed: true, Arrow: true, Path: []layout.Segment{
				{Op: layout.MoveTo, Pts: []layout.Point{{X: 300, Y: 137}}}, {Op: layout.LineTo, Pts: []layout.Point{{X: 180, Y: 104}}}}},
			{ID: "tokens-requires-extra", From: "tokens", To: "extra", Kind: layout.EdgeRequires, Arrow: true, Path: []layout.Segment{
				{Op: layout.MoveTo, Pts: []layout.Point{{X: 440, Y: 87}}},
				{Op: layout.CubicTo, Pts: []layout.Point{{X: 470, Y: 95}, {X: 470, Y: 130}, {X: 440, Y: 137}}}}},
		},
	}
}

// RasterLabel returns the lines of a centred label in box b, measured with the
// layout's font.
func RasterLabel(b layout.Rect, size float64, bold bool, texts ...string) []layout.Line {
	lead := float64(size * 1.3)
	top := b.Y + float64(b.H/2) - float64(lead*float64(len(texts))/2)
	st := layout.Style{Size: size, Bold: bold}
	lines := make([]layout.Line, len(texts))
	for i, t := range texts {
		lines[i] = layout.Line{Text: t, X: b.X + float64(b.W/2), Baseline: top + float64(lead*float64(i)) + float64((lead+st.Ascent()-st.Descent())/2),
			Size: size, Bold: bold, Anchor: layout.AnchorMiddle, Width: layout.MeasureString(t, st)}
	}
	return lines
}

// RasterSample is a hand-built diagram with every kind of node and edge
// the renderers draw: a title, two sections on a curved spine, topics
// tied by dashed connectors, an optional topic, a prerequisite with a
// filled arrowhead, a spine arrow, an emoji icon and a left-aligned line.
func RasterSample(icon *layout.Icon) *layout.Diagram {
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
		layout.Node{ID: "title", Kind: layout.KindTitle, Box: title, Lines: RasterLabel(title, 40, true, "Sample Roadmap"),
			Icon: &layout.Icon{Text: "👩‍🔬", Box: layout.Rect{X: 210, Y: 13, W: 48, H: 48}}},
		layout.Node{ID: "s1", Kind: layout.KindSection, Box: sec1, Lines: RasterLabel(sec1, 21, true, "1. The LLM", "architecture"), Icon: icon},
		layout.Node{ID: "t1", Kind: layout.KindTopic, Box: topics[0], Lines: RasterLabel(topics[0], 20, false, "Architectural", "Overview")},
		layout.Node{ID: "t2", Kind: layout.KindTopic, Box: topics[1], Lines: RasterLabel(topics[1], 20, false, "Tokenization"), Optional: true},
		layout.Node{ID: "s2", Kind: layout.KindSection, Box: sec2, Lines: RasterLabel(sec2, 21, true, "2. Pre-training", "models")},
		layout.Node{ID: "t3", Kind: layout.KindTopic, Box: topics[2], Lines: RasterLabel(topics[2], 20, false, "Data preparation")},
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

// ProgressSample lays out a small roadmap with every status: a done
// section, a skipped one, topics done, in progress, skipped and not begun.
func ProgressSample(tb testing.TB) *layout.Diagram {
	tb.Helper()
	src := `title: Progress sample
sections:
  - title: Basics
    topics:
      - title: Tokens
      - title: Attention
  - title: Training
    topics:
      - title: Data
      - title: Scaling
      - title: Monitoring
        optional: true
  - title: Extras
    topics:
      - title: Merging
`
	r, err := roadmap.Parse(strings.NewReader(src), "sample.yaml")
	if err != nil {
		tb.Fatal(err)
	}
	p := roadmap.Progress{"basics": roadmap.StatusDone, "training/data": roadmap.StatusDone,
		"training/scaling": roadmap.StatusDoing, "training/monitoring": roadmap.StatusSkip, "extras": roadmap.StatusSkip}
	d, err := layout.Native{}.Layout(context.Background(), r, layout.Options{Progress: p})
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

// Scientist lays out examples/scientist.yaml with the native engine, or
// skips when either is unavailable.
func Scientist(tb testing.TB) *layout.Diagram {
	tb.Helper()
	r, err := roadmap.Load(filepath.Join("..", "..", "examples", "scientist.yaml"))
	if err != nil {
		tb.Skipf("examples/scientist.yaml: %v", err)
	}
	d, err := layout.Native{}.Layout(context.Background(), r, layout.Options{})
	if err != nil {
		tb.Skipf("native layout of scientist.yaml: %v", err)
	}
	return d
}

// BigDiagram is a roadmap of sections×topics boxes with every edge kind.
func BigDiagram(sections, topics int) *layout.Diagram {
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
			ty := y + float64(float64(k)*57)
			d.Nodes = append(d.Nodes, layout.Node{ID: tid, Kind: layout.KindTopic, Optional: k%3 == 2, URL: "https://example.com/" + tid,
				Tooltip: strings.Repeat("A long description of the topic. ", 5),
				Box:     layout.Rect{X: 600, Y: ty, W: 240, H: 48},
				Lines:   []layout.Line{{Text: "Topic " + tid, X: 720, Baseline: ty + 30, Size: 18, Anchor: layout.AnchorMiddle}}})
			d.Edges = append(d.Edges, layout.Edge{ID: "c" + tid, From: tid, To: sid, Kind: layout.EdgeTopic, Dashed: true, Arrow: true,
				Path: []layout.Segment{{Op: layout.MoveTo, Pts: []layout.Point{{X: 600, Y: ty + 24}}}, {Op: layout.LineTo, Pts: []layout.Point{{X: 340, Y: y + 24}}}}})
		}
		y += float64(float64(topics)*57) + 100
	}
	d.Height = y
	return d
}

// Multilingual is the native layout of testdata/multilingual.yaml: text
// in Chinese, Japanese, Arabic, Hebrew and Latin, with emoji inside
// titles, set in the default fonts (system fonts for the scripts the
// embedded font lacks).
func Multilingual(tb testing.TB) *layout.Diagram {
	tb.Helper()
	_, file, _, _ := runtime.Caller(0)
	r, err := roadmap.Load(filepath.Join(filepath.Dir(file), "testdata", "multilingual.yaml"))
	if err != nil {
		tb.Fatalf("multilingual.yaml: %v", err)
	}
	d, err := layout.Native{}.Layout(context.Background(), r, layout.Options{})
	if err != nil {
		tb.Fatalf("native layout of multilingual.yaml: %v", err)
	}
	return d
}
