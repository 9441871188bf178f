package emoji

import (
	"errors"
	"sort"
)

// charMap maps characters to glyphs: the font's best Unicode subtable
// (format 12, else format 4) and its variation sequences (format 14). It
// reads them where a character is looked up, not all at once: a drawing
// needs a few of the font's thousands of characters.
type charMap struct {
	table  []byte // the cmap table
	best   int    // offset of the Unicode subtable in it
	format int    // its format, 12 or 4
	uvs    int    // offset of the variation sequences subtable, or -1
}

// glyph returns the glyph of c, or 0 (.notdef) when the font lacks it or
// the subtable is damaged.
func (m *charMap) glyph(c rune) uint16 {
	r := &reader{b: m.table} // one per lookup: lookups may run concurrently
	var g uint16
	if m.format == 12 {
		g = format12Glyph(r, m.best, c)
	} else {
		g = format4Glyph(r, m.best, c)
	}
	if r.err != nil {
		return 0
	}
	return g
}

// variant returns the glyph of base followed by the variation selector
// sel when the font gives it a glyph other than base's own (a
// non-default variation sequence).
func (m *charMap) variant(base, sel rune) (uint16, bool) {
	if m.uvs < 0 {
		return 0, false
	}
	r := &reader{b: m.table}
	g, ok := format14Glyph(r, m.uvs, base, sel)
	return g, ok && r.err == nil
}

// parseCmap finds the subtables of the cmap table this package reads.
func parseCmap(b []byte) (*charMap, error) {
	r := &reader{b: b}
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
	return &charMap{table: b, best: best, format: r.u16(best), uvs: uvs}, nil
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

// format12Glyph looks c up in the segmented-coverage subtable at off,
// whose groups run in increasing order of characters.
func format12Glyph(r *reader, off int, c rune) uint16 {
	n := r.u32(off + 12)
	i := sort.Search(n, func(i int) bool { return r.u32(off+16+12*i+4) >= int(c) || r.err != nil })
	g := off + 16 + 12*i
	if i >= n || r.u32(g) > int(c) {
		return 0
	}
	return uint16(r.u32(g+8) + int(c) - r.u32(g))
}

// format4Glyph looks c up in the BMP segment-mapping subtable at off,
// whose segments run in increasing order of characters.
func format4Glyph(r *reader, off int, c rune) uint16 {
	if c >= 0xFFFF {
		return 0
	}
	segs := r.u16(off+6) / 2
	ends, starts := off+14, off+16+2*segs
	deltas, ranges := starts+2*segs, starts+4*segs
	i := sort.Search(segs, func(i int) bool { return r.u16(ends+2*i) >= int(c) || r.err != nil })
	if i >= segs || r.u16(starts+2*i) > int(c) {
		return 0
	}
	start, delta, ro := r.u16(starts+2*i), r.u16(deltas+2*i), r.u16(ranges+2*i)
	g := (int(c) + delta) & 0xFFFF
	if ro != 0 {
		g = r.u16(ranges + 2*i + ro + 2*(int(c)-start))
		if g != 0 {
			g = (g + delta) & 0xFFFF
		}
	}
	return uint16(g)
}

// format14Glyph looks up the non-default variation sequence of base and
// sel in the format-14 subtable at off; default ones use the base
// character's glyph. Records and mappings run in increasing order.
func format14Glyph(r *reader, off int, base, sel rune) (uint16, bool) {
	n := r.u32(off + 6)
	i := sort.Search(n, func(i int) bool { return r.u24(off+10+11*i) >= int(sel) || r.err != nil })
	rec := off + 10 + 11*i
	if i >= n || r.u24(rec) != int(sel) || r.u32(rec+7) == 0 {
		return 0, false
	}
	t := off + r.u32(rec+7)
	k := r.u32(t)
	j := sort.Search(k, func(j int) bool { return r.u24(t+4+5*j) >= int(base) || r.err != nil })
	if m := t + 4 + 5*j; j < k && r.u24(m) == int(base) {
		return uint16(r.u16(m + 3)), true
	}
	return 0, false
}
