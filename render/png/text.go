package png

import (
	"fmt"
	"image"
	"math"

	otf "golang.org/x/image/font/sfnt"
	fx "golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"

	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/layout/text"
	"github.com/roadmapgo/roadmap/render"
	"github.com/roadmapgo/roadmap/render/emoji"
)

// typeface draws glyphs of one font, caching outlines in font units; it
// is used by one rendering at a time.
type typeface struct {
	f      *otf.Font
	buf    otf.Buffer
	upem   float64
	glyphs map[otf.GlyphIndex]otf.Segments
}

// typefaces are the fonts of one rendering, by key.
type typefaces map[string]*typeface

// get returns the typeface of font f.
func (ts typefaces) get(f *text.Font) (*typeface, error) {
	if t, ok := ts[f.Key]; ok {
		return t, nil
	}
	sf, err := f.SFNT()
	if err != nil {
		return nil, fmt.Errorf("render: font %s: %w", f.Family, err)
	}
	t := &typeface{f: sf, upem: float64(sf.UnitsPerEm()), glyphs: map[otf.GlyphIndex]otf.Segments{}}
	ts[f.Key] = t
	return t, nil
}

// outline returns the cached outline of glyph gi, in font units times 64
// (y down).
func (t *typeface) outline(gi otf.GlyphIndex) (otf.Segments, error) {
	if g, ok := t.glyphs[gi]; ok {
		return g, nil
	}
	segs, err := t.f.LoadGlyph(&t.buf, gi, fx.I(int(t.upem)), nil)
	if err != nil {
		return nil, fmt.Errorf("render: load glyph %d: %w", gi, err)
	}
	g := append(otf.Segments(nil), segs...)
	t.glyphs[gi] = g
	return g, nil
}

// drawLine paints one line of text in col, run by run, with the glyphs
// the layout measured. Outlines are rasterized exactly where they fall,
// without hinting or pixel snapping, so text keeps the sub-pixel
// positions the layout computed; emoji are their colour pictures.
func (c *canvas) drawLine(ts typefaces, l layout.Line, scale float64, col render.Color) error {
	left := l.Left()
	for _, run := range l.Pieces() {
		glyphs, f, err := text.Glyphs(run)
		if err != nil {
			return err
		}
		x := float64(left + run.X)
		if f.Emoji {
			c.drawEmojiRun(glyphs, x, l, scale)
			continue
		}
		t, err := ts.get(f)
		if err != nil {
			return err
		}
		if err := c.drawRun(t, glyphs, x, l, scale, col); err != nil {
			return err
		}
	}
	return nil
}

// drawRun paints the outlines of glyphs of t, the run starting at x.
func (c *canvas) drawRun(t *typeface, glyphs []text.Glyph, x float64, l layout.Line, scale float64, col render.Color) error {
	if len(glyphs) == 0 {
		return nil
	}
	x0 := float64(x * scale)
	y0 := float64(l.Baseline * scale)
	em := float64(l.Size * scale)
	end := glyphs[len(glyphs)-1]
	// The box reaches 2 em above and 1 em below the baseline and an em
	// past either end: beyond the glyphs of the fonts text is set in,
	// stacked marks included; only ink further out would be clipped.
	r := image.Rect(int(math.Floor(x0-em)), int(math.Floor(y0-float64(2*em))),
		int(math.Ceil(x0+float64((end.X+end.Advance)*em)+em)), int(math.Ceil(y0+em))).Intersect(c.img.Rect)
	if r.Empty() {
		return nil
	}
	segs := make([]otf.Segments, len(glyphs))
	for i, g := range glyphs {
		s, err := t.outline(otf.GlyphIndex(g.ID))
		if err != nil {
			return err
		}
		segs[i] = s
	}
	k := em / t.upem // device px per font unit
	mask := c.coverageFunc(r, func(z *vector.Rasterizer, ox, oy float64) {
		for i, g := range glyphs {
			addGlyph(z, segs[i], x0+float64(g.X*em)-ox, y0-float64(g.Y*em)-oy, k)
		}
	})
	c.composite(mask, r.Min, col, 1)
	return nil
}

// drawEmojiRun paints the colour pictures of an emoji run starting at x.
func (c *canvas) drawEmojiRun(glyphs []text.Glyph, x float64, l layout.Line, scale float64) {
	size := float64(l.Size * scale)
	for _, g := range glyphs {
		eg, ok := emoji.Lookup(g.Cluster)
		if !ok {
			continue
		}
		c.drawEmoji(eg, float64(float64(x+float64(g.X*l.Size))*scale), float64(l.Baseline*scale), size)
	}
}

// drawEmoji paints emoji glyph g at size device px, its pen at (pen,
// baseline). Like Chromium, it snaps the pen and the baseline to whole
// device pixels, then scales the bitmap (see drawScaled).
func (c *canvas) drawEmoji(g emoji.Glyph, pen, baseline, size float64) {
	pen, baseline = math.Round(pen), math.Round(baseline)
	k := size / float64(g.PPEM)
	drawScaled(c.img, g.Image, k, pen+float64(g.Left*size), baseline-float64(g.Top*size))
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
