package layout

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"

	"github.com/roadmapgo/roadmap/internal/golden"
	"github.com/roadmapgo/roadmap/internal/tooltest"
	"github.com/roadmapgo/roadmap/roadmap"
)

func layoutOK(t testing.TB, r *roadmap.Roadmap, opt Options) *Diagram {
	t.Helper()
	d, err := Native{}.Layout(context.Background(), r, opt)
	if err != nil {
		t.Fatalf("Layout: %v", err)
	}
	return d
}

func assertGeometry(t *testing.T, d *Diagram) {
	t.Helper()
	errs := checkDiagram(d, DefaultMetrics())
	for i, e := range errs {
		if i == 10 {
			t.Errorf("... and %d more", len(errs)-10)
			break
		}
		t.Error(e)
	}
}

func TestNativePropertiesOnRandomRoadmaps(t *testing.T) {
	widths := []float64{0, MinWidth, 640, 799.5, 800, 1200, 1201, 1999.5}
	for seed := uint64(1); seed <= 300; seed++ {
		rng := rand.New(rand.NewPCG(seed, 2026))
		r := randomRoadmap(rng)
		opt := Options{Width: widths[rng.IntN(len(widths))]}
		d, err := Native{}.Layout(context.Background(), r, opt)
		if err != nil {
			t.Fatalf("seed %d: Layout: %v", seed, err)
		}
		errs := checkDiagram(d, DefaultMetrics())
		if len(errs) > 0 {
			t.Fatalf("seed %d (%d sections, width %v): %d problems, first: %s", seed, len(r.Sections), opt.Width, len(errs), strings.Join(errs[:min(5, len(errs))], "\n"))
		}
	}
}

func TestNativeZeroTopics(t *testing.T) {
	r := &roadmap.Roadmap{Title: "Bare spine"}
	for i := 0; i < 5; i++ {
		r.Sections = append(r.Sections, &roadmap.Section{ID: fmt.Sprintf("s%d", i), Title: "Step", Icon: "🧠"})
	}
	d := layoutOK(t, r, Options{})
	assertGeometry(t, d)
	if len(d.Nodes) != 6 || len(d.Edges) != 4 {
		t.Errorf("%d nodes and %d edges, want 6 and 4 spine edges", len(d.Nodes), len(d.Edges))
	}
}

func TestNativeNoSections(t *testing.T) {
	d := layoutOK(t, &roadmap.Roadmap{Title: "Nothing yet"}, Options{})
	assertGeometry(t, d)
	if len(d.Nodes) != 1 || d.Nodes[0].ID != TitleID || len(d.Edges) != 0 {
		t.Errorf("nodes %+v, edges %+v: want the title alone", d.Nodes, d.Edges)
	}
	if d.Height < d.Nodes[0].Box.Y+d.Nodes[0].Box.H {
		t.Errorf("height %v cuts the title", d.Height)
	}
}

func TestNativeSixtySections(t *testing.T) {
	r := &roadmap.Roadmap{Title: "Long course"}
	for i := 0; i < 60; i++ {
		s := &roadmap.Section{ID: fmt.Sprintf("s%d", i), Title: fmt.Sprintf("Section %d", i)}
		for j := 0; j < i%5; j++ {
			s.Topics = append(s.Topics, &roadmap.Topic{ID: fmt.Sprintf("s%d/t%d", i, j), Title: "Topic"})
		}
		r.Sections = append(r.Sections, s)
	}
	d := layoutOK(t, r, Options{})
	assertGeometry(t, d)
	prev := 0.0
	for _, n := range d.Nodes {
		if n.Kind != KindSection {
			continue
		}
		if n.Box.Y <= prev {
			t.Fatalf("section %s at y %v, not below the one before (%v)", n.ID, n.Box.Y, prev)
		}
		prev = n.Box.Y
	}
}

func TestNativeLongTitlesWrapAndGrow(t *testing.T) {
	long := strings.Repeat("Reinforcement learning from human feedback ", 5)[:200]
	r := &roadmap.Roadmap{Title: long, Icon: "🧑‍🔬", Sections: []*roadmap.Section{
		{ID: "a", Title: long, Topics: []*roadmap.Topic{{ID: "a/t", Title: long}, {ID: "a/u", Title: "Short"}}},
		{ID: "b", Title: "Next", Topics: []*roadmap.Topic{{ID: "b/t", Title: long}}},
	}}
	d := layoutOK(t, r, Options{})
	assertGeometry(t, d)
	m := DefaultMetrics()
	for _, n := range d.Nodes {
		if n.ID == "a/u" || n.ID == "b" {
			continue
		}
		if len(n.Lines) < 2 {
			t.Errorf("%s: %d line(s), want the 200-character title wrapped", n.ID, len(n.Lines))
		}
		if n.Kind == KindSection && n.ID == "a" && n.Box.H <= m.Section.MinHeight {
			t.Errorf("section box %v high, want it grown", n.Box.H)
		}
	}
}

