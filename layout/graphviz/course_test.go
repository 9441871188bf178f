package graphviz

import (
	"context"
	"strings"
	"testing"

	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/roadmap"
)

// TestLayoutCourse lays two files out as one graph: every node of both
// parts, ids FILE#ID, the requires across files drawn, and the geometry
// properties kept.
func TestLayoutCourse(t *testing.T) {
	c, err := roadmap.LoadAll("../dot/testdata/course/one.yaml", "../dot/testdata/course/two.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, alg := range []string{"dot", "fdp"} {
		d, err := mustNew(t, alg).LayoutCourse(context.Background(), c, layout.Options{})
		if err != nil {
			t.Fatalf("%s: %v", alg, err)
		}
		checkBoxes(t, alg, d)
		want := 0
		for _, r := range c.Roadmaps {
			want += 1 + len(r.Nodes())
		}
		if len(d.Nodes) != want {
			t.Errorf("%s: %d nodes, want %d", alg, len(d.Nodes), want)
		}
		across := 0
		for _, e := range d.Edges {
			if e.Kind == layout.EdgeRequires && fileOf(e.From) != fileOf(e.To) {
				across++
			}
		}
		if across != 2 {
			t.Errorf("%s: %d requires edges across files, want 2", alg, across)
		}
		if d.Nodes[0].ID != "one.yaml#"+layout.TitleID {
			t.Errorf("%s: first node %q, want one.yaml#:title", alg, d.Nodes[0].ID)
		}
	}
}

func fileOf(id string) string {
	file, _, _ := strings.Cut(id, "#")
	return file
}

// TestSectionClusters lays a roadmap out with each section in a cluster
// and checks the geometry still holds.
func TestSectionClusters(t *testing.T) {
	e := mustNew(t, "dot")
	e.Clusters = true
	for name, r := range examples(t) {
		d, err := e.Layout(context.Background(), r, layout.Options{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		checkComplete(t, name, r, d)
		checkBoxes(t, name, d)
		checkTitleOnTop(t, name, d)
	}
}
