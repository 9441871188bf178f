package svgicon

import (
	"math"

	"github.com/roadmapgo/roadmap/render/internal/exactmath"
)

// pathBuilder collects subpaths of lines and cubics in user space; it
// turns quadratics and arcs into cubics.
type pathBuilder struct {
	subs       []Subpath
	cur, start Point
	// ctrl is the last control point and ctrlOf the kind of curve it
	// ends ('C' or 'Q'), for the smooth commands.
	ctrl   Point
	ctrlOf byte
	segs   int
}

// moveTo starts a subpath at p.
func (b *pathBuilder) moveTo(p Point) {
	b.subs = append(b.subs, Subpath{Start: p})
	b.cur, b.start, b.ctrlOf = p, p, 0
}

// last returns the subpath being drawn, starting one at the current
// point when there is none (a command after Z continues from its start).
func (b *pathBuilder) last() *Subpath {
	if n := len(b.subs); n > 0 && !b.subs[n-1].Closed {
		return &b.subs[n-1]
	}
	b.subs = append(b.subs, Subpath{Start: b.cur})
	b.start = b.cur
	return &b.subs[len(b.subs)-1]
}

func (b *pathBuilder) add(s Seg) {
	sp := b.last()
	sp.Segs = append(sp.Segs, s)
	b.cur, b.segs = s.P, b.segs+1
}

func (b *pathBuilder) lineTo(p Point) {
	b.add(Seg{P: p})
	b.ctrlOf = 0
}

func (b *pathBuilder) cubicTo(c1, c2, p Point) {
	b.add(Seg{Cubic: true, C1: c1, C2: c2, P: p})
	b.ctrl, b.ctrlOf = c2, 'C'
}

// quadTo adds the quadratic via c to p as the cubic that draws it.
func (b *pathBuilder) quadTo(c, p Point) {
	p0 := b.cur
	c1 := Point{p0.X + float64(2*(c.X-p0.X))/3, p0.Y + float64(2*(c.Y-p0.Y))/3}
	c2 := Point{p.X + float64(2*(c.X-p.X))/3, p.Y + float64(2*(c.Y-p.Y))/3}
	b.add(Seg{Cubic: true, C1: c1, C2: c2, P: p})
	b.ctrl, b.ctrlOf = c, 'Q'
}

// reflect returns the first control point of a smooth curve of kind
// ('C' or 'Q'): the last one mirrored about the current point when the
// last curve was of that kind, else the current point.
func (b *pathBuilder) reflect(kind byte) Point {
	if b.ctrlOf != kind {
		return b.cur
	}
	return Point{b.cur.X + (b.cur.X - b.ctrl.X), b.cur.Y + (b.cur.Y - b.ctrl.Y)}
}

// close ends the subpath with a line to its start.
func (b *pathBuilder) close() {
	if n := len(b.subs); n > 0 && !b.subs[n-1].Closed {
		b.subs[n-1].Closed = true
	}
	b.cur, b.ctrlOf = b.start, 0
}

// arcTo adds the elliptical arc to p (SVG's endpoint parametrization,
// out-of-range radii scaled up as SVG says) as cubics of at most a
// quarter turn each.
func (b *pathBuilder) arcTo(rx, ry, angle float64, large, sweep bool, p Point) {
	p0 := b.cur
	if p0 == p {
		return
	}
	rx, ry = math.Abs(rx), math.Abs(ry)
	if rx == 0 || ry == 0 {
		b.lineTo(p)
		return
	}
	phi := float64(angle*math.Pi) / 180
	cs, sn := exactmath.Cos(phi), exactmath.Sin(phi)
	dx, dy := float64((p0.X-p.X)/2), float64((p0.Y-p.Y)/2)
	x1, y1 := float64(cs*dx)+float64(sn*dy), float64(cs*dy)-float64(sn*dx)
	if l := float64(float64(x1*x1)/float64(rx*rx)) + float64(float64(y1*y1)/float64(ry*ry)); l > 1 {
		k := math.Sqrt(l)
		rx, ry = float64(rx*k), float64(ry*k)
	}
	rx2, ry2 := float64(rx*rx), float64(ry*ry)
	den := float64(rx2*float64(y1*y1)) + float64(ry2*float64(x1*x1))
	num := float64(rx2*ry2) - den
	coef := math.Sqrt(math.Max(0, num/den))
	if large == sweep {
		coef = -coef
	}
	cxp, cyp := float64(coef*rx)*y1/ry, -float64(coef*ry)*x1/rx
	center := Point{float64(cs*cxp) - float64(sn*cyp) + float64((p0.X+p.X)/2), float64(sn*cxp) + float64(cs*cyp) + float64((p0.Y+p.Y)/2)}
	t1 := exactmath.Atan2((y1-cyp)/ry, (x1-cxp)/rx)
	t2 := exactmath.Atan2((-y1-cyp)/ry, (-x1-cxp)/rx)
	dt := t2 - t1
	if sweep && dt < 0 {
		dt += 2 * math.Pi
	} else if !sweep && dt > 0 {
		dt -= 2 * math.Pi
	}
	// The unit circle to the ellipse.
	m := Matrix{float64(rx * cs), float64(rx * sn), -float64(ry * sn), float64(ry * cs), center.X, center.Y}
	n := max(1, int(math.Ceil(math.Abs(dt)/(math.Pi/2)-1e-9)))
	step := dt / float64(n)
	q := float64(step / 4)
	alpha := float64(4*exactmath.Sin(q)/exactmath.Cos(q)) / 3
	for i := range n {
		a0, a1 := t1+float64(step*float64(i)), t1+float64(step*float64(i+1))
		c0, s0, c1, s1 := exactmath.Cos(a0), exactmath.Sin(a0), exactmath.Cos(a1), exactmath.Sin(a1)
		end := m.Apply(Point{c1, s1})
		if i == n-1 {
			end = p
		}
		b.cubicTo(m.Apply(Point{c0 - float64(alpha*s0), s0 + float64(alpha*c0)}),
			m.Apply(Point{c1 + float64(alpha*s1), s1 - float64(alpha*c1)}), end)
	}
	b.ctrlOf = 0
}

// transformed returns the subpaths with every point mapped by m.
func transformed(subs []Subpath, m Matrix) []Subpath {
	if m == Identity {
		return subs
	}
	out := make([]Subpath, len(subs))
	for i, sp := range subs {
		segs := make([]Seg, len(sp.Segs))
		for j, s := range sp.Segs {
			segs[j] = Seg{Cubic: s.Cubic, C1: m.Apply(s.C1), C2: m.Apply(s.C2), P: m.Apply(s.P)}
		}
		out[i] = Subpath{Start: m.Apply(sp.Start), Segs: segs, Closed: sp.Closed}
	}
	return out
}

// bbox returns the bounding box of the subpaths' points, control points
// of curves counted by the extremes of the curves.
func bbox(subs []Subpath) (Rect, bool) {
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	grow := func(p Point) {
		minX, maxX = math.Min(minX, p.X), math.Max(maxX, p.X)
		minY, maxY = math.Min(minY, p.Y), math.Max(maxY, p.Y)
	}
	for _, sp := range subs {
		grow(sp.Start)
		prev := sp.Start
		for _, s := range sp.Segs {
			if s.Cubic {
				for _, t := range cubicExtremes(prev, s) {
					grow(cubicAt(prev, s, t))
				}
			}
			grow(s.P)
			prev = s.P
		}
	}
	if minX > maxX {
		return Rect{}, false
	}
	return Rect{minX, minY, maxX - minX, maxY - minY}, true
}
