package graphviz

import (
	"context"
	"testing"

	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/roadmap"
)

func TestClustersAreFramedSections(t *testing.T) {
	r, err := roadmap.Load("../testdata/prerequisites.yaml")
	if err != nil {
		t.Fatal(err)
	}
	e := mustNew(t, "dot")
	e.Clusters = true
	d, err := e.Layout(context.Background(), r, layout.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Clusters) != len(r.Sections) {
		t.Fatalf("%d clusters for %d sections", len(d.Clusters), len(r.Sections))
	}
	for i, c := range d.Clusters {
		s := r.Sections[i]
		if c.ID != "cluster:"+s.ID || len(c.Lines) != 1 || c.Lines[0].Text != layout.SectionLabel(s, i) {
			t.Errorf("cluster %d: %s %+v, want section %s titled %q", i, c.ID, c.Lines, s.ID, layout.SectionLabel(s, i))
		}
		for _, n := range d.Nodes {
			in := n.ID == s.ID || len(n.ID) > len(s.ID) && n.ID[:len(s.ID)+1] == s.ID+"/"
			if in && !contains(c.Box, n.Box) {
				t.Errorf("%s %+v lies outside the frame of its section %+v", n.ID, n.Box, c.Box)
			}
		}
	}
}

// contains reports whether a holds b.
func contains(a, b layout.Rect) bool {
	return b.X >= a.X && b.Y >= a.Y && b.X+b.W <= a.X+a.W && b.Y+b.H <= a.Y+a.H
}

func TestClusteredPrerequisitesCrossLess(t *testing.T) {
	r, err := roadmap.Load("../testdata/prerequisites.yaml")
	if err != nil {
		t.Fatal(err)
	}
	count := func(clusters bool) int {
		e := mustNew(t, "dot")
		e.Clusters = clusters
		d, err := e.Layout(context.Background(), r, layout.Options{})
		if err != nil {
			t.Fatal(err)
		}
		return layout.Crossings(d)
	}
	plain, clustered := count(false), count(true)
	t.Logf("crossings between drawn lines: plain dot %d, clusters %d", plain, clustered)
	if clustered > plain {
		t.Errorf("with clusters %d crossings, more than plain dot's %d", clustered, plain)
	}
}
