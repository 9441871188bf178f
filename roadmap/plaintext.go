package roadmap

import "strings"

// PlainText returns s, a description that may hold inline Markdown (as an
// imported README's do), as plain text for a tooltip: a link gives its
// text, code spans and emphasis lose their marks. Anything that is not
// such a construct is kept as written.
func PlainText(s string) string {
	if !strings.ContainsAny(s, markBytes) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		// Only a mark can start a construct: copy up to the next one.
		j := strings.IndexAny(s[i:], markBytes)
		if j < 0 {
			b.WriteString(s[i:])
			break
		}
		b.WriteString(s[i : i+j])
		i += j
		if n, text := link(s[i:]); n > 0 {
			b.WriteString(PlainText(text))
			i += n
			continue
		}
		if n, inner := span(s[i:]); n > 0 && (s[i] != '_' || i == 0 || !isWordByte(s[i-1])) {
			b.WriteString(PlainText(inner))
			i += n
			continue
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// link matches "[text](url)" at the start of s and returns its length
// and text, or 0.
func link(s string) (int, string) {
	if !strings.HasPrefix(s, "[") {
		return 0, ""
	}
	end := strings.Index(s, "](")
	if end < 0 || strings.Contains(s[1:end], "[") {
		return 0, ""
	}
	close := strings.IndexByte(s[end+2:], ')')
	if close < 0 || strings.ContainsAny(s[end+2:end+2+close], " \n") {
		return 0, ""
	}
	return end + 2 + close + 1, s[1:end]
}

// markBytes are the bytes that start a link, a code span or emphasis.
const markBytes = "[*`_"

// spanMarks are the delimiters of code spans and emphasis, longest first.
var spanMarks = []string{"**", "__", "`", "*", "_"}

// span matches a code span or emphasis at the start of s and returns its
// length and inner text, or 0. Underscores only count outside words, so
// snake_case names stay as they are.
func span(s string) (int, string) {
	for _, m := range spanMarks {
		if !strings.HasPrefix(s, m) {
			continue
		}
		end := strings.Index(s[len(m):], m)
		if end <= 0 {
			return 0, ""
		}
		inner := s[len(m) : len(m)+end]
		if strings.TrimSpace(inner) != inner {
			return 0, ""
		}
		n := len(m) + end + len(m)
		if m[0] == '_' && n < len(s) && isWordByte(s[n]) {
			return 0, ""
		}
		return n, inner
	}
	return 0, ""
}

// isWordByte reports whether c continues a word.
func isWordByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}
