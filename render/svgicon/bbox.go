package svgicon

import "math"

// cubicExtremes returns the parameters in (0, 1) where the cubic from p0
// along s turns in x or in y.
func cubicExtremes(p0 Point, s Seg) []float64 {
	var ts []float64
	axis := func(p0, c1, c2, p3 float64) {
		a := -p0 + float64(3*c1) - float64(3*c2) + p3
		b := float64(2 * (p0 - float64(2*c1) + c2))
		c := c1 - p0
		for _, t := range quadRoots(a, b, c) {
			if t > 0 && t < 1 {
				ts = append(ts, t)
			}
		}
	}
	axis(p0.X, s.C1.X, s.C2.X, s.P.X)
	axis(p0.Y, s.C1.Y, s.C2.Y, s.P.Y)
	return ts
}

// quadRoots returns the real roots of a·t² + b·t + c.
func quadRoots(a, b, c float64) []float64 {
	if math.Abs(a) < 1e-12 {
		if b == 0 {
			return nil
		}
		return []float64{-c / b}
	}
	disc := float64(b*b) - float64(4*float64(a*c))
	if disc < 0 {
		return nil
	}
	r := math.Sqrt(disc)
	return []float64{(-b + r) / float64(2*a), (-b - r) / float64(2*a)}
}

// cubicAt returns the point t along the cubic from p0 along s.
func cubicAt(p0 Point, s Seg, t float64) Point {
	u := 1 - t
	w0 := float64(float64(u*u) * u)
	w1 := float64(3 * float64(float64(u*u)*t))
	w2 := float64(3 * float64(float64(u*t)*t))
	w3 := float64(float64(t*t) * t)
	return Point{
		float64(w0*p0.X) + float64(w1*s.C1.X) + float64(w2*s.C2.X) + float64(w3*s.P.X),
		float64(w0*p0.Y) + float64(w1*s.C1.Y) + float64(w2*s.C2.Y) + float64(w3*s.P.Y),
	}
}