func TestNativeCJKAndEmoji(t *testing.T) {
	r := &roadmap.Roadmap{Title: "大規模言語モデル 🚀 ロードマップ", Sections: []*roadmap.Section{
		{ID: "基礎", Title: "基礎知識と数学的背景についての詳細な解説", Icon: "🧮", Topics: []*roadmap.Topic{
			{ID: "基礎/線形代数", Title: "線形代数と確率統計の基本概念を理解する"},
			{ID: "基礎/emoji", Title: "🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀"},
		}},
		{ID: "한국어", Title: "한국어 자연어 처리 입문 과정", Topics: []*roadmap.Topic{{ID: "한국어/t", Title: "형태소 분석"}}},
	}}
	d := layoutOK(t, r, Options{})
	assertGeometry(t, d)
	if n := d.Nodes[1]; n.ID != "基礎" || len(n.Lines) < 2 {
		t.Errorf("CJK section %q has %d lines, want it broken between characters", n.ID, len(n.Lines))
	}
}

func TestNativeRequiresAreChips(t *testing.T) {
	r := &roadmap.Roadmap{Title: "Deps", File: "dir/deps.yaml", Sections: []*roadmap.Section{
		{ID: "a", Title: "A", Topics: []*roadmap.Topic{{ID: "a/x", Title: "X"}, {ID: "a/y", Title: "Y"}}},
		{ID: "b", Title: "B", Topics: []*roadmap.Topic{{ID: "b/z", Title: "Z", Requires: []roadmap.Ref{{ID: "a/x"}, {File: "../other.yaml", ID: "q"}}}}},
		{ID: "c", Title: "C", Requires: []roadmap.Ref{{ID: "a"}, {ID: "a"}}, Topics: []*roadmap.Topic{{ID: "c/w", Title: "W", Requires: []roadmap.Ref{{ID: "b/z"}}}}},
	}}
	d := layoutOK(t, r, Options{})
	assertGeometry(t, d)
	var got []string
	for _, n := range d.Nodes {
		for _, ref := range n.Refs {
			got = append(got, fmt.Sprintf("%s: %s -> %s %q target %q", n.ID, ref.From, ref.To, ref.Text, ref.Target))
		}
	}
	want := []string{
		`b/z: b/z -> a/x "← X" target "a/x"`,
		`b/z: b/z -> ../other.yaml#q "← ../other.yaml#q" target ""`,
		`c: c -> a "← 1.\u00a0A" target "a"`,
		`c/w: c/w -> b/z "← Z" target "b/z"`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("chips:\n%s\nwant (the repeat dropped):\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, e := range d.Edges {
		if e.Kind == EdgeRequires {
			t.Errorf("a requires line %s: prerequisites are chips", e.ID)
		}
	}
}

func TestNativeChipNamesAnotherPart(t *testing.T) {
	c, err := roadmap.LoadAll("../examples/scientist.yaml")
	if err != nil {
		t.Fatal(err)
	}
	d := layoutOK(t, c.Roadmaps[0], Options{Course: c})
	for _, n := range d.Nodes {
		if n.ID != "the-llm-architecture" {
			continue
		}
		ref := n.Refs[0]
		if ref.Text != "← LLM Fundamentals 3.\u00a0Neural Networks" || ref.File != "fundamentals.svg" || ref.Fragment != "neural-networks" || ref.Target != "" {
			t.Errorf("chip %+v, want it to name the other part and link to fundamentals.svg#neural-networks", ref)
		}
		return
	}
	t.Fatal("no section the-llm-architecture")
}

func TestNativeModelFieldsReachNodes(t *testing.T) {
	r := &roadmap.Roadmap{
		Title: "T", Icon: "logo.svg", URL: "https://example.com", Description: "About", File: filepath.Join("course", "part.yaml"),
		Sections: []*roadmap.Section{{
			ID: "s", Title: "Sec", Number: 3, Icon: "icons/s.png", Optional: true, URL: "https://s", Description: "Sec text",
			Topics: []*roadmap.Topic{{ID: "s/t", Title: "Top", URL: "https://t", Description: "Top text"}},
		}},
	}
	d := layoutOK(t, r, Options{})
	title, sec, top := d.Nodes[0], d.Nodes[1], d.Nodes[2]
	if title.ID != TitleID || title.Icon == nil || title.Icon.Path != "course/logo.svg" || title.URL != "https://example.com" || title.Tooltip != "About" {
		t.Errorf("title node %+v icon %+v", title, title.Icon)
	}
	if sec.Lines[0].Text != "3. Sec" || sec.Icon == nil || sec.Icon.Path != "course/icons/s.png" || !sec.Optional || sec.Tooltip != "Sec text" || sec.URL != "https://s" {
		t.Errorf("section node %+v icon %+v", sec, sec.Icon)
	}
	if !top.Optional || top.Tooltip != "Top text" || top.URL != "https://t" {
		t.Errorf("topic node %+v: want optional (its section is), tooltip and url", top)
	}
	if d.Title != "T" || d.Description != "About" {
		t.Errorf("diagram title %q description %q", d.Title, d.Description)
	}
}

func TestNativeCentresColumnsInWiderCanvas(t *testing.T) {
	r := &roadmap.Roadmap{Title: "T", Sections: []*roadmap.Section{{ID: "s", Title: "S", Topics: []*roadmap.Topic{{ID: "s/t", Title: "X"}}}}}
	narrow, wide := layoutOK(t, r, Options{}), layoutOK(t, r, Options{Width: 1100})
	if wide.Width != 1100 || narrow.Width != DefaultWidth {
		t.Fatalf("widths %v and %v", narrow.Width, wide.Width)
	}
	for i := range narrow.Nodes {
		a, b := narrow.Nodes[i].Box, wide.Nodes[i].Box
		if b.X-a.X != 70 || a.W != b.W || a.H != b.H || a.Y != b.Y {
			t.Errorf("node %s moved from %+v to %+v, want shifted 70 px right, same size", narrow.Nodes[i].ID, a, b)
		}
	}
}

func TestNativeErrors(t *testing.T) {
	ok := func() *roadmap.Roadmap {
		return &roadmap.Roadmap{Title: "T", Sections: []*roadmap.Section{{ID: "s", Title: "S", Topics: []*roadmap.Topic{{ID: "s/t", Title: "X"}}}}}
	}
	cases := []struct {
		name string
		edit func(*roadmap.Roadmap)
		opt  Options
		want string
	}{
		{"too narrow", func(*roadmap.Roadmap) {}, Options{Width: 479}, "from 480 to 4096 px"},
		{"too wide", func(*roadmap.Roadmap) {}, Options{Width: 4097}, "from 480 to 4096 px"},
		{"unknown ref", func(r *roadmap.Roadmap) { r.Sections[0].Requires = []roadmap.Ref{{ID: "nope"}} }, Options{}, `"nope"`},
		{"duplicate id", func(r *roadmap.Roadmap) { r.Sections[0].Topics[0].ID = "s" }, Options{}, `share the id "s"`},
		{"empty id", func(r *roadmap.Roadmap) { r.Sections[0].ID = "" }, Options{}, "no id"},
	}
	for _, c := range cases {
		r := ok()
		c.edit(r)
		_, err := Native{}.Layout(context.Background(), r, c.opt)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want one mentioning %s", c.name, err, c.want)
		}
	}
	if _, err := (Native{}).Layout(context.Background(), nil, Options{}); err == nil {
		t.Error("nil roadmap: no error")
	}
}

