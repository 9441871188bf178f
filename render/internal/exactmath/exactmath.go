// Package exactmath holds the few transcendental functions the renderers
// need, written so that every architecture rounds them alike.
//
// Go's math.Sin, Cos and Acos are Go code that arm64 compiles with fused
// multiply-adds, and math.Hypot is assembly on amd64 and 386 and Go code
// elsewhere, so their last bits differ between machines. These are the
// same algorithms as Go's (Cephes' polynomials; the Go Authors, BSD-style
// licence), with every product rounded with an explicit conversion before
// it is added, which forbids the fusing: they return the very bits of
// package math on amd64 and the same bits on every other machine.
package exactmath

import "math"

// Pi/4 split into three parts, for the extended-precision reduction.
const (
	pi4A = 7.85398125648498535156e-1
	pi4B = 3.77489470793079817668e-8
	pi4C = 2.69515142907905952645e-15
)

// reduceThreshold is where Go's reduction by pi4A..C stops being exact;
// the renderers' angles are far below it.
const reduceThreshold = 1 << 29

var sinC = [...]float64{
	1.58962301576546568060e-10,
	-2.50507477628578072866e-8,
	2.75573136213857245213e-6,
	-1.98412698295895385996e-4,
	8.33333333332211858878e-3,
	-1.66666666666666307295e-1,
}

var cosC = [...]float64{
	-1.13585365213876817300e-11,
	2.08757008419747316778e-9,
	-2.75573141792967388112e-7,
	2.48015872888517045348e-5,
	-1.38888888888730564116e-3,
	4.16666666666665929218e-2,
}

// Sin returns the sine of x (radians), as math.Sin does on amd64; NaN
// for NaN, infinite x or |x| ≥ 2²⁹.
func Sin(x float64) float64 {
	if x == 0 || math.IsNaN(x) {
		return x
	}
	sign := x < 0
	j, z, ok := reduce(math.Abs(x))
	if !ok {
		return math.NaN()
	}
	if j > 3 {
		sign, j = !sign, j-4
	}
	y := sinPoly(z)
	if j == 1 || j == 2 {
		y = cosPoly(z)
	}
	if sign {
		return -y
	}
	return y
}

// Cos returns the cosine of x (radians), as math.Cos does on amd64; NaN
// for NaN, infinite x or |x| ≥ 2²⁹.
func Cos(x float64) float64 {
	if math.IsNaN(x) {
		return x
	}
	j, z, ok := reduce(math.Abs(x))
	if !ok {
		return math.NaN()
	}
	sign := false
	if j > 3 {
		sign, j = !sign, j-4
	}
	if j > 1 {
		sign = !sign
	}
	y := cosPoly(z)
	if j == 1 || j == 2 {
		y = sinPoly(z)
	}
	if sign {
		return -y
	}
	return y
}

// reduce returns the octant j of x ≥ 0 (rounded up to even) and x less j
// times Pi/4; ok is false when x is too large (or infinite) to reduce.
func reduce(x float64) (j uint64, z float64, ok bool) {
	if !(x < reduceThreshold) {
		return 0, 0, false
	}
	j = uint64(x * (4 / math.Pi))
	y := float64(j)
	if j&1 == 1 {
		j++
		y++
	}
	j &= 7
	z = x - float64(y*pi4A)
	z -= float64(y * pi4B)
	z -= float64(y * pi4C)
	return j, z, true
}

// sinPoly is the sine of z in [-Pi/4, Pi/4].
func sinPoly(z float64) float64 {
	zz := float64(z * z)
	return z + float64(float64(z*zz)*poly(zz, sinC[:]))
}

// cosPoly is the cosine of z in [-Pi/4, Pi/4].
func cosPoly(z float64) float64 {
	zz := float64(z * z)
	return 1.0 - float64(0.5*zz) + float64(float64(zz*zz)*poly(zz, cosC[:]))
}

// poly evaluates the polynomial of coefficients c, highest degree first,
// at z by Horner's rule.
func poly(z float64, c []float64) float64 {
	p := c[0]
	for _, k := range c[1:] {
		p = float64(p*z) + k
	}
	return p
}

// Acos returns the arccosine of x, in radians, as math.Acos does on
// amd64; NaN outside [-1, 1].
func Acos(x float64) float64 {
	return math.Pi/2 - asin(x)
}

// asin is Go's math.Asin.
func asin(x float64) float64 {
	if x == 0 {
		return x
	}
	sign := x < 0
	x = math.Abs(x)
	if x > 1 {
		return math.NaN()
	}
	t := math.Sqrt(1 - float64(x*x))
	if x > 0.7 {
		t = math.Pi/2 - satan(t/x)
	} else {
		t = satan(x / t)
	}
	if sign {
		return -t
	}
	return t
}

// satan is the arctangent of x ≥ 0, reduced to [0, 0.66].
func satan(x float64) float64 {
	const (
		morebits = 6.123233995736765886130e-17 // Pi/2 = PIO2 + morebits
		tan3pio8 = 2.41421356237309504880      // tan(3*Pi/8)
	)
	if x <= 0.66 {
		return xatan(x)
	}
	if x > tan3pio8 {
		return math.Pi/2 - xatan(1/x) + morebits
	}
	return math.Pi/4 + xatan((x-1)/(x+1)) + 0.5*morebits
}

// xatan is the arctangent of x in [0, 0.66].
func xatan(x float64) float64 {
	const (
		p0 = -8.750608600031904122785e-01
		p1 = -1.615753718733365076637e+01
		p2 = -7.500855792314704667340e+01
		p3 = -1.228866684490136173410e+02
		p4 = -6.485021904942025371773e+01
		q0 = +2.485846490142306297962e+01
		q1 = +1.650270098316988542046e+02
		q2 = +4.328810604912902668951e+02
		q3 = +4.853903996359136964868e+02
		q4 = +1.945506571482613964425e+02
	)
	z := float64(x * x)
	num := poly(z, []float64{p0, p1, p2, p3, p4})
	den := poly(z, []float64{1, q0, q1, q2, q3, q4})
	z = float64(z*num) / den
	return float64(x*z) + x
}

// Hypot returns √(p²+q²), avoiding overflow, as math.Hypot does on amd64.
func Hypot(p, q float64) float64 {
	p, q = math.Abs(p), math.Abs(q)
	switch {
	case math.IsInf(p, 1) || math.IsInf(q, 1):
		return math.Inf(1)
	case math.IsNaN(p) || math.IsNaN(q):
		return math.NaN()
	}
	if p < q {
		p, q = q, p
	}
	if p == 0 {
		return 0
	}
	q = q / p
	return p * math.Sqrt(1+float64(q*q))
}

// Atan2 returns the angle of the point (x, y) from the positive x axis,
// in radians in [-π, π], as math.Atan2 does on amd64 for finite
// arguments (a zero y gives 0 or π whatever its sign); NaN when either
// is NaN.
func Atan2(y, x float64) float64 {
	var q float64
	switch {
	case math.IsNaN(x) || math.IsNaN(y):
		return math.NaN()
	case y == 0:
		if x < 0 {
			return math.Pi
		}
		return 0
	case x == 0:
		q = math.Pi / 2
	default:
		q = satan(math.Abs(y / x))
		if x < 0 {
			q = math.Pi - q
		}
	}
	if y < 0 {
		return -q
	}
	return q
}
