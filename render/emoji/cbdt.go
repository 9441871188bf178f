package emoji

import (
	"errors"
)

// strike is the bitmap strike this package draws from: the one with the
// most pixels per em, as the others would only be scaled down anyway.
type strike struct {
	ppem int
	// glyphs maps a glyph to where its bitmap lies in CBDT.
	glyphs map[uint16]bitmapRef
}

// bitmapRef locates one glyph bitmap in CBDT: its image format, offset
// and, for format 19, the metrics its index subtable gives.
type bitmapRef struct {
	format  int
	off     int
	size    int // bytes, when the index gives them (formats 2 and 5)
	metrics metrics
}

// metrics are a glyph bitmap's horizontal metrics in strike pixels: its
// width and height, and the offset of its top-left corner from the pen
// position on the baseline (y up), and its advance.
type metrics struct {
	width, height      int
	bearingX, bearingY int
	advance            int
}

// CBDT image formats holding PNG data, with small, big or index metrics.
const (
	pngSmallMetrics = 17
	pngBigMetrics   = 18
	pngIndexMetrics = 19
)

// parseCBLC reads the index of the strike with the most pixels per em.
func parseCBLC(b []byte) (*strike, error) {
	r := &reader{b: b}
	best := -1
	for i := range r.u32(4) {
		rec := 8 + 48*i
		if best < 0 || r.u8(rec+44) > r.u8(best+44) {
			best = rec
		}
	}
	if r.err != nil {
		return nil, r.err
	}
	if best < 0 {
		return nil, errors.New("emoji: font has no bitmap strike")
	}
	s := &strike{ppem: r.u8(best + 45), glyphs: map[uint16]bitmapRef{}}
	array := r.u32(best)
	for i := range r.u32(best + 8) {
		rec := array + 8*i
		first, last := r.u16(rec), r.u16(rec+2)
		readIndexSubtable(r, array+r.u32(rec+4), first, last, s.glyphs)
		if r.err != nil {
			return nil, r.err
		}
	}
	return s, nil
}

// readIndexSubtable reads the bitmap locations of glyphs first..last from
// an index subtable at off (index formats 1 to 5).
func readIndexSubtable(r *reader, off, first, last int, out map[uint16]bitmapRef) {
	index, format, data := r.u16(off), r.u16(off+2), r.u32(off+4)
	at := func(g, start, end int, m metrics) {
		if end > start {
			out[uint16(g)] = bitmapRef{format: format, off: data + start, size: end - start, metrics: m}
		}
	}
	switch index {
	case 1, 3:
		w := 4
		if index == 3 {
			w = 2
		}
		get := func(i int) int {
			if w == 4 {
				return r.u32(off + 8 + 4*i)
			}
			return r.u16(off + 8 + 2*i)
		}
		for g := first; g <= last && r.err == nil; g++ {
			at(g, get(g-first), get(g-first+1), metrics{})
		}
	case 2:
		size, m := r.u32(off+8), glyphMetrics(r, off+12)
		for g := first; g <= last && r.err == nil; g++ {
			at(g, (g-first)*size, (g-first+1)*size, m)
		}
	case 4:
		n := r.u32(off + 8)
		for i := 0; i < n && r.err == nil; i++ {
			p := off + 12 + 4*i
			at(r.u16(p), r.u16(p+2), r.u16(p+6), metrics{})
		}
	case 5:
		size, m, n := r.u32(off+8), glyphMetrics(r, off+12), r.u32(off+20)
		for i := 0; i < n && r.err == nil; i++ {
			at(r.u16(off+24+2*i), i*size, (i+1)*size, m)
		}
	}
}

// glyphMetrics reads a SmallGlyphMetrics record, or the horizontal half
// of a BigGlyphMetrics record, which starts alike.
func glyphMetrics(r *reader, off int) metrics {
	return metrics{height: r.u8(off), width: r.u8(off + 1),
		bearingX: r.i8(off + 2), bearingY: r.i8(off + 3), advance: r.u8(off + 4)}
}

// bitmap returns the PNG data and metrics of a glyph in the CBDT table.
func bitmap(cbdt []byte, ref bitmapRef) ([]byte, metrics, error) {
	r := &reader{b: cbdt}
	var m metrics
	var data int
	switch ref.format {
	case pngSmallMetrics:
		m, data = glyphMetrics(r, ref.off), ref.off+5
	case pngBigMetrics:
		m, data = glyphMetrics(r, ref.off), ref.off+8
	case pngIndexMetrics:
		m, data = ref.metrics, ref.off
	default:
		return nil, m, errors.New("emoji: bitmap is not PNG data")
	}
	png := r.bytes(data+4, r.u32(data))
	return png, m, r.err
}
