package layout

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// DefaultLineHeight is the line advance, as a multiple of the font size,
// of a Style whose LineHeight is zero.
const DefaultLineHeight = 1.3

// Style is how a piece of text is set: its font size in px, its weight
// and its line advance as a multiple of Size (0 means DefaultLineHeight).
type Style struct {
	Size       float64 `json:"size"`
	Bold       bool    `json:"bold,omitempty"`
	LineHeight float64 `json:"lineHeight,omitempty"`
}

// Leading returns the distance in px between the baselines of two lines.
func (st Style) Leading() float64 {
	if st.LineHeight <= 0 {
		return float64(st.Size * DefaultLineHeight)
	}
	return float64(st.Size * st.LineHeight)
}

// Ascent returns the font's ascent at st.Size: the distance in px from the
// baseline up to the top of the tallest glyphs.
func (st Style) Ascent() float64 { return float64(face(st.Bold).ascent * st.Size) }

// Descent returns the font's descent at st.Size: the distance in px from
// the baseline down to the bottom of the lowest glyphs.
func (st Style) Descent() float64 { return float64(face(st.Bold).descent * st.Size) }

// Widths of runes the embedded font lacks, in em. Liberation Sans has no
// CJK, emoji or many symbol glyphs; renderers draw those with a fallback
// font. CJK fonts set ideographs 1em wide; colour emoji fonts (Noto Color
// Emoji, Apple, Segoe) draw pictographs about 1.25em wide, so emoji get
// that much room lest they spill out of their box.
const (
	missingWidth = 1.0
	emojiWidth   = 1.25
)

// measure returns the width of s in em, with prev the rune before s (or
// -1), so that widths of pieces add up to the width of the whole.
func (ff *fontFace) measure(prev rune, s string) float64 {
	w := 0.0
	for _, r := range s {
		if prev >= 0 {
			w += ff.pairKern(prev, r)
		}
		w += ff.advance(r)
		prev = r
	}
	return w
}

// specialWidth gives the width of runes drawn with no advance of their
// own: joiners, variation selectors and emoji skin-tone modifiers, which
// combine with the rune before them.
func specialWidth(r rune) (float64, bool) {
	switch {
	case r == 0x200D, r == 0x200B, r >= 0xFE00 && r <= 0xFE0F,
		r >= 0x1F3FB && r <= 0x1F3FF, r >= 0xE0020 && r <= 0xE007F:
		return 0, true
	case r < 0x20 && r != '\t':
		return 0, true
	}
	return 0, false
}

// isEmoji reports whether r is a pictograph that renderers draw with a
// colour emoji font.
func isEmoji(r rune) bool {
	return r >= 0x1F000 && r <= 0x1FAFF || r >= 0x2600 && r <= 0x27BF ||
		r >= 0x2B00 && r <= 0x2BFF || r >= 0x1F1E6 && r <= 0x1F1FF
}

// MeasureString returns the advance width of s in px: the sum of the
// glyph advances of the embedded Liberation Sans at st.Size, kerning
// included. Runes the font lacks count 1em (1.25em for emoji); joiners and
// variation selectors count nothing.
func MeasureString(s string, st Style) float64 {
	return float64(face(st.Bold).measure(-1, s) * st.Size)
}

// isNoBreakSpace reports whether r is a space that joins the words beside
// it: no line breaks there.
func isNoBreakSpace(r rune) bool {
	return r == '\u00a0' || r == '\u2007' || r == '\u202f'
}

// isCJK reports whether a line may break before and after r without a
// space: Han ideographs, kana, Hangul and their punctuation.
func isCJK(r rune) bool {
	if r < 0x1100 {
		return false
	}
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) ||
		r >= 0x3000 && r <= 0x303F || r >= 0xFF00 && r <= 0xFFEF
}

// noBreakBefore lists the closing punctuation that must not start a line
// (kinsoku): a break before it is moved one unit earlier.
const noBreakBefore = "、。，．！？：；）」』】〉》〕〗〙〛ー…・!?.,:;)]}%"

// unit is a piece of a paragraph, p[start:end], that is never broken
// unless it is too wide for a line on its own: a word, or one CJK
// character with any closing punctuation after it. space tells whether
// blanks separate it from the unit before.
type unit struct {
	start, end int
	space      bool
}

// eachUnit calls fn for the units of paragraph p in order, splitting at
// blanks and around CJK runes.
func eachUnit(p string, fn func(unit)) {
	start, space, prevCJK, any := -1, false, false, false
	for i, r := range p {
		if unicode.IsSpace(r) && !isNoBreakSpace(r) {
			if start >= 0 {
				fn(unit{start, i, space})
				start, any = -1, true
			}
			space = any
			continue
		}
		cjk := isCJK(r)
		if start >= 0 && (cjk || prevCJK) && !strings.ContainsRune(noBreakBefore, r) {
			fn(unit{start, i, space})
			start, space, any = -1, false, true
		}
		if start < 0 {
			start = i
		}
		prevCJK = cjk
	}
	if start >= 0 {
		fn(unit{start, len(p), space})
	}
}

