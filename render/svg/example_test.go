package svg_test

import (
	"bytes"
	"fmt"
	"os"
	"strings"

	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/render"
	"github.com/roadmapgo/roadmap/render/svg"
)

func ExampleWrite() {
	d := &layout.Diagram{
		Width: 300, Height: 120, Title: "Mini", Description: "One section, one topic.",
		Nodes: []layout.Node{
			{ID: "basics", Kind: layout.KindSection, Box: layout.Rect{X: 10, Y: 40, W: 120, H: 40},
				Lines: []layout.Line{{Text: "Basics", X: 70, Baseline: 65, Size: 16, Bold: true, Anchor: layout.AnchorMiddle}}},
			{ID: "tokens", Kind: layout.KindTopic, Box: layout.Rect{X: 170, Y: 40, W: 120, H: 40}, URL: "https://example.com",
				Lines: []layout.Line{{Text: "Tokens", X: 230, Baseline: 65, Size: 16, Anchor: layout.AnchorMiddle}}},
		},
		Edges: []layout.Edge{{ID: "c1", From: "tokens", To: "basics", Kind: layout.EdgeTopic, Dashed: true, Arrow: true,
			Path: []layout.Segment{{Op: layout.MoveTo, Pts: []layout.Point{{X: 170, Y: 60}}}, {Op: layout.LineTo, Pts: []layout.Point{{X: 130, Y: 60}}}}}},
	}
	var b bytes.Buffer
	if err := svg.Write(&b, d, svg.Options{Theme: render.Dark, IDPrefix: "mini-"}); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return
	}
	for _, line := range strings.Split(b.String(), "\n") {
		if strings.HasPrefix(line, "<g class=\"node") || strings.HasPrefix(line, "<g class=\"edge ") || strings.HasPrefix(line, "<a ") {
			fmt.Println(line)
		}
	}
	// Output:
	// <g class="edge topic" id="mini-c1" data-from="mini-tokens" data-to="mini-basics" >
	// <g class="nodes" >
	// <g class="node section" id="mini-basics" >
	// <a href="https://example.com" xlink:href="https://example.com">
	// <g class="node topic" id="mini-tokens" >
}