func TestNativeHonoursCancellation(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := Native{}.Layout(ctx, generated(10, 10), Options{})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("error %v, want context.Canceled", err)
	}
}

func TestNativeDeterministic(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	r := randomRoadmap(rng)
	a, _ := json.Marshal(layoutOK(t, r, Options{}))
	b, _ := json.Marshal(layoutOK(t, r, Options{}))
	if !bytes.Equal(a, b) {
		t.Error("two layouts of one roadmap differ")
	}
}

// rounded returns d with every coordinate rounded to 2 decimals, so that
// goldens do not churn on the last bits of a float.
func rounded(d *Diagram) *Diagram {
	r2 := func(v float64) float64 { return math.Round(v*100) / 100 }
	rr := func(r Rect) Rect { return Rect{r2(r.X), r2(r.Y), r2(r.W), r2(r.H)} }
	out := *d
	out.Width, out.Height = r2(d.Width), r2(d.Height)
	out.Nodes = make([]Node, len(d.Nodes))
	for i, n := range d.Nodes {
		n.Box = rr(n.Box)
		if n.Icon != nil {
			ic := *n.Icon
			ic.Box = rr(ic.Box)
			n.Icon = &ic
		}
		lines := make([]Line, len(n.Lines))
		for j, l := range n.Lines {
			l.X, l.Baseline, l.Size, l.Width = r2(l.X), r2(l.Baseline), r2(l.Size), r2(l.Width)
			lines[j] = l
		}
		n.Lines = lines
		out.Nodes[i] = n
	}
	out.Edges = make([]Edge, len(d.Edges))
	for i, e := range d.Edges {
		path := make([]Segment, len(e.Path))
		for j, s := range e.Path {
			pts := make([]Point, len(s.Pts))
			for k, p := range s.Pts {
				pts[k] = Point{r2(p.X), r2(p.Y)}
			}
			path[j] = Segment{Op: s.Op, Pts: pts}
		}
		e.Path = path
		out.Edges[i] = e
	}
	return &out
}

