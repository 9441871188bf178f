package svg

import (
	"math"

	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/render"
)

// shadowFilter defines the blur of the shadows group. Its region is the
// shadows' bounding box grown by three standard deviations, in user
// units, so that the blur is never cut and no more is blurred than needed.
func (r *renderer) shadowFilter(s *render.Shadow) {
	reg := growRect(unionRect(s.Boxes), math.Ceil(3*s.Sigma)+1)
	r.canvas.Filter(r.shadowID, attr("filterUnits", "userSpaceOnUse"), attr("x", dec2(reg.X)), attr("y", dec2(reg.Y)),
		attr("width", dec2(reg.W)), attr("height", dec2(reg.H)))
	r.out.str("<feGaussianBlur")
	r.out.num("stdDeviation", s.Sigma)
	r.out.str(emptyEnd)
	r.canvas.Fend()
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

// marker defines arrowhead a, in user units so that it does not grow
// with the stroke width. Its tip sits at the end of the path; a filled
// head reaches one stroke width past it, under the box the edge ends at,
// so the butt end of the line never shows beside the tip.
func (r *renderer) marker(id string, a *render.Arrow) {
	size := a.Size
	half, pad := float64(0.6*size), a.Width
	refX := pad + size
	if a.Filled {
		refX -= a.Width
	}
	o := r.out
	o.str("<marker")
	o.attr("id", id)
	o.attr("markerUnits", "userSpaceOnUse")
	o.attr("orient", "auto")
	o.num("markerWidth", size+float64(2*pad))
	o.num("markerHeight", float64(2*half)+float64(2*pad))
	o.num("refX", refX)
	o.num("refY", pad+half)
	o.attr("overflow", "visible")
	o.str(">\n")
	d := "M" + pt(pad, pad) + " L" + pt(pad+size, pad+half) + " L" + pt(pad, pad+2*half)
	if a.Filled {
		r.canvas.Path(d+" Z", attr("fill", r.out.pal.color("fill", a.Color).Hex()))
	} else {
		r.canvas.Path(d, attr("fill", "none"), attr("stroke", r.out.pal.color("stroke", a.Color).Hex()),
			attr("stroke-width", dec2(a.Width)), attr("stroke-linecap", "round"), attr("stroke-linejoin", "round"))
	}
	o.str("</marker>\n")
}

// Rect writes a <rect>: its geometry, class, corner radius, fill and
// stroke.
func (r *renderer) Rect(b *render.Rect) {
	o := r.out
	r.openRect(b.Box)
	o.attr("class", b.Class)
	if b.Radius > 0 {
		o.num("rx", b.Radius)
	}
	if b.NoFill {
		o.attr("fill", "none")
	} else {
		o.color("fill", b.Fill)
	}
	if s := b.Stroke; s != nil {
		o.color("stroke", s.Color)
		o.num("stroke-width", s.Width)
		if s.Dashed() {
			o.dashes(s.Dash)
		}
	}
	o.str(emptyEnd)
}

// openRect writes the start of a <rect> with the geometry of b; the
// caller adds its other attributes and ends it with emptyEnd.
func (r *renderer) openRect(b layout.Rect) {
	o := r.out
	o.str("<rect")
	o.num("x", b.X)
	o.num("y", b.Y)
	o.num("width", b.W)
	o.num("height", b.H)
}

// Path writes a <path> in its stroke, with its arrowhead as the marker
// of its kind.
func (r *renderer) Path(p *render.Path) {
	o := r.out
	o.str(`<path d="`)
	o.buf = appendPathData(o.buf, p.Segs)
	o.str(`"`)
	o.attr("fill", "none")
	o.color("stroke", p.Stroke.Color)
	o.num("stroke-width", p.Stroke.Width)
	if p.Stroke.Dashed() {
		o.dashes(p.Stroke.Dash)
	}
	if p.Stroke.Round {
		o.attr("stroke-linecap", "round")
		o.attr("stroke-linejoin", "round")
	}
	if p.Arrow != nil {
		o.open("marker-end")
		o.str("url(#")
		o.text(r.markers[p.Arrow.Kind])
		o.str(")")
		o.close()
	}
	o.str(pathEnd)
}

// appendPathData appends the SVG path of segs; a segment with too few
// points for its operation, or an unknown operation, is left out.
func appendPathData(b []byte, segs []layout.Segment) []byte {
	start := len(b)
	for _, s := range segs {
		need := 1
		if s.Op == layout.CubicTo {
			need = 3
		}
		if len(s.Pts) < need || (s.Op != layout.MoveTo && s.Op != layout.LineTo && s.Op != layout.CubicTo) {
			continue
		}
		if len(b) > start {
			b = append(b, ' ')
		}
		b = append(b, s.Op...)
		for i, p := range s.Pts[:need] {
			if i > 0 {
				b = append(b, ' ')
			}
			b = appendXY(b, p.X, p.Y)
		}
	}
	return b
}

// Circle writes a filled <circle>.
func (r *renderer) Circle(c *render.Circle) {
	o := r.out
	o.str("<circle")
	o.num("cx", c.C.X)
	o.num("cy", c.C.Y)
	o.num("r", c.R)
	o.color("fill", c.Fill)
	o.str(emptyEnd)
}

// HalfDisc writes the left half of a disc as a filled <path>.
func (r *renderer) HalfDisc(h *render.HalfDisc) {
	o := r.out
	o.str(`<path d="M`)
	o.point(h.C.X, h.C.Y-h.R)
	o.str(" A")
	o.dec(h.R)
	o.str(" ")
	o.dec(h.R)
	o.str(" 0 0 0 ")
	o.point(h.C.X, h.C.Y+h.R)
	o.str(` Z"`)
	o.color("fill", h.Fill)
	o.str(pathEnd)
}

// Text writes lines as one <text> with a <tspan> per line.
func (r *renderer) Text(t *render.Text) {
	o := r.out
	o.str("<text")
	if t.Class != "" {
		o.attr("class", t.Class)
	}
	o.color("fill", t.Fill)
	o.str(">")
	for _, l := range t.Lines {
		r.tspan(l)
	}
	o.str("</text>\n")
	r.flushGlyphs(t.Fill)
	r.flushEmoji()
}

// tspan writes one line of a label: one <tspan> anchored as the layout
// anchored it, or, for a line of runs, one <tspan> around a <tspan> per
// run.
func (r *renderer) tspan(l layout.Line) {
	o := r.out
	if len(l.Runs) > 0 {
		r.runSpans(l)
		return
	}
	o.str("<tspan")
	o.num("x", l.X)
	o.num("y", l.Baseline)
	o.num("font-size", l.Size)
	o.open("text-anchor")
	if l.Anchor == "" {
		o.str(string(layout.AnchorStart))
	} else {
		o.token(string(l.Anchor))
	}
	o.close()
	if l.Bold {
		o.attr("font-weight", "bold")
	}
	o.str(">")
	o.text(l.Text)
	o.str("</tspan>")
}

// Icon writes an emoji as the embedded font's colour bitmap (see
// emojiUse) or, with Options.EmojiText or when the font lacks it, as text
// centred in its box; or an image file embedded as a data: URI and
// fitted into its box.
func (r *renderer) Icon(i *render.Icon) {
	ic := i.Icon
	o := r.out
	b := ic.Box
	if ic.Path == "" {
		if g, ok := r.emojiGlyph(ic.Text); ok && r.emojiUse(ic.Text, iconEmojiBox(g, b), "icon emoji") {
			return
		}
		size := render.EmojiScale * b.H
		o.str("<text")
		o.attr("class", "icon")
		o.num("x", b.X+float64(b.W/2))
		o.num("y", b.Y+float64(b.H/2)+float64(render.EmojiBaseline*size))
		o.num("font-size", size)
		o.attr("text-anchor", "middle")
		o.attr("font-family", emojiFamily)
		o.str(">")
		o.text(ic.Text)
		o.str("</text>\n")
		return
	}
	o.str("<image")
	o.attr("class", "icon")
	o.num("x", b.X)
	o.num("y", b.Y)
	o.num("width", b.W)
	o.num("height", b.H)
	o.attr("xlink:href", r.images[ic.Path])
	o.str(emptyEnd)
}
