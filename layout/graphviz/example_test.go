package graphviz_test

import (
	"bytes"
	"context"
	"fmt"
	"strings"

	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/layout/graphviz"
	"github.com/roadmapgo/roadmap/render/svg"
	"github.com/roadmapgo/roadmap/roadmap"
)

func ExampleNew() {
	r, err := roadmap.Parse(strings.NewReader(`
title: Tiny
sections:
  - title: Basics
    topics:
      - title: Vectors
  - title: Next
`), "tiny.yaml")
	if err != nil {
		fmt.Println(err)
		return
	}
	e, err := graphviz.New("dot")
	if err != nil {
		fmt.Println(err)
		return
	}
	d, err := e.Layout(context.Background(), r, layout.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, n := range d.Nodes {
		fmt.Println(n.Kind, n.ID)
	}
	_, err = graphviz.New("spring")
	fmt.Println(err)
	// Output:
	// title :title
	// section basics
	// topic basics/vectors
	// section next
	// graphviz: unknown algorithm "spring"; use one of dot, neato, fdp, twopi, circo, osage
}

// ExampleEngine_Layout lays a roadmap built in code out with Graphviz's
// dot, each section in a cluster, and draws it as SVG with the renderer
// the native engine uses.
func ExampleEngine_Layout() {
	r := &roadmap.Roadmap{Title: "Go", Sections: []*roadmap.Section{
		{Title: "Basics", Topics: []*roadmap.Topic{{Title: "Syntax"}, {Title: "Types"}}},
		{Title: "Concurrency", Requires: []roadmap.Ref{{ID: "basics/types"}}},
	}}
	roadmap.Normalize(r)
	if err := roadmap.Validate(r); err != nil {
		fmt.Println(err)
		return
	}
	e, err := graphviz.New("dot")
	if err != nil {
		fmt.Println(err)
		return
	}
	e.Clusters = true
	d, err := e.Layout(context.Background(), r, layout.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, n := range d.Nodes {
		fmt.Println(n.Kind, n.ID)
	}
	var out bytes.Buffer
	if err := svg.Write(&out, d, svg.Options{}); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("clusters:", len(d.Clusters), "requires lines:", strings.Count(out.String(), `class="edge requires"`))
	// Output:
	// title :title
	// section basics
	// topic basics/syntax
	// topic basics/types
	// section concurrency
	// clusters: 2 requires lines: 1
}
