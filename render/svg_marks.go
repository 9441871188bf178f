package render

import (
	"strconv"
	"strings"

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
	r.canvas.Group(attr("class", "meter"), attr("data-done", strconv.Itoa(m.Done)), attr("data-total", strconv.Itoa(m.Total)))
	r.rect(m.Track, attr("class", "track"), attr("fill", t.MeterTrack.Hex()))
	if m.Fill.W > 0 {
		r.rect(m.Fill, attr("class", "fill"), attr("fill", t.MeterFill.Hex()))
	}
	r.canvas.Gend()
}

// mark draws a status badge as <g class="mark KIND"> from its glyph (see
// markGlyphOf), the same shapes the PNG renderer paints.
func (r *svgRenderer) mark(m layout.Mark) {
	t := r.opt.Theme
	g := markGlyphOf(m)
	r.canvas.Group(attr("class", "mark "+classToken(m.Kind)))
	r.circle(g.c, g.r, t.MarkInk)
	if g.inner > 0 {
		r.circle(g.c, g.inner, t.MarkPaper)
	}
	if g.halfInner {
		top, bottom := pt(g.c.X, g.c.Y-g.inner), pt(g.c.X, g.c.Y+g.inner)
		rad := dec2(g.inner)
		r.canvas.Path("M"+top+" A"+rad+" "+rad+" 0 0 0 "+bottom+" Z", attr("fill", t.MarkInk.Hex()))
	}
	if len(g.line) > 0 {
		col := t.MarkPaper
		if g.lineInk {
			col = t.MarkInk
		}
		pts := make([]string, len(g.line))
		for i, p := range g.line {
			pts[i] = pt(p.X, p.Y)
		}
		r.canvas.Path("M"+strings.Join(pts, " L"), attr("fill", "none"), attr("stroke", col.Hex()),
			attr("stroke-width", dec2(g.stroke)), attr("stroke-linecap", "round"), attr("stroke-linejoin", "round"))
	}
	r.canvas.Gend()
}

// circle writes a filled <circle>.
func (r *svgRenderer) circle(c layout.Point, rad float64, col Color) {
	r.printf("<circle %s %s %s %s/>\n", attr("cx", dec2(c.X)), attr("cy", dec2(c.Y)), attr("r", dec2(rad)), attr("fill", col.Hex()))
}
