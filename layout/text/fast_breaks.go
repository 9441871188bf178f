package text

import "unicode"

// Line-breaking classes of UAX #14 that fastBreaks knows.
const (
	lbOther = iota
	lbAL    // letters
	lbNU    // digits
	lbSP    // space
	lbIS    // , . : ;
	lbHY    // -
)

// lbClass returns the UAX #14 class of r among those fastBreaks knows:
// letters of Latin-1 and Latin Extended-A, digits, the space, infix
// separators and the hyphen-minus; lbOther for anything else.
func lbClass(r rune) int {
	switch {
	case r == ' ':
		return lbSP
	case r >= '0' && r <= '9':
		return lbNU
	case r == ',' || r == '.' || r == ':' || r == ';':
		return lbIS
	case r == '-':
		return lbHY
	case r < latinHi && unicode.IsLetter(r) && r != 0xaa && r != 0xba:
		return lbAL
	}
	return lbOther
}

// fastBreaks returns what breaks does for text of those classes only,
// from the rules of UAX #14 that apply among them; false for any other
// text, which goes to the full segmenter. A test checks it against the
// segmenter on random text.
func fastBreaks(p para, keep int) ([]int, bool) {
	var out []int
	prev, initialHyphen := lbOther, false
	for i, r := range p.r {
		c := lbClass(r)
		if c == lbOther {
			return nil, false
		}
		next := lbOther
		if i+1 < len(p.r) {
			next = lbClass(p.r[i+1])
		}
		if i > 0 && breakBetween(prev, c, next, initialHyphen) && i > keep {
			out = append(out, i)
		}
		initialHyphen = c == lbHY && (i == 0 || prev == lbSP)
		prev = c
	}
	return append(out, len(p.r)), true
}

// breakBetween reports whether UAX #14 allows a break between classes a
// and b, next being the class after b; wordInitial tells that a, a
// hyphen, begins a word (LB20a).
func breakBetween(a, b, next int, wordInitial bool) bool {
	switch { // the rules in their order
	case b == lbSP: // LB7
		return false
	case a == lbSP && b == lbIS && next == lbNU: // LB15c
		return true
	case b == lbIS: // LB15d
		return false
	case a == lbSP: // LB18
		return true
	case b == lbHY: // LB21
		return false
	case a == lbHY: // LB25 HY × NU; LB20a
		return b == lbAL && !wordInitial
	}
	return false // LB23, LB28, LB29, LB25: AL, NU and IS hold together
}
