package graphviz

import (
	"fmt"
	"math"

	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/layout/dot"
	"github.com/roadmapgo/roadmap/layout/text"
)

// Margin is the space in px between the drawing and the canvas edges.
const Margin = dot.TitleMargin

// flip maps a Graphviz point (y up) to our orientation (y down). One point
// is one px: the box sizes were given to Graphviz as px/72 inches.
func flip(p layout.Point) layout.Point { return layout.Point{X: p.X, Y: -p.Y} }

// buildDiagram places g's boxes at the centres Graphviz chose, their
// icons beside them, and its edges along Graphviz's splines. The canvas is the extent of the boxes
// and of the curves (not of their control points, and not Graphviz's
// bounding box, which leaves out parts of some curves) plus Margin on
// every side, widened to opt.Width, the drawing centred, when narrower.
func buildDiagram(g *dot.Graph, res *result, m *dot.Measurer, icons map[string]layout.Icon, opt layout.Options) (*layout.Diagram, error) {
	d := &layout.Diagram{}
	kinds := make(map[string]layout.NodeKind, len(g.Nodes))
	for i := range g.Nodes {
		n, err := placeNode(&g.Nodes[i], res, m)
		if err != nil {
			return nil, err
		}
		d.Nodes = append(d.Nodes, n)
		kinds[n.ID] = n.Kind
	}
	boxes := boxesByID(d.Nodes)
	for i := range g.Edges {
		if e := &g.Edges[i]; !e.Invisible {
			d.Edges = append(d.Edges, placeEdge(e, res, kinds, boxes))
		}
	}
	placeIcons(d, icons, m.Metrics())
	d.Clusters = placeClusters(g, res, m.Metrics().Title.Text.Fonts)
	fitCanvas(d, opt.Width)
	return d, nil
}

// clusterLabel is how a cluster's title is set: as DOT gets it.
var clusterLabel = layout.Style{Size: dot.ClusterFontSize, Bold: true, LineHeight: 1.2}

// placeClusters turns the frames Graphviz drew for g's clusters into the
// diagram's, each titled with its label where Graphviz put it.
func placeClusters(g *dot.Graph, res *result, fonts *text.Fonts) []layout.Cluster {
	var out []layout.Cluster
	st := clusterLabel
	st.Fonts = fonts
	for _, c := range g.Clusters {
		f, ok := res.clusters["cluster_"+c.ID]
		if !ok {
			continue
		}
		a, b := flip(layout.Point{X: f.x0, Y: f.y1}), flip(layout.Point{X: f.x1, Y: f.y0})
		lp := flip(f.label)
		line := st.Line(c.Label, layout.AnchorMiddle)
		line.X, line.Baseline = lp.X, lp.Y+float64((st.Ascent()-st.Descent())/2)
		out = append(out, layout.Cluster{ID: "cluster:" + c.ID, Box: layout.Rect{X: a.X, Y: a.Y, W: b.X - a.X, H: b.Y - a.Y}, Lines: []layout.Line{line}})
	}
	return out
}

// fitCanvas sizes the canvas around the drawing and moves the drawing
// into it.
func fitCanvas(d *layout.Diagram, width float64) {
	if width <= 0 {
		width = layout.DefaultWidth
	}
	ext := extent(d)
	w, h := ext.W+2*Margin, ext.H+2*Margin
	d.Width, d.Height = math.Max(width, w), h
	translate(d, float64((d.Width-ext.W)/2)-ext.X, Margin-ext.Y)
}

// extent is the smallest rectangle holding every box, icon and edge as
// drawn.
func extent(d *layout.Diagram) layout.Rect {
	minX, minY := math.Inf(1), math.Inf(1)
	maxX, maxY := math.Inf(-1), math.Inf(-1)
	add := func(p layout.Point) {
		minX, minY = math.Min(minX, p.X), math.Min(minY, p.Y)
		maxX, maxY = math.Max(maxX, p.X), math.Max(maxY, p.Y)
	}
	for _, n := range d.Nodes {
		add(layout.Point{X: n.Box.X, Y: n.Box.Y})
		add(layout.Point{X: n.Box.X + n.Box.W, Y: n.Box.Y + n.Box.H})
		if n.Icon != nil {
			add(layout.Point{X: n.Icon.Box.X, Y: n.Icon.Box.Y})
			add(layout.Point{X: n.Icon.Box.X + n.Icon.Box.W, Y: n.Icon.Box.Y + n.Icon.Box.H})
		}
	}
	for _, e := range d.Edges {
		samplePath(e.Path, 32, add)
	}
	for _, c := range d.Clusters {
		add(layout.Point{X: c.Box.X, Y: c.Box.Y})
		add(layout.Point{X: c.Box.X + c.Box.W, Y: c.Box.Y + c.Box.H})
	}
	if len(d.Nodes) == 0 {
		return layout.Rect{}
	}
	return layout.Rect{X: minX, Y: minY, W: maxX - minX, H: maxY - minY}
}

