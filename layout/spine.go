package layout

import (
	"fmt"
	"math"
)

// The spine of the two-sided layout: from the bottom centre of one
// section to the top centre of the next, on the other side, an S-shaped
// cubic curve. A drop longer than bendReach runs straight down from the
// one section or into the other and bends over bendReach only, where the
// columns are free of topics.

// spineShape is the spine from p0 to p3: straight down from p0 to q0,
// the bend from q0 to q3, straight down from q3 to p3.
type spineShape struct{ p0, q0, q3, p3 Point }

// shapeSpine is the spine from box a to box b that bends u below a.
func (p *placer) shapeSpine(a, b Rect, u float64) spineShape {
	p0 := Point{a.X + float64(a.W/2), a.Y + a.H}
	p3 := Point{b.X + float64(b.W/2), b.Y}
	reach := math.Min(p3.Y-p0.Y, p.f.sc(bendReach))
	q0 := Point{p0.X, p0.Y + u}
	return spineShape{p0, q0, Point{p3.X, q0.Y + reach}, p3}
}

// controls returns the control points of the bend.
func (s spineShape) controls() (Point, Point) {
	k := float64((s.q3.Y - s.q0.Y) * spineBend)
	return Point{s.q0.X, s.q0.Y + k}, Point{s.q3.X, s.q3.Y - k}
}

// spinePath is the path of spine s, carved from the placer's slabs.
func (p *placer) spinePath(s spineShape) []Segment {
	c1, c2 := s.controls()
	head, tail := s.q0.Y > s.p0.Y, s.p3.Y > s.q3.Y
	n := 2
	if head {
		n++
	}
	if tail {
		n++
	}
	pts := carve(&p.ptSlab, n+2)
	segs := carve(&p.segSlab, n)
	pts[0] = s.p0
	segs[0] = Segment{Op: MoveTo, Pts: pts[0:1:1]}
	i, k := 1, 1
	if head {
		pts[k] = s.q0
		segs[i] = Segment{Op: LineTo, Pts: pts[k : k+1 : k+1]}
		i, k = i+1, k+1
	}
	pts[k], pts[k+1], pts[k+2] = c1, c2, s.q3
	segs[i] = Segment{Op: CubicTo, Pts: pts[k : k+3 : k+3]}
	i, k = i+1, k+3
	if tail {
		pts[k] = s.p3
		segs[i] = Segment{Op: LineTo, Pts: pts[k : k+1 : k+1]}
	}
	return segs
}

// clearSpine moves the centre c of block b down until a spine from the
// previous section keeps spineClear away from the previous section's
// topics and from the block's own topics. It doubles the move until the
// spine is clear, then bisects back to within a px of the least clear
// move: a few dozen checks at most.
func (p *placer) clearSpine(c float64, b *block) (float64, error) {
	clear := func(c float64) bool {
		_, ok := p.trySpine(Rect{X: b.secX, Y: c - float64(b.label.H/2), W: b.label.W, H: b.label.H}, b, c-b.lead)
		return ok
	}
	if clear(c) {
		return c, nil
	}
	lo, step := c, 16.0
	for !clear(c + step) {
		lo = c + step
		step *= 2
		if step > 1e9 {
			return 0, fmt.Errorf("layout: found no room for the spine below %s", p.prevID)
		}
	}
	hi := c + step
	for hi-lo > 1 {
		mid := math.Round((lo + hi) / 2)
		if mid <= lo || mid >= hi {
			break
		}
		if clear(mid) {
			hi = mid
		} else {
			lo = mid
		}
	}
	return hi, nil
}

// fitSpine returns the spine from the previous section to sec, block b's
// stack lying from y top down: the first clear one of trySpine's.
func (p *placer) fitSpine(sec Rect, b *block, top float64) spineShape {
	s, _ := p.trySpine(sec, b, top)
	return s
}

// trySpine returns a spine from the previous section to sec that keeps
// clear of the topic boxes beside both, block b's stack lying from y top
// down, and whether it found one: bending just above sec, else where the
// stacks leave room.
func (p *placer) trySpine(sec Rect, b *block, top float64) (spineShape, bool) {
	clr := p.f.sc(spineClear)
	y0, y1 := p.prev.Y+p.prev.H-clr, sec.Y+clr
	near := p.scratch.near[:0]
	defer func() { p.scratch.near = near[:0] }()
	for _, r := range p.prevTop {
		if r.Y+r.H > y0 {
			near = append(near, r)
		}
	}
	for j := range b.st.rel {
		if r := b.st.at(j, b.edge, top, b.side == left); r.Y < y1 {
			near = append(near, r)
		}
	}
	slack := math.Max(0, sec.Y-(p.prev.Y+p.prev.H)-p.f.sc(bendReach))
	first := p.shapeSpine(p.prev, sec, slack)
	if len(near) == 0 || clearOf(first, near, clr) {
		return first, true
	}
	if slack == 0 {
		return first, false
	}
	// Bend just above the block's stack, then just below the previous
	// section's, then right below the previous section.
	reach := p.f.sc(bendReach)
	bottom := p.prev.Y + p.prev.H
	for _, u := range []float64{top - clr - float64(0.35*reach) - bottom, bottomOf(p.prevTop) + clr - float64(0.65*reach) - bottom, 0} {
		if u = math.Max(0, math.Min(slack, u)); u < slack {
			if s := p.shapeSpine(p.prev, sec, u); clearOf(s, near, clr) {
				return s, true
			}
		}
	}
	return first, false
}

// clearOf reports whether spine s keeps clr away from every box of near:
// its straight runs checked exactly, its bend sampled every clr px
// against the boxes beside it.
func clearOf(s spineShape, near []Rect, clr float64) bool {
	var buf [16]Rect
	beside := buf[:0]
	lo, hi := math.Min(s.q0.X, s.q3.X)-clr, math.Max(s.q0.X, s.q3.X)+clr
	for _, r := range near {
		if runHits(s.p0, s.q0, r, clr) || runHits(s.q3, s.p3, r, clr) {
			return false
		}
		if r.Y-clr < s.q3.Y && r.Y+r.H+clr > s.q0.Y && r.X < hi && r.X+r.W > lo {
			beside = append(beside, r)
		}
	}
	if len(beside) == 0 {
		return true
	}
	c1, c2 := s.controls()
	length := dist(s.q0, c1) + dist(c1, c2) + dist(c2, s.q3)
	steps := int(length/clr) + 2
	for k := 0; k <= steps; k++ {
		pt := cubicAt(s.q0, c1, c2, s.q3, float64(k)/float64(steps))
		for _, r := range beside {
			if pt.X > r.X-clr && pt.X < r.X+r.W+clr && pt.Y > r.Y-clr && pt.Y < r.Y+r.H+clr {
				return false
			}
		}
	}
	return true
}

// runHits reports whether the straight run from a down to b (one x)
// passes within clr of box r.
func runHits(a, b Point, r Rect, clr float64) bool {
	return b.Y > a.Y && a.X > r.X-clr && a.X < r.X+r.W+clr && a.Y < r.Y+r.H+clr && b.Y > r.Y-clr
}
