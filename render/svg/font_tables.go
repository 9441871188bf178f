package svg

import (
	"encoding/binary"
	"fmt"
	"math/bits"
	"sort"
	"strings"
	"unicode/utf16"
)

// build writes the subset font.
func (t ttfTables) build(old []int, newID map[int]int, mapped map[rune]int) ([]byte, error) {
	glyf, loca, hmtx, err := t.glyphTables(old, newID)
	if err != nil {
		return nil, err
	}
	out := ttfTables{
		"glyf": glyf, "loca": loca, "hmtx": hmtx,
		"cmap": buildCmap(mapped, newID),
		"head": patched(t["head"], func(b []byte) {
			binary.BigEndian.PutUint32(b[8:], 0)  // checkSumAdjustment, set last
			binary.BigEndian.PutUint16(b[50:], 1) // long loca offsets
		}),
		"hhea": patched(t["hhea"], func(b []byte) { binary.BigEndian.PutUint16(b[34:], uint16(len(old))) }),
		"maxp": patched(t["maxp"], func(b []byte) { binary.BigEndian.PutUint16(b[4:], uint16(len(old))) }),
	}
	if post := t["post"]; len(post) >= 32 {
		out["post"] = patched(post[:32], func(b []byte) { binary.BigEndian.PutUint32(b, 0x00030000) })
	}
	if kern := subsetKern(t["kern"], newID); kern != nil {
		out["kern"] = kern
	}
	if t["name"] != nil {
		name, err := renamed(t["name"])
		if err != nil {
			return nil, err
		}
		out["name"] = name
	}
	if t["OS/2"] != nil {
		out["OS/2"] = t["OS/2"]
	}
	return out.encode(), nil
}

func patched(b []byte, f func([]byte)) []byte {
	c := append([]byte(nil), b...)
	f(c)
	return c
}

// glyphTables writes glyf (with composite references renumbered), long
// loca and hmtx with one full metric per glyph.
func (t ttfTables) glyphTables(old []int, newID map[int]int) (glyf, loca, hmtx []byte, err error) {
	nhm := int(be16(t["hhea"], 34))
	src := t["hmtx"]
	if nhm == 0 || len(src) < 4*nhm {
		return nil, nil, nil, errBadFont
	}
	for _, g := range old {
		loca = binary.BigEndian.AppendUint32(loca, uint32(len(glyf)))
		data, err := t.glyphData(g)
		if err != nil {
			return nil, nil, nil, err
		}
		data, err = unhinted(data, newID)
		if err != nil {
			return nil, nil, nil, err
		}
		glyf = append(glyf, data...)
		for len(glyf)%4 != 0 {
			glyf = append(glyf, 0)
		}
		adv, lsb, err := hMetric(src, nhm, g)
		if err != nil {
			return nil, nil, nil, err
		}
		hmtx = binary.BigEndian.AppendUint16(hmtx, adv)
		hmtx = binary.BigEndian.AppendUint16(hmtx, lsb)
	}
	loca = binary.BigEndian.AppendUint32(loca, uint32(len(glyf)))
	return glyf, loca, hmtx, nil
}

// hMetric returns the advance and left side bearing of glyph g.
func hMetric(hmtx []byte, nhm, g int) (adv, lsb uint16, err error) {
	if g < nhm {
		return be16(hmtx, 4*g), be16(hmtx, 4*g+2), nil
	}
	at := 4*nhm + 2*(g-nhm)
	if at+2 > len(hmtx) {
		return 0, 0, errBadFont
	}
	return be16(hmtx, 4*(nhm-1)), be16(hmtx, at), nil
}

// cmapSegment is a run of consecutive characters mapped to consecutive
// glyphs.
type cmapSegment struct{ start, end, glyph uint16 }

