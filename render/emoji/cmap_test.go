package emoji

import (
	"encoding/binary"
	"testing"
)

// TestFormat4 looks characters up in a small BMP subtable (format 4) with
// a segment mapped by delta, one mapped through the glyph array, and the
// closing 0xFFFF segment; the embedded font itself uses format 12.
func TestFormat4(t *testing.T) {
	words := []uint16{
		4, 0, 0, 6, 0, 0, 0, // format, length, language, segCountX2, search fields
		0x43, 0x62, 0xFFFF, // end codes
		0,                  // reserved pad
		0x41, 0x61, 0xFFFF, // start codes
		0x10000 + 10 - 0x41, 0, 1, // deltas, modulo 65536
		0, 4, 0, // range offsets: segment 1 reads the glyph array
		20, 0, // glyph array: 'a' → 20, 'b' missing
	}
	b := make([]byte, 2*len(words))
	for i, w := range words {
		binary.BigEndian.PutUint16(b[2*i:], w)
	}
	m := &charMap{table: b, best: 0, format: 4, uvs: -1}
	for c, want := range map[rune]uint16{'A': 10, 'B': 11, 'C': 12, '@': 0, 'D': 0, 'a': 20, 'b': 0, 'c': 0, 0xFFFF: 0, 0x1F4A1: 0} {
		if got := m.glyph(c); got != want {
			t.Errorf("glyph(%U) = %d, want %d", c, got, want)
		}
	}
	if _, ok := m.variant('A', emojiSelector); ok {
		t.Error("variant without a format-14 subtable: found")
	}
	cut := &charMap{table: b[:20], best: 0, format: 4, uvs: -1}
	if got := cut.glyph('a'); got != 0 {
		t.Errorf("glyph('a') of a cut subtable = %d, want 0", got)
	}
}
