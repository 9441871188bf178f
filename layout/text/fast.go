package text

//go:generate go test -run TestFastTables -update .

// The runes the embedded fonts' tables cover: printable ASCII.
const (
	fastLo = 0x20
	fastHi = 0x7f
	fastN  = fastHi - fastLo
)

// fastTable is what HarfBuzz makes of the embedded font's printable ASCII,
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
	kernRight []uint8
	kernVal   []int16
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
		if c < fastLo || c >= fastHi {
			return nil, false
		}
		a := int(c - fastLo)
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
