package graphviz_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/layout/graphviz"
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
	// title title
	// section basics
	// topic basics/vectors
	// section next
	// graphviz: unknown algorithm "spring"; use one of dot, neato, fdp, twopi, circo, osage
}
