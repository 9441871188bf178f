package png

import (
	"image"
	"math"

	"github.com/roadmapgo/roadmap/render/svgicon"
)

// rampSize is how many colours a gradient's ramp holds: one per level of
// an 8-bit channel, and then some, so that no band shows.
const rampSize = 1024

// ramp is a gradient's colours at rampSize even steps from 0 to 1,
// premultiplied.
type ramp [rampSize][4]uint32

// newRamp interpolates the stops, in unpremultiplied sRGB as browsers
// do, and premultiplies the result.
func newRamp(stops []svgicon.Stop) *ramp {
	var r ramp
	for i := range r {
		t := float64(i) / (rampSize - 1)
		j := 0
		for j < len(stops) && stops[j].Offset < t {
			j++
		}
		a, b := stops[max(0, j-1)], stops[min(j, len(stops)-1)]
		f := 0.0
		if b.Offset > a.Offset {
			f = (t - a.Offset) / (b.Offset - a.Offset)
		}
		mix := func(x, y float64) float64 { return x + float64((y-x)*f) }
		alpha := mix(a.Opacity, b.Opacity)
		ch := func(x, y uint8) uint32 {
			return uint32(math.Round(float64(mix(float64(x), float64(y)) * alpha)))
		}
		r[i] = [4]uint32{ch(a.Color.R, b.Color.R), ch(a.Color.G, b.Color.G), ch(a.Color.B, b.Color.B), uint32(math.Round(float64(alpha * 255)))}
	}
	return &r
}

// gradient paints the gradient pt through the mask, whose origin is at
// at in the layer.
func (p *iconPainter) gradient(at image.Point, pt svgicon.Paint) {
	g := pt.Gradient
	toGrad, ok := g.ToViewBox.Then(p.m).Invert()
	if !ok {
		return
	}
	rp := newRamp(g.Stops)
	op := uint32(math.Round(float64(math.Max(0, math.Min(1, pt.Opacity)) * 255)))
	img := p.layer.img
	m := &p.mask
	for y := 0; y < m.Rect.Dy(); y++ {
		for x := 0; x < m.Rect.Dx(); x++ {
			cov := uint32(m.Pix[y*m.Stride+x])
			if cov == 0 {
				continue
			}
			q := toGrad.Apply(svgicon.Point{X: float64(at.X+x) + 0.5, Y: float64(at.Y+y) + 0.5})
			c := rp[rampIndex(spread(gradientT(g, q), g.Spread))]
			k := cov * op
			i := img.PixOffset(at.X+x, at.Y+y)
			over(img.Pix[i:i+4], [4]uint32{(c[0]*k + 32512) / 65025, (c[1]*k + 32512) / 65025, (c[2]*k + 32512) / 65025, (c[3]*k + 32512) / 65025})
		}
	}
}

// gradientT returns the gradient's parameter at q (gradient space): its
// projection on the vector x1,y1 → x2,y2, or for a radial gradient how
// far q lies from the focus towards the circle.
func gradientT(g *svgicon.Gradient, q svgicon.Point) float64 {
	if !g.Radial {
		dx, dy := g.X2-g.X1, g.Y2-g.Y1
		l2 := float64(dx*dx) + float64(dy*dy)
		if l2 == 0 {
			return 1
		}
		return (float64((q.X-g.X1)*dx) + float64((q.Y-g.Y1)*dy)) / l2
	}
	if !(g.R > 0) {
		return 1
	}
	// A focus on or outside the circle is moved just inside it, as SVG
	// 1.1 says.
	fx, fy := g.FX-g.CX, g.FY-g.CY
	if d := math.Sqrt(float64(fx*fx) + float64(fy*fy)); d > float64(0.99*g.R) {
		k := float64(0.99*g.R) / d
		fx, fy = float64(fx*k), float64(fy*k)
	}
	// The ray from the focus f through q meets the circle at f + s·(q-f);
	// t = 1/s.
	dx, dy := q.X-g.CX-fx, q.Y-g.CY-fy
	dd := float64(dx*dx) + float64(dy*dy)
	if dd == 0 {
		return 0
	}
	b := float64(dx*fx) + float64(dy*fy)
	c := float64(fx*fx) + float64(fy*fy) - float64(g.R*g.R)
	s := (-b + math.Sqrt(float64(b*b)-float64(dd*c))) / dd
	return 1 / s
}

// spread maps t into 0..1 by the spread method.
func spread(t float64, s svgicon.Spread) float64 {
	switch s {
	case svgicon.SpreadRepeat:
		return t - math.Floor(t)
	case svgicon.SpreadReflect:
		t = math.Abs(t)
		t -= float64(2 * math.Floor(t/2))
		if t > 1 {
			t = 2 - t
		}
	}
	return t
}

// rampIndex is the ramp entry of t, clamped to the ramp (pad).
func rampIndex(t float64) int {
	if !(t > 0) {
		return 0
	}
	return int(math.Round(float64(math.Min(1, t) * (rampSize - 1))))
}

// over blends the premultiplied colour src over the pixel dst.
func over(dst []uint8, src [4]uint32) {
	ia := 255 - src[3]
	for i := range 4 {
		dst[i] = uint8(min(255, src[i]+(uint32(dst[i])*ia+127)/255))
	}
}

// blend composites the premultiplied image src, at opacity op (0..255),
// over dst with its origin at at.
func blend(dst, src *image.RGBA, at image.Point, op uint32) {
	for y := 0; y < src.Rect.Dy(); y++ {
		for x := 0; x < src.Rect.Dx(); x++ {
			i := src.PixOffset(x, y)
			s := src.Pix[i : i+4]
			if s[3] == 0 {
				continue
			}
			c := [4]uint32{uint32(s[0]), uint32(s[1]), uint32(s[2]), uint32(s[3])}
			if op < 255 {
				for k := range c {
					c[k] = (c[k]*op + 127) / 255
				}
			}
			j := dst.PixOffset(at.X+x, at.Y+y)
			over(dst.Pix[j:j+4], c)
		}
	}
}
