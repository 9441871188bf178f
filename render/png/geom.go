package png

import (
	"math"

	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/render/internal/exactmath"
)

// flatTolerance is the largest distance, in device pixels, between a curve
// and the polyline that replaces it: far below what anti-aliasing shows.
const flatTolerance = 0.05

// maxCubicDepth bounds the subdivision of one cubic (2^12 pieces at most).
const maxCubicDepth = 12

// vec is a point in device pixels.
type vec struct{ x, y float64 }

// The products are rounded with float64() so that no architecture fuses
// them with the sums they are inlined into (see Write).
func (a vec) add(b vec) vec       { return vec{a.x + b.x, a.y + b.y} }
func (a vec) sub(b vec) vec       { return vec{a.x - b.x, a.y - b.y} }
func (a vec) mul(k float64) vec   { return vec{float64(a.x * k), float64(a.y * k)} }
func (a vec) dot(b vec) float64   { return float64(a.x*b.x) + float64(a.y*b.y) }
func (a vec) cross(b vec) float64 { return float64(a.x*b.y) - float64(a.y*b.x) }
func (a vec) len() float64        { return exactmath.Hypot(a.x, a.y) }
func (a vec) lerp(b vec, t float64) vec {
	return vec{a.x + float64((b.x-a.x)*t), a.y + float64((b.y-a.y)*t)}
}

// unit returns a scaled to length 1, or the zero vector for a zero a.
func (a vec) unit() vec {
	l := a.len()
	if l == 0 {
		return vec{}
	}
	return a.mul(1 / l)
}

// polygon is a closed outline; every polygon handed to the rasterizer is
// oriented the same way, so overlapping pieces add up instead of cancelling.
type polygon []vec

// area returns the signed area (positive for clockwise on a y-down canvas).
func (p polygon) area() float64 {
	var s float64
	for i := range p {
		j := (i + 1) % len(p)
		s += p[i].cross(p[j])
	}
	return s / 2
}

// oriented returns p with positive signed area.
func (p polygon) oriented() polygon {
	if p.area() >= 0 {
		return p
	}
	q := make(polygon, len(p))
	for i := range p {
		q[i] = p[len(p)-1-i]
	}
	return q
}

// flattenPath converts a diagram path into device-pixel polylines, one per
// subpath, with cubic Béziers subdivided until they are flat within
// flatTolerance.
func flattenPath(segs []layout.Segment, scale float64) [][]vec {
	var out [][]vec
	var cur []vec
	dev := func(p layout.Point) vec { return vec{float64(p.X * scale), float64(p.Y * scale)} }
	for _, s := range segs {
		switch {
		case s.Op == layout.MoveTo && len(s.Pts) >= 1:
			if len(cur) > 1 {
				out = append(out, cur)
			}
			cur = []vec{dev(s.Pts[0])}
		case s.Op == layout.LineTo && len(s.Pts) >= 1 && len(cur) > 0:
			cur = appendPoint(cur, dev(s.Pts[0]))
		case s.Op == layout.CubicTo && len(s.Pts) >= 3 && len(cur) > 0:
			cur = flattenCubic(cur, cur[len(cur)-1], dev(s.Pts[0]), dev(s.Pts[1]), dev(s.Pts[2]), 0)
		}
	}
	if len(cur) > 1 {
		out = append(out, cur)
	}
	return out
}

// appendPoint appends p unless it repeats the last point.
func appendPoint(pl []vec, p vec) []vec {
	if n := len(pl); n > 0 && pl[n-1] == p {
		return pl
	}
	return append(pl, p)
}

// flattenCubic appends the polyline of the cubic p0 p1 p2 p3 (without p0)
// to pl, splitting it in halves until both control points lie within
// flatTolerance of the chord.
func flattenCubic(pl []vec, p0, p1, p2, p3 vec, depth int) []vec {
	if depth >= maxCubicDepth || cubicFlat(p0, p1, p2, p3) {
		return appendPoint(pl, p3)
	}
	p01, p12, p23 := p0.lerp(p1, 0.5), p1.lerp(p2, 0.5), p2.lerp(p3, 0.5)
	p012, p123 := p01.lerp(p12, 0.5), p12.lerp(p23, 0.5)
	mid := p012.lerp(p123, 0.5)
	pl = flattenCubic(pl, p0, p01, p012, mid, depth+1)
	return flattenCubic(pl, mid, p123, p23, p3, depth+1)
}

// cubicFlat reports whether both control points lie within flatTolerance of
// the segment p0 p3 (a bound on the curve's distance from that segment).
func cubicFlat(p0, p1, p2, p3 vec) bool {
	return segDist(p1, p0, p3) <= flatTolerance && segDist(p2, p0, p3) <= flatTolerance
}

// segDist is the distance from p to the segment a b.
func segDist(p, a, b vec) float64 {
	ab := b.sub(a)
	l2 := ab.dot(ab)
	if l2 == 0 {
		return p.sub(a).len()
	}
	t := math.Max(0, math.Min(1, p.sub(a).dot(ab)/l2))
	return p.sub(a.add(ab.mul(t))).len()
}

// dashPolyline cuts pl into the "on" pieces of the pattern on, off
// (device pixels), starting with a dash at the first point as SVG does.
func dashPolyline(pl []vec, on, off float64) [][]vec {
	if on <= 0 || off <= 0 {
		return [][]vec{pl}
	}
	var out [][]vec
	var cur []vec
	drawing, left := true, on // current phase and length left in it
	cur = []vec{pl[0]}
	for i := 1; i < len(pl); i++ {
		a, b := pl[i-1], pl[i]
		segLen := b.sub(a).len()
		pos := 0.0
		for segLen-pos > left {
			pos += left
			p := a.lerp(b, pos/segLen)
			if drawing {
				out = append(out, appendPoint(cur, p))
				cur = nil
			} else {
				cur = []vec{p}
			}
			drawing = !drawing
			left = off
			if drawing {
				left = on
			}
		}
		left -= segLen - pos
		if drawing {
			cur = appendPoint(cur, b)
		}
	}
	if drawing && len(cur) > 1 {
		out = append(out, cur)
	}
	return out
}

