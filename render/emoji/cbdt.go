package emoji

import (
	"errors"
)

// strike is the bitmap strike this package draws from: the one with the
// most pixels per em, as the others would only be scaled down anyway. Its
// index is read where a glyph is looked up, not all at once: a drawing
// needs a few of the font's thousands of bitmaps.
type strike struct {
	ppem  int
	cblc  []byte // the CBLC table
	array int    // offset of the strike's index subtable array in it
	count int    // records in that array
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

// parseCBLC finds the strike with the most pixels per em and checks that
// its array of index subtable records lies inside the table.
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
	s := &strike{ppem: r.u8(best + 45), cblc: b, array: r.u32(best), count: r.u32(best + 8)}
	r.bytes(s.array, 8*s.count)
	return s, r.err
}

// find returns where the bitmap of glyph g lies, from the index
// subtables whose glyph range holds g; a later one takes precedence. It
// reports false when the strike has no bitmap for g, or its index is
// damaged.
func (s *strike) find(g uint16) (bitmapRef, bool) {
	r := &reader{b: s.cblc} // one per lookup: lookups may run concurrently
	var ref bitmapRef
	found := false
	for i := range s.count {
		rec := s.array + 8*i
		first, last := r.u16(rec), r.u16(rec+2)
		if int(g) < first || int(g) > last {
			continue
		}
		if at, ok := indexEntry(r, s.array+r.u32(rec+4), first, int(g)); ok {
			ref, found = at, true
		}
	}
	return ref, found && r.err == nil
}

// indexEntry reads the bitmap location of glyph g from an index subtable
// at off (index formats 1 to 5) whose range starts at first; false when
// the subtable gives g no bitmap.
func indexEntry(r *reader, off, first, g int) (bitmapRef, bool) {
	index, format, data := r.u16(off), r.u16(off+2), r.u32(off+4)
	var start, end int
	var m metrics
	switch index {
	case 1:
		start, end = r.u32(off+8+4*(g-first)), r.u32(off+12+4*(g-first))
	case 3:
		start, end = r.u16(off+8+2*(g-first)), r.u16(off+10+2*(g-first))
	case 2:
		size := r.u32(off + 8)
		start, end, m = (g-first)*size, (g-first+1)*size, glyphMetrics(r, off+12)
	case 4:
		for i := range r.u32(off + 8) {
			if p := off + 12 + 4*i; r.u16(p) == g {
				start, end = r.u16(p+2), r.u16(p+6)
			}
			if r.err != nil {
				break
			}
		}
	case 5:
		size, n := r.u32(off+8), r.u32(off+20)
		for i := 0; i < n && r.err == nil; i++ {
			if r.u16(off+24+2*i) == g {
				start, end, m = i*size, (i+1)*size, glyphMetrics(r, off+12)
			}
		}
	}
	if end <= start || r.err != nil {
		return bitmapRef{}, false
	}
	return bitmapRef{format: format, off: data + start, size: end - start, metrics: m}, true
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
