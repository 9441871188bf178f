package pdf

import (
	"fmt"

	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/layout/text"
	"github.com/roadmapgo/roadmap/render"
	"github.com/roadmapgo/roadmap/render/emoji"
)

// outlineRun fills the outlines of glyphs of font f, the run starting at
// x on l's baseline: text in fonts the PDF does not embed (CJK, Arabic,
// Hebrew fallbacks), drawn exactly as measured and shaped.
func (c *canvas) outlineRun(f *text.Font, glyphs []text.Glyph, x float64, l layout.Line, col render.Color) error {
	sf, err := f.SFNT()
	if err != nil {
		return fmt.Errorf("font %s: %w", f.Family, err)
	}
	upem := float64(sf.UnitsPerEm())
	k := l.Size / upem / 64 // user units per 26.6 font unit
	pdf := c.doc.f
	pdf.SetFillColor(int(col.R), int(col.G), int(col.B))
	var buf sfnt.Buffer
	for _, g := range glyphs {
		segs, err := sf.LoadGlyph(&buf, sfnt.GlyphIndex(g.ID), fixed.I(int(upem)), nil)
		if err != nil {
			return fmt.Errorf("font %s: glyph %d: %w", f.Family, g.ID, err)
		}
		if len(segs) == 0 {
			continue
		}
		ox, oy := x+float64(g.X*l.Size), l.Baseline-float64(g.Y*l.Size)
		p := func(v fixed.Point26_6) (float64, float64) {
			return c.x(ox + float64(float64(v.X)*k)), c.y(oy + float64(float64(v.Y)*k))
		}
		for _, s := range segs {
			x0, y0 := p(s.Args[0])
			switch s.Op {
			case sfnt.SegmentOpMoveTo:
				pdf.MoveTo(x0, y0)
			case sfnt.SegmentOpLineTo:
				pdf.LineTo(x0, y0)
			case sfnt.SegmentOpQuadTo:
				x1, y1 := p(s.Args[1])
				pdf.CurveTo(x0, y0, x1, y1)
			case sfnt.SegmentOpCubeTo:
				x1, y1 := p(s.Args[1])
				x2, y2 := p(s.Args[2])
				pdf.CurveBezierCubicTo(x0, y0, x1, y1, x2, y2)
			}
		}
		pdf.ClosePath()
		pdf.DrawPath("f")
	}
	return pdf.Error()
}

// emojiRun draws the colour pictures of an emoji run starting at x on l's
// baseline, each registered once.
func (c *canvas) emojiRun(glyphs []text.Glyph, x float64, l layout.Line) {
	for _, g := range glyphs {
		eg, ok := emoji.Lookup(g.Cluster)
		if !ok {
			continue
		}
		k := l.Size / float64(eg.PPEM)
		b := eg.Image.Rect
		box := layout.Rect{X: x + float64(g.X*l.Size) + float64(eg.Left*l.Size), Y: l.Baseline - float64(eg.Top*l.Size),
			W: float64(float64(b.Dx()) * k), H: float64(float64(b.Dy()) * k)}
		c.fail(c.image("emoji:"+g.Cluster, eg.Image, nil, box))
	}
}
