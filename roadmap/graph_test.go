package roadmap

import (
	"strconv"
	"strings"
	"testing"
)

func hasEdge(g *Graph, e Edge) bool {
	for _, x := range g.Edges {
		if x == e {
			return true
		}
	}
	return false
}

func idsInOrder(g *Graph, order []int) string {
	ids := make([]string, len(order))
	for i, v := range order {
		ids[i] = g.Nodes[v].ID()
	}
	return strings.Join(ids, " ")
}

func mustParse(t testing.TB, src string) *Roadmap {
	t.Helper()
	r, err := Parse(strings.NewReader(src), "g.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestGraph(t *testing.T) {
	r := mustParse(t, `title: T
sections:
  - title: A
    topics: [{title: X}, {title: Y, requires: [b/z]}]
  - title: B
    topics: [{title: Z}]
    requires: [a/x, g.yaml#a/x]
`)
	g := NewGraph(r)
	if got := idsInOrder(g, []int{0, 1, 2, 3, 4}); got != "a a/x a/y b b/z" {
		t.Fatalf("nodes = %s", got)
	}
	want := []Edge{
		{0, 1, TopicEdge}, {0, 2, TopicEdge}, {0, 3, SpineEdge},
		{1, 3, RequiresEdge}, // NewGraph leaves out the FILE#ID ref
		{3, 4, TopicEdge}, {4, 2, RequiresEdge},
	}
	if len(g.Edges) != len(want) {
		t.Fatalf("edges = %+v, want %+v", g.Edges, want)
	}
	for i := range want {
		if g.Edges[i] != want[i] {
			t.Errorf("edge %d = %+v, want %+v", i, g.Edges[i], want[i])
		}
	}
	// a/y requires b/z, which comes later: the order puts b/z first.
	if got := idsInOrder(g, g.TopologicalOrder()); got != "a a/x b b/z a/y" {
		t.Errorf("order = %s", got)
	}
}

func TestTopologicalOrderBreaksSpineCycles(t *testing.T) {
	// Section A requires a topic of B, which follows A on the spine: a
	// cycle through the spine, which the order still covers, stably.
	r := mustParse(t, "title: T\nsections:\n  - title: A\n    requires: [b/x]\n  - title: B\n    topics: [{title: X}]\n  - title: C\n")
	g := NewGraph(r)
	first := idsInOrder(g, g.TopologicalOrder())
	if first != "a b b/x c" {
		t.Errorf("order = %s", first)
	}
	if again := idsInOrder(g, g.TopologicalOrder()); again != first {
		t.Errorf("order changed: %s then %s", first, again)
	}
}

func BenchmarkParse10000Topics(b *testing.B) {
	src := bigRoadmap(MaxSections/5, MaxTopics/(MaxSections/5))
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, err := Parse(strings.NewReader(src), "big.yaml"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkTopologicalOrder10000Topics(b *testing.B) {
	g := NewGraph(mustParse(b, bigRoadmap(MaxSections/5, MaxTopics/(MaxSections/5))))
	for b.Loop() {
		g.TopologicalOrder()
	}
}

// bigRoadmap has sections of topics, each topic requiring the one before.
func bigRoadmap(sections, topics int) string {
	var b strings.Builder
	b.WriteString("title: Big\nsections:\n")
	prev := ""
	for s := range sections {
		b.WriteString("  - title: Section " + strconv.Itoa(s) + "\n    topics:\n")
		for t := range topics {
			id := "t" + strconv.Itoa(s) + "-" + strconv.Itoa(t)
			b.WriteString("      - title: Topic " + strconv.Itoa(t) + "\n        id: " + id + "\n")
			if prev != "" {
				b.WriteString("        requires: [" + prev + "]\n")
			}
			prev = id
		}
	}
	return b.String()
}
