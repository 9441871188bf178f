package graphviz

import (
	"fmt"
	"math"

	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/layout/dot"
)

// Margin is the space in px between the drawing and the canvas edges.
const Margin = 24

// frame maps Graphviz points (y up, origin at the bounding box's lower
// left) to canvas px (y down). One point is one px: the box sizes were
// given to Graphviz as px/72 inches.
type frame struct {
	offX, top float64
}

func (f frame) point(p layout.Point) layout.Point {
	return layout.Point{X: p.X + f.offX, Y: f.top - p.Y}
}

// buildDiagram places g's boxes at the centres Graphviz chose and its
// edges along Graphviz's splines. The canvas is the bounding box plus
// Margin on every side, widened to opt.Width (the drawing centred) when it
// is narrower.
func buildDiagram(g *dot.Graph, res *result, m *measurer, opt layout.Options) (*layout.Diagram, error) {
	width := opt.Width
	if width <= 0 {
		width = layout.DefaultWidth
	}
	bbW, bbH := res.bb[2]-res.bb[0], res.bb[3]-res.bb[1]
	d := &layout.Diagram{Width: math.Max(width, bbW+2*Margin), Height: bbH + 2*Margin}
	f := frame{offX: (d.Width-bbW)/2 - res.bb[0], top: res.bb[3] + Margin}
	kinds := make(map[string]layout.NodeKind, len(g.Nodes))
	for i := range g.Nodes {
		n, err := placeNode(&g.Nodes[i], res, f, m)
		if err != nil {
			return nil, err
		}
		d.Nodes = append(d.Nodes, n)
		kinds[n.ID] = n.Kind
	}
	boxes := boxesByID(d.Nodes)
	for i := range g.Edges {
		if e := &g.Edges[i]; !e.Invisible {
			d.Edges = append(d.Edges, placeEdge(e, res, f, kinds, boxes))
		}
	}
	return d, nil
}

// placeNode centres the measured box on Graphviz's position and puts the
// label lines inside it.
func placeNode(n *dot.Node, res *result, f frame, m *measurer) (layout.Node, error) {
	c, ok := res.centres[n.ID]
	if !ok {
		return layout.Node{}, fmt.Errorf("graphviz: no position for node %q", n.ID)
	}
	c = f.point(c)
	box := layout.Rect{X: c.X - n.W/2, Y: c.Y - n.H/2, W: n.W, H: n.H}
	return layout.Node{ID: n.ID, Kind: n.Kind, Box: box, Lines: m.label(n.Kind, n.Text).At(box.X, box.Y), URL: n.URL,
		Tooltip: n.Tooltip, Optional: n.Optional}, nil
}

func boxesByID(nodes []layout.Node) map[string]layout.Rect {
	out := make(map[string]layout.Rect, len(nodes))
	for _, n := range nodes {
		out[n.ID] = n.Box
	}
	return out
}

// placeEdge turns an edge's spline into a path that ends where the
// arrowhead points. Topic connectors run from the topic to its section
// (the arrowhead at the section, as in the reference roadmaps); as in the
// native engine, From is the topic and To the section. Prerequisite edges run from the
// prerequisite to the dependent. An edge Graphviz gave no spline (some
// algorithms route none) is drawn straight between the box borders.
func placeEdge(e *dot.Edge, res *result, f frame, kinds map[string]layout.NodeKind, boxes map[string]layout.Rect) layout.Edge {
	out := layout.Edge{ID: e.ID, From: e.Tail, To: e.Head, Kind: e.Kind,
		Arrow: e.Dir != dot.DirNone, Dashed: e.Kind == layout.EdgeTopic}
	if e.Kind == layout.EdgeTopic && kinds[e.Tail] == layout.KindSection {
		out.From, out.To = e.Head, e.Tail
	}
	s, ok := res.splines[e.ID]
	if !ok {
		out.Path = straight(boxes[e.Tail], boxes[e.Head], e.Dir == dot.DirBack)
		return out
	}
	pts, tip, hasTip := s.pts, s.end, s.hasEnd
	if e.Dir == dot.DirBack {
		pts, tip, hasTip = reversed(pts), s.start, s.hasStart
	}
	out.Path = []layout.Segment{{Op: layout.MoveTo, Pts: []layout.Point{f.point(pts[0])}}}
	for i := 1; i+2 < len(pts); i += 3 {
		out.Path = append(out.Path, layout.Segment{Op: layout.CubicTo,
			Pts: []layout.Point{f.point(pts[i]), f.point(pts[i+1]), f.point(pts[i+2])}})
	}
	if out.Arrow && hasTip {
		out.Path = append(out.Path, layout.Segment{Op: layout.LineTo, Pts: []layout.Point{f.point(tip)}})
	}
	return out
}

func reversed(pts []layout.Point) []layout.Point {
	out := make([]layout.Point, len(pts))
	for i, p := range pts {
		out[len(pts)-1-i] = p
	}
	return out
}

// straight is a line between the borders of two boxes, along the line
// between their centres; back runs it from b to a.
func straight(a, b layout.Rect, back bool) []layout.Segment {
	if back {
		a, b = b, a
	}
	ca, cb := centre(a), centre(b)
	return []layout.Segment{
		{Op: layout.MoveTo, Pts: []layout.Point{border(a, ca, cb)}},
		{Op: layout.LineTo, Pts: []layout.Point{border(b, cb, ca)}},
	}
}

func centre(r layout.Rect) layout.Point { return layout.Point{X: r.X + r.W/2, Y: r.Y + r.H/2} }

// border is where the ray from c (the centre of r) towards p leaves r.
func border(r layout.Rect, c, p layout.Point) layout.Point {
	dx, dy := p.X-c.X, p.Y-c.Y
	t := 1.0
	if dx != 0 {
		t = math.Min(t, r.W/2/math.Abs(dx))
	}
	if dy != 0 {
		t = math.Min(t, r.H/2/math.Abs(dy))
	}
	return layout.Point{X: c.X + dx*t, Y: c.Y + dy*t}
}