// capStyle is how an open stroke ends.
type capStyle int

const (
	capButt capStyle = iota
	capRound
	capSquare
)

// joinStyle is how a stroke turns a corner.
type joinStyle int

const (
	joinMiter joinStyle = iota
	joinRound
	joinBevel
)

// miterLimit is SVG's default stroke-miterlimit.
const miterLimit = 4

// strokePolyline returns polygons whose union is the stroke of pl with the
// given width: one quad per segment, a join piece at every inner vertex and
// a cap piece at both ends. All pieces share one orientation.
func strokePolyline(pl []vec, width float64, c capStyle, j joinStyle) []polygon {
	return strokeMiter(pl, width, c, j, miterLimit)
}

// strokeMiter is strokePolyline with the given miter limit: a miter
// longer than limit stroke widths is cut to a bevel.
func strokeMiter(pl []vec, width float64, c capStyle, j joinStyle, limit float64) []polygon {
	if len(pl) < 2 || width <= 0 {
		return nil
	}
	hw := width / 2
	var out []polygon
	for i := 1; i < len(pl); i++ {
		a, b := pl[i-1], pl[i]
		d := b.sub(a).unit()
		n := vec{-d.y, d.x}.mul(hw)
		if c == capSquare {
			if i == 1 {
				a = a.sub(d.mul(hw))
			}
			if i == len(pl)-1 {
				b = b.add(d.mul(hw))
			}
		}
		out = append(out, polygon{a.add(n), b.add(n), b.sub(n), a.sub(n)}.oriented())
	}
	for i := 1; i+1 < len(pl); i++ {
		if piece := joinPiece(pl[i-1], pl[i], pl[i+1], hw, j, limit); piece != nil {
			out = append(out, piece)
		}
	}
	if c == capRound {
		out = append(out, circle(pl[0], hw), circle(pl[len(pl)-1], hw))
	}
	return out
}

// joinPiece fills the wedge on the outer side of the corner a v b.
func joinPiece(a, v, b vec, hw float64, j joinStyle, limit float64) polygon {
	d0, d1 := v.sub(a).unit(), b.sub(v).unit()
	turn := d0.cross(d1)
	if math.Abs(turn) < 1e-12 && d0.dot(d1) > 0 {
		return nil
	}
	if j == joinRound {
		return circle(v, hw)
	}
	// The outer side is opposite the turn.
	side := 1.0
	if turn > 0 {
		side = -1
	}
	n0 := vec{-d0.y, d0.x}.mul(hw * side)
	n1 := vec{-d1.y, d1.x}.mul(hw * side)
	p0, p1 := v.add(n0), v.add(n1)
	cosHalf := math.Sqrt(math.Max(0, (1+d0.dot(d1))/2))
	if j == joinMiter && float64(cosHalf*limit) > 1 {
		m := n0.add(n1).unit().mul(hw / cosHalf)
		return polygon{v, p0, v.add(m), p1}.oriented()
	}
	return polygon{v, p0, p1}.oriented()
}

// circle approximates a circle of radius r with a polygon whose edges stay
// within flatTolerance of the true circle.
func circle(c vec, r float64) polygon {
	n := 8
	if r > flatTolerance {
		n = int(math.Ceil(math.Pi / exactmath.Acos(1-flatTolerance/r)))
	}
	n = max(8, min(n, 256))
	p := make(polygon, n)
	for i := range p {
		a := 2 * math.Pi * float64(i) / float64(n)
		p[i] = vec{c.x + float64(r*exactmath.Cos(a)), c.y + float64(r*exactmath.Sin(a))}
	}
	return p.oriented()
}

// roundRect returns the outline of a rectangle with corners of radius r,
// starting where SVG starts a rect's outline (the top edge, r from the
// left) and running clockwise, so that dashes fall where a browser puts
// them.
func roundRect(x, y, w, h, r float64) polygon {
	r = math.Max(0, math.Min(r, math.Min(w, h)/2))
	if r == 0 {
		return polygon{{x, y}, {x + w, y}, {x + w, y + h}, {x, y + h}}
	}
	n := max(2, int(math.Ceil(math.Pi/2/exactmath.Acos(1-math.Min(1, flatTolerance/r)))))
	p := polygon{{x + r, y}}
	corners := [4]struct{ cx, cy, a0 float64 }{
		{x + w - r, y + r, -math.Pi / 2},
		{x + w - r, y + h - r, 0},
		{x + r, y + h - r, math.Pi / 2},
		{x + r, y + r, math.Pi},
	}
	for k, c := range corners {
		last := n
		if k == len(corners)-1 {
			last = n - 1 // the end of the last arc is the first point
		}
		for i := 0; i <= last; i++ {
			a := c.a0 + math.Pi/2*float64(i)/float64(n)
			p = append(p, vec{c.cx + float64(r*exactmath.Cos(a)), c.cy + float64(r*exactmath.Sin(a))})
		}
	}
	return p
}

// outlinePolyline returns the closed outline of p as a polyline that ends
// where it starts, ready for dashing and stroking.
func outlinePolyline(p polygon) []vec {
	pl := make([]vec, 0, len(p)+1)
	for _, q := range p {
		pl = appendPoint(pl, q)
	}
	return appendPoint(pl, p[0])
}
