package roadmap

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"
)

// yamlProblem is a yaml.v3 error placed and worded for the author.
type yamlProblem struct {
	line, col int // 1-based; col in characters, 0 when unknown
	msg       string
}

// placeYAMLError places the yaml.v3 error msg, which named line (0 when
// it named none), in data, and says what to do. yaml.v3 gives lines but
// no columns, and for an unclosed bracket or quote the line where it gave
// up rather than the opening one; a scan of data finds them.
func placeYAMLError(data []byte, line int, msg string) yamlProblem {
	switch {
	case strings.Contains(msg, "control characters are not allowed"):
		return controlProblem(data, msg)
	case strings.Contains(msg, "exceeded max depth"):
		return depthProblem(data, line)
	case strings.Contains(msg, "cannot start any token"), strings.Contains(msg, "tab character"):
		return tokenProblem(data, line, msg)
	}
	m := scanYAML(data)
	switch {
	case m.quote != nil:
		return markProblem(data, *m.quote, "invalid YAML: the quoted string that starts here is not closed; end it with %c", m.quote.char)
	case m.mismatched != nil:
		f := *m.mismatched
		wrong := byte('}')
		if f.char == '{' {
			wrong = ']'
		}
		return markProblem(data, f, "invalid YAML: this %c is not closed (a %c comes first); close it with %c", f.char, wrong, closer(f.char))
	case len(m.unclosed) > 0:
		f := m.unclosed[len(m.unclosed)-1]
		return markProblem(data, f, "invalid YAML: this %c is not closed; close it with %c, and separate its items with commas", f.char, closer(f.char))
	case m.stray != nil:
		return markProblem(data, *m.stray, "invalid YAML: this %c closes nothing that is open; remove it or open it with %c", m.stray.char, opener(m.stray.char))
	}
	p := yamlProblem{line: line, msg: "invalid YAML: " + msg + "; check the indentation and quoting"}
	if line > 0 {
		p.col = firstNonBlank(data, line)
	}
	if strings.Contains(msg, "could not find expected ':'") {
		p.msg = "invalid YAML: " + msg + "; write a colon after a key, or check the indentation"
	}
	if indentProblem(msg) {
		p.msg = "invalid YAML: " + msg + "; check the indentation: each key lines up with the other keys of its mapping, each - with the other items of its list"
		if l, c := misindented(data); l > 0 {
			p.line, p.col = l, c
			p.msg = "invalid YAML: this line's indentation matches no mapping or list above it (" + msg + "); line each key up with the other keys of its mapping, each - with the other items of its list"
		}
	}
	return p
}

// indentProblem reports whether msg is one of the yaml.v3 errors that
// wrong indentation gives.
func indentProblem(msg string) bool {
	for _, s := range []string{"expected '-' indicator", "expected key",
		"mapping values are not allowed", "block sequence entries are not allowed"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

// markProblem is a problem at the bracket or quote f.
func markProblem(data []byte, f flowOpen, format string, args ...any) yamlProblem {
	return yamlProblem{line: f.line, col: runeCol(data, f.line, f.col), msg: fmt.Sprintf(format, args...)}
}

// closer is the bracket that closes open; opener the one that opens close.
func closer(open byte) byte {
	if open == '{' {
		return '}'
	}
	return ']'
}

func opener(close byte) byte {
	if close == '}' {
		return '{'
	}
	return '['
}

// tokenProblem places "found character that cannot start any token" or
// "found a tab character that violates indentation", which name line or
// one above it: the first tab in the indentation from there on, or a
// value starting with @ or `.
func tokenProblem(data []byte, line int, msg string) yamlProblem {
	lines := strings.Split(string(data), "\n")
	for l := max(line, 1); l <= len(lines); l++ {
		text := lines[l-1]
		indent := len(text) - len(strings.TrimLeft(text, " \t-"))
		if i := strings.IndexByte(text[:indent], '\t'); i >= 0 {
			return yamlProblem{l, utf8.RuneCountInString(text[:i]) + 1, "invalid YAML: a tab; indent with spaces, not tabs"}
		}
	}
	text := lineText(data, line)
	if i := strings.IndexAny(text, "@`"); i >= 0 {
		return yamlProblem{line, utf8.RuneCountInString(text[:i]) + 1,
			fmt.Sprintf("invalid YAML: a value cannot start with %c; put the value in quotes", text[i])}
	}
	return yamlProblem{line, firstNonBlank(data, line), "invalid YAML: " + msg + "; check the indentation and quoting"}
}

// controlProblem places the first character that YAML does not allow.
func controlProblem(data []byte, msg string) yamlProblem {
	line, col := 1, 1
	for _, r := range string(data) {
		if r == '\n' {
			line, col = line+1, 1
			continue
		}
		if !yamlPrintable(r) {
			what := fmt.Sprintf("control character U+%04X", r)
			if r == 0 {
				what = "a NUL byte (U+0000)"
			}
			return yamlProblem{line, col, "invalid YAML: " + what + " is not allowed in YAML; remove it (a text editor may show it as a blank)"}
		}
		col++
	}
	return yamlProblem{msg: "invalid YAML: " + msg}
}

// yamlPrintable reports whether YAML allows r in a file.
func yamlPrintable(r rune) bool {
	switch {
	case r == '\t' || r == '\r' || r == 0x85:
		return true
	case r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0 || r == 0xfffe || r == 0xffff:
		return false
	}
	return true
}

// depthProblem places yaml.v3's own depth limit, far above MaxDepth, as
// the nesting deeper than MaxDepth.
func depthProblem(data []byte, line int) yamlProblem {
	msg := fmt.Sprintf("nesting deeper than %d levels (MaxDepth); flatten the file", MaxDepth)
	m := scanYAML(data)
	switch {
	case m.deep != nil:
		return markProblem(data, *m.deep, "%s", msg)
	case m.deepAtLine > 0:
		return yamlProblem{m.deepAtLine, firstNonBlank(data, m.deepAtLine), msg}
	}
	return yamlProblem{line: line, msg: msg}
}

// lineText is the text of the 1-based line of data, "" past its end.
func lineText(data []byte, line int) string {
	for l := 1; l < line; l++ {
		k := bytes.IndexByte(data, '\n')
		if k < 0 {
			return ""
		}
		data = data[k+1:]
	}
	return string(data[:lineEnd(data, 0)])
}

// firstNonBlank is the column, in characters, of the first character of
// line that is not a space, or 1.
func firstNonBlank(data []byte, line int) int {
	text := lineText(data, line)
	trimmed := strings.TrimLeft(text, " ")
	if trimmed == "" {
		return 1
	}
	return utf8.RuneCountInString(text[:len(text)-len(trimmed)]) + 1
}
