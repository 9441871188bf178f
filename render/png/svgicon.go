package png

import (
	"image"
	"math"

	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/render"
	"github.com/roadmapgo/roadmap/render/internal/exactmath"
	"github.com/roadmapgo/roadmap/render/svgicon"
)

// iconPainter draws the items of an SVG icon into layers, mapping the
// viewBox to device pixels with m.
type iconPainter struct {
	m svgicon.Matrix
	// budget is how many more points curves may be cut into; past it
	// they are drawn as their chords, so that no file can make the
	// raster take unbounded time.
	budget int
	acc    accum
	mask   image.Alpha
	layer  *canvas // the layer being drawn into
}

// IconImage rasterizes an SVG icon into a new w×h RGBA image
// (premultiplied alpha), its viewBox fitted into the image as an SVG
// <image> fits it (centred, aspect kept). The PDF backend embeds it.
func IconImage(ic *svgicon.Icon, w, h int) *image.RGBA {
	c := newCanvas(w, h)
	paintIcon(c, ic, layout.Rect{W: float64(w), H: float64(h)}, image.Point{})
	return c.img
}

// svgIcon draws ic fitted into box (device pixels) onto the canvas,
// clipped to the box as SVG clips an <image>.
func (r *renderer) svgIcon(ic *svgicon.Icon, box layout.Rect) {
	px := image.Rect(int(math.Floor(box.X)), int(math.Floor(box.Y)), int(math.Ceil(box.X+box.W)), int(math.Ceil(box.Y+box.H)))
	vis := px.Intersect(r.c.img.Rect)
	if vis.Empty() {
		return
	}
	layer := newCanvas(vis.Dx(), vis.Dy())
	paintIcon(layer, ic, box, vis.Min)
	blend(r.c.img, layer.img, vis.Min, 255)
}

// paintIcon draws ic into layer, whose origin is at device pixel o, with
// its viewBox fitted into box (device pixels).
func paintIcon(layer *canvas, ic *svgicon.Icon, box layout.Rect, o image.Point) {
	vb := ic.ViewBox
	k := math.Min(box.W/vb.W, box.H/vb.H)
	w, h := float64(vb.W*k), float64(vb.H*k)
	x := box.X + float64((box.W-w)/2) - float64(o.X)
	y := box.Y + float64((box.H-h)/2) - float64(o.Y)
	p := &iconPainter{m: svgicon.Matrix{k, 0, 0, k, x - float64(vb.X*k), y - float64(vb.Y*k)}, layer: layer, budget: maxIconPoints}
	p.items(ic.Items)
}

// items paints items in order into the current layer.
func (p *iconPainter) items(items []svgicon.Item) {
	for _, it := range items {
		switch {
		case it.Shape != nil:
			p.shape(it.Shape)
		case it.Group != nil:
			outer := p.layer
			p.layer = newCanvas(outer.img.Rect.Dx(), outer.img.Rect.Dy())
			p.items(it.Group.Items)
			blend(outer.img, p.layer.img, image.Point{}, uint32(math.Round(float64(it.Group.Opacity*255))))
			p.layer = outer
		}
	}
}

// shape fills, then strokes, one shape.
func (p *iconPainter) shape(s *svgicon.Shape) {
	subs := p.flatten(s.Path)
	if s.Fill.Kind != svgicon.PaintNone {
		var polys []polygon
		for _, sp := range subs {
			if len(sp.pts) > 2 {
				polys = append(polys, sp.pts)
			}
		}
		p.paint(polys, s.EvenOdd, s.Fill)
	}
	if s.Stroke.Kind != svgicon.PaintNone {
		p.paint(p.stroke(s, subs), false, s.Stroke)
	}
}

// maxIconPoints bounds the points the curves of one icon are cut into:
// hundreds of times what the most detailed emoji needs.
const maxIconPoints = 1 << 19

// flatSub is a subpath as a device-pixel polyline.
type flatSub struct {
	pts    []vec
	closed bool
}

// flatten maps the subpaths to device pixels and cuts their curves into
// lines; a curve wholly outside the layer is one line, which covers its
// pixels alike.
func (p *iconPainter) flatten(path []svgicon.Subpath) []flatSub {
	out := make([]flatSub, 0, len(path))
	dev := func(q svgicon.Point) vec { d := p.m.Apply(q); return vec{d.X, d.Y} }
	b := p.layer.img.Rect
	for _, sp := range path {
		pts := []vec{dev(sp.Start)}
		for _, sg := range sp.Segs {
			end := dev(sg.P)
			if !sg.Cubic {
				pts = appendPoint(pts, end)
				continue
			}
			c1, c2 := dev(sg.C1), dev(sg.C2)
			if p.budget <= 0 || outside(b, pts[len(pts)-1], c1, c2, end) {
				pts = appendPoint(pts, end)
				continue
			}
			n := len(pts)
			pts = flattenCubic(pts, pts[n-1], c1, c2, end, 0)
			p.budget -= len(pts) - n
		}
		out = append(out, flatSub{pts, sp.Closed})
	}
	return out
}

