package svg

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
)

// A small TrueType subsetter for embedding the measured font: it keeps
// .notdef, the glyphs the given runes map to and the components of
// composite glyphs, renumbered from 0, and rewrites glyf, loca, hmtx, cmap
// (one format 4 subtable), kern (format 0 pairs between kept glyphs), maxp,
// hhea, head and post (version 3, without glyph names). OS/2 is copied.
// The name table keeps the copyright, version, subfamily and licence but
// names the font "Roadmap Subset": the OFL reserves the name
// "Liberation" to the unmodified font. Hinting goes: the glyphs
// lose their instructions and cvt, fpgm, prep and gasp are dropped, as
// browsers scale outlines without them. OpenType layout tables (GDEF,
// GSUB, GPOS) are dropped too; kerning survives in kern.

var errBadFont = errors.New("malformed TrueType font")

// ttfTables is a parsed font: its tables by tag.
type ttfTables map[string][]byte

func parseSFNT(font []byte) (ttfTables, error) {
	if len(font) < 12 {
		return nil, errBadFont
	}
	n := int(be16(font, 4))
	if len(font) < 12+16*n {
		return nil, errBadFont
	}
	t := ttfTables{}
	for i := 0; i < n; i++ {
		rec := font[12+16*i:]
		off, length := int(be32(rec, 8)), int(be32(rec, 12))
		if off < 0 || length < 0 || off+length > len(font) {
			return nil, fmt.Errorf("%w: table %q out of bounds", errBadFont, rec[:4])
		}
		t[string(rec[:4])] = font[off : off+length]
	}
	for _, tag := range []string{"head", "hhea", "maxp", "hmtx", "loca", "glyf", "cmap"} {
		if t[tag] == nil {
			return nil, fmt.Errorf("%w: no %s table", errBadFont, tag)
		}
	}
	if len(t["head"]) < 54 || len(t["hhea"]) < 36 || len(t["maxp"]) < 6 {
		return nil, errBadFont
	}
	return t, nil
}

func be16(b []byte, i int) uint16 { return binary.BigEndian.Uint16(b[i:]) }
func be32(b []byte, i int) uint32 { return binary.BigEndian.Uint32(b[i:]) }

// glyphData returns the outline bytes of glyph g.
func (t ttfTables) glyphData(g int) ([]byte, error) {
	loca, glyf := t["loca"], t["glyf"]
	var start, end int
	if be16(t["head"], 50) == 0 {
		if 2*g+4 > len(loca) {
			return nil, errBadFont
		}
		start, end = 2*int(be16(loca, 2*g)), 2*int(be16(loca, 2*g+2))
	} else {
		if 4*g+8 > len(loca) {
			return nil, errBadFont
		}
		start, end = int(be32(loca, 4*g)), int(be32(loca, 4*g+4))
	}
	if start > end || end > len(glyf) {
		return nil, errBadFont
	}
	return glyf[start:end], nil
}

// Flags of a composite glyph's component.
const (
	argsAreWords  = 0x0001
	haveScale     = 0x0008
	moreComps     = 0x0020
	haveXYScale   = 0x0040
	haveTwoByTwo  = 0x0080
	haveInstrs    = 0x0100
	compHeaderLen = 10 // the glyph header before the first component
)

// components calls f with the offset of each component's glyph index in
// the composite glyph data and returns the offset where the components
// end (and instructions, if any, begin); for a simple glyph it returns 0.
func components(data []byte, f func(off int)) (int, error) {
	if len(data) < compHeaderLen || int16(be16(data, 0)) >= 0 {
		return 0, nil
	}
	for off := compHeaderLen; ; {
		if off+4 > len(data) {
			return 0, errBadFont
		}
		flags := be16(data, off)
		f(off + 2)
		off += 4 + 2
		if flags&argsAreWords != 0 {
			off += 2
		}
		switch {
		case flags&haveScale != 0:
			off += 2
		case flags&haveXYScale != 0:
			off += 4
		case flags&haveTwoByTwo != 0:
			off += 8
		}
		if flags&moreComps == 0 {
			if off > len(data) {
				return 0, errBadFont
			}
			return off, nil
		}
	}
}

