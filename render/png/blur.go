package png

import (
	"image"
	"math"
	"slices"
)

// blurBoxes returns the three box-blur windows that SVG's feGaussianBlur
// allows in place of a Gaussian of standard deviation sigma (SVG 1.1,
// section 15.17): each window is (before, after) pixels around the output
// pixel. A zero sigma gives no window.
func blurBoxes(sigma float64) [][2]int {
	d := int(math.Floor(float64(sigma*3*math.Sqrt(2*math.Pi)/4) + 0.5))
	if d <= 1 {
		return nil
	}
	if d%2 == 1 {
		h := (d - 1) / 2
		return [][2]int{{h, h}, {h, h}, {h, h}}
	}
	h := d / 2
	return [][2]int{{h, h - 1}, {h - 1, h}, {h, h}}
}

// blurReach is how far, in pixels, the blur of sigma spreads a shape.
func blurReach(sigma float64) int {
	n := 0
	for _, b := range blurBoxes(sigma) {
		n += max(b[0], b[1])
	}
	return n
}

// blurAlpha returns m blurred with the box windows of sigma, horizontally
// then vertically, treating pixels outside m as transparent: one value
// 0..255 per pixel of m, row by row. It fills and returns buf when buf is
// large enough.
func blurAlpha(m *image.Alpha, sigma float64, buf []float32) []float32 {
	w, h := m.Rect.Dx(), m.Rect.Dy()
	if cap(buf) < w*h {
		buf = make([]float32, w*h)
	}
	buf = buf[:w*h]
	for y := range h {
		for x, v := range m.Pix[y*m.Stride : y*m.Stride+w] {
			buf[y*w+x] = float32(v)
		}
	}
	boxes := blurBoxes(sigma)
	if len(boxes) == 0 {
		return buf
	}
	tmp := make([]float32, max(w, h))
	line := make([]float32, max(w, h))
	// Shadows are boxes: most rows, and then most columns, repeat the one
	// before, so each distinct one is blurred once and then copied.
	for y := 0; y < h; y++ {
		row := buf[y*w : (y+1)*w]
		if y > 0 && slices.Equal(m.Pix[y*m.Stride:][:w], m.Pix[(y-1)*m.Stride:][:w]) {
			copy(row, buf[(y-1)*w:y*w])
			continue
		}
		for _, b := range boxes {
			boxPass(row, 1, b, tmp[:w], line[:w])
		}
	}
	prev, cur := make([]float32, h), make([]float32, h) // columns before their pass
	for x := 0; x < w; x++ {
		for y := range cur {
			cur[y] = buf[y*w+x]
		}
		if x > 0 && slices.Equal(cur, prev) {
			for y := 0; y < h; y++ {
				buf[y*w+x] = buf[y*w+x-1]
			}
			continue
		}
		for _, b := range boxes {
			boxPass(buf[x:], w, b, tmp[:h], line[:h])
		}
		prev, cur = cur, prev
	}
	return buf
}

// boxPass replaces the len(line) samples of data at the given stride by
// their mean over the window b, treating samples outside as zero. tmp and
// line are scratch space of len(line).
func boxPass(data []float32, stride int, b [2]int, tmp, line []float32) {
	n := len(line)
	for i := range line {
		line[i] = data[i*stride]
	}
	inv := 1 / float32(b[0]+b[1]+1)
	var sum float32
	for k := 0; k < b[1] && k < n; k++ {
		sum += line[k]
	}
	for j := 0; j < n; j++ {
		if k := j + b[1]; k < n {
			sum += line[k]
		}
		tmp[j] = sum * inv
		if k := j - b[0]; k >= 0 {
			sum -= line[k]
		}
	}
	for i := range tmp {
		data[i*stride] = tmp[i]
	}
}
