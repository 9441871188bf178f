package dot_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/layout/dot"
	"github.com/roadmapgo/roadmap/roadmap"
)

func ExampleWrite() {
	r, err := roadmap.Parse(strings.NewReader("title: Tiny\nsections:\n  - title: Basics\n"), "tiny.yaml")
	if err != nil {
		fmt.Println(err)
		return
	}
	// A fixed 144×72 px box for every node, label unwrapped.
	size := func(kind layout.NodeKind, label string) (w, h float64, lines []string) {
		return 144, 72, []string{label}
	}
	g, err := dot.FromRoadmap(r, size)
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := dot.Write(os.Stdout, g, dot.Options{}); err != nil {
		fmt.Println(err)
	}
	// Output:
	// digraph "Tiny" {
	// 	graph [rankdir=TB, nodesep=0.3333, ranksep=0.5, overlap=false, splines=spline, outputorder=edgesfirst];
	// 	node [shape=box, fixedsize=true, fontname="Liberation Sans", fontsize=14];
	// 	":title" [class="title", width=2, height=1, label="Tiny"];
	// 	"basics" [class="section", width=2, height=1, label="1. Basics"];
	// 	":title" -> "basics" [id="hidden::title->basics", style=invis, dir=none];
	// }
}