// outside reports whether the points all lie beyond one side of r,
// grown by a pixel.
func outside(r image.Rectangle, ps ...vec) bool {
	var left, right, above, below int
	for _, q := range ps {
		switch {
		case q.x < float64(r.Min.X-1):
			left++
		case q.x > float64(r.Max.X+1):
			right++
		}
		switch {
		case q.y < float64(r.Min.Y-1):
			above++
		case q.y > float64(r.Max.Y+1):
			below++
		}
	}
	n := len(ps)
	return left == n || right == n || above == n || below == n
}

// stroke returns the outline of the stroke of the subpaths.
func (p *iconPainter) stroke(s *svgicon.Shape, subs []flatSub) []polygon {
	width := float64(s.StrokeWidth * p.m[0])
	c := [...]capStyle{svgicon.CapButt: capButt, svgicon.CapRound: capRound, svgicon.CapSquare: capSquare}[s.Cap]
	// A round join is a bevel and, where the turn shows, the wedge of a
	// disc: a whole disc at every point of a flattened curve would cost
	// far more for the same pixels.
	j := [...]joinStyle{svgicon.JoinMiter: joinMiter, svgicon.JoinRound: joinBevel, svgicon.JoinBevel: joinBevel}[s.Join]
	var polys []polygon
	for _, sp := range subs {
		pl, cp := sp.pts, c
		switch {
		case len(pl) == 1:
			polys = append(polys, dot(pl[0], width, c)...)
			continue
		case sp.closed:
			// Back to the start, and on to the second point, so the start
			// corner is joined.
			pl = append(appendPoint(append([]vec(nil), pl...), pl[0]), pl[1])
			cp = capButt
		}
		polys = append(polys, strokeMiter(pl, width, cp, j, s.MiterLimit)...)
		if s.Join == svgicon.JoinRound {
			polys = roundJoins(polys, pl, float64(width/2))
		}
	}
	return polys
}

// roundJoins appends to polys the disc wedges that round the outer side
// of the corners of pl, where they stray more than flatTolerance from
// the bevel.
func roundJoins(polys []polygon, pl []vec, hw float64) []polygon {
	for i := 1; i+1 < len(pl); i++ {
		v := pl[i]
		d0, d1 := v.sub(pl[i-1]).unit(), pl[i+1].sub(v).unit()
		cosT := math.Max(-1, math.Min(1, d0.dot(d1)))
		turn := exactmath.Acos(cosT)
		if float64(hw*(1-exactmath.Cos(turn/2))) <= flatTolerance {
			continue
		}
		side := 1.0
		if d0.cross(d1) > 0 {
			side = -1
		}
		a0 := exactmath.Atan2(float64(d0.x*side), -float64(d0.y*side))
		n := max(2, int(math.Ceil(turn/exactmath.Acos(math.Max(0, 1-flatTolerance/hw)))))
		w := polygon{v}
		for k := 0; k <= n; k++ {
			a := a0 - float64(side*float64(turn*float64(k)))/float64(n)
			w = append(w, vec{v.x + float64(hw*exactmath.Cos(a)), v.y + float64(hw*exactmath.Sin(a))})
		}
		polys = append(polys, w.oriented())
	}
	return polys
}

// dot is the stroke of a subpath of no length: a disc or a square for
// round and square caps, nothing for butt caps.
func dot(at vec, width float64, c capStyle) []polygon {
	hw := float64(width / 2)
	switch c {
	case capRound:
		return []polygon{circle(at, hw)}
	case capSquare:
		return []polygon{{{at.x - hw, at.y - hw}, {at.x + hw, at.y - hw}, {at.x + hw, at.y + hw}, {at.x - hw, at.y + hw}}}
	}
	return nil
}

// paint covers polys by the fill rule and paints the coverage in pt.
func (p *iconPainter) paint(polys []polygon, evenOdd bool, pt svgicon.Paint) {
	r := bounds(polys, 1).Intersect(p.layer.img.Rect)
	if r.Empty() {
		return
	}
	o := vec{float64(r.Min.X), float64(r.Min.Y)}
	p.acc.reset(r.Dx(), r.Dy())
	for _, poly := range polys {
		p.acc.polygon(poly, o)
	}
	p.acc.mask(&p.mask, evenOdd)
	if pt.Kind == svgicon.PaintColor {
		p.layer.composite(&p.mask, r.Min, render.Color(pt.Color), pt.Opacity)
		return
	}
	p.gradient(r.Min, pt)
}
