package render

import (
	"github.com/roadmapgo/roadmap/layout"
)

// meter draws a section's completion bar as <g class="meter"> with the
// counts in data-done and data-total, holding the whole bar (class
// "track") and its done part (class "fill").
func (r *svgRenderer) meter(m *layout.Meter) {
	if m == nil {
		return
	}
	t := r.opt.Theme
	o := r.out
	o.str("<g")
	o.attr("class", "meter")
	o.int("data-done", m.Done)
	o.int("data-total", m.Total)
	o.str(groupEnd)
	r.filledRect(m.Track, "track", t.MeterTrack)
	if m.Fill.W > 0 {
		r.filledRect(m.Fill, "fill", t.MeterFill)
	}
	r.canvas.Gend()
}

// mark draws a status badge as <g class="mark KIND"> from its glyph (see
// markGlyphOf), the same shapes the PNG renderer paints.
func (r *svgRenderer) mark(m layout.Mark) {
	t := r.opt.Theme
	g := markGlyphOf(m)
	o := r.out
	o.str("<g")
	o.open("class")
	o.str("mark ")
	o.token(m.Kind)
	o.close()
	o.str(groupEnd)
	r.circle(g.c, g.r, t.MarkInk)
	if g.inner > 0 {
		r.circle(g.c, g.inner, t.MarkPaper)
	}
	if g.halfInner {
		r.halfDisc(g.c, g.inner, t.MarkInk)
	}
	if len(g.line) > 0 {
		col := t.MarkPaper
		if g.lineInk {
			col = t.MarkInk
		}
		r.polyline(g.line, g.stroke, col)
	}
	r.canvas.Gend()
}

// circle writes a filled <circle>.
func (r *svgRenderer) circle(c layout.Point, rad float64, col Color) {
	o := r.out
	o.str("<circle")
	o.num("cx", c.X)
	o.num("cy", c.Y)
	o.num("r", rad)
	o.color("fill", col)
	o.str(emptyEnd)
}

// halfDisc writes the left half of the disc of centre c and radius rad,
// filled with col, as a <path>.
func (r *svgRenderer) halfDisc(c layout.Point, rad float64, col Color) {
	o := r.out
	o.str(`<path d="M`)
	o.point(c.X, c.Y-rad)
	o.str(" A")
	o.dec(rad)
	o.str(" ")
	o.dec(rad)
	o.str(" 0 0 0 ")
	o.point(c.X, c.Y+rad)
	o.str(` Z"`)
	o.color("fill", col)
	o.str(pathEnd)
}

// polyline writes the open line through pts, round-capped and joined, as
// a <path>.
func (r *svgRenderer) polyline(pts []layout.Point, width float64, col Color) {
	o := r.out
	o.str(`<path d="`)
	for i, p := range pts {
		if i == 0 {
			o.str("M")
		} else {
			o.str(" L")
		}
		o.point(p.X, p.Y)
	}
	o.str(`"`)
	o.attr("fill", "none")
	o.color("stroke", col)
	o.num("stroke-width", width)
	o.attr("stroke-linecap", "round")
	o.attr("stroke-linejoin", "round")
	o.str(pathEnd)
}
