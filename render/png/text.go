package png

import (
	"fmt"
	"image"
	"math"
	"sync"

	"golang.org/x/image/font"
	otf "golang.org/x/image/font/sfnt"
	fx "golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"

	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/render"
)

// parsedFonts holds the fonts the layout measured with, parsed once:
// index 0 is regular, 1 bold.
var parsedFonts = sync.OnceValues(func() ([2]*otf.Font, error) {
	var fs [2]*otf.Font
	for i, bold := range []bool{false, true} {
		f, err := otf.Parse(layout.FontTTF(bold))
		if err != nil {
			return fs, fmt.Errorf("render: parse font: %w", err)
		}
		fs[i] = f
	}
	return fs, nil
})

// glyph is an outline in font units (y down) and its advance.
type glyph struct {
	segs    otf.Segments
	advance float64
}

// typeface draws text in one font, caching outlines in font units; it is
// used by one rendering at a time.
type typeface struct {
	f      *otf.Font
	buf    otf.Buffer
	upem   float64
	bold   bool
	glyphs map[otf.GlyphIndex]*glyph
}

func newTypeface(f *otf.Font, bold bool) *typeface {
	return &typeface{f: f, upem: float64(f.UnitsPerEm()), bold: bold, glyphs: map[otf.GlyphIndex]*glyph{}}
}

// unitPPEM asks sfnt for values in font units (times 64, as 26.6 numbers),
// so that scaling to any size happens in float64, unrounded.
func (t *typeface) unitPPEM() fx.Int26_6 { return fx.I(int(t.upem)) }

// index returns the glyph of r; a rune the font lacks gives glyph 0, the
// font's "missing glyph" box.
func (t *typeface) index(r rune) otf.GlyphIndex {
	gi, err := t.f.GlyphIndex(&t.buf, r)
	if err != nil {
		return 0
	}
	return gi
}

// glyph returns the cached outline and advance of gi.
func (t *typeface) glyph(gi otf.GlyphIndex) (*glyph, error) {
	if g, ok := t.glyphs[gi]; ok {
		return g, nil
	}
	segs, err := t.f.LoadGlyph(&t.buf, gi, t.unitPPEM(), nil)
	if err != nil {
		return nil, fmt.Errorf("render: load glyph %d: %w", gi, err)
	}
	adv, err := t.f.GlyphAdvance(&t.buf, gi, t.unitPPEM(), font.HintingNone)
	if err != nil {
		return nil, fmt.Errorf("render: glyph advance %d: %w", gi, err)
	}
	g := &glyph{segs: append(otf.Segments(nil), segs...), advance: float64(adv) / 64}
	t.glyphs[gi] = g
	return g, nil
}

// kern returns the kerning of the pair a b in font units (0 when none).
func (t *typeface) kern(a, b otf.GlyphIndex) float64 {
	k, err := t.f.Kern(&t.buf, a, b, t.unitPPEM(), font.HintingNone)
	if err != nil {
		return 0
	}
	return float64(k) / 64
}

// placed is a glyph at its pen position, in font units from the line start.
type placed struct {
	g *glyph
	x float64
}

// layoutLine places the glyphs of s with their advances and kerning, as
// the layout measured them, and returns them with the total advance in
// font units.
func (t *typeface) layoutLine(s string) ([]placed, float64, error) {
	var out []placed
	var x float64
	prev := otf.GlyphIndex(0)
	for i, r := range []rune(s) {
		gi := t.index(r)
		g, err := t.glyph(gi)
		if err != nil {
			return nil, 0, err
		}
		if i > 0 {
			x += t.kern(prev, gi)
		}
		adv := g.advance
		if gi == 0 {
			// A rune the font lacks: advance as the layout measured it
			// (joiners and selectors take no room and draw nothing).
			adv = layout.MeasureString(string(r), layout.Style{Size: t.upem, Bold: t.bold})
		}
		if adv > 0 {
			out = append(out, placed{g, x})
		}
		x += adv
		prev = gi
	}
	return out, x, nil
}

// drawText paints one line of text in col. Glyph outlines are
// rasterized exactly where they fall, without hinting or pixel snapping,
// so text keeps the sub-pixel positions the layout computed.
func (c *canvas) drawText(t *typeface, l layout.Line, scale float64, col render.Color) error {
	glyphs, adv, err := t.layoutLine(l.Text)
	if err != nil || len(glyphs) == 0 {
		return err
	}
	k := l.Size * scale / t.upem // device px per font unit
	width := l.Width
	if width <= 0 {
		width = adv * l.Size / t.upem
	}
	x0 := float64(l.X * scale)
	switch l.Anchor {
	case layout.AnchorMiddle:
		x0 -= float64(width * scale / 2)
	case layout.AnchorEnd:
		x0 -= float64(width * scale)
	}
	y0 := float64(l.Baseline * scale)
	em := float64(l.Size * scale)
	// Liberation's glyphs stay within 1.1 em above and 0.5 em below the
	// baseline; the box is grown generously, outlines are never clipped.
	r := image.Rect(int(math.Floor(x0-em)), int(math.Floor(y0-float64(1.3*l.Size*scale))),
		int(math.Ceil(x0+float64(adv*k)+em)), int(math.Ceil(y0+float64(0.7*l.Size*scale)))).Intersect(c.img.Rect)
	if r.Empty() {
		return nil
	}
	mask := c.coverageFunc(r, func(z *vector.Rasterizer, ox, oy float64) {
		for _, p := range glyphs {
			addGlyph(z, p.g.segs, x0+float64(p.x*k)-ox, y0-oy, k)
		}
	})
	c.composite(mask, r.Min, col, 1)
	return nil
}

// addGlyph adds the outline segs (font units times 64) to z, scaled by k
// device px per font unit, with the origin at (x, y).
func addGlyph(z *vector.Rasterizer, segs otf.Segments, x, y, k float64) {
	k /= 64
	p := func(v fx.Point26_6) (float32, float32) {
		return float32(x + float64(float64(v.X)*k)), float32(y + float64(float64(v.Y)*k))
	}
	for _, s := range segs {
		a0x, a0y := p(s.Args[0])
		switch s.Op {
		case otf.SegmentOpMoveTo:
			z.ClosePath()
			z.MoveTo(a0x, a0y)
		case otf.SegmentOpLineTo:
			z.LineTo(a0x, a0y)
		case otf.SegmentOpQuadTo:
			a1x, a1y := p(s.Args[1])
			quadTo(z, a0x, a0y, a1x, a1y)
		case otf.SegmentOpCubeTo:
			a1x, a1y := p(s.Args[1])
			a2x, a2y := p(s.Args[2])
			cubeTo(z, a0x, a0y, a1x, a1y, a2x, a2y)
		}
	}
	z.ClosePath()
}
