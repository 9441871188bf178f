package render

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/roadmap"
)

// recorder is a Canvas that writes down what it is given, one line per
// call, groups indented.
type recorder struct {
	lines []string
	depth int
}

func (r *recorder) add(format string, args ...any) {
	r.lines = append(r.lines, strings.Repeat(" ", r.depth)+fmt.Sprintf(format, args...))
}

var groupNames = map[GroupKind]string{GroupDocument: "document", GroupClusters: "clusters", GroupCluster: "cluster",
	GroupShadows: "shadows", GroupEdges: "edges", GroupEdge: "edge", GroupNodes: "nodes", GroupNode: "node",
	GroupMeter: "meter", GroupMark: "mark", GroupRef: "ref"}

func (r *recorder) Begin(g *Group) {
	r.add("%s %s link=%q target=%q", groupNames[g.Kind], g.ID, g.Link, g.Target)
	r.depth++
}
func (r *recorder) End(g *Group)         { r.depth-- }
func (r *recorder) Rect(b *Rect)         { r.add("rect %s", b.Class) }
func (r *recorder) Path(p *Path)         { r.add("path arrow=%v", p.Arrow != nil) }
func (r *recorder) Circle(c *Circle)     { r.add("circle") }
func (r *recorder) HalfDisc(h *HalfDisc) { r.add("halfdisc") }
func (r *recorder) Text(t *Text)         { r.add("text %s", t.Class) }
func (r *recorder) Icon(i *Icon)         { r.add("icon") }

func TestPaintGroupsInReadingOrder(t *testing.T) {
	d := &layout.Diagram{Width: 200, Height: 100, Nodes: []layout.Node{
		{ID: "title", Kind: layout.KindTitle, Lines: []layout.Line{{Text: "T"}}},
		{ID: "a", Kind: layout.KindSection, URL: "javascript:alert(1)", Lines: []layout.Line{{Text: "A"}},
			Refs: []layout.Ref{{From: "a", To: "b", Target: "b", Lines: []layout.Line{{Text: "← B"}}}}},
		{ID: "b", Kind: layout.KindTopic, URL: "https://example.com/b", Target: "nowhere", Status: "done",
			Marks: []layout.Mark{{Kind: "done"}}},
	}, Edges: []layout.Edge{{ID: "e", From: "a", To: "b", Kind: layout.EdgeTopic, Arrow: true}}}
	var r recorder
	Paint(&r, d, Theme{})
	want := `document  link="" target=""
 rect background
 shadows  link="" target=""
  rect shadow
  rect shadow
 edges  link="" target=""
  edge e link="" target=""
   path arrow=true
 nodes  link="" target=""
  node title link="" target=""
   rect box
   text label
  node a link="" target=""
   rect box
   text label
  ref a link="" target="b"
   rect chip
   text 
  node b link="https://example.com/b" target=""
   rect box
   mark  link="" target=""
    circle
    path arrow=false`
	if got := strings.Join(r.lines, "\n"); got != want {
		t.Errorf("painted\n%s\nwant\n%s", got, want)
	}
}

func TestOutlineOfACourse(t *testing.T) {
	c, err := roadmap.LoadAny(filepath.Join("..", "examples", "course.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	d, err := layout.Native{}.LayoutCourse(context.Background(), c, layout.Options{Course: c})
	if err != nil {
		t.Fatal(err)
	}
	o := OutlineOf(d, c, c.Roadmaps[0])
	if len(o.Parts) != len(c.Roadmaps) || o.Title != c.Title {
		t.Fatalf("outline of %d parts titled %q, want %d titled %q", len(o.Parts), o.Title, len(c.Roadmaps), c.Title)
	}
	ids := map[string]bool{}
	for _, n := range d.Nodes {
		ids[n.ID] = true
	}
	for i, p := range o.Parts {
		if !ids[p.HeaderID] {
			t.Errorf("part %q: header %q is no node of the picture", p.Title, p.HeaderID)
		}
		s := p.Sections[0]
		wantKey := filepath.Base(c.Roadmaps[i].File) + "#" + c.Roadmaps[i].Sections[0].ID
		if !ids[s.ID] || s.ProgressKey != wantKey || s.Number != 1 {
			t.Errorf("part %q: first section %q (progress %q, number %d); want a node of the picture, progress %q",
				p.Title, s.ID, s.ProgressKey, s.Number, wantKey)
		}
	}
}

// boxOf is a Canvas that keeps the box rectangle of each node painted.
type boxOf struct {
	recorder
	node  string
	boxes map[string]*Rect
	texts map[string]Color
}

func (b *boxOf) Begin(g *Group) {
	if g.Kind == GroupNode {
		b.node = g.ID
	}
}
func (b *boxOf) Rect(r *Rect) {
	if r.Class == "box" {
		b.boxes[b.node] = r
	}
}
func (b *boxOf) Text(t *Text) { b.texts[b.node] = t.Fill }

// The optional badge is a flat, dashed pill in the colours of an
// optional section, in light and dark alike.
func TestOptionalBadgeIsDashedPill(t *testing.T) {
	badge := layout.Node{ID: layout.BadgeID, Kind: layout.KindBadge, Optional: true,
		Box: layout.Rect{X: 10, Y: 10, W: 80, H: 26}, Lines: []layout.Line{{Text: "optional"}}}
	d := &layout.Diagram{Width: 200, Height: 100, Nodes: []layout.Node{badge}}
	for _, th := range []Theme{Light, Dark} {
		c := &boxOf{boxes: map[string]*Rect{}, texts: map[string]Color{}}
		Paint(c, d, th)
		r := c.boxes[layout.BadgeID]
		if r == nil || r.Fill != th.OptionalSection || r.Radius != 13 || r.Stroke == nil ||
			r.Stroke.Color != th.OptionalSectionBorder || r.Stroke.Dash != th.BorderDash {
			t.Errorf("%s: badge box %+v", th.Name, r)
		}
		if c.texts[layout.BadgeID] != th.OptionalSectionText {
			t.Errorf("%s: badge text %s, want %s", th.Name, c.texts[layout.BadgeID].Hex(), th.OptionalSectionText.Hex())
		}
		if len(shadowBoxes(th, d)) != 0 {
			t.Errorf("%s: the badge casts a shadow", th.Name)
		}
	}
}
