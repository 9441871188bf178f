package png

import (
	"encoding/binary"
	"image"
	"math"

	"github.com/roadmapgo/roadmap/render"

	"golang.org/x/image/vector"
)

// canvas is the device-pixel image being drawn, with a rasterizer and
// mask buffers reused from shape to shape.
type canvas struct {
	img  *image.RGBA
	rast vector.Rasterizer
	// tile is the coverage of one tile (see coverageFunc), mask that of
	// a shape larger than a tile.
	tile, mask image.Alpha
}

// newCanvas returns a transparent w×h canvas.
func newCanvas(w, h int) *canvas {
	return &canvas{img: image.NewRGBA(image.Rect(0, 0, w, h))}
}

// flood paints every pixel of the canvas in bg, opaque: the background,
// which covers the canvas to its last partly covered pixel.
func (c *canvas) flood(bg render.Color) {
	w, h := c.img.Rect.Dx(), c.img.Rect.Dy()
	row := make([]uint8, 4*w)
	for x := 0; x < w; x++ {
		copy(row[4*x:], []uint8{bg.R, bg.G, bg.B, 0xff})
	}
	for y := 0; y < h; y++ {
		copy(c.img.Pix[y*c.img.Stride:], row)
	}
}

// bounds returns the integer pixel rectangle covering polys, grown by pad.
func bounds(polys []polygon, pad float64) image.Rectangle {
	minX, minY := math.Inf(1), math.Inf(1)
	maxX, maxY := math.Inf(-1), math.Inf(-1)
	for _, p := range polys {
		for _, q := range p {
			minX, maxX = math.Min(minX, q.x), math.Max(maxX, q.x)
			minY, maxY = math.Min(minY, q.y), math.Max(maxY, q.y)
		}
	}
	if minX > maxX {
		return image.Rectangle{}
	}
	return image.Rect(
		int(math.Floor(minX-pad)), int(math.Floor(minY-pad)),
		int(math.Ceil(maxX+pad)), int(math.Ceil(maxY+pad)),
	)
}

// coverage rasterizes the union of polys (all oriented alike) into the
// reused mask, over the pixel rectangle r.
func (c *canvas) coverage(polys []polygon, r image.Rectangle) *image.Alpha {
	return c.coverageFunc(r, func(z *vector.Rasterizer, ox, oy float64) {
		for _, p := range polys {
			if len(p) < 3 {
				continue
			}
			z.MoveTo(float32(p[0].x-ox), float32(p[0].y-oy))
			for _, q := range p[1:] {
				z.LineTo(float32(q.x-ox), float32(q.y-oy))
			}
			z.ClosePath()
		}
	})
}

// fill paints the union of polys in col at the given opacity.
func (c *canvas) fill(polys []polygon, col render.Color, opacity float64) {
	r := bounds(polys, 1).Intersect(c.img.Rect)
	if r.Empty() {
		return
	}
	c.composite(c.coverage(polys, r), r.Min, col, opacity)
}

// composite paints col through mask (placed with its origin at at) onto
// the canvas with source-over blending in sRGB, as browsers do, scaling
// the mask by opacity.
func (c *canvas) composite(mask *image.Alpha, at image.Point, col render.Color, opacity float64) {
	r := mask.Rect.Add(at).Intersect(c.img.Rect)
	op := uint32(math.Round(math.Max(0, math.Min(1, opacity)) * 255))
	// Diagrams are flat: runs of pixels blend one mask value onto one
	// colour, so the last blend is remembered (lastM 0 is never blended).
	var lastM uint8
	var lastDst, lastOut uint32
	for y := r.Min.Y; y < r.Max.Y; y++ {
		mrow := mask.Pix[(y-at.Y)*mask.Stride:]
		drow := c.img.Pix[y*c.img.Stride:]
		for x := r.Min.X; x < r.Max.X; x++ {
			m := mrow[x-at.X]
			if m == 0 {
				continue
			}
			px := drow[4*x:][:4]
			d := binary.LittleEndian.Uint32(px)
			if m != lastM || d != lastDst {
				lastM, lastDst, lastOut = m, d, blendColor(d, uint32(m)*op, col)
			}
			binary.LittleEndian.PutUint32(px, lastOut)
		}
	}
}

// blendColor returns col at alpha a (0..255×255) over the pixel d, both as
// little-endian RGBA.
func blendColor(d, a uint32, col render.Color) uint32 {
	if a == 255*255 {
		return uint32(col.R) | uint32(col.G)<<8 | uint32(col.B)<<16 | 0xff<<24
	}
	ia := 255*255 - a
	ch := func(dst uint32, src uint8) uint32 { return ((dst&0xff)*ia + uint32(src)*a + 32512) / 65025 }
	return ch(d, col.R) | ch(d>>8, col.G)<<8 | ch(d>>16, col.B)<<16 | ch(d>>24, 0xff)<<24
}
