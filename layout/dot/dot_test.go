package dot

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/roadmapgo/roadmap/internal/golden"
	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/roadmap"
)

// charSizer sizes boxes from the number of characters: 7 px a character
// plus padding, wrapped at 20 characters per line. It stands in for the
// font measurement so that the goldens test this package alone.
func charSizer(kind layout.NodeKind, label string) (w, h float64, lines []string) {
	lines = wrap(label, 20)
	longest := 0
	for _, l := range lines {
		longest = max(longest, len([]rune(l)))
	}
	return float64(7*longest + 24), float64(18*len(lines) + 16), lines
}

func wrap(s string, width int) []string {
	var lines []string
	line := ""
	for _, word := range strings.Fields(s) {
		if line != "" && len([]rune(line))+1+len([]rune(word)) > width {
			lines = append(lines, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += word
	}
	return append(lines, line)
}

// checkGolden compares got with testdata/name (see package golden).
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	golden.Check(t, filepath.Join("testdata", name), got)
}

func writeString(t *testing.T, g *Graph, opt Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, g, opt); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestWriteRoadmapGolden(t *testing.T) {
	r, err := roadmap.Load("testdata/small.yaml")
	if err != nil {
		t.Fatal(err)
	}
	g, err := FromRoadmap(r, charSizer)
	if err != nil {
		t.Fatal(err)
	}
	got := writeString(t, g, Options{})
	checkGolden(t, "small.dot", got)
	checkGolden(t, "small-clusters.dot", writeString(t, g, Options{Clusters: true}))
	if again := writeString(t, g, Options{}); !bytes.Equal(got, again) {
		t.Error("two writes of the same graph differ")
	}
}

func TestWriteCourseClustersGolden(t *testing.T) {
	c, err := roadmap.LoadAll("testdata/course/one.yaml", "testdata/course/two.yaml")
	if err != nil {
		t.Fatal(err)
	}
	g, err := FromCourse(c, charSizer)
	if err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "course.dot", writeString(t, g, Options{Clusters: true}))
}

func TestFromRoadmapShape(t *testing.T) {
	r, err := roadmap.Load("testdata/small.yaml")
	if err != nil {
		t.Fatal(err)
	}
	g, err := FromRoadmap(r, charSizer)
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[layout.EdgeKind]int{}
	for _, e := range g.Edges {
		kinds[e.Kind]++
	}
	// Spine: 2 links between 3 sections; 3 topic connectors; 2 requires;
	// invisible: title->first section and one topic-column link.
	want := map[layout.EdgeKind]int{layout.EdgeSpine: 2, layout.EdgeTopic: 3, layout.EdgeRequires: 2, "": 2}
	for k, n := range want {
		if kinds[k] != n {
			t.Errorf("%d edges of kind %q, want %d", kinds[k], k, n)
		}
	}
	if g.Nodes[0].ID != TitleID || g.Nodes[0].Kind != layout.KindTitle {
		t.Errorf("first node is %q (%s), want the title", g.Nodes[0].ID, g.Nodes[0].Kind)
	}
	if got := g.Nodes[1].Lines[0]; got != "1. Basics" {
		t.Errorf("section label %q, want the number before the title", got)
	}
}

func TestWriteRejectsBadGraphs(t *testing.T) {
	ok := Node{ID: "a", Kind: layout.KindTopic, W: 10, H: 10}
	cases := map[string]*Graph{
		"duplicate id":   {Nodes: []Node{ok, ok}},
		"backslash id":   {Nodes: []Node{{ID: `a\b`, W: 1, H: 1}}},
		"zero size":      {Nodes: []Node{{ID: "z", W: 0, H: 10}}},
		"unknown edge":   {Nodes: []Node{ok}, Edges: []Edge{{ID: "e", Tail: "a", Head: "b"}}},
		"unknown ranked": {Nodes: []Node{ok}, SameRank: [][]string{{"a", "b"}}},
	}
	for name, g := range cases {
		if err := Write(&bytes.Buffer{}, g, Options{}); err == nil {
			t.Errorf("%s: Write accepted it", name)
		}
	}
}

func TestQuoting(t *testing.T) {
	if got, want := Quote(`a "b"`), `"a \"b\""`; got != want {
		t.Errorf("Quote = %s, want %s", got, want)
	}
	if got, want := QuoteLabel([]string{`x\y "z"`, "two\nthree"}), `"x\\y \"z\"\ntwo\nthree"`; got != want {
		t.Errorf("QuoteLabel = %s, want %s", got, want)
	}
	if got := Inches(144); got != "2" {
		t.Errorf("Inches(144) = %s, want 2", got)
	}
	if got := Inches(100); got != "1.3889" {
		t.Errorf("Inches(100) = %s, want 1.3889", got)
	}
}
