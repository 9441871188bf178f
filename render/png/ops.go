package png

import (
	"fmt"

	"github.com/roadmapgo/roadmap/render"
)

// Begin enters a group: the shadows group collects its shapes into one
// layer, an edge sets the opacity of what it holds, a node names the
// errors of what it holds.
func (r *renderer) Begin(g *render.Group) {
	switch g.Kind {
	case render.GroupShadows:
		r.inShadows, r.shadowPolys = true, r.shadowPolys[:0]
	case render.GroupEdge:
		r.opacity = g.Opacity
	case render.GroupNode, render.GroupRef:
		r.node = g.ID
	}
}

// End leaves a group; leaving the shadows group paints its layer.
func (r *renderer) End(g *render.Group) {
	switch g.Kind {
	case render.GroupShadows:
		r.inShadows = false
		r.shadows(r.shadowPolys, g.Shadow)
	case render.GroupEdge:
		r.opacity = 1
	}
}

// fail keeps the first error, naming the node it happened in.
func (r *renderer) fail(err error) {
	if err != nil && r.err == nil {
		r.err = fmt.Errorf("render: node %q: %w", r.node, err)
	}
}

// Rect fills a rectangle with rounded corners and strokes its outline
// (dashed, with butt ends and mitred corners, as SVG does); in the
// shadows group it only adds the shape to the layer. The background
// floods the whole canvas, unless Options.Transparent.
func (r *renderer) Rect(b *render.Rect) {
	s := r.s
	if b.Class == "background" {
		if !r.opt.Transparent {
			r.c.flood(b.Fill)
		}
		return
	}
	outline := roundRect(b.Box.X*s, b.Box.Y*s, b.Box.W*s, b.Box.H*s, b.Radius*s)
	if r.inShadows {
		r.shadowPolys = append(r.shadowPolys, outline.oriented())
		return
	}
	if !b.NoFill {
		r.c.fill([]polygon{outline.oriented()}, b.Fill, r.opacity)
	}
	if st := b.Stroke; st != nil {
		r.c.fill(strokeOutline(outline, st.Width*s, st.Dash[0]*s, st.Dash[1]*s), st.Color, r.opacity)
	}
}

// Path strokes a line (dashed when its stroke is) and its arrowhead as
// one shape.
func (r *renderer) Path(p *render.Path) {
	st := &p.Stroke
	c, j := capButt, joinMiter
	if st.Round {
		c, j = capRound, joinRound
	}
	var polys []polygon
	for _, pl := range flattenPath(p.Segs, r.s) {
		pieces := [][]vec{pl}
		if st.Dashed() {
			pieces = dashPolyline(pl, st.Dash[0]*r.s, st.Dash[1]*r.s)
		}
		for _, piece := range pieces {
			polys = append(polys, strokePolyline(piece, st.Width*r.s, c, j)...)
		}
	}
	if p.Arrow != nil {
		if end, dir, ok := render.EndTangent(p.Segs); ok {
			tip := vec{end.X * r.s, end.Y * r.s}
			polys = append(polys, r.arrowhead(tip, vec{dir.X, dir.Y}, p.Arrow)...)
		}
	}
	r.c.fill(polys, st.Color, r.opacity)
}

// Circle fills a disc.
func (r *renderer) Circle(c *render.Circle) {
	r.c.fill([]polygon{circle(vec{c.C.X * r.s, c.C.Y * r.s}, c.R*r.s)}, c.Fill, r.opacity)
}

// HalfDisc fills the left half of a disc.
func (r *renderer) HalfDisc(h *render.HalfDisc) {
	r.c.fill([]polygon{leftHalfDisc(vec{h.C.X * r.s, h.C.Y * r.s}, h.R*r.s)}, h.Fill, r.opacity)
}

// Text draws each line with the very font the layout measured it with.
func (r *renderer) Text(t *render.Text) {
	for _, l := range t.Lines {
		r.fail(r.c.drawLine(r.faces, l, r.s, t.Fill))
	}
}

// Icon draws an icon (see Write).
func (r *renderer) Icon(i *render.Icon) {
	r.fail(r.icon(i))
}
