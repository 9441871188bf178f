package render

import "github.com/roadmapgo/roadmap/layout"

// edgeStyle is how one kind of edge is stroked, by both renderers.
type edgeStyle struct {
	color  Color
	width  float64
	dash   [2]float64
	filled bool // a filled triangle arrowhead rather than an open chevron
}

// edgeStyleOf returns the stroke of edges of kind k in theme t: the spine
// and topic connectors in the spine colour with open arrowheads,
// prerequisites in their own colour, with shorter dashes and filled
// arrowheads, so the kinds differ by more than colour.
func edgeStyleOf(t Theme, k layout.EdgeKind) edgeStyle {
	switch k {
	case layout.EdgeSpine:
		return edgeStyle{color: t.Spine, width: t.SpineWidth, dash: t.Dash}
	case layout.EdgeRequires:
		return edgeStyle{color: t.Requires, width: t.ConnectorWidth, dash: t.RequiresDash, filled: true}
	default:
		return edgeStyle{color: t.Spine, width: t.ConnectorWidth, dash: t.Dash}
	}
}

// shadowBoxes returns the shadow rectangle of every node that casts one,
// in diagram order: each box but the title's, shifted by ShadowOffset.
// It is empty when the theme has no shadow.
func shadowBoxes(t Theme, d *layout.Diagram) []layout.Rect {
	if t.ShadowOpacity <= 0 {
		return nil
	}
	var out []layout.Rect
	for _, n := range d.Nodes {
		if n.Kind == layout.KindTitle {
			continue
		}
		b := n.Box
		b.X += t.ShadowOffset
		b.Y += t.ShadowOffset
		out = append(out, b)
	}
	return out
}

// unionRect returns the smallest rectangle holding every rectangle of rs,
// or the zero Rect when rs is empty.
func unionRect(rs []layout.Rect) layout.Rect {
	if len(rs) == 0 {
		return layout.Rect{}
	}
	x0, y0, x1, y1 := rs[0].X, rs[0].Y, rs[0].X+rs[0].W, rs[0].Y+rs[0].H
	for _, r := range rs[1:] {
		x0, y0 = min(x0, r.X), min(y0, r.Y)
		x1, y1 = max(x1, r.X+r.W), max(y1, r.Y+r.H)
	}
	return layout.Rect{X: x0, Y: y0, W: x1 - x0, H: y1 - y0}
}

// growRect returns r grown by d on every side.
func growRect(r layout.Rect, d float64) layout.Rect {
	return layout.Rect{X: r.X - d, Y: r.Y - d, W: r.W + 2*d, H: r.H + 2*d}
}
