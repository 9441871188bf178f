package emoji

import "sort"

// ligature replaces a run of glyphs, first glyph excluded, by one glyph.
type ligature struct {
	rest  []uint16
	glyph uint16
}

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

// ligatures returns the ligatures of the lookup that start with glyph g,
// those of an earlier subtable first; none when the table is damaged.
func (lk ligatureLookup) ligatures(g uint16) []ligature {
	r := &reader{b: lk.gsub} // one per lookup: lookups may run concurrently
	var out []ligature
	for _, off := range lk.subtables {
		out = readLigatures(r, off, g, out)
	}
	if r.err != nil {
		return nil
	}
	return out
}

// readLigatures appends to out the ligatures starting with glyph g of a
// ligature substitution subtable (format 1) at off.
func readLigatures(r *reader, off int, g uint16, out []ligature) []ligature {
	if r.u16(off) != 1 {
		return out
	}
	i := coverageIndex(r, off+r.u16(off+2), g)
	if i < 0 || i >= r.u16(off+4) {
		return out
	}
	set := off + r.u16(off+6+2*i)
	for j := 0; j < r.u16(set) && r.err == nil; j++ {
		lig := set + r.u16(set+2+2*j)
		rest := make([]uint16, max(r.u16(lig+2)-1, 0))
		for k := range rest {
			rest[k] = uint16(r.u16(lig + 4 + 2*k))
		}
		out = append(out, ligature{rest: rest, glyph: uint16(r.u16(lig))})
	}
	return out
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
			lig, n := match(lk.ligatures(glyphs[i]), glyphs[i+1:])
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

// match returns the first of ligs whose remaining components start next,
// and how many glyphs it covers (0 when none matches).
func match(ligs []ligature, next []uint16) (uint16, int) {
	for _, l := range ligs {
		if len(l.rest) <= len(next) && equal(l.rest, next[:len(l.rest)]) {
			return l.glyph, 1 + len(l.rest)
		}
	}
	return 0, 0
}

func equal(a, b []uint16) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
