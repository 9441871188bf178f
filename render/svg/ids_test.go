package svg

import (
	"context"
	"strings"
	"testing"

	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/roadmap"
)

// The model's ids come first: a section with the id "title" or "_legend"
// keeps it in the SVG, and the made-up ids of the title and the legend
// (":title", ":legend", sanitized to "_title", "_legend") take a suffix
// when a model id took theirs.
func TestModelIDsComeFirst(t *testing.T) {
	r := &roadmap.Roadmap{Title: "T", Sections: []*roadmap.Section{
		{ID: "title", Title: "Title", Topics: []*roadmap.Topic{{ID: "title/x", Title: "X"}}},
		{ID: "_legend", Title: "Legend"},
		{ID: "_svg-title", Title: "Svg title"},
	}}
	d, err := layout.Native{}.Layout(context.Background(), r, layout.Options{Progress: roadmap.Progress{"title": roadmap.StatusDone}})
	if err != nil {
		t.Fatal(err)
	}
	out := string(renderSVG(t, d, Options{}))
	for _, want := range []string{
		`<g class="node section status-done" id="title"`,
		`<g class="node section" id="_legend"`,
		`<g class="node section" id="_svg-title"`,
		`<g class="node title" id="_title"`,
		`<g class="node legend" id="_legend-2"`,
		`aria-labelledby="_svg-title-2 _svg-desc"`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the SVG lacks %s", want)
		}
	}
}
