package emoji

import (
	"encoding/binary"
	"fmt"
)

// reader reads big-endian integers from a table, with a sticky error: a
// read out of range yields 0 and records the first such error, so parsing
// code stays linear and never panics on a damaged font.
type reader struct {
	b   []byte
	err error
}

// fail records an out-of-range read at off of n bytes.
func (r *reader) fail(off, n int) {
	if r.err == nil {
		r.err = fmt.Errorf("emoji: font read of %d bytes at %d beyond %d", n, off, len(r.b))
	}
}

// ok reports whether n bytes at off lie inside the table.
func (r *reader) ok(off, n int) bool {
	if off < 0 || n < 0 || off > len(r.b)-n {
		r.fail(off, n)
		return false
	}
	return true
}

func (r *reader) u8(off int) int {
	if !r.ok(off, 1) {
		return 0
	}
	return int(r.b[off])
}

func (r *reader) i8(off int) int {
	if !r.ok(off, 1) {
		return 0
	}
	return int(int8(r.b[off]))
}

func (r *reader) u16(off int) int {
	if !r.ok(off, 2) {
		return 0
	}
	return int(binary.BigEndian.Uint16(r.b[off:]))
}

func (r *reader) u24(off int) int {
	if !r.ok(off, 3) {
		return 0
	}
	return int(r.b[off])<<16 | int(r.b[off+1])<<8 | int(r.b[off+2])
}

// u32 reads an unsigned 32-bit value; values beyond the int range of a
// 32-bit platform are out of range for any table anyway.
func (r *reader) u32(off int) int {
	if !r.ok(off, 4) {
		return 0
	}
	return int(binary.BigEndian.Uint32(r.b[off:]))
}

// bytes returns n bytes at off, or nil when they are out of range.
func (r *reader) bytes(off, n int) []byte {
	if !r.ok(off, n) {
		return nil
	}
	return r.b[off : off+n]
}

// tables returns the tables of an sfnt font file by tag.
func tables(font []byte) (map[string][]byte, error) {
	r := &reader{b: font}
	n := r.u16(4)
	out := make(map[string][]byte, n)
	for i := range n {
		rec := 12 + 16*i
		tag := string(r.bytes(rec, 4))
		off, size := r.u32(rec+8), r.u32(rec+12)
		if data := r.bytes(off, size); data != nil {
			out[tag] = data
		}
	}
	if r.err != nil {
		return nil, r.err
	}
	return out, nil
}
