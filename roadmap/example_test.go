package roadmap_test

import (
	"fmt"
	"strings"

	"github.com/roadmapgo/roadmap/roadmap"
)

func ExampleParse() {
	src := `title: The LLM Scientist
sections:
  - title: The LLM architecture
    topics:
      - title: Tokenization
  - title: Pre-training
    requires: [the-llm-architecture/tokenization]
`
	r, err := roadmap.Parse(strings.NewReader(src), "scientist.yaml")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, n := range r.Nodes() {
		fmt.Printf("%s %s %q at %s\n", n.Kind(), n.ID(), n.Title(), n.Pos())
	}
	// Output:
	// section the-llm-architecture "The LLM architecture" at scientist.yaml:3:5
	// topic the-llm-architecture/tokenization "Tokenization" at scientist.yaml:5:9
	// section pre-training "Pre-training" at scientist.yaml:6:5
}

func ExampleParse_errors() {
	src := `title: T
sections:
  - titel: The LLM architecture
    optional: maybe
`
	_, err := roadmap.Parse(strings.NewReader(src), "bad.yaml")
	fmt.Println(err)
	// Output:
	// bad.yaml:3:5: unknown field "titel" in section; did you mean "title"?
	// bad.yaml:3:5: missing required field "title" in section
	// bad.yaml:4:15: optional in section must be true or false, got "maybe"
}

func ExampleLoad() {
	r, err := roadmap.Load("testdata/example.yaml")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Title)
	g := roadmap.NewGraph(r)
	for _, i := range g.TopologicalOrder() {
		fmt.Println(g.Nodes[i].ID())
	}
	// Output:
	// Tiny course
	// basics
	// basics/python
	// models
	// models/linear-regression
	// models/neural-networks
}

func ExampleLoadAll() {
	c, err := roadmap.LoadAll("testdata/example.yaml", "testdata/next.yaml")
	if err != nil {
		fmt.Println(err)
		return
	}
	next := c.Roadmaps[1]
	n, _ := c.Resolve(next, next.Sections[0].Requires[0])
	fmt.Printf("%q requires %q of %s\n", next.Sections[0].Title, n.Title(), n.Roadmap.File)
	// Output:
	// "Deep learning" requires "Neural networks" of testdata/example.yaml
}
