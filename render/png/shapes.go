package png

import (
	"image"
	"math"
	"unicode/utf8"

	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/layout/text"
	"github.com/roadmapgo/roadmap/render"
	"github.com/roadmapgo/roadmap/render/internal/exactmath"
)

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

// badge paints the fallback of an icon that cannot be drawn as itself: a
// round badge in fill with a ring in ring, centred in box
// (device pixels), holding the first character of text when the regular
// font has it, or else a four-pointed star.
func (r *renderer) badge(box layout.Rect, text string, fill, ring render.Color) error {
	d := 0.8 * math.Min(box.W, box.H)
	if d <= 0 {
		return nil
	}
	c := vec{box.X + float64(box.W/2), box.Y + float64(box.H/2)}
	disc := circle(c, float64(d/2)-d/40)
	r.c.fill([]polygon{disc}, fill, 1)
	r.c.fill(strokeOutline(disc, d/20, 0, 0), ring, 1)
	if ch, _ := utf8.DecodeRuneInString(text); text != "" && badgeFont().Covers(ch) {
		size := 0.55 * d / r.s
		l := layout.Style{Size: size}.Line(string(ch), layout.AnchorMiddle)
		l.X, l.Baseline = c.x/r.s, (c.y+float64(0.36*size*r.s))/r.s
		return r.c.drawLine(r.faces, l, r.s, ring)
	}
	r.c.fill([]polygon{star(c, 0.3*d, 0.09*d)}, ring, 1)
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
		a := float64(math.Pi/2*float64(i)/2) - math.Pi/2
		p[i] = vec{c.x + float64(rad*exactmath.Cos(a)), c.y + float64(rad*exactmath.Sin(a))}
	}
	return p.oriented()
}

// fitRect returns the largest rectangle of the aspect of src centred in
// box (device pixels), rounded to whole pixels.
func fitRect(box layout.Rect, src image.Rectangle) image.Rectangle {
	sw, sh := float64(src.Dx()), float64(src.Dy())
	k := math.Min(box.W/sw, box.H/sh)
	w, h := float64(sw*k), float64(sh*k)
	x, y := box.X+float64((box.W-w)/2), box.Y+float64((box.H-h)/2)
	return image.Rect(int(math.Round(x)), int(math.Round(y)), int(math.Round(x+w)), int(math.Round(y+h)))
}

// leftHalfDisc returns the left half of the disc of radius rad at c.
func leftHalfDisc(c vec, rad float64) polygon {
	full := circle(c, rad)
	n := max(4, len(full)/2)
	p := make(polygon, n+1)
	for i := range p {
		a := math.Pi/2 + math.Pi*float64(i)/float64(n)
		p[i] = vec{c.x + float64(rad*exactmath.Cos(a)), c.y + float64(rad*exactmath.Sin(a))}
	}
	return p.oriented()
}

// badgeFont is the font of a badge's letter: the embedded regular one.
func badgeFont() *text.Font {
	f, _ := text.Lookup(text.KeyRegular)
	return f
}
