package svg

import (
	"strconv"

	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/layout/text"
	"github.com/roadmapgo/roadmap/render"
)

// glyphSheet holds the glyphs that --embed-font draws as outlines: text
// in fonts other than the embedded one (CJK, Arabic, Hebrew fallbacks and
// the user's fonts), which a viewer may lack. Each glyph is one <path>
// in font units, written once in a <defs> at the end of the document;
// every occurrence is a <use> scaled into place, and the text itself
// stays in the <text>, unseen, for reading, searching and copying.
type glyphSheet struct {
	ids    map[glyphKey]string
	defs   []glyphDef
	fonts  map[string]int // a number per font key, for the ids
	queued []queuedGlyphs // of the label being written
}

type glyphKey struct {
	font string
	id   uint32
}

// glyphDef is one glyph's path.
type glyphDef struct {
	id string
	d  []byte
}

// queuedGlyphs are the glyphs of one run, drawn after the label's <text>.
type queuedGlyphs struct {
	font   *text.Font
	glyphs []text.Glyph
	x      float64
	line   layout.Line
}

// outlined reports whether run is drawn as outlines: with --embed-font,
// in a font with outlines other than the embedded one.
func (r *renderer) outlined(f *text.Font) bool {
	return r.opt.EmbedFont && !f.Emoji && f.Key != text.KeyRegular && f.Key != text.KeyBold
}

// queueGlyphs queues the outlines of a run starting at x on l's baseline.
func (r *renderer) queueGlyphs(f *text.Font, gs []text.Glyph, x float64, l layout.Line) {
	r.glyphs.queued = append(r.glyphs.queued, queuedGlyphs{f, gs, x, l})
}

// flushGlyphs draws the queued runs in fill, a <use> per glyph.
func (r *renderer) flushGlyphs(fill render.Color) {
	if len(r.glyphs.queued) == 0 {
		return
	}
	o := r.out
	o.str("<g")
	o.attr("class", "glyphs")
	o.attr("aria-hidden", "true")
	o.color("fill", fill)
	o.str(">")
	for _, q := range r.glyphs.queued {
		sf, err := q.font.SFNT()
		if err != nil {
			continue
		}
		k := q.line.Size / float64(sf.UnitsPerEm())
		for _, g := range q.glyphs {
			id, ok := r.glyphPath(q.font, sf, g.ID)
			if !ok {
				continue
			}
			o.str(`<use xlink:href="#`)
			o.str(id)
			o.str(`" transform="matrix(`)
			o.str(strconv.FormatFloat(k, 'f', 6, 64))
			o.str(" 0 0 ")
			o.str(strconv.FormatFloat(k, 'f', 6, 64))
			o.str(" ")
			o.point(q.x+float64(g.X*q.line.Size), q.line.Baseline-float64(g.Y*q.line.Size))
			o.str(`)"/>`)
		}
	}
	o.str("</g>\n")
	r.glyphs.queued = r.glyphs.queued[:0]
}

// glyphPath returns the id of glyph gid of font f, defining its path the
// first time; false for a glyph with no outline (a space).
func (r *renderer) glyphPath(f *text.Font, sf *sfnt.Font, gid uint32) (string, bool) {
	gs := &r.glyphs
	key := glyphKey{f.Key, gid}
	if id, ok := gs.ids[key]; ok {
		return id, id != ""
	}
	if gs.ids == nil {
		gs.ids, gs.fonts = map[glyphKey]string{}, map[string]int{}
	}
	n, ok := gs.fonts[f.Key]
	if !ok {
		n = len(gs.fonts) + 1
		gs.fonts[f.Key] = n
	}
	var buf sfnt.Buffer
	upem := sf.UnitsPerEm()
	segs, err := sf.LoadGlyph(&buf, sfnt.GlyphIndex(gid), fixed.I(int(upem)), nil)
	if err != nil || len(segs) == 0 {
		gs.ids[key] = ""
		return "", false
	}
	id := r.ids.add("_glyph-" + strconv.Itoa(n) + "-" + strconv.FormatUint(uint64(gid), 10))
	gs.ids[key] = id
	gs.defs = append(gs.defs, glyphDef{id: id, d: pathData(segs)})
	return id, true
}

// pathData writes an outline (font units, y down, as sfnt gives it at a
// ppem of one unit per 26.6 pixel) as SVG path data.
func pathData(segs sfnt.Segments) []byte {
	var b []byte
	pt := func(p fixed.Point26_6) {
		b = strconv.AppendFloat(b, float64(p.X)/64, 'f', -1, 64)
		b = append(b, ' ')
		b = strconv.AppendFloat(b, float64(p.Y)/64, 'f', -1, 64)
	}
	for _, s := range segs {
		switch s.Op {
		case sfnt.SegmentOpMoveTo:
			if len(b) > 0 {
				b = append(b, 'Z')
			}
			b = append(b, 'M')
			pt(s.Args[0])
		case sfnt.SegmentOpLineTo:
			b = append(b, 'L')
			pt(s.Args[0])
		case sfnt.SegmentOpQuadTo:
			b = append(b, 'Q')
			pt(s.Args[0])
			b = append(b, ' ')
			pt(s.Args[1])
		case sfnt.SegmentOpCubeTo:
			b = append(b, 'C')
			pt(s.Args[0])
			b = append(b, ' ')
			pt(s.Args[1])
			b = append(b, ' ')
			pt(s.Args[2])
		}
	}
	return append(b, 'Z')
}

// glyphDefs writes the paths of the outlined glyphs.
func (r *renderer) glyphDefs() {
	if len(r.glyphs.defs) == 0 {
		return
	}
	o := r.out
	o.str("<defs>\n")
	for _, g := range r.glyphs.defs {
		o.str(`<path id="`)
		o.str(g.id)
		o.str(`" d="`)
		o.str(string(g.d))
		o.str(`"/>`)
		o.str("\n")
	}
	o.str("</defs>\n")
}
