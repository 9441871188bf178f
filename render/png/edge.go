package png

import (
	"github.com/roadmapgo/roadmap/render"
)

// arrowhead returns the head at tip pointing along the unit vector dir,
// in device pixels, with the SVG marker's geometry: a.Size long, 1.2 ×
// a.Size wide; an open chevron stroked with round ends whose
// point is the tip, or a filled triangle reaching one stroke width past
// the tip (under the box the edge ends at).
func (r *renderer) arrowhead(tip, dir vec, ah *render.Arrow) []polygon {
	a, w := ah.Size*r.s, ah.Width*r.s
	half := 0.6 * a
	n := vec{-dir.y, dir.x}.mul(half)
	if ah.Filled {
		p := tip.add(dir.mul(w))
		back := p.sub(dir.mul(a))
		return []polygon{polygon{back.add(n), p, back.sub(n)}.oriented()}
	}
	back := tip.sub(dir.mul(a))
	return strokePolyline([]vec{back.add(n), tip, back.sub(n)}, w, capRound, joinRound)
}
