package svg

import (
	"strings"

	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/layout/text"
)

// families lists the families of the fonts d's text is set in, in order
// of first use, the embedded font left out (the document's font-family
// names it first).
func families(d *layout.Diagram) []string {
	seen := map[string]bool{text.FamilyLiberation: true}
	var out []string
	d.EachLine(func(l layout.Line) {
		for _, run := range l.Runs {
			f, err := text.Lookup(run.Font)
			if err != nil || seen[f.Family] {
				continue
			}
			seen[f.Family] = true
			out = append(out, f.Family)
		}
	})
	return out
}

// fontFamily is the document's font-family: the embedded subset when
// there is one, the measured font and its metric twins, the other fonts
// used, then the generic family.
func (r *renderer) fontFamily() string {
	var b strings.Builder
	if r.fonts.family != "" {
		b.WriteString("'" + r.fonts.family + "', ")
	}
	b.WriteString(strings.TrimSuffix(layout.FontFamily, ", sans-serif"))
	for _, f := range families(r.d) {
		b.WriteString(", " + cssString(f))
	}
	b.WriteString(", sans-serif")
	return b.String()
}

// cssString quotes a family name for a font-family list.
func cssString(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(s) + "'"
}

// runFamily is the font-family of a run set in a font other than the
// embedded one: that font, then the emoji fonts of each platform for
// emoji, else the generic family.
func runFamily(f *text.Font) string {
	if f.Emoji {
		return emojiFamily
	}
	return cssString(f.Family) + ", sans-serif"
}

// runSpans writes a line of runs: a <tspan> per run in reading order,
// each placed at its own edge, its blanks kept, so that every viewer puts
// each run where it was measured whatever it does with bidirectional
// text.
func (r *renderer) runSpans(l layout.Line) {
	o := r.out
	left := l.Left()
	o.str("<tspan")
	o.num("y", l.Baseline)
	o.num("font-size", l.Size)
	o.attr("text-anchor", string(layout.AnchorStart))
	o.attr("xml:space", "preserve")
	if l.Bold {
		o.attr("font-weight", "bold")
	}
	o.str(">")
	for _, run := range l.Runs {
		f, err := text.Lookup(run.Font)
		if err != nil {
			continue
		}
		o.str("<tspan")
		if run.RTL {
			// Set right to left from its right edge, as shaped: the run is
			// in visual order already, no viewer reorders it again.
			o.num("x", left+run.X+run.Width)
			o.attr("direction", "rtl")
			o.attr("unicode-bidi", "bidi-override")
		} else {
			o.num("x", left+run.X)
		}
		switch {
		case f.Emoji && r.emojiImages(glyphs(run), left+run.X, l):
			// The pictures are drawn after the text; the emoji stay in it,
			// unseen, for reading, searching and copying.
			o.attr("fill-opacity", "0")
		case r.outlined(f):
			r.queueGlyphs(f, glyphs(run), left+run.X, l)
			o.attr("fill-opacity", "0")
		}
		// The weight drawn is the face's: a fallback font without a bold
		// face sets bold text in its regular one, as the PNG draws it.
		bold := run.Bold
		if !f.Emoji && f.Family != text.FamilyLiberation {
			bold = f.Bold
		}
		if bold != l.Bold {
			if bold {
				o.attr("font-weight", "bold")
			} else {
				o.attr("font-weight", "normal")
			}
		}
		if f.Family != text.FamilyLiberation {
			o.attr("font-family", runFamily(f))
		}
		o.str(">")
		o.text(run.Text)
		o.str("</tspan>")
	}
	o.str("</tspan>")
}

// glyphs returns the shaped glyphs of run, nil when its font is unknown.
func glyphs(run text.Run) []text.Glyph {
	gs, _, err := text.Glyphs(run)
	if err != nil {
		return nil
	}
	return gs
}

// emojiImages queues the pictures of an emoji run starting at x on l's
// baseline, to be drawn after the <text>, and reports whether they are
// drawn as pictures (not with Options.EmojiText).
func (r *renderer) emojiImages(gs []text.Glyph, x float64, l layout.Line) bool {
	drawn := false
	for _, g := range gs {
		eg, ok := r.emojiGlyph(g.Cluster)
		if !ok {
			continue
		}
		drawn = true
		r.textEmoji = append(r.textEmoji, queuedEmoji{g.Cluster, emojiBox(eg, x+float64(g.X*l.Size), l.Baseline, l.Size)})
	}
	return drawn
}

// queuedEmoji is an emoji of a label, drawn after the label's <text>.
type queuedEmoji struct {
	seq string
	box layout.Rect
}

// flushEmoji draws the queued emoji of a label.
func (r *renderer) flushEmoji() {
	for _, e := range r.textEmoji {
		if r.emojiUse(e.seq, e.box, "emoji") {
			r.out.str("\n")
		}
	}
	r.textEmoji = r.textEmoji[:0]
}
