package pdf

import (
	"fmt"
	"math"

	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/render"
)

// canvas translates the painter's operations into PDF drawing on the page
// showing the band top..bottom of the diagram.
type canvas struct {
	doc         *document
	top, bottom float64
	// opacity is the opacity of the group being drawn; node the id of the
	// node being drawn, for errors; err the first error.
	opacity float64
	node    string
	err     error
}

// x, y and l map a diagram position or length to the page, in points;
// their products are rounded, so that no caller fuses them (see Write).
func (c *canvas) x(v float64) float64 { return margin + float64(v*c.doc.scale) }
func (c *canvas) y(v float64) float64 { return margin + float64((v-c.top)*c.doc.scale) }
func (c *canvas) l(v float64) float64 { return float64(v * c.doc.scale) }

// shows reports whether the band shows some of the rows y0..y1.
func (c *canvas) shows(y0, y1 float64) bool { return y1 >= c.top && y0 <= c.bottom }

// Begin enters a group: a shadows group or an edge sets the opacity of
// what it holds; a node or a chip becomes a link, and a node the target
// of the links to it, on the page that shows its top.
func (c *canvas) Begin(g *render.Group) {
	switch g.Kind {
	case render.GroupDocument:
		c.opacity = 1
	case render.GroupShadows:
		// A PDF has no blur: the shadows are flat, at half the opacity of
		// the blurred layer, which is about what a blur leaves under a box.
		c.setOpacity(g.Opacity / 2)
	case render.GroupEdge:
		c.setOpacity(g.Opacity)
	case render.GroupNode:
		c.node = g.ID
		c.nodeLink(g, g.Node.Box)
	case render.GroupRef:
		c.nodeLink(g, g.Ref.Box)
	}
}

// End leaves a group.
func (c *canvas) End(g *render.Group) {
	switch g.Kind {
	case render.GroupShadows, render.GroupEdge:
		c.setOpacity(1)
	}
}

// setOpacity sets the opacity of what is drawn next.
func (c *canvas) setOpacity(a float64) {
	if a != c.opacity {
		c.doc.f.SetAlpha(a, "Normal")
		c.opacity = a
	}
}

// nodeLink makes box a link: to the group's URL, to the node it targets,
// or, for a node with neither, to its entry in the outline. A node's box
// is also where links to it go, on the page that shows its top.
func (c *canvas) nodeLink(g *render.Group, box layout.Rect) {
	f := c.doc.f
	if g.Kind == render.GroupNode && box.Y >= c.top && box.Y < c.bottom {
		f.SetLink(c.doc.nodeLinks[g.ID], c.y(box.Y), -1)
	}
	if !c.shows(box.Y, box.Y+box.H) {
		return
	}
	y0, y1 := max(box.Y, c.top), min(box.Y+box.H, c.bottom)
	x, y, w, h := c.x(box.X), c.y(y0), c.l(box.W), c.l(y1-y0)
	switch {
	case g.Link != "":
		f.LinkString(x, y, w, h, g.Link)
	case g.Target != "":
		f.Link(x, y, w, h, c.doc.nodeLinks[g.Target])
	case g.Kind == render.GroupNode && c.doc.opt.Outline != nil && hasEntry(g.Node):
		f.Link(x, y, w, h, c.doc.entryLinks[g.ID])
	}
}

// hasEntry reports whether n has an entry in the outline.
func hasEntry(n *layout.Node) bool {
	return n.Kind == layout.KindSection || n.Kind == layout.KindTopic || n.Kind == layout.KindHeader
}

// fill and stroke set the colours of what is drawn next.
func (c *canvas) fill(col render.Color)   { c.doc.f.SetFillColor(int(col.R), int(col.G), int(col.B)) }
func (c *canvas) stroke(col render.Color) { c.doc.f.SetDrawColor(int(col.R), int(col.G), int(col.B)) }

// setStroke sets the line of what is stroked next.
func (c *canvas) setStroke(s *render.Stroke) {
	f := c.doc.f
	c.stroke(s.Color)
	f.SetLineWidth(c.l(s.Width))
	if s.Dashed() {
		f.SetDashPattern([]float64{c.l(s.Dash[0]), c.l(s.Dash[1])}, 0)
	} else {
		f.SetDashPattern(nil, 0)
	}
	if s.Round {
		f.SetLineCapStyle("round")
		f.SetLineJoinStyle("round")
	} else {
		f.SetLineCapStyle("butt")
		f.SetLineJoinStyle("miter")
	}
}