// unhinted returns a copy of glyph data without its TrueType
// instructions, with composite references renumbered by newID.
func unhinted(data []byte, newID map[int]int) ([]byte, error) {
	if len(data) < compHeaderLen {
		return nil, nil // an empty glyph, such as the space
	}
	if n := int(int16(be16(data, 0))); n >= 0 {
		at := compHeaderLen + 2*n // instructionLength
		if at+2 > len(data) || at+2+int(be16(data, at)) > len(data) {
			return nil, errBadFont
		}
		out := append([]byte(nil), data[:at]...)
		out = append(out, 0, 0)
		return append(out, data[at+2+int(be16(data, at)):]...), nil
	}
	out := append([]byte(nil), data...)
	end, err := components(out, func(off int) {
		binary.BigEndian.PutUint16(out[off-2:], be16(out, off-2)&^haveInstrs)
		binary.BigEndian.PutUint16(out[off:], uint16(newID[int(be16(out, off))]))
	})
	return out[:end], err
}

// cmapLookup maps runes to glyphs through the font's Unicode BMP format 4
// subtable.
func (t ttfTables) cmapLookup() (func(rune) int, error) {
	cmap := t["cmap"]
	if len(cmap) < 4 {
		return nil, errBadFont
	}
	for i := 0; i < int(be16(cmap, 2)); i++ {
		rec := 4 + 8*i
		if rec+8 > len(cmap) {
			return nil, errBadFont
		}
		platform, enc, off := be16(cmap, rec), be16(cmap, rec+2), int(be32(cmap, rec+4))
		unicode := platform == 0 || platform == 3 && enc == 1
		if unicode && off+14 <= len(cmap) && be16(cmap, off) == 4 {
			return format4Lookup(cmap[off:])
		}
	}
	return nil, fmt.Errorf("%w: no Unicode format 4 cmap", errBadFont)
}

func format4Lookup(sub []byte) (func(rune) int, error) {
	segX2 := int(be16(sub, 6))
	ends, starts, deltas, ranges := 14, 16+segX2, 16+2*segX2, 16+3*segX2
	if ranges+segX2 > len(sub) {
		return nil, errBadFont
	}
	return func(c rune) int {
		if c < 0 || c > 0xffff {
			return 0
		}
		for s := 0; s < segX2; s += 2 {
			if rune(be16(sub, ends+s)) < c {
				continue
			}
			start := rune(be16(sub, starts+s))
			if c < start {
				return 0
			}
			delta, ro := be16(sub, deltas+s), int(be16(sub, ranges+s))
			if ro == 0 {
				return int(uint16(c) + delta)
			}
			at := ranges + s + ro + 2*int(c-start)
			if at+2 > len(sub) {
				return 0
			}
			if g := be16(sub, at); g != 0 {
				return int(g + delta)
			}
			return 0
		}
		return 0
	}, nil
}

// subsetTTF returns font reduced to the glyphs of runes; runes the font
// lacks are left out (the text falls back to another font).
func subsetTTF(font []byte, runes []rune) ([]byte, error) {
	t, err := parseSFNT(font)
	if err != nil {
		return nil, err
	}
	lookup, err := t.cmapLookup()
	if err != nil {
		return nil, err
	}
	numGlyphs := int(be16(t["maxp"], 4))
	mapped := map[rune]int{}
	keep := map[int]bool{0: true}
	for _, c := range runes {
		if g := lookup(c); g > 0 && g < numGlyphs {
			mapped[c] = g
			keep[g] = true
		}
	}
	old, err := t.closure(keep, numGlyphs)
	if err != nil {
		return nil, err
	}
	newID := make(map[int]int, len(old))
	for i, g := range old {
		newID[g] = i
	}
	return t.build(old, newID, mapped)
}

// closure adds the components of kept composite glyphs and returns the
// kept glyphs in ascending order.
func (t ttfTables) closure(keep map[int]bool, numGlyphs int) ([]int, error) {
	queue := make([]int, 0, len(keep))
	for g := range keep {
		queue = append(queue, g)
	}
	for len(queue) > 0 {
		g := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		data, err := t.glyphData(g)
		if err != nil {
			return nil, err
		}
		var bad bool
		_, err = components(data, func(off int) {
			c := int(be16(data, off))
			if c >= numGlyphs {
				bad = true
			} else if !keep[c] {
				keep[c] = true
				queue = append(queue, c)
			}
		})
		if err != nil || bad {
			return nil, errBadFont
		}
	}
	old := make([]int, 0, len(keep))
	for g := range keep {
		old = append(old, g)
	}
	sort.Ints(old)
	return old, nil
}
