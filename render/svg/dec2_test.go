package svg

import (
	"math"
	"math/rand/v2"
	"strconv"
	"testing"
)

// TestDec2MatchesStrconv checks that the fast path of appendDec2 writes
// what strconv writes, on random values of every magnitude a drawing
// uses and on the values just beside ties (x.xx5), where rounding could
// go either way.
func TestDec2MatchesStrconv(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var vs []float64
	for range 200000 {
		scale := math.Pow(10, float64(rng.IntN(9)-3))
		vs = append(vs, (rng.Float64()*2-1)*scale)
	}
	for c := -200000; c <= 200000; c += 7 {
		tie := (float64(c) + 0.5) / 100
		vs = append(vs, tie, math.Nextafter(tie, 0), math.Nextafter(tie, math.Inf(1)), math.Nextafter(tie, math.Inf(-1)), float64(c)/100)
	}
	vs = append(vs, 0, math.Copysign(0, -1), -0.001, -0.004999, 0.005, 999999.994, 999999.996, -999999.995, 1e6, -1e6, 123456789.125)
	for _, v := range vs {
		want := strconv.FormatFloat(v, 'f', 2, 64)
		if want == "-0.00" {
			want = "0.00"
		}
		if got := string(appendDec2(nil, v)); got != want {
			t.Fatalf("appendDec2(%v) = %s, strconv %s", v, got, want)
		}
	}
}
