package render

import (
	"image"
	"math"
	"unicode/utf8"

	"github.com/roadmapgo/roadmap/layout"
)

// node paints one box: its box, completion bar, label, icon and status
// marks (its shadow is painted with all the others, first), as SVG does.
func (r *rasterRenderer) node(n *layout.Node) error {
	look := boxLookOf(r.t, n)
	r.box(n, look)
	r.meter(n.Meter)
	for _, l := range n.Lines {
		if err := r.c.drawText(r.face(l.Bold), l, r.s, look.text); err != nil {
			return err
		}
	}
	if n.Icon != nil {
		if err := r.icon(n.Icon); err != nil {
			return err
		}
	}
	for _, m := range n.Marks {
		r.mark(m)
	}
	return nil
}

// box paints n's box in its look; the title and the legend have none.
func (r *rasterRenderer) box(n *layout.Node, look boxLook) {
	if !look.filled {
		return
	}
	t, s := r.t, r.s
	b := n.Box
	outline := roundRect(b.X*s, b.Y*s, b.W*s, b.H*s, t.CornerRadius*s)
	r.c.fill([]polygon{outline.oriented()}, look.fill, 1)
	if look.dashed {
		r.c.fill(strokeOutline(outline, t.BorderWidth*s, t.BorderDash[0]*s, t.BorderDash[1]*s), look.border, 1)
	}
}

// strokeOutline strokes the closed outline p, dashed when on and off are
// both positive, with butt ends and mitred corners.
func strokeOutline(p polygon, width, on, off float64) []polygon {
	pl := outlinePolyline(p)
	if on > 0 && off > 0 {
		var out []polygon
		for _, d := range dashPolyline(pl, on, off) {
			out = append(out, strokePolyline(d, width, capButt, joinMiter)...)
		}
		return out
	}
	// Go round once more to the second point so the start corner is joined.
	return strokePolyline(append(pl, pl[1]), width, capButt, joinMiter)
}

// shadowBand is the height, in device pixels, of the bands in which the
// shadow layer is blurred, so that its scratch memory stays small on
// tall canvases.
const shadowBand = 256

// shadows paints the shadows of boxes (user units) as one layer, like
// SVG's shadows group: the union of their shapes is blurred once, like
// feGaussianBlur with a standard deviation of ShadowBlur/2, then painted
// in Theme.Shadow at Theme.ShadowOpacity. The layer is blurred band by
// band, each band only across the shapes that reach it; a band takes the
// blurReach rows around it into account, which is all that reaches it, so
// the result is the same as blurring the whole layer at once.
func (r *rasterRenderer) shadows(boxes []layout.Rect) {
	t, s := r.t, r.s
	sigma := t.ShadowBlur / 2 * s
	reach := blurReach(sigma) + 1
	polys := make([]polygon, len(boxes))
	spans := make([]image.Rectangle, len(boxes)) // where each shape's blur reaches
	for i, b := range boxes {
		polys[i] = roundRect(b.X*s, b.Y*s, b.W*s, b.H*s, t.CornerRadius*s).oriented()
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
		r.shadowBand(band, in, out, sigma)
	}
}

// shadowBand blurs the coverage of polys over the pixel rectangle in and
// composites its part out (within in) onto the canvas. Each shape is
// rasterized over its own bounds only, then merged into the band.
func (r *rasterRenderer) shadowBand(polys []polygon, in, out image.Rectangle, sigma float64) {
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
	r.c.composite(part, out.Min, r.t.Shadow, r.t.ShadowOpacity)
}

// badge paints the fallback of an icon that cannot be drawn as itself: a
// round badge in Theme.Optional with a Theme.Border ring, centred in box
// (device pixels), holding the first character of text when the regular
// font has it, or else a four-pointed star.
func (r *rasterRenderer) badge(box layout.Rect, text string) error {
	t := r.t
	d := 0.8 * math.Min(box.W, box.H)
	if d <= 0 {
		return nil
	}
	c := vec{box.X + box.W/2, box.Y + box.H/2}
	ring := circle(c, d/2-d/40)
	r.c.fill([]polygon{ring}, t.Optional, 1)
	r.c.fill(strokeOutline(ring, d/20, 0, 0), t.Border, 1)
	face := r.face(false)
	if ch, _ := utf8.DecodeRuneInString(text); text != "" && face.index(ch) != 0 {
		size := 0.55 * d / r.s
		l := layout.Line{Text: string(ch), X: c.x / r.s, Baseline: (c.y + 0.36*size*r.s) / r.s,
			Size: size, Anchor: layout.AnchorMiddle}
		return r.c.drawText(face, l, r.s, t.Border)
	}
	r.c.fill([]polygon{star(c, 0.3*d, 0.09*d)}, t.Border, 1)
	return nil
}

// star returns a four-pointed star at c with outer radius ro and inner
// radius ri.
func star(c vec, ro, ri float64) polygon {
	p := make(polygon, 8)
	for i := range p {
		rad := ro
		if i%2 == 1 {
			rad = ri
		}
		a := math.Pi/2*float64(i)/2 - math.Pi/2
		p[i] = vec{c.x + rad*math.Cos(a), c.y + rad*math.Sin(a)}
	}
	return p.oriented()
}

// fitRect returns the largest rectangle of the aspect of src centred in
// box (device pixels), rounded to whole pixels.
func fitRect(box layout.Rect, src image.Rectangle) image.Rectangle {
	sw, sh := float64(src.Dx()), float64(src.Dy())
	k := math.Min(box.W/sw, box.H/sh)
	w, h := sw*k, sh*k
	x, y := box.X+(box.W-w)/2, box.Y+(box.H-h)/2
	return image.Rect(int(math.Round(x)), int(math.Round(y)), int(math.Round(x+w)), int(math.Round(y+h)))
}
