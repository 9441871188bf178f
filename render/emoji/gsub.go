package emoji

// ligature replaces a run of glyphs, first glyph excluded, by one glyph.
type ligature struct {
	rest  []uint16
	glyph uint16
}

// ligatureLookup is one GSUB ligature lookup: the ligatures that start
// with each glyph, in the font's order of preference.
type ligatureLookup map[uint16][]ligature

// GSUB lookup types read by this package.
const (
	lookupLigature  = 4
	lookupExtension = 7
)

// parseGSUB reads every ligature lookup of a GSUB table, in lookup-list
// order, including those wrapped in extension lookups. Emoji fonts form
// ZWJ sequences, flags, keycaps and skin tones with them.
func parseGSUB(b []byte) ([]ligatureLookup, error) {
	r := &reader{b: b}
	list := r.u16(8)
	var out []ligatureLookup
	for i := range r.u16(list) {
		lk := list + r.u16(list+2+2*i)
		kind := r.u16(lk)
		lookup := ligatureLookup{}
		for j := range r.u16(lk + 4) {
			sub := lk + r.u16(lk+6+2*j)
			if kind == lookupExtension && r.u16(sub+2) == lookupLigature {
				readLigatures(r, sub+r.u32(sub+4), lookup)
			} else if kind == lookupLigature {
				readLigatures(r, sub, lookup)
			}
		}
		if r.err != nil {
			return nil, r.err
		}
		if len(lookup) > 0 {
			out = append(out, lookup)
		}
	}
	return out, r.err
}

// readLigatures reads a ligature substitution subtable (format 1) at off
// into lookup. An earlier subtable's ligatures take precedence, so they
// stay first.
func readLigatures(r *reader, off int, lookup ligatureLookup) {
	if r.u16(off) != 1 {
		return
	}
	first := coverage(r, off+r.u16(off+2))
	for i := 0; i < r.u16(off+4) && i < len(first) && r.err == nil; i++ {
		set := off + r.u16(off+6+2*i)
		for j := range r.u16(set) {
			lig := set + r.u16(set+2+2*j)
			n := r.u16(lig + 2)
			rest := make([]uint16, max(n-1, 0))
			for k := range rest {
				rest[k] = uint16(r.u16(lig + 4 + 2*k))
			}
			g := first[i]
			lookup[g] = append(lookup[g], ligature{rest: rest, glyph: uint16(r.u16(lig))})
		}
	}
}

// coverage returns the glyphs of a coverage table at off, in coverage
// index order.
func coverage(r *reader, off int) []uint16 {
	var out []uint16
	switch r.u16(off) {
	case 1:
		for i := range r.u16(off + 2) {
			out = append(out, uint16(r.u16(off+4+2*i)))
		}
	case 2:
		for i := range r.u16(off + 2) {
			rec := off + 4 + 6*i
			start, end := r.u16(rec), r.u16(rec+2)
			for g := start; g <= end && r.err == nil; g++ {
				out = append(out, uint16(g))
			}
		}
	}
	return out
}

// apply substitutes the ligatures of every lookup in turn, each pass
// scanning left to right and taking the first ligature that matches.
func apply(lookups []ligatureLookup, glyphs []uint16) []uint16 {
	for _, lk := range lookups {
		var out []uint16
		for i := 0; i < len(glyphs); {
			lig, n := match(lk[glyphs[i]], glyphs[i+1:])
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