// Rect fills and strokes a rectangle with rounded corners. The background
// is the paper's: a white one is not drawn, so that the page prints
// without a tint.
func (c *canvas) Rect(r *render.Rect) {
	b := r.Box
	if !c.shows(b.Y, b.Y+b.H) || r.NoFill && r.Stroke == nil {
		return
	}
	if r.Class == "background" {
		if r.Fill == (render.Color{R: 0xff, G: 0xff, B: 0xff}) {
			return
		}
		y0, y1 := max(b.Y, c.top), min(b.Y+b.H, c.bottom)
		b = layout.Rect{X: b.X, Y: y0, W: b.W, H: y1 - y0}
	}
	style := ""
	if !r.NoFill {
		c.fill(r.Fill)
		style = "F"
	}
	if r.Stroke != nil {
		c.setStroke(r.Stroke)
		style += "D"
	}
	rad := math.Min(c.l(r.Radius), math.Min(c.l(b.W), c.l(b.H))/2)
	if rad > 0 {
		c.roundedRect(c.x(b.X), c.y(b.Y), c.l(b.W), c.l(b.H), rad, style)
	} else {
		c.doc.f.Rect(c.x(b.X), c.y(b.Y), c.l(b.W), c.l(b.H), style)
	}
}

// Path strokes a line and fills or strokes its arrowhead.
func (c *canvas) Path(p *render.Path) {
	f := c.doc.f
	c.setStroke(&p.Stroke)
	started := false
	for _, s := range p.Segs {
		switch {
		case s.Op == layout.MoveTo && len(s.Pts) >= 1:
			f.MoveTo(c.x(s.Pts[0].X), c.y(s.Pts[0].Y))
			started = true
		case s.Op == layout.LineTo && len(s.Pts) >= 1 && started:
			f.LineTo(c.x(s.Pts[0].X), c.y(s.Pts[0].Y))
		case s.Op == layout.CubicTo && len(s.Pts) >= 3 && started:
			q := s.Pts
			f.CurveBezierCubicTo(c.x(q[0].X), c.y(q[0].Y), c.x(q[1].X), c.y(q[1].Y), c.x(q[2].X), c.y(q[2].Y))
		}
	}
	if !started {
		return
	}
	f.DrawPath("D")
	if p.Arrow != nil {
		c.arrow(p)
	}
}

// arrow draws the arrowhead at the end of p: a filled triangle whose tip
// reaches one stroke width past the end, or an open chevron stroked like
// the line with round ends.
func (c *canvas) arrow(p *render.Path) {
	end, dir, ok := render.EndTangent(p.Segs)
	if !ok {
		return
	}
	a := p.Arrow
	n := layout.Point{X: float64(-dir.Y * 0.6 * a.Size), Y: float64(dir.X * 0.6 * a.Size)}
	tip := end
	if a.Filled {
		tip = layout.Point{X: end.X + float64(dir.X*a.Width), Y: end.Y + float64(dir.Y*a.Width)}
	}
	back := layout.Point{X: tip.X - float64(dir.X*a.Size), Y: tip.Y - float64(dir.Y*a.Size)}
	f := c.doc.f
	f.MoveTo(c.x(back.X+n.X), c.y(back.Y+n.Y))
	f.LineTo(c.x(tip.X), c.y(tip.Y))
	f.LineTo(c.x(back.X-n.X), c.y(back.Y-n.Y))
	if a.Filled {
		f.ClosePath()
		c.fill(a.Color)
		f.DrawPath("F")
		return
	}
	f.SetDashPattern(nil, 0)
	f.SetLineCapStyle("round")
	f.SetLineJoinStyle("round")
	f.DrawPath("D")
}

// Circle fills a disc.
func (c *canvas) Circle(o *render.Circle) {
	if !c.shows(o.C.Y-o.R, o.C.Y+o.R) {
		return
	}
	c.fill(o.Fill)
	c.circle(c.x(o.C.X), c.y(o.C.Y), c.l(o.R), "F")
}

// HalfDisc fills the left half of a disc, as two quarter-circle curves.
func (c *canvas) HalfDisc(h *render.HalfDisc) {
	if !c.shows(h.C.Y-h.R, h.C.Y+h.R) {
		return
	}
	f := c.doc.f
	x, y, r := c.x(h.C.X), c.y(h.C.Y), c.l(h.R)
	k := float64(kappa * r)
	f.MoveTo(x, y-r)
	f.CurveBezierCubicTo(x-k, y-r, x-r, y-k, x-r, y)
	f.CurveBezierCubicTo(x-r, y+k, x-k, y+r, x, y+r)
	f.ClosePath()
	c.fill(h.Fill)
	f.DrawPath("F")
}

// fail keeps the first error, naming the node it happened in.
func (c *canvas) fail(err error) {
	if err != nil && c.err == nil {
		c.err = fmt.Errorf("render: node %q: %w", c.node, err)
	}
}
