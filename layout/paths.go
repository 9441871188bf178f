package layout

// line is the path of a straight line from a to b, carved from the
// placer's slabs so that a big layout makes few allocations.
func (p *placer) line(a, b Point) []Segment {
	pts := carve(&p.ptSlab, 2)
	pts[0], pts[1] = a, b
	segs := carve(&p.segSlab, 2)
	segs[0] = Segment{Op: MoveTo, Pts: pts[0:1:1]}
	segs[1] = Segment{Op: LineTo, Pts: pts[1:2:2]}
	return segs
}

// polyline is the path of straight lines from a through b to c, carved
// from the placer's slabs.
func (p *placer) polyline(a, b, c Point) []Segment {
	pts := carve(&p.ptSlab, 3)
	pts[0], pts[1], pts[2] = a, b, c
	segs := carve(&p.segSlab, 3)
	segs[0] = Segment{Op: MoveTo, Pts: pts[0:1:1]}
	segs[1] = Segment{Op: LineTo, Pts: pts[1:2:2]}
	segs[2] = Segment{Op: LineTo, Pts: pts[2:3:3]}
	return segs
}

// carve returns n fresh items from the front of *slab, refilling it when
// it runs short; the result's capacity is n, so appending to it never
// touches the slab.
func carve[T any](slab *[]T, n int) []T {
	if len(*slab) < n {
		*slab = make([]T, max(n, 64))
	}
	out := (*slab)[:n:n]
	*slab = (*slab)[n:]
	return out
}

// cubicAt evaluates a cubic Bézier curve at t.
func cubicAt(p0, p1, p2, p3 Point, t float64) Point {
	u := 1 - t
	a, b, c, d := u*u*u, 3*u*u*t, 3*u*t*t, t*t*t
	return Point{
		X: float64(a*p0.X) + float64(b*p1.X) + float64(c*p2.X) + float64(d*p3.X),
		Y: float64(a*p0.Y) + float64(b*p1.Y) + float64(c*p2.Y) + float64(d*p3.Y),
	}
}
