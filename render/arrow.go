package render

import (
	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/render/internal/exactmath"
)

// EndTangent returns the end point of a path and the unit direction in
// which the path arrives there, as SVG's orient="auto" sees it: for a
// cubic, from the last control point that differs from the end. ok is
// false for a path without a direction at its end.
func EndTangent(segs []layout.Segment) (end, dir layout.Point, ok bool) {
	var cur layout.Point
	for _, s := range segs {
		switch {
		case (s.Op == layout.MoveTo || s.Op == layout.LineTo) && len(s.Pts) >= 1:
			p := s.Pts[0]
			if s.Op == layout.MoveTo {
				dir = layout.Point{}
			} else if d := unit(p, cur); ok && d != (layout.Point{}) {
				dir = d
			}
			cur, ok = p, true
		case s.Op == layout.CubicTo && len(s.Pts) >= 3 && ok:
			end := s.Pts[2]
			for _, from := range []layout.Point{s.Pts[1], s.Pts[0], cur} {
				if d := unit(end, from); d != (layout.Point{}) {
					dir = d
					break
				}
			}
			cur = end
		}
	}
	return cur, dir, ok && dir != (layout.Point{})
}

// unit returns the direction from a to b as a vector of length 1, or the
// zero vector when they coincide.
func unit(b, a layout.Point) layout.Point {
	x, y := b.X-a.X, b.Y-a.Y
	l := exactmath.Hypot(x, y)
	if l == 0 {
		return layout.Point{}
	}
	k := 1 / l
	return layout.Point{X: x * k, Y: y * k}
}
