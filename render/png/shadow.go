package png

import (
	"image"

	"github.com/roadmapgo/roadmap/render"
)

// shadowBand is the height, in device pixels, of the bands in which the
// shadow layer is blurred, so that its scratch memory stays small on
// tall canvases.
const shadowBand = 256

// shadows paints polys (device pixels), the shapes of the shadows
// group, as one layer, like SVG's shadows group: the union of the shapes
// is blurred once, like feGaussianBlur with sh's standard deviation,
// then painted in its colour at its opacity. The layer is blurred band by
// band, each band only across the shapes that reach it; a band takes the
// blurReach rows around it into account, which is all that reaches it, so
// the result is the same as blurring the whole layer at once.
func (r *renderer) shadows(polys []polygon, sh *render.Shadow) {
	sigma := sh.Sigma * r.s
	reach := blurReach(sigma) + 1
	spans := make([]image.Rectangle, len(polys)) // where each shape's blur reaches
	for i := range polys {
		spans[i] = bounds(polys[i:i+1], float64(reach))
	}
	// The blur needs the shapes up to reach beyond the canvas edges.
	limit := r.c.img.Rect.Inset(-reach)
	for y := 0; y < r.c.img.Rect.Max.Y; y += shadowBand {
		out := image.Rect(limit.Min.X, y, limit.Max.X, min(y+shadowBand, r.c.img.Rect.Max.Y))
		in := image.Rect(limit.Min.X, out.Min.Y-reach, limit.Max.X, out.Max.Y+reach)
		var band []polygon
		var reached image.Rectangle
		for i, sp := range spans {
			if sp.Overlaps(in) {
				band = append(band, polys[i])
				reached = reached.Union(sp)
			}
		}
		in = in.Intersect(reached)
		out = out.Intersect(in)
		if out.Empty() {
			continue
		}
		r.shadowBand(band, in, out, sigma, sh)
	}
}

// shadowBand blurs the coverage of polys over the pixel rectangle in and
// composites its part out (within in) onto the canvas. Each shape is
// rasterized over its own bounds only, then merged into the band.
func (r *renderer) shadowBand(polys []polygon, in, out image.Rectangle, sigma float64, sh *render.Shadow) {
	m := &r.shadowMask
	w, h := in.Dx(), in.Dy()
	if cap(m.Pix) < w*h {
		m.Pix = make([]uint8, w*h)
	}
	m.Pix, m.Stride, m.Rect = m.Pix[:w*h], w, image.Rect(0, 0, w, h)
	clear(m.Pix)
	for _, p := range polys {
		pr := bounds([]polygon{p}, 1).Intersect(in)
		if pr.Empty() {
			continue
		}
		cov := r.c.coverage([]polygon{p}, pr)
		for y := 0; y < pr.Dy(); y++ {
			src := cov.Pix[y*cov.Stride : y*cov.Stride+pr.Dx()]
			dst := m.Pix[m.PixOffset(pr.Min.X-in.Min.X, pr.Min.Y-in.Min.Y+y):]
			for x, v := range src {
				dst[x] = max(dst[x], v)
			}
		}
	}
	r.blurBuf = blurAlpha(m, sigma, r.blurBuf)
	// The part out of m, as a mask with its origin at out.Min.
	part := &image.Alpha{Pix: m.Pix[m.PixOffset(out.Min.X-in.Min.X, out.Min.Y-in.Min.Y):], Stride: m.Stride,
		Rect: image.Rect(0, 0, out.Dx(), out.Dy())}
	r.c.composite(part, out.Min, sh.Color, sh.Opacity)
}
