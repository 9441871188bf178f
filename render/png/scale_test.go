package png

import (
	"image"
	"image/color"
	"testing"
)

// checker returns a w×h premultiplied image of 2×2 pixel squares in two
// translucent colours.
func checker(w, h int) *image.RGBA {
	m := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			c := color.RGBA{200, 40, 0, 255}
			if (x/2+y/2)%2 == 1 {
				c = color.RGBA{0, 30, 60, 120}
			}
			m.SetRGBA(x, y, c)
		}
	}
	return m
}

// TestDrawScaled checks area scaling against what it must give: the
// bitmap itself at scale 1, the mean of each 2×2 block at scale ½, a
// uniform grey with a fading edge at a fractional offset, and nothing
// outside the scaled bitmap; and linear enlarging: a ramp interpolated
// between pixel centres, fading out over half a source pixel at the edge.
func TestDrawScaled(t *testing.T) {
	src := checker(8, 6)
	t.Run("scale 1", func(t *testing.T) {
		dst := image.NewRGBA(image.Rect(0, 0, 12, 10))
		drawScaled(dst, src, 1, 3, 2)
		for y := range 10 {
			for x := range 12 {
				want := color.RGBA{}
				if x >= 3 && x < 11 && y >= 2 && y < 8 {
					want = src.RGBAAt(x-3, y-2)
				}
				if got := dst.RGBAAt(x, y); got != want {
					t.Fatalf("(%d, %d) = %v, want %v", x, y, got, want)
				}
			}
		}
	})
	t.Run("scale 1/2", func(t *testing.T) {
		dst := image.NewRGBA(image.Rect(0, 0, 4, 3))
		drawScaled(dst, src, 0.5, 0, 0)
		for y := range 3 {
			for x := range 4 {
				var sum [4]int
				for _, p := range []image.Point{{0, 0}, {1, 0}, {0, 1}, {1, 1}} {
					c := src.RGBAAt(2*x+p.X, 2*y+p.Y)
					sum[0], sum[1], sum[2], sum[3] = sum[0]+int(c.R), sum[1]+int(c.G), sum[2]+int(c.B), sum[3]+int(c.A)
				}
				want := color.RGBA{uint8((sum[0] + 2) / 4), uint8((sum[1] + 2) / 4), uint8((sum[2] + 2) / 4), uint8((sum[3] + 2) / 4)}
				if got := dst.RGBAAt(x, y); got != want {
					t.Errorf("(%d, %d) = %v, want %v", x, y, got, want)
				}
			}
		}
	})
	t.Run("offset", func(t *testing.T) {
		grey := image.NewRGBA(image.Rect(0, 0, 10, 10))
		for i := range grey.Pix {
			grey.Pix[i] = 128
		}
		dst := image.NewRGBA(image.Rect(0, 0, 8, 8))
		drawScaled(dst, grey, 0.4, 1.5, 2) // covers x 1.5..5.5, y 2..6
		for y := range 8 {
			for x := range 8 {
				want := uint8(0)
				switch {
				case y < 2 || y >= 6 || x < 1 || x > 5:
				case x == 1 || x == 5:
					want = 64 // half covered
				default:
					want = 128
				}
				if got := dst.RGBAAt(x, y); got != (color.RGBA{want, want, want, want}) {
					t.Errorf("(%d, %d) = %v, want all channels %d", x, y, got, want)
				}
			}
		}
	})
	t.Run("scale 2", func(t *testing.T) {
		ramp := image.NewRGBA(image.Rect(0, 0, 4, 4))
		for y := range 4 {
			for x := range 4 {
				ramp.SetRGBA(x, y, color.RGBA{uint8(64 * x), 0, 0, 255})
			}
		}
		dst := image.NewRGBA(image.Rect(0, 0, 8, 8))
		drawScaled(dst, ramp, 2, 0, 0)
		want := []color.RGBA{{0, 0, 0, 191}, {16, 0, 0, 255}, {48, 0, 0, 255}, {80, 0, 0, 255},
			{112, 0, 0, 255}, {144, 0, 0, 255}, {176, 0, 0, 255}, {144, 0, 0, 191}}
		for x, w := range want {
			if got := dst.RGBAAt(x, 3); got != w {
				t.Errorf("(%d, 3) = %v, want %v", x, got, w)
			}
		}
		if got := dst.RGBAAt(3, 0); got != (color.RGBA{60, 0, 0, 191}) {
			t.Errorf("(3, 0) = %v, want the ramp at three quarters", got)
		}
	})
}
