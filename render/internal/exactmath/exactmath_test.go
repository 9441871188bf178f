package exactmath

import (
	"math"
	"math/rand/v2"
	"runtime"
	"testing"
)

// inputs are angles and ratios over the ranges the renderers use, and
// beyond, with the edge cases.
func inputs() []float64 {
	rng := rand.New(rand.NewPCG(1, 2))
	xs := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, 0.7, 0.66, math.Pi, -math.Pi / 2, 2 * math.Pi, 1e-300, 1 << 28}
	for range 20000 {
		xs = append(xs, (rng.Float64()*2-1)*8, (rng.Float64()*2-1)*1e4, math.Ldexp(rng.Float64(), -rng.IntN(60)))
	}
	return xs
}

// On amd64 package math has no fused products, so the functions must
// return its very bits; elsewhere they must stay close to what
// math returns there.
func TestSameBitsAsMathOnAMD64(t *testing.T) {
	exact := runtime.GOARCH == "amd64"
	check := func(name string, got, want float64, x float64) {
		t.Helper()
		if math.Float64bits(got) == math.Float64bits(want) || (math.IsNaN(got) && math.IsNaN(want)) {
			return
		}
		if exact || math.Abs(got-want) > 1e-13*math.Max(1, math.Abs(want)) {
			t.Fatalf("%s(%v) = %v, math gives %v", name, x, got, want)
		}
	}
	for _, x := range inputs() {
		check("Sin", Sin(x), math.Sin(x), x)
		check("Cos", Cos(x), math.Cos(x), x)
		a := math.Mod(x, 1)
		check("Acos", Acos(a), math.Acos(a), a)
		check("Hypot", Hypot(x, x/3+1), math.Hypot(x, x/3+1), x)
	}
	for _, x := range []float64{math.Inf(1), math.Inf(-1), math.NaN(), 2} {
		check("Sin", Sin(x), math.Sin(x), x)
		check("Cos", Cos(x), math.Cos(x), x)
		check("Acos", Acos(x), math.Acos(x), x)
		check("Hypot", Hypot(x, 1), math.Hypot(x, 1), x)
	}
	if !math.IsNaN(Sin(1<<29)) || !math.IsNaN(Cos(-1e300)) {
		t.Error("angles of 2²⁹ and more must give NaN, not a wrong reduction")
	}
}

// Atan2 places the arcs of SVG icons: it must agree with package math
// in every quadrant.
func TestAtan2(t *testing.T) {
	exact := runtime.GOARCH == "amd64"
	for _, x := range inputs()[:5000] {
		for _, y := range []float64{x / 3, -x - 1, 2.5, -0.25, x} {
			if x == 0 && y == 0 {
				continue // the signs of zeros do not matter to an arc
			}
			got, want := Atan2(y, x), math.Atan2(y, x)
			if y == 0 {
				want = math.Abs(want)
			}
			if got == want {
				continue
			}
			if exact || math.Abs(got-want) > 1e-13 {
				t.Fatalf("Atan2(%v, %v) = %v, math gives %v", y, x, got, want)
			}
		}
	}
}
