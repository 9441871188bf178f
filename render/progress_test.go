package render

import (
	"context"
	"strings"
	"testing"

	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/roadmap"
)

// progressSample lays out a small roadmap with every status: a done
// section, a skipped one, topics done, in progress, skipped and not begun.
func progressSample(tb testing.TB) *layout.Diagram {
	tb.Helper()
	src := `title: Progress sample
sections:
  - title: Basics
    topics:
      - title: Tokens
      - title: Attention
  - title: Training
    topics:
      - title: Data
      - title: Scaling
      - title: Monitoring
        optional: true
  - title: Extras
    topics:
      - title: Merging
`
	r, err := roadmap.Parse(strings.NewReader(src), "sample.yaml")
	if err != nil {
		tb.Fatal(err)
	}
	p := roadmap.Progress{"basics": roadmap.StatusDone, "training/data": roadmap.StatusDone,
		"training/scaling": roadmap.StatusDoing, "training/monitoring": roadmap.StatusSkip, "extras": roadmap.StatusSkip}
	d, err := layout.Native{}.Layout(context.Background(), r, layout.Options{Progress: p})
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

func TestProgressGolden(t *testing.T) {
	d := progressSample(t)
	svgCheckGolden(t, "progress-light.svg", renderSVG(t, d, SVGOptions{}))
	svgCheckGolden(t, "progress-dark.svg", renderSVG(t, d, SVGOptions{Theme: Dark}))
	pngCheckGolden(t, "png-progress-light", renderPNG(t, d, PNGOptions{}))
	pngCheckGolden(t, "png-progress-dark", renderPNG(t, d, PNGOptions{Theme: Dark}))
}

// TestSVGProgressStructure checks what CSS and scripts rely on: a node's
// status as a status-STATUS class, its badge as <g class="mark STATUS">,
// a section's bar as <g class="meter"> with its counts, and the legend.
func TestSVGProgressStructure(t *testing.T) {
	root := parseSVG(t, renderSVG(t, progressSample(t), SVGOptions{}))
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
		n := byID[sanitizeID(id)]
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
	if want := len(progressSample(t).Nodes) - 2; len(shadows) != want {
		t.Errorf("%d shadows, want %d (none for the title and the legend)", len(shadows), want)
	}
}
