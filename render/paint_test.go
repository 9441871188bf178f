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
