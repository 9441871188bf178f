package png

import (
	"image"
	"image/draw"
	"math"

	"golang.org/x/image/vector"
)

// tileSize is the largest width and height, in device pixels, that the
// rasterizer covers at once. Over 512 pixels golang.org/x/image/vector
// switches to floating-point accumulation, which is SIMD assembly on
// amd64 and Go code elsewhere and rounds differently; up to it, it
// accumulates in fixed point, alike on every machine. Larger shapes are
// covered tile by tile.
const tileSize = 512

// coverageFunc rasterizes what add draws into a reused mask, which covers
// the pixel rectangle r; add receives the origin of the tile being
// covered, to subtract from its coordinates, and is called once per
// tile. Shapes may reach beyond a tile: the rasterizer clips them
// correctly (what lies right of an edge past the tile still counts as
// inside), so callers cut r to the canvas.
func (c *canvas) coverageFunc(r image.Rectangle, add func(z *vector.Rasterizer, ox, oy float64)) *image.Alpha {
	w, h := r.Dx(), r.Dy()
	if w <= tileSize && h <= tileSize {
		return c.coverTile(r, add)
	}
	reuse(&c.mask, w, h)
	for ty := 0; ty < h; ty += tileSize {
		for tx := 0; tx < w; tx += tileSize {
			t := image.Rect(tx, ty, min(tx+tileSize, w), min(ty+tileSize, h))
			cov := c.coverTile(t.Add(r.Min), add)
			for y := 0; y < t.Dy(); y++ {
				copy(c.mask.Pix[c.mask.PixOffset(tx, ty+y):], cov.Pix[y*cov.Stride:y*cov.Stride+t.Dx()])
			}
		}
	}
	return &c.mask
}

// coverTile rasterizes what add draws over the pixel rectangle r, at most
// tileSize wide and high, into the reused tile mask.
func (c *canvas) coverTile(r image.Rectangle, add func(z *vector.Rasterizer, ox, oy float64)) *image.Alpha {
	w, h := r.Dx(), r.Dy()
	reuse(&c.tile, w, h)
	c.rast.Reset(w, h)
	c.rast.DrawOp = draw.Src
	add(&c.rast, float64(r.Min.X), float64(r.Min.Y))
	c.rast.Draw(&c.tile, c.tile.Rect, image.Opaque, image.Point{})
	return &c.tile
}

// reuse makes m a cleared w×h mask at the origin, keeping its memory when
// it is large enough.
func reuse(m *image.Alpha, w, h int) {
	if n := w * h; cap(m.Pix) < n {
		m.Pix = make([]uint8, n)
	} else {
		m.Pix = m.Pix[:n]
		clear(m.Pix)
	}
	m.Stride, m.Rect = w, image.Rect(0, 0, w, h)
}

// quadTo adds the quadratic Bézier from the pen via b to c to z, cut into
// lines as z.QuadTo cuts it, but with every product rounded before it is
// added: x/image's QuadTo is compiled with fused multiply-adds on arm64.
func quadTo(z *vector.Rasterizer, bx, by, cx, cy float32) {
	ax, ay := z.Pen()
	if n := pieces(devSquared(ax, ay, bx, by, cx, cy)); n > 1 {
		t, nInv := float32(0), 1/float32(n)
		for i := 0; i < n-1; i++ {
			t += nInv
			abx, aby := lerp32(t, ax, ay, bx, by)
			bcx, bcy := lerp32(t, bx, by, cx, cy)
			z.LineTo(lerp32(t, abx, aby, bcx, bcy))
		}
	}
	z.LineTo(cx, cy)
}

// cubeTo adds the cubic Bézier from the pen via b and c to d to z, cut
// into lines as z.CubeTo cuts it, with every product rounded (see quadTo).
func cubeTo(z *vector.Rasterizer, bx, by, cx, cy, dx, dy float32) {
	ax, ay := z.Pen()
	devsq := max(devSquared(ax, ay, bx, by, dx, dy), devSquared(ax, ay, cx, cy, dx, dy))
	if n := pieces(devsq); n > 1 {
		t, nInv := float32(0), 1/float32(n)
		for i := 0; i < n-1; i++ {
			t += nInv
			abx, aby := lerp32(t, ax, ay, bx, by)
			bcx, bcy := lerp32(t, bx, by, cx, cy)
			cdx, cdy := lerp32(t, cx, cy, dx, dy)
			abcx, abcy := lerp32(t, abx, aby, bcx, bcy)
			bcdx, bcdy := lerp32(t, bcx, bcy, cdx, cdy)
			z.LineTo(lerp32(t, abcx, abcy, bcdx, bcdy))
		}
	}
	z.LineTo(dx, dy)
}

// pieces is how many lines x/image cuts a curve of the given devSquared
// into.
func pieces(devsq float32) int {
	if !(devsq >= 0.333) {
		return 1
	}
	const tol = 3
	return 1 + int(math.Sqrt(math.Sqrt(tol*float64(devsq))))
}

// lerp32 returns the point t of the way from p to q.
func lerp32(t, px, py, qx, qy float32) (x, y float32) {
	return px + float32(t*(qx-px)), py + float32(t*(qy-py))
}

// devSquared measures how curved the path a b c is, as x/image does.
func devSquared(ax, ay, bx, by, cx, cy float32) float32 {
	devx := ax - float32(2*bx) + cx
	devy := ay - float32(2*by) + cy
	return float32(devx*devx) + float32(devy*devy)
}
