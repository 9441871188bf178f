package text

import (
	"sync"
	"unicode"

	"github.com/go-text/typesetting/bidi"
	"github.com/go-text/typesetting/language"
	"github.com/go-text/typesetting/segmenter"
)

// Span is a piece of a label set at one weight: a label is one or more
// spans (a section's number in regular, its title in bold).
type Span struct {
	Text string
	Bold bool
}

// Run is a piece of a line set in one font, at one weight, in one
// direction: what a renderer draws with one call. X is the run's left
// edge from the line's left edge and Width its advance, in px; a line's
// runs are in logical (reading) order, placed left to right by the
// bidirectional algorithm.
type Run struct {
	Text  string  `json:"text"`
	Font  string  `json:"font"`
	Bold  bool    `json:"bold,omitempty"`
	RTL   bool    `json:"rtl,omitempty"`
	X     float64 `json:"x"`
	Width float64 `json:"width"`
}

// Line is a shaped line of text: its logical text, its advance in px,
// its runs, and the characters no font covers (drawn as the embedded
// font's missing-glyph box).
type Line struct {
	Text    string
	Width   float64
	Runs    []Run
	Missing []rune
}

// para is a paragraph as runes, each with its weight, and their bidi
// embedding levels once levelsOf has found them (nil: all 0).
type para struct {
	r    []rune
	bold []bool
	lv   []bidi.Level
}

// newPara joins spans into one paragraph, blanks collapsed to one space
// and trimmed at both ends; keep is the offset of the first rune after
// the first span and the blanks that follow it.
func newPara(spans []Span) (p para, keep int) {
	space := false
	for i, s := range spans {
		for _, r := range s.Text {
			if unicode.IsSpace(r) && r != '\u00a0' && r != '\u2007' && r != '\u202f' {
				space = len(p.r) > 0
				continue
			}
			if space {
				// A blank takes the weight of the text before it.
				p.r, p.bold = append(p.r, ' '), append(p.bold, p.bold[len(p.bold)-1])
				space = false
			}
			if i > 0 && keep == 0 {
				keep = len(p.r)
			}
			p.r, p.bold = append(p.r, r), append(p.bold, s.Bold)
		}
	}
	return p, keep
}

// withLevels sets p's bidi levels, found over the whole paragraph (so
// that each line keeps the paragraph's direction), unless p holds no
// right-to-left character.
func (p *para) withLevels() {
	for _, r := range p.r {
		if mayBeRTL(r) {
			p.lv = levels(p.r)
			return
		}
	}
}

// mayBeRTL reports whether r may be of a right-to-left class (Hebrew,
// Arabic and the scripts and marks of their blocks, the bidi controls).
func mayBeRTL(r rune) bool {
	return r >= 0x0590 && r <= 0x08ff || r >= 0xfb1d && r <= 0xfdff || r >= 0xfe70 && r <= 0xfeff ||
		r >= 0x10800 && r <= 0x10fff || r >= 0x1e800 && r <= 0x1efff ||
		r >= 0x200e && r <= 0x200f || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069
}

// item is a piece of a line that shapes as one: one font, weight,
// script and bidi level.
type item struct {
	start, end int
	font       *Font
	bold       bool
	level      bidi.Level
	script     language.Script
}

var paragraphs = sync.Pool{New: func() any { return new(bidi.Paragraph) }}

// levels returns the bidi embedding level of each rune of r, the
// paragraph direction taken from its first strong character.
func levels(r []rune) []bidi.Level {
	out := make([]bidi.Level, len(r))
	bp := paragraphs.Get().(*bidi.Paragraph)
	defer paragraphs.Put(bp)
	runs := bp.Segment(r, bidi.Neutral)
	for i := 0; i < runs.NumRuns(); i++ {
		run := runs.Run(i)
		for j := run.Start; j < run.End && j < len(out); j++ {
			out[j] = run.Level
		}
	}
	return out
}

// items splits runes r (weights bold, bidi levels lv, nil for all 0)
// into shaping items.
func (fs *Fonts) items(r []rune, bold []bool, lv []bidi.Level) (its []item, missing []rune) {
	if lv == nil {
		lv = make([]bidi.Level, len(r))
	}
	var seg segmenter.Segmenter
	seg.Init(r)
	gi := seg.GraphemeIterator()
	var prev *Font
	for gi.Next() {
		g := gi.Grapheme()
		start, end := g.Offset, g.Offset+len(g.Text)
		f, miss := fs.clusterFont(g.Text, bold[start], prev)
		miss = append(miss, uncoveredMarks(f, g.Text)...)
		missing = append(missing, miss...)
		prev = f
		sc := scriptOf(g.Text)
		if n := len(its); n > 0 {
			last := &its[n-1]
			if last.font == f && last.bold == bold[start] && last.level == lv[start] &&
				(sc == language.Common || last.script == language.Common || sc == last.script) {
				last.end = end
				if last.script == language.Common {
					last.script = sc
				}
				continue
			}
		}
		its = append(its, item{start: start, end: end, font: f, bold: bold[start], level: lv[start], script: sc})
	}
	return its, missing
}

