package emoji

import "sort"

// ligatureLookup is one GSUB ligature lookup: its ligature substitution
// subtables, in the font's order of preference. They are read where a
// glyph is looked up, not all at once: a drawing needs the ligatures of a
// few of the font's thousands of glyphs.
type ligatureLookup struct {
	gsub      []byte // the GSUB table
	subtables []int  // offsets of the subtables in it
}

// GSUB lookup types read by this package.
const (
	lookupLigature  = 4
	lookupExtension = 7
)

// parseGSUB finds every ligature lookup of a GSUB table, in lookup-list
// order, including those wrapped in extension lookups. Emoji fonts form
// ZWJ sequences, flags, keycaps and skin tones with them.
func parseGSUB(b []byte) ([]ligatureLookup, error) {
	r := &reader{b: b}
	list := r.u16(8)
	var out []ligatureLookup
	for i := range r.u16(list) {
		lk := list + r.u16(list+2+2*i)
		kind := r.u16(lk)
		lookup := ligatureLookup{gsub: b}
		for j := range r.u16(lk + 4) {
			sub := lk + r.u16(lk+6+2*j)
			if kind == lookupExtension && r.u16(sub+2) == lookupLigature {
				lookup.subtables = append(lookup.subtables, sub+r.u32(sub+4))
			} else if kind == lookupLigature {
				lookup.subtables = append(lookup.subtables, sub)
			}
		}
		if r.err != nil {
			return nil, r.err
		}
		if len(lookup.subtables) > 0 {
			out = append(out, lookup)
		}
	}
	return out, r.err
}

// match returns the ligature of the lookup that glyph g and the glyphs
// next after it start, those of an earlier subtable and earlier in a set
// first, and how many glyphs it covers: 0 when none matches or the table
// is damaged. It reads the table where it lies, allocating nothing: a
// base glyph such as a person's starts hundreds of ZWJ sequences.
func (lk ligatureLookup) match(g uint16, next []uint16) (uint16, int) {
	r := &reader{b: lk.gsub} // one per lookup: lookups may run concurrently
	for _, off := range lk.subtables {
		lig, n := matchIn(r, off, g, next)
		if r.err != nil {
			return 0, 0
		}
		if n > 0 {
			return lig, n
		}
	}
	return 0, 0
}

// matchIn is match in the ligature substitution subtable (format 1) at
// off.
func matchIn(r *reader, off int, g uint16, next []uint16) (uint16, int) {
	if r.u16(off) != 1 {
		return 0, 0
	}
	i := coverageIndex(r, off+r.u16(off+2), g)
	if i < 0 || i >= r.u16(off+4) {
		return 0, 0
	}
	set := off + r.u16(off+6+2*i)
	for j := 0; j < r.u16(set) && r.err == nil; j++ {
		lig := set + r.u16(set+2+2*j)
		rest := max(r.u16(lig+2)-1, 0)
		if rest <= len(next) && componentsMatch(r, lig+4, next[:rest]) {
			return uint16(r.u16(lig)), 1 + rest
		}
	}
	return 0, 0
}

// componentsMatch reports whether the glyph ids listed at off are want.
func componentsMatch(r *reader, off int, want []uint16) bool {
	for k, g := range want {
		if r.u16(off+2*k) != int(g) {
			return false
		}
	}
	return true
}

// coverageIndex returns the coverage index of glyph g in the coverage
// table at off, or -1 when g is not covered. Both formats list glyphs in
// increasing order, so it searches them by halves.
func coverageIndex(r *reader, off int, g uint16) int {
	n := r.u16(off + 2)
	switch r.u16(off) {
	case 1:
		i := sort.Search(n, func(i int) bool { return r.u16(off+4+2*i) >= int(g) })
		if i < n && r.u16(off+4+2*i) == int(g) {
			return i
		}
	case 2:
		i := sort.Search(n, func(i int) bool { return r.u16(off+4+6*i+2) >= int(g) })
		if rec := off + 4 + 6*i; i < n && r.u16(rec) <= int(g) {
			return r.u16(rec+4) + int(g) - r.u16(rec)
		}
	}
	return -1
}

// apply substitutes the ligatures of every lookup in turn, each pass
// scanning left to right and taking the first ligature that matches.
func apply(lookups []ligatureLookup, glyphs []uint16) []uint16 {
	for _, lk := range lookups {
		var out []uint16
		for i := 0; i < len(glyphs); {
			lig, n := lk.match(glyphs[i], glyphs[i+1:])
			if n == 0 {
				out = append(out, glyphs[i])
				i++
				continue
			}
			out = append(out, lig)
			i += n
		}
		glyphs = out
	}
	return glyphs
}