// Wrap breaks s into lines no wider than maxWidth px: at blanks, between
// CJK characters, and at explicit newlines. Runs of blanks collapse to one
// space. A word wider than maxWidth on its own is broken across lines,
// each piece but the last ending with a hyphen (CJK pieces get none). A
// maxWidth of 0 or less means no limit. Wrap of a blank string is nil.
func Wrap(s string, maxWidth float64, st Style) []string {
	ff := face(st.Bold)
	limit := maxWidth / st.Size
	if maxWidth <= 0 || st.Size <= 0 {
		limit = 0
	}
	var lines []string
	for {
		p, rest, more := strings.Cut(s, "\n")
		lines = wrapParagraph(lines, ff, p, limit)
		if !more {
			return lines
		}
		s = rest
	}
}

// lineBuilder accumulates one line of a paragraph p, and its width in
// em. While the line's units are separated in p exactly as in the line,
// the line is the slice p[start:end] and costs no copy.
type lineBuilder struct {
	p          string
	start, end int
	clean      bool
	b          strings.Builder
	w          float64
	last       rune
}

func (lb *lineBuilder) empty() bool { return lb.start == lb.end && lb.clean }

func (lb *lineBuilder) reset() {
	lb.start, lb.end, lb.clean = 0, 0, true
	lb.b.Reset()
	lb.w, lb.last = 0, -1
}

// add appends p[start:end] after sep ("" or " "), w em wide in all.
func (lb *lineBuilder) add(sep string, start, end int, w float64) {
	switch {
	case lb.empty():
		lb.start, lb.end = start, end
	case lb.clean && lb.p[lb.end:start] == sep:
		lb.end = end
	default:
		if lb.clean {
			lb.b.WriteString(lb.p[lb.start:lb.end])
			lb.clean = false
		}
		lb.b.WriteString(sep)
		lb.b.WriteString(lb.p[start:end])
	}
	lb.w += w
	if r, _ := utf8.DecodeLastRuneInString(lb.p[start:end]); r != utf8.RuneError {
		lb.last = r
	}
}

func (lb *lineBuilder) String() string {
	if lb.clean {
		return lb.p[lb.start:lb.end]
	}
	return lb.b.String()
}

// wrapParagraph appends the lines of paragraph p, greedily filled.
func wrapParagraph(lines []string, ff *fontFace, p string, limit float64) []string {
	lb := lineBuilder{p: p}
	lb.reset()
	eachUnit(p, func(u unit) {
		sep, w, prev := "", 0.0, lb.last
		if u.space && !lb.empty() {
			sep, w, prev = " ", ff.measure(prev, " "), ' '
		}
		text := p[u.start:u.end]
		w += ff.measure(prev, text)
		if limit <= 0 || lb.empty() && w <= limit || lb.w+w <= limit {
			lb.add(sep, u.start, u.end, w)
			return
		}
		if !lb.empty() {
			lines = append(lines, lb.String())
			lb.reset()
		}
		start := u.start
		for {
			w, cut, hyphen := ff.fit(text, limit)
			if cut == len(text) {
				lb.add("", start, u.end, w)
				return
			}
			piece := text[:cut]
			if hyphen {
				piece += "-"
			}
			lines = append(lines, piece)
			text, start = text[cut:], start+cut
		}
	})
	if !lb.empty() {
		lines = append(lines, lb.String())
	}
	return lines
}

// fit measures how much of a word fits in limit em. When all of it fits
// it returns its width and len(word); otherwise the byte length of the
// longest prefix that fits with a hyphen after it (at least one rune, so
// that a limit narrower than one glyph still makes progress), and whether
// the hyphen is wanted: not after a CJK rune or a hyphen.
func (ff *fontFace) fit(word string, limit float64) (w float64, cut int, hyphen bool) {
	if w := ff.measure(-1, word); w <= limit {
		return w, len(word), false
	}
	dash := ff.advance('-')
	prev := rune(-1)
	for i, r := range word {
		step := ff.advance(r)
		if prev >= 0 {
			step += ff.pairKern(prev, r)
		}
		if cut > 0 && w+step+dash > limit {
			break
		}
		w += step
		prev = r
		cut = i + utf8.RuneLen(r)
	}
	if cut == len(word) {
		return w, cut, false
	}
	return w, cut, !isCJK(prev) && prev != '-'
}
