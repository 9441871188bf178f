package svg

import (
	"testing"

	"github.com/roadmapgo/roadmap/render"
	"github.com/roadmapgo/roadmap/render/internal/rendertest"
)

func TestProgressGolden(t *testing.T) {
	d := rendertest.ProgressSample(t)
	svgCheckGolden(t, "progress-light.svg", renderSVG(t, d, Options{}))
	svgCheckGolden(t, "progress-dark.svg", renderSVG(t, d, Options{Theme: render.Dark}))
}

// TestSVGProgressStructure checks what CSS and scripts rely on: a node's
// status as a status-STATUS class, its badge as <g class="mark STATUS">,
// a section's bar as <g class="meter"> with its counts, and the legend.
func TestSVGProgressStructure(t *testing.T) {
	root := parseSVG(t, renderSVG(t, rendertest.ProgressSample(t), Options{}))
	byID := map[string]*xnode{}
	root.walk(func(n *xnode) {
		if svgHasClass(n, "node") {
			byID[n.attr("id")] = n
		}
	})
	for id, status := range map[string]string{
		"basics": "done", "basics/tokens": "done", "training/data": "done", "training/scaling": "doing",
		"training/monitoring": "skip", "extras": "skip", "extras/merging": "skip",
	} {
		n := byID[render.SanitizeID(id)]
		if n == nil || !svgHasClass(n, "status-"+status) {
			t.Errorf("node %s: want class status-%s, got %v", id, status, n)
			continue
		}
		marks := n.find(func(e *xnode) bool { return svgHasClass(e, "mark") })
		if len(marks) != 1 || !svgHasClass(marks[0], status) {
			t.Errorf("node %s: want one mark of class %s", id, status)
		}
	}
	meters := byID["training"].find(func(e *xnode) bool { return svgHasClass(e, "meter") })
	if len(meters) != 1 || meters[0].attr("data-done") != "1" || meters[0].attr("data-total") != "2" {
		t.Errorf("training's meter: want data-done 1 of data-total 2 (the skipped topic not counted), got %v", meters)
	}
	legend := byID["_legend"]
	if legend == nil || !svgHasClass(legend, "legend") ||
		len(legend.find(func(e *xnode) bool { return svgHasClass(e, "mark") })) != 3 {
		t.Errorf("want a legend node with three marks, got %v", legend)
	}
	shadows := root.find(func(e *xnode) bool { return svgHasClass(e, "shadow") })
	if want := len(rendertest.ProgressSample(t).Nodes) - 2; len(shadows) != want {
		t.Errorf("%d shadows, want %d (none for the title and the legend)", len(shadows), want)
	}
}
