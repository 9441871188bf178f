package png

import (
	"github.com/roadmapgo/roadmap/layout"
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

// endTangent returns the end point of path, in device pixels, and the
// unit direction in which the path arrives there, as SVG's orient="auto"
// sees it: for a cubic, from the last control point that differs from the
// end.
func endTangent(segs []layout.Segment, scale float64) (vec, vec, bool) {
	var cur vec
	var dir vec
	ok := false
	for _, s := range segs {
		switch {
		case (s.Op == layout.MoveTo || s.Op == layout.LineTo) && len(s.Pts) >= 1:
			p := vec{s.Pts[0].X, s.Pts[0].Y}
			if s.Op == layout.MoveTo {
				dir = vec{}
			} else if d := p.sub(cur).unit(); ok && d != (vec{}) {
				dir = d
			}
			cur, ok = p, true
		case s.Op == layout.CubicTo && len(s.Pts) >= 3 && ok:
			end := vec{s.Pts[2].X, s.Pts[2].Y}
			for _, from := range []vec{{s.Pts[1].X, s.Pts[1].Y}, {s.Pts[0].X, s.Pts[0].Y}, cur} {
				if d := end.sub(from).unit(); d != (vec{}) {
					dir = d
					break
				}
			}
			cur = end
		}
	}
	return cur.mul(scale), dir, ok && dir != (vec{})
}