// samplePath calls visit with n+1 points along every segment of path.
func samplePath(path []layout.Segment, n int, visit func(layout.Point)) {
	var cur layout.Point
	for _, s := range path {
		for k := 0; k <= n; k++ {
			t := float64(k) / float64(n)
			switch s.Op {
			case layout.CubicTo:
				visit(cubic(cur, s.Pts[0], s.Pts[1], s.Pts[2], t))
			case layout.LineTo:
				visit(layout.Point{X: cur.X + float64((s.Pts[0].X-cur.X)*t), Y: cur.Y + float64((s.Pts[0].Y-cur.Y)*t)})
			default:
				visit(s.Pts[0])
			}
		}
		cur = s.Pts[len(s.Pts)-1]
	}
}

// cubic is the point at t of a cubic Bézier curve.
func cubic(p0, p1, p2, p3 layout.Point, t float64) layout.Point {
	u := 1 - t
	a, b, c, d := u*u*u, 3*u*u*t, 3*u*t*t, t*t*t
	return layout.Point{
		X: float64(a*p0.X) + float64(b*p1.X) + float64(c*p2.X) + float64(d*p3.X),
		Y: float64(a*p0.Y) + float64(b*p1.Y) + float64(c*p2.Y) + float64(d*p3.Y),
	}
}

// placeNode centres the measured box on Graphviz's position and puts the
// label lines inside it.
func placeNode(n *dot.Node, res *result, m *dot.Measurer) (layout.Node, error) {
	c, ok := res.centres[n.ID]
	if !ok {
		return layout.Node{}, fmt.Errorf("graphviz: no position for node %q", n.ID)
	}
	c = flip(c)
	box := layout.Rect{X: c.X - float64(n.W/2), Y: c.Y - float64(n.H/2), W: n.W, H: n.H}
	return layout.Node{ID: n.ID, Kind: n.Kind, Box: box, Lines: m.Label(n.Kind, n.Text).At(box.X, box.Y), URL: n.URL,
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
func placeEdge(e *dot.Edge, res *result, kinds map[string]layout.NodeKind, boxes map[string]layout.Rect) layout.Edge {
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
	out.Path = []layout.Segment{{Op: layout.MoveTo, Pts: []layout.Point{flip(pts[0])}}}
	for i := 1; i+2 < len(pts); i += 3 {
		out.Path = append(out.Path, layout.Segment{Op: layout.CubicTo,
			Pts: []layout.Point{flip(pts[i]), flip(pts[i+1]), flip(pts[i+2])}})
	}
	if out.Arrow && hasTip {
		out.Path = append(out.Path, layout.Segment{Op: layout.LineTo, Pts: []layout.Point{flip(tip)}})
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

func centre(r layout.Rect) layout.Point {
	return layout.Point{X: r.X + float64(r.W/2), Y: r.Y + float64(r.H/2)}
}

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
	return layout.Point{X: c.X + float64(dx*t), Y: c.Y + float64(dy*t)}
}

// stackTitles puts title boxes above the drawing, centred, one under the
// other, moving everything else down to make room.
func stackTitles(d *layout.Diagram, titles []dot.Node, m *dot.Measurer) {
	if len(titles) == 0 {
		return
	}
	shift := 0.0
	for _, t := range titles {
		shift += t.H + Margin
	}
	translate(d, 0, shift)
	y := float64(Margin)
	var nodes []layout.Node
	for _, t := range titles {
		box := layout.Rect{X: float64((d.Width - t.W) / 2), Y: y, W: t.W, H: t.H}
		nodes = append(nodes, layout.Node{ID: t.ID, Kind: t.Kind, Box: box,
			Lines: m.Label(t.Kind, t.Text).At(box.X, box.Y), URL: t.URL, Tooltip: t.Tooltip, Optional: t.Optional})
		y += t.H + Margin
	}
	d.Nodes = append(nodes, d.Nodes...)
	d.Height += shift
}

// translate moves every box, icon, line and edge of d by (dx, dy).
func translate(d *layout.Diagram, dx, dy float64) {
	for i := range d.Nodes {
		n := &d.Nodes[i]
		n.Box.X += dx
		n.Box.Y += dy
		if n.Icon != nil {
			n.Icon.Box.X += dx
			n.Icon.Box.Y += dy
		}
		for j := range n.Lines {
			n.Lines[j].X += dx
			n.Lines[j].Baseline += dy
		}
	}
	for i := range d.Clusters {
		c := &d.Clusters[i]
		c.Box.X += dx
		c.Box.Y += dy
		for j := range c.Lines {
			c.Lines[j].X += dx
			c.Lines[j].Baseline += dy
		}
	}
	for i := range d.Edges {
		for _, seg := range d.Edges[i].Path {
			for j := range seg.Pts {
				seg.Pts[j].X += dx
				seg.Pts[j].Y += dy
			}
		}
	}
}
