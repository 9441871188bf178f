package layout

import "math"

// Crossings counts the points where two edges of d cross, leaving out
// pairs of edges that share an end (they meet there by design): a
// measure of how hard a picture's lines are to follow. Curves are
// followed as polylines of points a few px apart.
func Crossings(d *Diagram) int {
	lines := make([][]Point, len(d.Edges))
	for i, e := range d.Edges {
		lines[i] = flatten(e.Path)
	}
	n := 0
	for i := range d.Edges {
		for j := i + 1; j < len(d.Edges); j++ {
			a, b := &d.Edges[i], &d.Edges[j]
			if a.From == b.From || a.From == b.To || a.To == b.From || a.To == b.To {
				continue
			}
			n += polylineCrossings(lines[i], lines[j])
		}
	}
	return n
}

// flatten returns points along a path, about every 4 px.
func flatten(segs []Segment) []Point {
	var pts []Point
	var cur Point
	for _, s := range segs {
		switch {
		case s.Op == MoveTo && len(s.Pts) == 1:
			cur = s.Pts[0]
			pts = append(pts, cur)
		case s.Op == LineTo && len(s.Pts) == 1:
			cur = s.Pts[0]
			pts = append(pts, cur)
		case s.Op == CubicTo && len(s.Pts) == 3:
			p1, p2, p3 := s.Pts[0], s.Pts[1], s.Pts[2]
			n := int((dist(cur, p1)+dist(p1, p2)+dist(p2, p3))/4) + 1
			for k := 1; k <= n; k++ {
				pts = append(pts, cubicAt(cur, p1, p2, p3, float64(k)/float64(n)))
			}
			cur = p3
		}
	}
	return pts
}

// polylineCrossings counts the points where polylines p and q cross,
// skipping pairs of segments whose boxes do not meet.
func polylineCrossings(p, q []Point) int {
	n := 0
	for i := 1; i < len(p); i++ {
		for j := 1; j < len(q); j++ {
			if segmentsCross(p[i-1], p[i], q[j-1], q[j]) {
				n++
			}
		}
	}
	return n
}

// segmentsCross reports whether segments ab and cd cross properly (not
// merely touching).
func segmentsCross(a, b, c, d Point) bool {
	if max(a.X, b.X) < min(c.X, d.X) || max(c.X, d.X) < min(a.X, b.X) ||
		max(a.Y, b.Y) < min(c.Y, d.Y) || max(c.Y, d.Y) < min(a.Y, b.Y) {
		return false
	}
	side := func(p, q, r Point) float64 { return float64((q.X-p.X)*(r.Y-p.Y)) - float64((q.Y-p.Y)*(r.X-p.X)) }
	d1, d2 := side(c, d, a), side(c, d, b)
	d3, d4 := side(a, b, c), side(a, b, d)
	return d1*d2 < 0 && d3*d4 < 0
}

// dist is the distance between two points. It takes the square root
// rather than math.Hypot, whose result differs between architectures.
func dist(a, b Point) float64 {
	dx, dy := b.X-a.X, b.Y-a.Y
	return math.Sqrt(float64(dx*dx) + float64(dy*dy))
}
