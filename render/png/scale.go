package png

import (
	"image"
	"math"
)

// Scaling bitmaps: to shrink one, each device pixel takes the mean of
// the source pixels under it, weighted by how much of each it covers;
// to enlarge one, it interpolates linearly between the two source pixels
// nearest its centre on each axis. That is what a browser's bitmap
// drawing does or approximates, costs a few multiply-adds per pixel (a
// Catmull-Rom kernel, stretched to the scale, takes a dozen taps per axis
// per device pixel when shrinking), and, being separable and in
// integers, gives the same bytes on every machine.

// areaUnit is one device pixel in the fixed point of the weights.
const areaUnit = 1 << 16

// tap is one output pixel's share of the source: weights w of the source
// pixels from first on, summing to areaUnit where the image covers the
// output pixel entirely and less at its edges.
type tap struct {
	first int
	w     []uint32
}

// scaleTaps returns the taps of the output pixels lo..hi-1 (device
// pixels) on one axis of a bitmap n pixels long, scaled by k and placed
// at offset off: source pixel j covers [off+j·k, off+(j+1)·k).
func scaleTaps(n int, k, off float64, lo, hi int) []tap {
	if k > 1 {
		return linearTaps(n, k, off, lo, hi)
	}
	return areaTaps(n, k, off, lo, hi)
}

// areaTaps returns the taps of shrinking by k ≤ 1 (see scaleTaps). The
// edges are rounded to the fixed point once, so that the weights of
// neighbouring pixels add up exactly.
func areaTaps(n int, k, off float64, lo, hi int) []tap {
	edge := func(j int) int64 {
		return int64(math.Round(float64(off+float64(float64(j)*k)) * areaUnit))
	}
	taps := make([]tap, hi-lo)
	j := 0
	for i := range taps {
		p0, p1 := int64(lo+i)*areaUnit, int64(lo+i+1)*areaUnit
		for j < n && edge(j+1) <= p0 {
			j++
		}
		t := tap{first: j}
		for q := j; q < n && edge(q) < p1; q++ {
			a, b := max(edge(q), p0), min(edge(q+1), p1)
			t.w = append(t.w, uint32(max(0, b-a)))
		}
		taps[i] = t
	}
	return taps
}

// linearTaps returns the taps of enlarging by k > 1 (see scaleTaps):
// each output pixel's centre falls between two source pixel centres and
// takes both by nearness, the source being transparent beyond its edges.
func linearTaps(n int, k, off float64, lo, hi int) []tap {
	taps := make([]tap, hi-lo)
	for i := range taps {
		u := (float64(lo+i)+0.5-off)/k - 0.5 // in source pixels
		j := int(math.Floor(u))
		f := uint32(math.Round((u - float64(j)) * areaUnit))
		t := tap{first: max(0, j)}
		if j >= 0 && j < n {
			t.w = append(t.w, areaUnit-f)
		}
		if j+1 >= 0 && j+1 < n {
			t.w = append(t.w, f)
		}
		taps[i] = t
	}
	return taps
}

// drawScaled composites src (premultiplied), scaled by k with its
// top-left corner at (x, y) in device pixels, over dst, clipped to dst.
func drawScaled(dst, src *image.RGBA, k, x, y float64) {
	sw, sh := src.Rect.Dx(), src.Rect.Dy()
	r := image.Rect(int(math.Floor(x)), int(math.Floor(y)),
		int(math.Ceil(float64(x+float64(float64(sw)*k)))), int(math.Ceil(float64(y+float64(float64(sh)*k))))).Intersect(dst.Rect)
	if r.Empty() {
		return
	}
	cols := scaleTaps(sw, k, x, r.Min.X, r.Max.X)
	rows := scaleTaps(sh, k, y, r.Min.Y, r.Max.Y)
	// Horizontally: every source row into the output columns, keeping 8
	// bits of fraction (at most 255<<8 per channel).
	ow := r.Dx()
	mid := make([]uint32, sh*ow*4)
	for sy := 0; sy < sh; sy++ {
		row := src.Pix[src.PixOffset(src.Rect.Min.X, src.Rect.Min.Y+sy):]
		out := mid[sy*ow*4:]
		for i, t := range cols {
			var acc [4]uint32
			for q, w := range t.w {
				p := row[4*(t.first+q):][:4]
				acc[0] += w * uint32(p[0])
				acc[1] += w * uint32(p[1])
				acc[2] += w * uint32(p[2])
				acc[3] += w * uint32(p[3])
			}
			for c := range acc {
				out[4*i+c] = (acc[c] + 1<<7) >> 8
			}
		}
	}
	// Vertically, a row at a time (at most 255<<24 per channel: the
	// weights add up to at most areaUnit), then over dst.
	acc := make([]uint32, ow*4)
	for i, t := range rows {
		clear(acc)
		for q, w := range t.w {
			for j, v := range mid[(t.first+q)*ow*4:][:ow*4] {
				acc[j] += w * v
			}
		}
		drow := dst.Pix[dst.PixOffset(r.Min.X, r.Min.Y+i):]
		for xi := range ow {
			overScaled(drow[4*xi:][:4], acc[4*xi:][:4])
		}
	}
}

// overScaled composites a premultiplied source pixel, each channel in 24 bits
// of fraction, onto the dst pixel.
func overScaled(d []byte, acc []uint32) {
	var s [4]uint32
	for c := range s {
		s[c] = min(255, (acc[c]+1<<23)>>24)
	}
	if s[3] == 0 {
		return
	}
	ia := 255 - s[3]
	for c := range s {
		d[c] = uint8(min(255, s[c]+(uint32(d[c])*ia+127)/255))
	}
}
