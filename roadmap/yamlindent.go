package roadmap

import (
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"
)

// level is one mapping or list open in block style: the column of its
// keys or of its "-", and which it is.
type level struct {
	indent int
	list   bool
}

// indentScan is the state of misindented.
type indentScan struct {
	stack []level
	open  bool // the last line ends in a key without a value, or a bare "-"
	block int  // inside a block scalar: the indentation of its line, else -1
}

// blockStart matches a line whose value starts a block scalar (| or >).
var blockStart = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(^|[:-] )[|>][-+0-9]*\s*(#.*)?$`)
})

// misindented returns the first line of data whose indentation fits none
// of the mappings and lists open above it, and its first column in
// characters; line is 0 when it finds none. yaml.v3 names the start of
// the collection it was reading instead. Blank lines, comments, block
// scalars and flow collections are skipped: this only places an error
// that yaml.v3 found.
func misindented(data []byte) (line, col int) {
	s := &indentScan{stack: []level{{0, false}}, block: -1}
	for n, text := range strings.Split(string(data), "\n") {
		trimmed := strings.TrimLeft(text, " ")
		indent := len(text) - len(trimmed)
		switch {
		case strings.TrimSpace(trimmed) == "" || strings.HasPrefix(trimmed, "#"):
			continue
		case s.block >= 0 && indent > s.block:
			continue
		case strings.ContainsAny(trimmed[:1], "[]{}\"'"):
			s.open = false
			continue
		}
		s.block = -1
		if !s.fits(indent, trimmed) {
			return n + 1, utf8.RuneCountInString(text[:indent]) + 1
		}
		s.items(indent, trimmed)
	}
	return 0, 0
}

// fits checks one line, of the given indentation and text, against the
// open levels, closing those it ends and opening the one it starts.
func (s *indentScan) fits(indent int, text string) bool {
	list := text == "-" || strings.HasPrefix(text, "- ")
	for len(s.stack) > 1 && indent < s.top().indent {
		s.stack = s.stack[:len(s.stack)-1]
	}
	top := s.top()
	switch {
	case indent > top.indent && s.open:
		s.stack = append(s.stack, level{indent, list})
	case indent > top.indent:
		// a plain scalar's continuation line, or a misplaced key or item
		return !list && !isKeyLine(text)
	case top.list == list:
	case !list && len(s.stack) > 1 && s.stack[len(s.stack)-2] == level{indent, false}:
		s.stack = s.stack[:len(s.stack)-1] // the list value of a key ends
	case list && s.open:
		s.stack = append(s.stack, level{indent, true}) // a list as the value of the key above
	default:
		return false
	}
	return true
}

// items opens the levels inside the items a line starts ("- - key: v"),
// and notes whether it leaves a value to come on the next lines.
func (s *indentScan) items(indent int, text string) {
	for text == "-" || strings.HasPrefix(text, "- ") {
		rest := strings.TrimLeft(strings.TrimPrefix(text, "-"), " ")
		indent += len(text) - len(rest)
		text = rest
		if text != "" {
			s.stack = append(s.stack, level{indent, strings.HasPrefix(text, "- ")})
		}
	}
	value := strings.TrimSpace(stripComment(text))
	s.open = value == "" || strings.HasSuffix(value, ":")
	if blockStart().MatchString(value) {
		s.block = s.top().indent
	}
}

// top is the innermost open level.
func (s *indentScan) top() level { return s.stack[len(s.stack)-1] }

// isKeyLine reports whether text starts with a key: "key:" or "key: v".
func isKeyLine(text string) bool {
	v := stripComment(text)
	return strings.Contains(v, ": ") || strings.HasSuffix(strings.TrimSpace(v), ":")
}

// stripComment removes a trailing " # comment" from a line.
func stripComment(text string) string {
	if i := strings.Index(text, " #"); i >= 0 {
		return text[:i]
	}
	return text
}
