package emoji

import (
	"errors"
)

// charMap maps characters to glyphs: the font's best Unicode subtable
// (format 12, else format 4) and its variation sequences (format 14).
type charMap struct {
	glyphs map[rune]uint16
	// variants maps a base character and a variation selector to a glyph
	// other than the base's (the non-default variation sequences).
	variants map[[2]rune]uint16
}

// glyph returns the glyph of c, or 0 (.notdef) when the font lacks it.
func (m *charMap) glyph(c rune) uint16 { return m.glyphs[c] }

// parseCmap reads the cmap table.
func parseCmap(b []byte) (*charMap, error) {
	r := &reader{b: b}
	m := &charMap{glyphs: map[rune]uint16{}, variants: map[[2]rune]uint16{}}
	best, bestRank := -1, 0
	uvs := -1
	for i := range r.u16(2) {
		rec := 4 + 8*i
		platform, encoding, off := r.u16(rec), r.u16(rec+2), r.u32(rec+4)
		format := r.u16(off)
		switch {
		case format == 14:
			uvs = off
		case rankSubtable(platform, encoding, format) > bestRank:
			best, bestRank = off, rankSubtable(platform, encoding, format)
		}
	}
	if r.err != nil {
		return nil, r.err
	}
	if best < 0 {
		return nil, errors.New("emoji: font has no Unicode cmap")
	}
	if r.u16(best) == 12 {
		readFormat12(r, best, m.glyphs)
	} else {
		readFormat4(r, best, m.glyphs)
	}
	if uvs >= 0 {
		readFormat14(r, uvs, m.variants)
	}
	return m, r.err
}

// rankSubtable ranks a Unicode cmap subtable: full-repertoire format 12
// above BMP format 4; 0 for subtables this package does not read.
func rankSubtable(platform, encoding, format int) int {
	unicode := platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10))
	switch {
	case !unicode:
		return 0
	case format == 12:
		return 2
	case format == 4:
		return 1
	}
	return 0
}

// maxGroupSpan bounds one format-12 group, so a damaged font cannot make
// the map absurdly large.
const maxGroupSpan = 1 << 16

// readFormat12 reads a segmented-coverage subtable at off.
func readFormat12(r *reader, off int, glyphs map[rune]uint16) {
	n := r.u32(off + 12)
	for i := 0; i < n && r.err == nil; i++ {
		g := off + 16 + 12*i
		start, end, gid := r.u32(g), r.u32(g+4), r.u32(g+8)
		if end < start || end-start > maxGroupSpan || end > 0x10FFFF {
			continue
		}
		for c := start; c <= end; c++ {
			glyphs[rune(c)] = uint16(gid + c - start)
		}
	}
}

// readFormat4 reads a BMP segment-mapping subtable at off.
func readFormat4(r *reader, off int, glyphs map[rune]uint16) {
	segs := r.u16(off+6) / 2
	ends, starts := off+14, off+16+2*segs
	deltas, ranges := starts+2*segs, starts+4*segs
	for i := 0; i < segs && r.err == nil; i++ {
		start, end := r.u16(starts+2*i), r.u16(ends+2*i)
		delta, ro := r.u16(deltas+2*i), r.u16(ranges+2*i)
		for c := start; c <= end && c != 0xFFFF; c++ {
			g := (c + delta) & 0xFFFF
			if ro != 0 {
				g = r.u16(ranges + 2*i + ro + 2*(c-start))
				if g != 0 {
					g = (g + delta) & 0xFFFF
				}
			}
			if g != 0 {
				glyphs[rune(c)] = uint16(g)
			}
		}
	}
}

// readFormat14 reads the non-default variation sequences of a format-14
// subtable at off; default ones use the base character's glyph.
func readFormat14(r *reader, off int, variants map[[2]rune]uint16) {
	n := r.u32(off + 6)
	for i := 0; i < n && r.err == nil; i++ {
		rec := off + 10 + 11*i
		selector, nonDefault := r.u24(rec), r.u32(rec+7)
		if nonDefault == 0 {
			continue
		}
		t := off + nonDefault
		for j := range r.u32(t) {
			m := t + 4 + 5*j
			variants[[2]rune{rune(r.u24(m)), rune(selector)}] = uint16(r.u16(m + 3))
			if r.err != nil {
				return
			}
		}
	}
}
