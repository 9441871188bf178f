package svg

import (
	"io"
	"math"
	"strconv"
	"unicode/utf8"

	"github.com/roadmapgo/roadmap/render"
)

// writer is the buffered output of one SVG document. Markup, numbers,
// colours and escaped text are appended in place to one reusable byte
// slice, handed to the underlying writer whenever it holds flushAt bytes,
// so that writing an element allocates nothing. It is an io.Writer too:
// the svgo canvas writes through the same buffer, which keeps every
// element in order. The first write error sticks and is returned by flush.
type writer struct {
	w   io.Writer
	buf []byte
	err error
	pal *palette // nil but for the auto theme's passes
}

// flushAt is the size at which the buffer goes to the underlying writer.
const flushAt = 8 << 10

func newWriter(w io.Writer) *writer {
	return &writer{w: w, buf: make([]byte, 0, 2*flushAt)}
}

// Write appends p, for the svgo canvas.
func (o *writer) Write(p []byte) (int, error) {
	if o.err != nil {
		return 0, o.err
	}
	o.buf = append(o.buf, p...)
	o.spill()
	return len(p), nil
}

// spill hands the buffer to the underlying writer once it is full enough.
func (o *writer) spill() {
	if len(o.buf) >= flushAt {
		o.flush()
	}
}

// flush writes what is buffered and returns the first write error.
func (o *writer) flush() error {
	if o.err == nil && len(o.buf) > 0 {
		_, o.err = o.w.Write(o.buf)
	}
	o.buf = o.buf[:0]
	return o.err
}

// str appends markup as it is; every element ends with it, so it is
// where the buffer spills.
func (o *writer) str(s string) {
	o.buf = append(o.buf, s...)
	o.spill()
}

// text appends s escaped, as XML text or inside an attribute value.
func (o *writer) text(s string) { o.buf = appendEscaped(o.buf, s) }

// dec appends v with two decimals (see appendDec2).
func (o *writer) dec(v float64) { o.buf = appendDec2(o.buf, v) }

// point appends a point of path data (see appendXY).
func (o *writer) point(x, y float64) { o.buf = appendXY(o.buf, x, y) }

// dashes appends the attribute ` stroke-dasharray="dash gap"`.
func (o *writer) dashes(d [2]float64) {
	o.open("stroke-dasharray")
	o.dec(d[0])
	o.buf = append(o.buf, ' ')
	o.dec(d[1])
	o.close()
}

// token appends s as one word of a class attribute (see classToken).
func (o *writer) token(s string) { o.buf = appendClassToken(o.buf, s) }

// open starts the attribute name with ` name="`; close ends it.
func (o *writer) open(name string) {
	o.buf = append(o.buf, ' ')
	o.buf = append(o.buf, name...)
	o.buf = append(o.buf, '=', '"')
}

func (o *writer) close() { o.buf = append(o.buf, '"') }

// attr appends the attribute ` name="value"`, value escaped.
func (o *writer) attr(name, value string) {
	o.open(name)
	o.text(value)
	o.close()
}

// num appends the attribute ` name="v"`, v with two decimals.
func (o *writer) num(name string, v float64) {
	o.open(name)
	o.dec(v)
	o.close()
}

// int appends the attribute ` name="v"`.
func (o *writer) int(name string, v int) {
	o.open(name)
	o.buf = strconv.AppendInt(o.buf, int64(v), 10)
	o.close()
}

// color appends the attribute ` name="#rrggbb"`, as Color.Hex writes it.
func (o *writer) color(name string, c render.Color) {
	const digits = "0123456789abcdef"
	c = o.pal.color(name, c)
	o.open(name)
	o.buf = append(o.buf, '#', digits[c.R>>4], digits[c.R&15], digits[c.G>>4], digits[c.G&15], digits[c.B>>4], digits[c.B&15])
	o.close()
}

// appendDec2 appends v with two decimals, the same way on every run; -0
// and values that are not finite print as 0.00.
func appendDec2(b []byte, v float64) []byte {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		v = 0
	}
	if c, ok := centis(v); ok {
		return appendCentis(b, c)
	}
	n := len(b)
	b = strconv.AppendFloat(b, v, 'f', 2, 64)
	if string(b[n:]) == "-0.00" {
		b = append(b[:n], "0.00"...)
	}
	return b
}

// centis returns v in hundredths, rounded as strconv rounds it to two
// decimals, when that is sure: |v| is under a million, so v*100 is off
// by far less than the 0.01 margin kept from a tie. Ties and larger
// values are false, for strconv to round exactly.
func centis(v float64) (int64, bool) {
	if v >= 1e6 || v <= -1e6 {
		return 0, false
	}
	x := float64(v * 100) // rounded here, never fused into x-c
	c := math.Round(x)
	if math.Abs(x-c) > 0.49 {
		return 0, false
	}
	return int64(c), true
}

// appendCentis appends c hundredths as strconv writes them with two
// decimals, 0 for -0.
func appendCentis(b []byte, c int64) []byte {
	if c < 0 {
		b, c = append(b, '-'), -c
	}
	b = strconv.AppendInt(b, c/100, 10)
	return append(b, '.', byte('0'+c/10%10), byte('0'+c%10))
}

// appendXY appends a point of path data as "x,y".
func appendXY(b []byte, x, y float64) []byte {
	b = appendDec2(b, x)
	b = append(b, ',')
	return appendDec2(b, y)
}

// appendEscaped appends s made safe as XML text or a double-quoted
// attribute value, byte for byte as encoding/xml.EscapeText writes it:
// markup characters, quotes, tabs and newlines become references, and
// characters XML forbids (or invalid UTF-8) become U+FFFD.
func appendEscaped(b []byte, s string) []byte {
	if !needsEscape(s) {
		return append(b, s...)
	}
	last := 0
	for i := 0; i < len(s); {
		r, width := utf8.DecodeRuneInString(s[i:])
		i += width
		esc := xmlEscapeOf(r, width)
		if esc == "" {
			continue
		}
		b = append(b, s[last:i-width]...)
		b = append(b, esc...)
		last = i
	}
	return append(b, s[last:]...)
}

// xmlEscapeOf is what encoding/xml.EscapeText writes for the rune r,
// decoded from width bytes, or "" when it keeps the rune as it is.
func xmlEscapeOf(r rune, width int) string {
	switch r {
	case '"':
		return "&#34;"
	case '\'':
		return "&#39;"
	case '&':
		return "&amp;"
	case '<':
		return "&lt;"
	case '>':
		return "&gt;"
	case '\t':
		return "&#x9;"
	case '\n':
		return "&#xA;"
	case '\r':
		return "&#xD;"
	}
	if !isXMLChar(r) || r == utf8.RuneError && width == 1 {
		return "\uFFFD"
	}
	return ""
}

// isXMLChar reports whether XML 1.0 allows the character r.
func isXMLChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD ||
		r >= 0x10000 && r <= 0x10FFFF
}

// appendClassToken appends s as one word of a class attribute: ASCII
// letters, digits, "-" and "_" stay, anything else becomes "-"; the
// empty string is "none".
func appendClassToken(b []byte, s string) []byte {
	if s == "" {
		return append(b, "none"...)
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !render.IsIDChar(c) || c == '.' {
			c = '-'
		}
		b = append(b, c)
	}
	return b
}