// buildCmap writes a cmap with one Windows Unicode BMP format 4 subtable.
func buildCmap(mapped map[rune]int, newID map[int]int) []byte {
	runes := make([]rune, 0, len(mapped))
	for c := range mapped {
		if c < 0xffff {
			runes = append(runes, c)
		}
	}
	sort.Slice(runes, func(i, j int) bool { return runes[i] < runes[j] })
	var segs []cmapSegment
	for _, c := range runes {
		g := uint16(newID[mapped[c]])
		if n := len(segs); n > 0 && segs[n-1].end+1 == uint16(c) && segs[n-1].glyph+(segs[n-1].end-segs[n-1].start)+1 == g {
			segs[n-1].end++
			continue
		}
		segs = append(segs, cmapSegment{uint16(c), uint16(c), g})
	}
	segs = append(segs, cmapSegment{0xffff, 0xffff, 0})
	n := len(segs)
	search := 2 << (bits.Len(uint(n)) - 1)
	sub := []byte{}
	for _, v := range []int{4, 16 + 8*n, 0, 2 * n, search, bits.Len(uint(n)) - 1, 2*n - search} {
		sub = binary.BigEndian.AppendUint16(sub, uint16(v))
	}
	for _, s := range segs {
		sub = binary.BigEndian.AppendUint16(sub, s.end)
	}
	sub = binary.BigEndian.AppendUint16(sub, 0) // reservedPad
	for _, s := range segs {
		sub = binary.BigEndian.AppendUint16(sub, s.start)
	}
	for _, s := range segs {
		delta := s.glyph - s.start // modulo 65536
		if s.start == 0xffff {
			delta = 1 // maps 0xFFFF to glyph 0
		}
		sub = binary.BigEndian.AppendUint16(sub, delta)
	}
	for range segs {
		sub = binary.BigEndian.AppendUint16(sub, 0)
	}
	head := []byte{0, 0, 0, 1, 0, 3, 0, 1, 0, 0, 0, 12}
	return append(head, sub...)
}

// subsetKern keeps the pairs of the first horizontal format 0 subtable
// between kept glyphs, renumbered; nil when there are none.
func subsetKern(kern []byte, newID map[int]int) []byte {
	if len(kern) < 18 || be16(kern, 0) != 0 || be16(kern, 2) == 0 {
		return nil
	}
	coverage := be16(kern, 8)
	if coverage>>8 != 0 || coverage&1 == 0 {
		return nil
	}
	nPairs := int(be16(kern, 10))
	if 18+6*nPairs > len(kern) {
		return nil
	}
	type pair struct {
		key   uint32
		value uint16
	}
	var pairs []pair
	for i := 0; i < nPairs; i++ {
		p := kern[18+6*i:]
		l, lok := newID[int(be16(p, 0))]
		r, rok := newID[int(be16(p, 2))]
		if lok && rok {
			pairs = append(pairs, pair{uint32(l)<<16 | uint32(r), be16(p, 4)})
		}
	}
	if len(pairs) == 0 || 14+6*len(pairs) > 0xffff {
		return nil
	}
	sort.Slice(pairs, func(i, j int) bool { return pairs[i].key < pairs[j].key })
	n := len(pairs)
	search := 6 * (1 << (bits.Len(uint(n)) - 1))
	out := []byte{}
	for _, v := range []int{0, 1, 0, 14 + 6*n, 1, n, search, bits.Len(uint(n)) - 1, 6*n - search} {
		out = binary.BigEndian.AppendUint16(out, uint16(v))
	}
	for _, p := range pairs {
		out = binary.BigEndian.AppendUint32(out, p.key)
		out = binary.BigEndian.AppendUint16(out, p.value)
	}
	return out
}

