package png

import (
	"encoding/binary"
	"image"
	"slices"
	"strconv"

	"github.com/roadmapgo/roadmap/render"
)

// shadowBand is the height, in device pixels, of the bands in which the
// shadow layer is summed and painted, so that its memory stays small on
// tall canvases.
const shadowBand = 256

// stamp is one blurred shape of the shadow layer, placed on the canvas.
type stamp struct {
	at image.Point
	b  *blurred
}

// blurred is a blurred shape: w×h values, row by row, each 0..255 with 8
// bits of fraction.
type blurred struct {
	w, h int
	v    []uint16
}

// shadows paints polys (device pixels), the shapes of the shadows
// group, as one layer, like SVG's shadows group: the union of the shapes
// blurred like feGaussianBlur with sh's standard deviation, painted in
// its colour at its opacity. The blur is linear, so the blur of a union of
// shapes that share no pixel is the sum of their blurs: each group of
// shapes whose pixels may touch (most often a single box) is blurred on
// its own, once for all the groups of the same shape at the same sub-pixel
// offset, and the blurs are summed, band by band, where they land.
func (r *renderer) shadows(polys []polygon, sh *render.Shadow) {
	sigma := sh.Sigma * r.s
	reach := blurReach(sigma) + 1
	// Shapes further than reach beyond the canvas cannot reach it.
	limit := r.c.img.Rect.Inset(-reach)
	stamps := r.shadowStamps(polys, sigma, reach, limit)
	canvas := r.c.img.Rect
	bands := make([][]stamp, (canvas.Max.Y+shadowBand-1)/shadowBand)
	for _, s := range stamps {
		sr := image.Rect(s.at.X, s.at.Y, s.at.X+s.b.w, s.at.Y+s.b.h).Intersect(canvas)
		if sr.Empty() {
			continue
		}
		for i := sr.Min.Y / shadowBand; i <= (sr.Max.Y-1)/shadowBand; i++ {
			bands[i] = append(bands[i], s)
		}
	}
	for i, band := range bands {
		out := image.Rect(canvas.Min.X, i*shadowBand, canvas.Max.X, min((i+1)*shadowBand, canvas.Max.Y))
		r.paintShadowBand(band, out, sh)
	}
}

// shadowStamps blurs each group of polys whose pixels may touch, within
// limit, and returns where each blur lands.
func (r *renderer) shadowStamps(polys []polygon, sigma float64, reach int, limit image.Rectangle) []stamp {
	rects := make([]image.Rectangle, len(polys))
	for i := range polys {
		rects[i] = bounds(polys[i:i+1], 1)
	}
	cache := map[string]*blurred{}
	var stamps []stamp
	for _, group := range touching(rects) {
		var area image.Rectangle
		for _, i := range group {
			area = area.Union(rects[i])
		}
		area = area.Inset(-reach).Intersect(limit)
		if area.Empty() {
			continue
		}
		key := shapeKey(polys, rects, group, area)
		b, ok := cache[key]
		if !ok {
			b = r.blurGroup(polys, rects, group, area, sigma)
			cache[key] = b
		}
		stamps = append(stamps, stamp{at: area.Min, b: b})
	}
	return stamps
}

// shapeKey identifies what blurGroup draws of the group over area: the
// area's size and each shape's coordinates as the rasterizer receives
// them, relative to the pixel rectangle it is covered in. Equal keys give
// equal pixels.
func shapeKey(polys []polygon, rects []image.Rectangle, group []int, area image.Rectangle) string {
	key := binary.LittleEndian.AppendUint32(nil, uint32(area.Dx()))
	key = binary.LittleEndian.AppendUint32(key, uint32(area.Dy()))
	for _, i := range group {
		pr := rects[i].Intersect(area)
		for _, v := range []int{pr.Min.X - area.Min.X, pr.Min.Y - area.Min.Y, pr.Dx(), pr.Dy(), len(polys[i])} {
			key = binary.LittleEndian.AppendUint32(key, uint32(v))
		}
		for _, q := range polys[i] {
			for _, v := range []float64{q.x - float64(pr.Min.X), q.y - float64(pr.Min.Y)} {
				key = strconv.AppendFloat(key, float64(float32(v)), 'g', -1, 32)
				key = append(key, ' ')
			}
		}
	}
	return string(key)
}