// asciiItems splits Latin text the embedded font's tables cover, when no
// font of the user's comes first, into its items without the general
// machinery: every rune is its own cluster, left to right, in the
// embedded font; items change only with the weight. It is what items
// gives for such text, faster.
func (fs *Fonts) asciiItems(r []rune, bold []bool, lv []bidi.Level) ([]item, bool) {
	if len(fs.user) > 0 || lv != nil {
		return nil, false
	}
	for i, c := range r {
		if a := fastIndex(c); a < 0 || tableOf(bold[i]).lacks(a) {
			return nil, false
		}
	}
	var its []item
	for i := range r {
		if i == 0 || bold[i] != bold[i-1] {
			its = append(its, item{start: i, font: embedded(bold[i]), bold: bold[i], script: language.Latin})
		}
		its[len(its)-1].end = i + 1
	}
	return its, true
}

// uncoveredMarks lists the characters after the first of cluster cl
// (combining marks) that font f lacks and that show.
func uncoveredMarks(f *Font, cl []rune) []rune {
	var out []rune
	for _, r := range cl[1:] {
		if !f.Emoji && !Invisible(r) && !f.Covers(r) {
			out = append(out, r)
		}
	}
	return out
}

// clusterFont picks the font of grapheme cluster cl and lists the
// characters of it no font covers. Format characters alone (joiners,
// marks) stay in the font before them.
func (fs *Fonts) clusterFont(cl []rune, bold bool, prev *Font) (*Font, []rune) {
	if wantsColour(cl) {
		if _, ok := emojiAdvance(cl); ok {
			f, _ := Lookup(KeyEmoji)
			return f, nil
		}
	}
	base := cl[0]
	if Invisible(base) {
		if prev != nil && !prev.Emoji && prev.Bold == bold {
			return prev, nil
		}
		return embedded(bold), nil
	}
	if prev != nil && !prev.Emoji && prev.Bold == bold && scriptOf(cl) == language.Common && prev.Covers(base) {
		// Blanks, digits and punctuation stay in the font of the text
		// before them, which keeps a run of Arabic words one run.
		return prev, nil
	}
	if f := fs.pick(base, bold); f != nil {
		return f, nil
	}
	if _, ok := emojiAdvance(cl); ok {
		f, _ := Lookup(KeyEmoji)
		return f, nil
	}
	return embedded(bold), []rune{base}
}

// Invisible reports whether r draws nothing of its own: format and
// control characters, variation selectors.
func Invisible(r rune) bool {
	return unicode.In(r, unicode.Cf, unicode.Cc, unicode.Variation_Selector)
}

// scriptOf returns the script of a cluster: its first character's,
// Common for punctuation, digits and symbols that take their neighbours'.
func scriptOf(cl []rune) language.Script {
	s := language.LookupScript(cl[0])
	if s == language.Inherited || s == language.Unknown {
		return language.Common
	}
	return s
}

// visualOrder returns the indices of its in the order they are seen left
// to right (Unicode bidi rule L2).
func visualOrder(its []item) []int {
	order := make([]int, len(its))
	maxL, minOdd := bidi.Level(0), bidi.Level(127)
	for i, it := range its {
		order[i] = i
		maxL = max(maxL, it.level)
		if it.level%2 == 1 {
			minOdd = min(minOdd, it.level)
		}
	}
	for l := maxL; l >= minOdd && l > 0; l-- {
		for i := 0; i < len(order); {
			if its[order[i]].level < l {
				i++
				continue
			}
			j := i
			for j < len(order) && its[order[j]].level >= l {
				j++
			}
			for a, b := i, j-1; a < b; a, b = a+1, b-1 {
				order[a], order[b] = order[b], order[a]
			}
			i = j
		}
	}
	return order
}

// shapeRunes shapes runes r with weights bold and bidi levels lv (nil:
// all 0) at size px into a line.
func (fs *Fonts) shapeRunes(r []rune, bold []bool, lv []bidi.Level, size float64) Line {
	ln := Line{Text: string(r)}
	if len(r) == 0 {
		return ln
	}
	its, ok := fs.asciiItems(r, bold, lv)
	if !ok {
		var missing []rune
		its, missing = fs.items(r, bold, lv)
		ln.Missing = missing
	}
	ln.Runs = make([]Run, len(its))
	for i, it := range its {
		ln.Runs[i] = Run{Text: string(r[it.start:it.end]), Font: it.font.Key, Bold: it.bold,
			RTL: it.level%2 == 1, Width: float64(advance(it, r) * size)}
	}
	x := 0.0
	for _, i := range visualOrder(its) {
		ln.Runs[i].X = x
		x += ln.Runs[i].Width
	}
	ln.Width = x
	return ln
}

// advance returns the advance of item it of r in em: from the embedded
// font's tables when they cover it (as shapeItem would, without the
// cache's cost), else shaped.
func advance(it item, r []rune) float64 {
	if it.level == 0 && fastTableOf(it.font) != nil {
		if units, ok := fastTableUnits(it.bold, r[it.start:it.end]); ok {
			return units / tableOf(it.bold).upem
		}
	}
	return shapeItem(it.font, r[it.start:it.end], it.level%2 == 1).adv
}

// Shape sets spans on one line at size px.
func (fs *Fonts) Shape(spans []Span, size float64) Line {
	p, _ := newPara(spans)
	p.withLevels()
	return fs.shapeRunes(p.r, p.bold, p.lv, size)
}

// Measure returns the advance of s at size px, bold or not.
func (fs *Fonts) Measure(s string, size float64, bold bool) float64 {
	if w, ok := fs.measureTable(s, size, bold); ok {
		return w
	}
	return fs.Shape([]Span{{Text: s, Bold: bold}}, size).Width
}
