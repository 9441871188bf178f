package text

//go:generate go test -run TestFastTables -update .

// The runes the embedded fonts' tables cover: printable ASCII (fastLo
// to fastHi), Latin-1 and Latin Extended-A (latinLo to latinHi), and the
// punctuation, arrows and signs of fastExtra; fastN in all.
const (
	fastLo  = 0x20
	fastHi  = 0x7f
	latinLo = 0xa0
	latinHi = 0x180
	fastN   = fastHi - fastLo + latinHi - latinLo + fastExtraN
)

// fastExtraN is the number of runes in fastExtra (a test checks it).
const fastExtraN = 23

// fastExtra are the runes past Latin Extended-A in the tables, sorted.
const fastExtra = "\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2020\u2021\u2022\u2026\u2030\u2039\u203a\u20ac\u2122\u2190\u2191\u2192\u2193\u2194\u2212"

// fastExtraRunes are the runes of fastExtra.
var fastExtraRunes = []rune(fastExtra)

// fastIndex returns the index of r in the tables, or -1.
func fastIndex(r rune) int {
	switch {
	case r >= fastLo && r < fastHi:
		return int(r - fastLo)
	case r >= latinLo && r < latinHi:
		return fastHi - fastLo + int(r-latinLo)
	case r < 0x2013 || r > 0x2212:
		return -1
	}
	for i, e := range fastExtraRunes {
		if e == r {
			return fastHi - fastLo + latinHi - latinLo + i
		}
	}
	return -1
}

// fastRune returns the rune of table index i.
func fastRune(i int) rune {
	switch {
	case i < fastHi-fastLo:
		return rune(fastLo + i)
	case i < fastHi-fastLo+latinHi-latinLo:
		return rune(latinLo + i - (fastHi - fastLo))
	}
	return fastExtraRunes[i-(fastHi-fastLo+latinHi-latinLo)]
}

// fastTable is what HarfBuzz makes of the embedded font's Latin text,
// precomputed at build time (fasttables.go) so that a process setting
// English text never parses the font for shaping, a few milliseconds
// each: the glyph and advance of each rune, the kerning of each pair, and
// the pairs that shape otherwise (ligatures, offsets), which take the full
// shaper. A test checks that the tables give HarfBuzz's glyphs for random
// text.
type fastTable struct {
	upem, ascent, descent float64
	gid                   [fastN]uint16
	adv                   [fastN]int16
	// kernRow[a] .. kernRow[a+1] index the kerned pairs whose left rune
	// is a: kernRight holds their right runes, kernVal their kerning.
	kernRow   [fastN + 1]uint16
	kernRight []uint16
	kernVal   []int16
	// missing has bit a set when the font lacks rune a: text holding it
	// takes the full path (and another font).
	missing [(fastN + 63) / 64]uint64
	// slow has bit a*fastN+b set when the pair a b shapes otherwise.
	slow [(fastN*fastN + 63) / 64]uint64
}

// fastTableOf returns the table of f, nil unless f is embedded.
func fastTableOf(f *Font) *fastTable {
	switch f.Key {
	case KeyRegular:
		return &fastTables[0]
	case KeyBold:
		return &fastTables[1]
	}
	return nil
}

// kern returns the kerning of the pair a b (table indices), in font units.
func (t *fastTable) kern(a, b int) float64 {
	for i := t.kernRow[a]; i < t.kernRow[a+1]; i++ {
		if int(t.kernRight[i]) == b {
			return float64(t.kernVal[i])
		}
	}
	return 0
}

// lacks reports whether the font has no glyph for rune a (table index).
func (t *fastTable) lacks(a int) bool { return t.missing[a/64]&(1<<(a%64)) != 0 }

// isSlow reports whether the pair a b needs the full shaper.
func (t *fastTable) isSlow(a, b int) bool {
	i := a*fastN + b
	return t.slow[i/64]&(1<<(i%64)) != 0
}

// shape sets r from the table; false when r holds a rune or a pair the
// table does not cover.
func (t *fastTable) shape(r []rune) (*shaped, bool) {
	s := &shaped{glyphs: make([]Glyph, len(r))}
	x := 0.0 // font units
	prev := -1
	for i, c := range r {
		a := fastIndex(c)
		if a < 0 || t.lacks(a) {
			return nil, false
		}
		if prev >= 0 {
			if t.isSlow(prev, a) {
				return nil, false
			}
			k := t.kern(prev, a)
			x += k
			s.glyphs[i-1].Advance = float64((float64(t.adv[prev]) + k) / t.upem)
		}
		s.glyphs[i] = Glyph{ID: uint32(t.gid[a]), X: x / t.upem, Advance: float64(t.adv[a]) / t.upem}
		x += float64(t.adv[a])
		prev = a
	}
	s.adv = x / t.upem
	return s, true
}

// Metrics returns the ascent and descent of the embedded font, in em:
// the room above and below the baseline that lines are set in.
func Metrics(bold bool) (ascent, descent float64) {
	t := &fastTables[0]
	if bold {
		t = &fastTables[1]
	}
	return t.ascent / t.upem, t.descent / t.upem
}
