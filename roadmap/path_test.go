package roadmap

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// randomDAG builds a roadmap whose requires point only to earlier
// sections, so that even inherited requires make no circle.
func randomDAG(rng *rand.Rand) *Roadmap {
	var b strings.Builder
	b.WriteString("title: R\nsections:\n")
	var earlier []string
	for s := range 1 + rng.IntN(8) {
		var here []string
		fmt.Fprintf(&b, "  - title: S%d\n    id: s%d\n", s, s)
		writeReqs(&b, rng, earlier, "    ")
		here = append(here, fmt.Sprintf("s%d", s))
		if n := rng.IntN(6); n > 0 {
			b.WriteString("    topics:\n")
			for t := range n {
				id := fmt.Sprintf("s%d/t%d", s, t)
				fmt.Fprintf(&b, "      - title: T%d\n        id: %s\n", t, id)
				writeReqs(&b, rng, earlier, "        ")
				here = append(here, id)
			}
		}
		earlier = append(earlier, here...)
	}
	r, err := Parse(strings.NewReader(b.String()), "r.yaml")
	if err != nil {
		panic(fmt.Sprintf("%v\n%s", err, b.String()))
	}
	return r
}

// writeReqs writes up to three requires chosen among ids.
func writeReqs(b *strings.Builder, rng *rand.Rand, ids []string, indent string) {
	if len(ids) == 0 || rng.IntN(2) == 0 {
		return
	}
	seen := map[string]bool{}
	b.WriteString(indent + "requires: [")
	for i := range 1 + rng.IntN(3) {
		id := ids[rng.IntN(len(ids))]
		if seen[id] {
			continue
		}
		seen[id] = true
		if i > 0 && len(seen) > 1 {
			b.WriteString(", ")
		}
		b.WriteString(id)
	}
	b.WriteString("]\n")
}

func TestPathToOnRandomDAGs(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	for range 300 {
		r := randomDAG(rng)
		c := &Course{Roadmaps: []*Roadmap{r}, files: map[string]*file{r.File: {r: r, ids: idsOf(r)}}, proj: NewProject(nil)}
		nodes := r.Nodes()
		target := nodes[rng.IntN(len(nodes))]
		path := c.PathTo(target)
		if last := path[len(path)-1]; keyOf(last) != keyOf(target) {
			t.Fatalf("the path ends in %s, not the target %s", last.ID(), target.ID())
		}
		at := map[nodeKey]int{}
		for i, n := range path {
			if _, dup := at[keyOf(n)]; dup {
				t.Fatalf("%s twice in the path", n.ID())
			}
			at[keyOf(n)] = i
		}
		p := &pathFinder{c: c}
		for i, n := range path {
			for _, d := range p.direct(n) {
				j, ok := at[keyOf(d)]
				if !ok || j > i {
					t.Fatalf("%s needs %s, which the path has at %d (%v), after %d", n.ID(), d.ID(), j, ok, i)
				}
			}
		}
		for i := 1; i < len(path)-1; i++ {
			if path[i-1].Roadmap != path[i].Roadmap {
				t.Fatal("one roadmap, two files")
			}
		}
	}
}

// idsOf maps the ids of r to its nodes.
func idsOf(r *Roadmap) map[string]Node {
	m := map[string]Node{}
	for _, n := range r.Nodes() {
		m[n.ID()] = n
	}
	return m
}

func TestPathAcrossParts(t *testing.T) {
	c, err := LoadCourse("../examples/course.yaml")
	if err != nil {
		t.Fatal(err)
	}
	n, err := c.Find("scientist.yaml#the-llm-architecture/attention-mechanisms")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range c.PathTo(n) {
		got = append(got, s.Roadmap.Title+" "+s.Number()+" "+s.Title())
	}
	want := []string{
		"LLM Fundamentals Roadmap 3 Neural Networks",
		"LLM Fundamentals Roadmap 3.1 Fundamentals",
		"LLM Fundamentals Roadmap 3.2 Training and Optimization",
		"LLM Fundamentals Roadmap 3.3 Overfitting",
		"LLM Fundamentals Roadmap 3.4 Implement a Multilayer Perceptron (MLP)",
		"LLM Fundamentals Roadmap 4.4 Recurrent Neural Networks (RNNs)",
		"The LLM Scientist Roadmap 1.3 Attention mechanisms",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("path:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestFind(t *testing.T) {
	c, err := LoadCourse("../examples/course.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for id, want := range map[string]string{
		"the-llm-architecture":              "the-llm-architecture",
		"attention-mechanisms":              "the-llm-architecture/attention-mechanisms",
		"engineer.yaml#6.1":                 "deploying-llms/local-deployment",
		"scientist.yaml#1":                  "the-llm-architecture",
		"fundamentals.yaml#neural-networks": "neural-networks",
	} {
		n, err := c.Find(id)
		if err != nil {
			t.Errorf("Find(%q): %v", id, err)
		} else if n.ID() != want {
			t.Errorf("Find(%q) = %q; want %q", id, n.ID(), want)
		}
	}
	for id, want := range map[string]string{
		"the-llm-architectur": `no section or topic has the id "the-llm-architectur"; did you mean "the-llm-architecture"?`,
		"6.1":                 `the id "6.1" names 2 places`,
	} {
		if _, err := c.Find(id); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Find(%q): %v, want %q", id, err, want)
		}
	}
}
