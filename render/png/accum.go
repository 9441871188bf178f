package png

import (
	"image"
	"math"
)

// accum rasterizes polygons by signed area, as font-rs does: each edge
// adds the area it covers to the cells of its rows, and a running sum
// along a row gives every pixel's winding coverage. Unlike
// golang.org/x/image/vector, the sum is available to either fill rule:
// nonzero takes its magnitude, evenodd folds it modulo 2. All of it is
// float64 with every product rounded, so it is the same on every
// machine.
type accum struct {
	w, h, stride int
	a            []float64
}

// reset clears the accumulator for a w×h mask.
func (z *accum) reset(w, h int) {
	z.w, z.h, z.stride = w, h, w+2
	n := z.stride * h
	if cap(z.a) < n {
		z.a = make([]float64, n)
	} else {
		z.a = z.a[:n]
		clear(z.a)
	}
}

// polygon adds the closed outline p, offset by -o.
func (z *accum) polygon(p []vec, o vec) {
	for i := range p {
		z.line(p[i].sub(o), p[(i+1)%len(p)].sub(o))
	}
}

// line adds the edge p q. What lies left of the mask counts at its left
// edge (it covers the pixels right of it); what lies right of it, at a
// cell past the row's end that no pixel reads.
func (z *accum) line(p, q vec) {
	if p.y == q.y {
		return
	}
	for _, bx := range [2]float64{0, float64(z.w)} {
		if (p.x < bx && q.x > bx) || (p.x > bx && q.x < bx) {
			t := (bx - p.x) / (q.x - p.x)
			m := vec{bx, p.y + float64(t*(q.y-p.y))}
			z.line(p, m)
			z.line(m, q)
			return
		}
	}
	clampX := func(v vec) vec { return vec{math.Max(0, math.Min(float64(z.w), v.x)), v.y} }
	z.segment(clampX(p), clampX(q))
}

// segment adds an edge lying within 0 ≤ x ≤ w.
func (z *accum) segment(p0, p1 vec) {
	dir := 1.0
	if p0.y > p1.y {
		p0, p1, dir = p1, p0, -1
	}
	dxdy := (p1.x - p0.x) / (p1.y - p0.y)
	x := p0.x
	if p0.y < 0 {
		x -= float64(p0.y * dxdy)
	}
	for y := max(0, int(math.Floor(p0.y))); y < min(z.h, int(math.Ceil(p1.y))); y++ {
		row := z.a[y*z.stride : (y+1)*z.stride]
		dy := math.Min(float64(y+1), p1.y) - math.Max(float64(y), p0.y)
		xnext := x + float64(dxdy*dy)
		z.cells(row, x, xnext, float64(dy*dir))
		x = xnext
	}
}

// cells adds to row the area d·(coverage) of the edge crossing it from
// x to xnext (0..w).
func (z *accum) cells(row []float64, x, xnext, d float64) {
	// Rounding may carry an edge along the mask's side a hair past it.
	w := float64(z.w)
	x, xnext = math.Max(0, math.Min(w, x)), math.Max(0, math.Min(w, xnext))
	x0, x1 := math.Min(x, xnext), math.Max(x, xnext)
	x0f, x1c := math.Floor(x0), math.Ceil(x1)
	x0i, x1i := int(x0f), int(x1c)
	if x1i <= x0i+1 {
		xm := float64((x+xnext)/2) - x0f
		row[x0i] += d - float64(d*xm)
		row[x0i+1] += float64(d * xm)
		return
	}
	s := 1 / (x1 - x0)
	x0r := x0 - x0f
	a0 := float64(float64(float64(s/2)*(1-x0r)) * (1 - x0r))
	x1r := x1 - x1c + 1
	am := float64(float64(float64(s/2)*x1r) * x1r)
	row[x0i] += float64(d * a0)
	if x1i == x0i+2 {
		row[x0i+1] += float64(d * (1 - a0 - am))
	} else {
		a1 := float64(s * (1.5 - x0r))
		row[x0i+1] += float64(d * (a1 - a0))
		ds := float64(d * s)
		for xi := x0i + 2; xi < x1i-1; xi++ {
			row[xi] += ds
		}
		a2 := a1 + float64(float64(x1i-x0i-3)*s)
		row[x1i-1] += float64(d * (1 - a2 - am))
	}
	row[x1i] += float64(d * am)
}

// mask sums the rows into m (w×h at the origin), by the nonzero or the
// evenodd rule.
func (z *accum) mask(m *image.Alpha, evenOdd bool) {
	reuse(m, z.w, z.h)
	for y := 0; y < z.h; y++ {
		row := z.a[y*z.stride:]
		out := m.Pix[y*m.Stride:]
		acc := 0.0
		for x := 0; x < z.w; x++ {
			acc += row[x]
			v := math.Abs(acc)
			if evenOdd {
				v -= float64(2 * math.Floor(v/2))
				if v > 1 {
					v = 2 - v
				}
			}
			out[x] = uint8(math.Round(float64(math.Min(1, v) * 255)))
		}
	}
}