// blurGroup rasterizes the union of the group's shapes over area, each
// shape over its own bounds, and blurs it.
func (r *renderer) blurGroup(polys []polygon, rects []image.Rectangle, group []int, area image.Rectangle, sigma float64) *blurred {
	w, h := area.Dx(), area.Dy()
	m := &image.Alpha{Pix: make([]uint8, w*h), Stride: w, Rect: image.Rect(0, 0, w, h)}
	for _, i := range group {
		pr := rects[i].Intersect(area)
		if pr.Empty() {
			continue
		}
		cov := r.c.coverage(polys[i:i+1], pr)
		for y := 0; y < pr.Dy(); y++ {
			src := cov.Pix[y*cov.Stride : y*cov.Stride+pr.Dx()]
			dst := m.Pix[m.PixOffset(pr.Min.X-area.Min.X, pr.Min.Y-area.Min.Y+y):]
			for x, v := range src {
				dst[x] = max(dst[x], v)
			}
		}
	}
	r.blurBuf = blurAlpha(m, sigma, r.blurBuf)
	b := &blurred{w: w, h: h, v: make([]uint16, w*h)}
	for i, v := range r.blurBuf {
		b.v[i] = uint16(max(0, min(255<<8, float32(v*256)+0.5))) // the sums may drift below 0
	}
	return b
}

// touching groups the indices of rects into sets linked by overlaps:
// rectangles of different sets never overlap. Each set lists its indices
// in order, and the sets come in the order of their first index.
func touching(rects []image.Rectangle) [][]int {
	parent := make([]int, len(rects))
	for i := range parent {
		parent[i] = i
	}
	root := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	order := make([]int, len(rects))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return rects[a].Min.Y - rects[b].Min.Y })
	var open []int // rectangles that may still overlap the next ones
	for _, i := range order {
		open = slices.DeleteFunc(open, func(j int) bool { return rects[j].Max.Y <= rects[i].Min.Y })
		for _, j := range open {
			if rects[j].Overlaps(rects[i]) {
				parent[root(j)] = root(i)
			}
		}
		open = append(open, i)
	}
	index := map[int]int{} // root to set
	var sets [][]int
	for i := range rects {
		k, ok := index[root(i)]
		if !ok {
			k = len(sets)
			index[root(i)] = k
			sets = append(sets, nil)
		}
		sets[k] = append(sets[k], i)
	}
	return sets
}

// paintShadowBand sums the stamps over the canvas rectangle out and
// paints the sum in the shadow's colour and opacity.
func (r *renderer) paintShadowBand(stamps []stamp, out image.Rectangle, sh *render.Shadow) {
	var used image.Rectangle
	for _, s := range stamps {
		used = used.Union(image.Rect(s.at.X, s.at.Y, s.at.X+s.b.w, s.at.Y+s.b.h))
	}
	out = out.Intersect(used)
	if out.Empty() {
		return
	}
	w, h := out.Dx(), out.Dy()
	if cap(r.shadowSum) < w*h {
		r.shadowSum = make([]uint16, w*h)
	}
	sum := r.shadowSum[:w*h]
	clear(sum)
	for _, s := range stamps {
		sr := image.Rect(s.at.X, s.at.Y, s.at.X+s.b.w, s.at.Y+s.b.h).Intersect(out)
		for y := sr.Min.Y; y < sr.Max.Y; y++ {
			src := s.b.v[(y-s.at.Y)*s.b.w+sr.Min.X-s.at.X:][:sr.Dx()]
			dst := sum[(y-out.Min.Y)*w+sr.Min.X-out.Min.X:][:sr.Dx()]
			for x, v := range src {
				dst[x] = uint16(min(255<<8, uint32(dst[x])+uint32(v)))
			}
		}
	}
	m := &r.shadowMask
	reuse(m, w, h)
	for i, v := range sum {
		m.Pix[i] = uint8((v + 128) >> 8)
	}
	r.c.composite(m, out.Min, sh.Color, sh.Opacity)
}
