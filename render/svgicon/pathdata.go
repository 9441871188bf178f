package svgicon

import (
	"fmt"
	"math"
	"strconv"
)

// maxNumber bounds every number of a path or shape: far beyond any
// icon, and far below where the arithmetic of a raster stops being
// exact.
const maxNumber = 1e9

// scanner reads the numbers and flags of path data and number lists.
type scanner struct {
	s string
	i int
}

func (sc *scanner) done() bool { return sc.i >= len(sc.s) }

// skipSep skips white space and at most one comma.
func (sc *scanner) skipSep() {
	sc.skipSpace()
	if !sc.done() && sc.s[sc.i] == ',' {
		sc.i++
		sc.skipSpace()
	}
}

func (sc *scanner) skipSpace() {
	for !sc.done() && (sc.s[sc.i] == ' ' || sc.s[sc.i] == '\t' || sc.s[sc.i] == '\n' || sc.s[sc.i] == '\r' || sc.s[sc.i] == '\f') {
		sc.i++
	}
}

// number reads a number: sign, digits, fraction, exponent, as SVG
// writes them (so "1.5.5" is 1.5 then .5, and "1-2" is 1 then -2).
func (sc *scanner) number() (float64, error) {
	start, s, i := sc.i, sc.s, sc.i
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	digits := 0
	for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
		digits++
	}
	if i < len(s) && s[i] == '.' {
		for i++; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
			digits++
		}
	}
	if digits == 0 {
		return 0, fmt.Errorf("a number was expected at character %d", start+1)
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		j := i + 1
		if j < len(s) && (s[j] == '+' || s[j] == '-') {
			j++
		}
		if j < len(s) && s[j] >= '0' && s[j] <= '9' {
			for i = j; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
			}
		}
	}
	f, err := strconv.ParseFloat(s[start:i], 64)
	if err != nil || math.Abs(f) > maxNumber {
		return 0, fmt.Errorf("the number %s at character %d is out of range", s[start:i], start+1)
	}
	sc.i = i
	return f, nil
}

// flag reads an arc flag, 0 or 1, which needs no separator after it.
func (sc *scanner) flag() (bool, error) {
	if !sc.done() && (sc.s[sc.i] == '0' || sc.s[sc.i] == '1') {
		sc.i++
		return sc.s[sc.i-1] == '1', nil
	}
	return false, fmt.Errorf("an arc flag (0 or 1) was expected at character %d", sc.i+1)
}

// numbers reads n numbers into out, each preceded by optional
// separators.
func (sc *scanner) numbers(out []float64) error {
	for k := range out {
		if k > 0 {
			sc.skipSep()
		}
		f, err := sc.number()
		if err != nil {
			return err
		}
		out[k] = f
	}
	return nil
}

// argCount is how many numbers the path command c (upper case) takes;
// -1 when c is none.
func argCount(c byte) int {
	switch c {
	case 'Z':
		return 0
	case 'H', 'V':
		return 1
	case 'M', 'L', 'T':
		return 2
	case 'S', 'Q':
		return 4
	case 'C':
		return 6
	case 'A':
		return 7
	}
	return -1
}

// parsePathData reads the d attribute of a path into b.
func parsePathData(d string, b *pathBuilder) error {
	sc := scanner{s: d}
	var cmd byte
	for sc.skipSpace(); !sc.done(); sc.skipSep() {
		c := sc.s[sc.i]
		if upper := c &^ 0x20; argCount(upper) >= 0 {
			cmd = c
			sc.i++
			sc.skipSpace()
		} else if cmd == 0 || cmd&^0x20 == 'Z' {
			return fmt.Errorf("path data: a command was expected at character %d", sc.i+1)
		}
		if err := pathCommand(&sc, cmd, b); err != nil {
			return fmt.Errorf("path data: %v", err)
		}
		if b.segs > MaxSegments {
			return fmt.Errorf("more than %d path segments (MaxSegments)", MaxSegments)
		}
		if cmd == 'M' {
			cmd = 'L' // pairs after a moveto are linetos
		} else if cmd == 'm' {
			cmd = 'l'
		}
	}
	return nil
}

// pathCommand reads the arguments of one command and adds its segment.
func pathCommand(sc *scanner, cmd byte, b *pathBuilder) error {
	upper := cmd &^ 0x20
	rel := cmd != upper
	if upper == 'Z' {
		b.close()
		return nil
	}
	var a [7]float64
	if upper == 'A' {
		if err := arcArgs(sc, a[:]); err != nil {
			return err
		}
	} else if err := sc.numbers(a[:argCount(upper)]); err != nil {
		return err
	}
	o := Point{}
	if rel {
		o = b.cur
	}
	pt := func(i int) Point { return Point{o.X + a[i], o.Y + a[i+1]} }
	switch upper {
	case 'M':
		b.moveTo(pt(0))
	case 'L':
		b.lineTo(pt(0))
	case 'H':
		b.lineTo(Point{o.X + a[0], b.cur.Y})
	case 'V':
		b.lineTo(Point{b.cur.X, o.Y + a[0]})
	case 'C':
		b.cubicTo(pt(0), pt(2), pt(4))
	case 'S':
		b.cubicTo(b.reflect('C'), pt(0), pt(2))
	case 'Q':
		b.quadTo(pt(0), pt(2))
	case 'T':
		b.quadTo(b.reflect('Q'), pt(0))
	case 'A':
		b.arcTo(a[0], a[1], a[2], a[3] != 0, a[4] != 0, pt(5))
	}
	return nil
}

// arcArgs reads rx ry angle large-arc sweep x y, the flags as 0 or 1.
func arcArgs(sc *scanner, a []float64) error {
	if err := sc.numbers(a[:3]); err != nil {
		return err
	}
	for k := 3; k < 5; k++ {
		sc.skipSep()
		f, err := sc.flag()
		if err != nil {
			return err
		}
		if f {
			a[k] = 1
		}
	}
	sc.skipSep()
	return sc.numbers(a[5:7])
}