// TestNativeGoldenMultilingual compares the layout of a roadmap in
// Chinese, Japanese, Arabic, Hebrew and Latin, with emoji inside titles,
// with its golden file: its lines' runs name the fonts and directions
// they are set in.
func TestNativeGoldenMultilingual(t *testing.T) {
	tooltest.Font(t, "Noto Sans CJK SC", "fonts-noto-cjk")
	tooltest.Font(t, "DejaVu Sans", "fonts-dejavu-core")
	r, err := roadmap.Load(filepath.Join("..", "render", "internal", "rendertest", "testdata", "multilingual.yaml"))
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	d := layoutOK(t, r, Options{})
	assertGeometry(t, d)
	got, err := json.MarshalIndent(rounded(d), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, filepath.Join("testdata", "native", "multilingual.json"), append(got, '\n'))
}

func TestNativeGoldenExamples(t *testing.T) {
	for _, name := range []string{"fundamentals", "scientist", "engineer", "scientist-progress"} {
		t.Run(name, func(t *testing.T) {
			example, progress, _ := strings.Cut(name, "-")
			r, err := roadmap.Load(filepath.Join("..", "examples", example+".yaml"))
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			var opt Options
			if progress != "" {
				if opt.Progress, err = roadmap.LoadProgress(filepath.Join("..", "examples", progress, example+".yaml"), r); err != nil {
					t.Fatalf("LoadProgress: %v", err)
				}
			}
			d := layoutOK(t, r, opt)
			assertGeometry(t, d)
			got, err := json.MarshalIndent(rounded(d), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden.Check(t, filepath.Join("testdata", "native", name+".json"), got)
		})
	}
}

// generated builds a roadmap of sections × topics with a few requires.
func generated(sections, topics int) *roadmap.Roadmap {
	r := &roadmap.Roadmap{Title: "Generated roadmap", Icon: "🚀"}
	for i := 0; i < sections; i++ {
		s := &roadmap.Section{ID: fmt.Sprintf("s%d", i), Title: fmt.Sprintf("Section number %d of the course", i), Icon: "🧠"}
		for j := 0; j < topics; j++ {
			t := &roadmap.Topic{ID: fmt.Sprintf("s%d/t%d", i, j), Title: fmt.Sprintf("Topic %d about attention mechanisms", j)}
			if i > 0 && j == 0 {
				t.Requires = []roadmap.Ref{{ID: fmt.Sprintf("s%d/t1", i-1)}}
			}
			s.Topics = append(s.Topics, t)
		}
		r.Sections = append(r.Sections, s)
	}
	return r
}

func TestNativeGeneratedLarge(t *testing.T) {
	d := layoutOK(t, generated(100, 10), Options{})
	assertGeometry(t, d)
}

func TestNativeCustomMetrics(t *testing.T) {
	m := DefaultMetrics()
	m.Topic.Width = 0 // fit to text: the engine falls back to the default width
	m.Topic.Text.Size = 16
	m.Icon = 140
	r := generated(6, 3)
	d, err := Native{Metrics: m}.Layout(context.Background(), r, Options{Width: 1000})
	if err != nil {
		t.Fatal(err)
	}
	want := DefaultMetrics().Topic.Width
	for _, n := range d.Nodes {
		if n.Kind == KindTopic && n.Box.W != want {
			t.Errorf("topic %s is %v wide, want the default %v", n.ID, n.Box.W, want)
		}
		if n.Kind == KindTopic && n.Lines[0].Size != 16 {
			t.Errorf("topic %s set at %v px, want 16", n.ID, n.Lines[0].Size)
		}
	}
	m.Topic.Width = want
	if errs := checkDiagram(d, m); len(errs) > 0 {
		t.Errorf("%d problems, first: %s", len(errs), errs[0])
	}
}

// A section titled "Title", or with an id the layout might use itself,
// keeps its id: the ids the layout makes up hold a ':'.
func TestNativeModelIDsNeverClash(t *testing.T) {
	r := &roadmap.Roadmap{Title: "T", Sections: []*roadmap.Section{
		{ID: "title", Title: "Title", Topics: []*roadmap.Topic{{ID: "title/x", Title: "X"}}},
		{ID: "_legend", Title: "Legend", Requires: []roadmap.Ref{{ID: "title"}}},
	}}
	d := layoutOK(t, r, Options{Progress: roadmap.Progress{"title": roadmap.StatusDone}})
	seen := map[string]bool{}
	for _, n := range d.Nodes {
		if seen[n.ID] {
			t.Errorf("two nodes share the id %q", n.ID)
		}
		seen[n.ID] = true
	}
	for _, id := range []string{TitleID, LegendID, "title", "_legend"} {
		if !seen[id] {
			t.Errorf("no node %q", id)
		}
	}
}