// encode writes the tables as a TrueType file, tables sorted by tag and
// 4-byte aligned, with their checksums and head's checkSumAdjustment.
func (t ttfTables) encode() []byte {
	tags := make([]string, 0, len(t))
	for tag := range t {
		tags = append(tags, tag)
	}
	sort.Strings(tags)
	n := len(tags)
	search := 16 << (bits.Len(uint(n)) - 1)
	out := binary.BigEndian.AppendUint32(nil, 0x00010000)
	for _, v := range []int{n, search, bits.Len(uint(n)) - 1, 16*n - search} {
		out = binary.BigEndian.AppendUint16(out, uint16(v))
	}
	off := 12 + 16*n
	var body []byte
	headAt := 0
	for _, tag := range tags {
		data := t[tag]
		if tag == "head" {
			headAt = off + len(body)
		}
		out = append(out, tag...)
		out = binary.BigEndian.AppendUint32(out, checksum(data))
		out = binary.BigEndian.AppendUint32(out, uint32(off+len(body)))
		out = binary.BigEndian.AppendUint32(out, uint32(len(data)))
		body = append(body, data...)
		for len(body)%4 != 0 {
			body = append(body, 0)
		}
	}
	out = append(out, body...)
	binary.BigEndian.PutUint32(out[headAt+8:], 0xb1b0afba-checksum(out))
	return out
}

// checksum is the TrueType table checksum: the sum of big-endian uint32s,
// the last one padded with zeros.
func checksum(b []byte) uint32 {
	var sum uint32
	for i := 0; i < len(b); i += 4 {
		var w [4]byte
		copy(w[:], b[i:])
		sum += binary.BigEndian.Uint32(w[:])
	}
	return sum
}

// subsetFamily is the family name inside a subset font; the SVG's CSS
// names the font by its own @font-face family anyway.
const subsetFamily = "Roadmap Subset"

// renamed returns a name table with the Windows English records of name,
// the copyright (0), subfamily (2), version (5) and licence (13, 14),
// and the family, unique, full and PostScript names (1, 3, 4, 6) made
// from subsetFamily.
func renamed(name []byte) ([]byte, error) {
	keep := map[uint16]string{}
	if len(name) < 6 {
		return nil, fmt.Errorf("%w: short name table", errBadFont)
	}
	count, strs := int(be16(name, 2)), int(be16(name, 4))
	for i := 0; i < count; i++ {
		rec := 6 + 12*i
		if rec+12 > len(name) {
			return nil, errBadFont
		}
		id, n, off := be16(name, rec+6), int(be16(name, rec+8)), strs+int(be16(name, rec+10))
		windowsEnglish := be16(name, rec) == 3 && be16(name, rec+2) == 1 && be16(name, rec+4) == 0x409
		if !windowsEnglish || off+n > len(name) || n%2 != 0 {
			continue
		}
		switch id {
		case 0, 2, 5, 13, 14:
			u := make([]uint16, n/2)
			for j := range u {
				u[j] = be16(name, off+2*j)
			}
			keep[id] = string(utf16.Decode(u))
		}
	}
	style := keep[2]
	if style == "" {
		style = "Regular"
	}
	keep[1] = subsetFamily
	keep[3] = subsetFamily + " " + style
	keep[4] = subsetFamily + " " + style
	keep[6] = strings.ReplaceAll(subsetFamily, " ", "") + "-" + strings.ReplaceAll(style, " ", "")
	return nameTable(keep), nil
}

// nameTable writes a format 0 name table of Windows English records.
func nameTable(records map[uint16]string) []byte {
	ids := make([]int, 0, len(records))
	for id := range records {
		ids = append(ids, int(id))
	}
	sort.Ints(ids)
	head := binary.BigEndian.AppendUint16(nil, 0)
	head = binary.BigEndian.AppendUint16(head, uint16(len(ids)))
	head = binary.BigEndian.AppendUint16(head, uint16(6+12*len(ids)))
	var strs []byte
	for _, id := range ids {
		var str []byte
		for _, u := range utf16.Encode([]rune(records[uint16(id)])) {
			str = binary.BigEndian.AppendUint16(str, u)
		}
		for _, v := range []int{3, 1, 0x409, id, len(str), len(strs)} {
			head = binary.BigEndian.AppendUint16(head, uint16(v))
		}
		strs = append(strs, str...)
	}
	return append(head, strs...)
}
