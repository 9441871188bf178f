package roadmap

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// yamlMarks is what a light scan of a YAML text finds that yaml.v3's
// errors do not place: an unclosed flow collection or quoted string, a
// closer that matches nothing, and where flow nesting first goes deeper
// than MaxDepth. The scan knows comments, quoted strings, block scalars and
// flow collections, enough to place the common mistakes; yaml.v3 still
// decides what is valid.
type yamlMarks struct {
	unclosed   []flowOpen // flow collections open at the end, outermost first
	quote      *flowOpen  // a quoted string still open at the end
	stray      *flowOpen  // the first ] or } that closes nothing
	mismatched *flowOpen  // the first [ or { that a closer of the other kind met
	deep       *flowOpen  // the first [ or { deeper than MaxDepth
	deepAtLine int        // the line of the first block item deeper than MaxDepth, 0 if none
}

// flowOpen is one bracket or quote and where it stands (1-based line and
// column in bytes).
type flowOpen struct {
	char      byte
	line, col int
}

// yamlScanner is the state of scanYAML.
type yamlScanner struct {
	marks     yamlMarks
	stack     []flowOpen
	line      int  // 1-based number of the current line
	lineStart int  // offset of the current line
	atToken   bool // the next character may start a value
}

// scanYAML scans data (valid UTF-8) for yamlMarks. Columns are in bytes;
// runeCol converts them.
func scanYAML(data []byte) yamlMarks {
	s := &yamlScanner{}
	blockIndent := -1 // inside a block scalar: the indentation of its key line
	for i := 0; i < len(data) && s.marks.quote == nil; {
		s.line++
		s.lineStart = i
		end := lineEnd(data, i)
		text := string(data[i:end])
		indent := len(text) - len(strings.TrimLeft(text, " "))
		if blockIndent >= 0 && (strings.TrimSpace(text) == "" || indent > blockIndent) {
			i = end + 1
			continue
		}
		blockIndent = -1
		if len(s.stack) == 0 && s.marks.deepAtLine == 0 && indent/2 > MaxDepth {
			s.marks.deepAtLine = s.line
		}
		var block bool
		if end, block = s.scanLine(data, i+indent, end); block {
			blockIndent = indent
		}
		i = end + 1
	}
	s.marks.unclosed = s.stack
	return s.marks
}

// lineEnd is the offset of the newline that ends the line starting at i,
// or len(data).
func lineEnd(data []byte, i int) int {
	if k := bytes.IndexByte(data[i:], '\n'); k >= 0 {
		return i + k
	}
	return len(data)
}

// scanLine scans data[i:end], one line from its first non-blank byte. It
// returns the end of the last line it scanned (a quoted string may span
// several) and whether the line starts a block scalar (| or >), whose
// lines follow.
func (s *yamlScanner) scanLine(data []byte, i, end int) (int, bool) {
	s.atToken = true
	for ; i < end; i++ {
		c := data[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r':
			continue
		case c == '#' && (i == s.lineStart || data[i-1] == ' ' || data[i-1] == '\t'):
			return end, false
		case s.atToken && (c == '"' || c == '\''):
			var ok bool
			if i, ok = s.skipQuoted(data, i); !ok {
				return len(data), false
			}
			end = lineEnd(data, i)
			s.atToken = false
		case s.atToken && (c == '[' || c == '{'):
			s.open(c, i)
		case len(s.stack) > 0 && (c == ']' || c == '}'):
			s.close(c, i)
		case len(s.stack) == 0 && (c == ']' || c == '}') && s.atToken:
			s.strayAt(c, i)
		case c == ',' && len(s.stack) > 0, c == '-' && s.atToken && (i+1 == end || data[i+1] == ' '),
			c == ':' && (i+1 == end || data[i+1] == ' ' || len(s.stack) > 0), c == '?' && s.atToken:
			s.atToken = true
		case s.atToken && (c == '|' || c == '>') && len(s.stack) == 0:
			return end, true
		case s.atToken && (c == '&' || c == '!' || c == '*'):
			for i+1 < end && data[i+1] != ' ' && data[i+1] != ',' && data[i+1] != ']' && data[i+1] != '}' {
				i++
			}
		default:
			s.atToken = false
		}
	}
	return end, false
}

// open records a [ or { at offset i.
func (s *yamlScanner) open(c byte, i int) {
	f := s.at(c, i)
	s.stack = append(s.stack, f)
	if len(s.stack) > MaxDepth && s.marks.deep == nil {
		s.marks.deep = &f
	}
	s.atToken = true
}

// close records a ] or } at offset i, inside a flow collection.
func (s *yamlScanner) close(c byte, i int) {
	top := s.stack[len(s.stack)-1]
	if (top.char == '[') != (c == ']') && s.marks.mismatched == nil {
		s.marks.mismatched = &top
	}
	s.stack = s.stack[:len(s.stack)-1]
	s.atToken = false
}

// strayAt records the first closer that closes nothing.
func (s *yamlScanner) strayAt(c byte, i int) {
	if s.marks.stray == nil {
		f := s.at(c, i)
		s.marks.stray = &f
	}
}

// skipQuoted skips the quoted string that starts at data[i], across
// lines, and returns the offset of its closing quote; ok is false, and
// the quote recorded as open, when the text ends first.
func (s *yamlScanner) skipQuoted(data []byte, i int) (int, bool) {
	q := data[i]
	for j := i + 1; j < len(data); j++ {
		switch {
		case q == '"' && data[j] == '\\':
			j++
		case data[j] == q && q == '\'' && j+1 < len(data) && data[j+1] == '\'':
			j++
		case data[j] == q:
			s.countLines(data, i, j)
			return j, true
		}
	}
	f := s.at(q, i)
	s.marks.quote = &f
	return len(data), false
}

// countLines moves the scanner's line past the newlines of data[from:to],
// a quoted string that spans lines.
func (s *yamlScanner) countLines(data []byte, from, to int) {
	if k := bytes.LastIndexByte(data[from:to], '\n'); k >= 0 {
		s.line += bytes.Count(data[from:to], []byte("\n"))
		s.lineStart = from + k + 1
	}
}

// at is the flowOpen of character c at offset i of the current line.
func (s *yamlScanner) at(c byte, i int) flowOpen {
	return flowOpen{char: c, line: s.line, col: s.col(i)}
}

// col is the 1-based column, in bytes, of offset i of the current line.
func (s *yamlScanner) col(i int) int { return i - s.lineStart + 1 }

// runeCol converts a byte column of line (1-based, of data) to a column
// in characters.
func runeCol(data []byte, line, byteCol int) int {
	start := 0
	for l := 1; l < line; l++ {
		k := bytes.IndexByte(data[start:], '\n')
		if k < 0 {
			return byteCol
		}
		start += k + 1
	}
	end := min(start+byteCol-1, len(data))
	return utf8.RuneCount(data[start:end]) + 1
}
