package layout

import (
	"context"
	"strings"
	"testing"

	"github.com/roadmapgo/roadmap/roadmap"
)

// nodeByKind returns the first node of d of kind k, or nil.
func nodeByKind(d *Diagram, k NodeKind) *Node {
	for i := range d.Nodes {
		if d.Nodes[i].Kind == k {
			return &d.Nodes[i]
		}
	}
	return nil
}

// An optional roadmap carries an "optional" badge right of its title's
// first line, at every width and however long the title; one that is not
// optional has none.
func TestOptionalRoadmapHasBadgeBesideTitle(t *testing.T) {
	for _, title := range []string{"Fundamentals", strings.Repeat("A very long roadmap title ", 5)} {
		for _, w := range []float64{MinWidth, 960, 1600} {
			r := generated(3, 2)
			r.Title, r.Optional = title, true
			d := layoutOK(t, r, Options{Width: w})
			assertGeometry(t, d)
			b, title := nodeByKind(d, KindBadge), nodeByKind(d, KindTitle)
			if b == nil || b.ID != BadgeID || len(b.Lines) != 1 || b.Lines[0].Text != "optional" || !b.Optional {
				t.Fatalf("width %v: badge %+v", w, b)
			}
			first := title.Lines[0]
			if b.Box.X <= title.Box.X+title.Box.W || b.Box.X+b.Box.W > w {
				t.Errorf("width %v: badge %+v is not between the title %+v and the canvas's edge", w, b.Box, title.Box)
			}
			if first.Baseline < b.Box.Y || first.Baseline-first.Size > b.Box.Y+b.Box.H {
				t.Errorf("width %v: badge %+v is not level with the title's first line (baseline %v)", w, b.Box, first.Baseline)
			}
			r.Optional = false
			if b := nodeByKind(layoutOK(t, r, Options{Width: w}), KindBadge); b != nil {
				t.Errorf("width %v: a roadmap that is not optional has a badge", w)
			}
		}
	}
}

// In a course picture an optional part's header holds the same badge,
// and no line of its own says so.
func TestOptionalPartHeaderHoldsBadge(t *testing.T) {
	a, b := generated(2, 2), generated(2, 2)
	a.File, b.File, a.Optional = "a.yaml", "b.yaml", true
	c := &roadmap.Course{Title: "Course", Roadmaps: []*roadmap.Roadmap{a, b}}
	d, err := Native{}.LayoutCourse(context.Background(), c, Options{})
	if err != nil {
		t.Fatal(err)
	}
	assertGeometry(t, d)
	var badges []Node
	var header Node
	for _, n := range d.Nodes {
		switch {
		case n.Kind == KindBadge:
			badges = append(badges, n)
		case n.ID == "a#:part":
			header = n
		}
	}
	if len(badges) != 1 || badges[0].ID != "a#"+BadgeID {
		t.Fatalf("badges %+v, want one, a's", badges)
	}
	if !inside(badges[0].Box, header.Box, 0) || !header.Optional {
		t.Errorf("badge %+v outside its optional header %+v", badges[0].Box, header)
	}
	for _, l := range header.Lines {
		if strings.Contains(l.Text, "optional") {
			t.Errorf("the header says %q besides its badge", l.Text)
		}
	}
}
