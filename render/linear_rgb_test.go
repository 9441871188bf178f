package render

import (
	"math"
	"testing"
)

// The table is the WCAG transfer function, to the last bits that matter.
func TestLinearRGB(t *testing.T) {
	for v := range 256 {
		s := float64(v) / 255
		want := s / 12.92
		if s > 0.04045 {
			want = math.Pow((s+0.055)/1.055, 2.4)
		}
		if d := math.Abs(linearRGB[v] - want); d > 1e-15 {
			t.Errorf("linearRGB[%d] = %v, want %v", v, linearRGB[v], want)
		}
	}
}
