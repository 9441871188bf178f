package render

import (
	"math"

	"github.com/roadmapgo/roadmap/layout"
)

// meter paints a section's completion bar: the whole bar, then its done
// part.
func (r *rasterRenderer) meter(m *layout.Meter) {
	if m == nil {
		return
	}
	r.c.fill([]polygon{r.rectPolygon(m.Track)}, r.t.MeterTrack, 1)
	if m.Fill.W > 0 {
		r.c.fill([]polygon{r.rectPolygon(m.Fill)}, r.t.MeterFill, 1)
	}
}

// rectPolygon is the rectangle b (user units) in device pixels.
func (r *rasterRenderer) rectPolygon(b layout.Rect) polygon {
	s := r.s
	return roundRect(b.X*s, b.Y*s, b.W*s, b.H*s, 0).oriented()
}

// mark paints a status badge from its glyph (see markGlyphOf), the same
// shapes SVG draws.
func (r *rasterRenderer) mark(m layout.Mark) {
	t, s := r.t, r.s
	g := markGlyphOf(m)
	c := vec{g.c.X * s, g.c.Y * s}
	r.c.fill([]polygon{circle(c, g.r*s)}, t.MarkInk, 1)
	if g.inner > 0 {
		r.c.fill([]polygon{circle(c, g.inner*s)}, t.MarkPaper, 1)
	}
	if g.halfInner {
		r.c.fill([]polygon{leftHalfDisc(c, g.inner*s)}, t.MarkInk, 1)
	}
	if len(g.line) > 0 {
		col := t.MarkPaper
		if g.lineInk {
			col = t.MarkInk
		}
		pl := make([]vec, len(g.line))
		for i, p := range g.line {
			pl[i] = vec{p.X * s, p.Y * s}
		}
		r.c.fill(strokePolyline(pl, g.stroke*s, capRound, joinRound), col, 1)
	}
}

// leftHalfDisc returns the left half of the disc of radius rad at c.
func leftHalfDisc(c vec, rad float64) polygon {
	full := circle(c, rad)
	n := max(4, len(full)/2)
	p := make(polygon, n+1)
	for i := range p {
		a := math.Pi/2 + math.Pi*float64(i)/float64(n)
		p[i] = vec{c.x + rad*math.Cos(a), c.y + rad*math.Sin(a)}
	}
	return p.oriented()
}
