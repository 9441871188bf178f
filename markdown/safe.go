package markdown

import (
	"strconv"
	"strings"
	"sync"

	"github.com/roadmapgo/roadmap/roadmap"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// The safe subset of Markdown that Export writes from a description, an
// author or a note: plain text, emphasis, code spans, and links, images
// and autolinks whose target roadmap.SafeLink accepts. Raw HTML is
// written as visible text; a link with another target is written as its
// text alone. Line breaks become spaces, and a paragraph that would start
// a block (heading, list, quote, rule, fence, table) has that first
// character escaped, so text cannot add structure to the README.

// inlineParser reads text as one paragraph of inline Markdown: with no
// other block parser and no link reference definitions, nothing in it is
// a heading, a list or an HTML block.
var inlineParser = sync.OnceValue(func() parser.Parser {
	return parser.NewParser(
		parser.WithBlockParsers(util.Prioritized(parser.NewParagraphParser(), 1000)),
		parser.WithInlineParsers(parser.DefaultInlineParsers()...),
	)
})

// foldLines turns every line break of s into a space and trims it.
func foldLines(s string) string {
	return strings.TrimSpace(strings.NewReplacer("\r\n", " ", "\r", " ", "\n", " ").Replace(s))
}

// safeInline writes s, inline Markdown, in the safe subset, on one line.
func safeInline(s string) string {
	src := []byte(foldLines(s))
	doc := inlineParser().Parse(text.NewReader(src))
	var b strings.Builder
	for p := doc.FirstChild(); p != nil; p = p.NextSibling() {
		writeSafeChildren(&b, p, src)
	}
	return b.String()
}

// safeParagraph writes s like safeInline, for the start of a line: a
// first character that would open a block is escaped.
func safeParagraph(s string) string {
	return guardLineStart(safeInline(s))
}

// safeParagraphs splits a description at its blank lines and writes each
// paragraph with safeParagraph.
func safeParagraphs(desc string) []string {
	var out []string
	for _, p := range splitParagraphs(desc) {
		if p = safeParagraph(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// splitParagraphs splits s at lines that hold nothing but white space.
func splitParagraphs(s string) []string {
	var out []string
	var cur []string
	for _, line := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
		if strings.TrimSpace(line) == "" {
			if len(cur) > 0 {
				out = append(out, strings.Join(cur, "\n"))
				cur = nil
			}
			continue
		}
		cur = append(cur, line)
	}
	if len(cur) > 0 {
		out = append(out, strings.Join(cur, "\n"))
	}
	return out
}

// safeText writes plain text (a title) on one line with every character
// that Markdown would read as markup escaped.
func safeText(s string) string {
	return escapeText(foldLines(s))
}

// safeHeading writes plain text as a heading's content: like safeText,
// and a closing run of "#" is escaped so that it stays text.
func safeHeading(s string) string {
	t := safeText(s)
	if trimmed := strings.TrimRight(t, "#"); len(trimmed) < len(t) && !strings.HasSuffix(trimmed, `\`) {
		t = trimmed + `\` + t[len(trimmed):]
	}
	return t
}

func writeSafeChildren(b *strings.Builder, n ast.Node, src []byte) {
	var run []byte // consecutive text, escaped as one piece
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if t, ok := c.(*ast.Text); ok {
			run = append(run, t.Value(src)...)
			continue
		}
		if len(run) > 0 {
			b.WriteString(escapeRawText(run))
			run = run[:0]
		}
		writeSafe(b, c, src)
	}
	if len(run) > 0 {
		b.WriteString(escapeRawText(run))
	}
}

func writeSafe(b *strings.Builder, n ast.Node, src []byte) {
	switch n := n.(type) {
	case *ast.String:
		b.WriteString(escapeText(string(n.Value)))
	case *ast.Emphasis:
		d := strings.Repeat("*", n.Level)
		b.WriteString(d)
		writeSafeChildren(b, n, src)
		b.WriteString(d)
	case *ast.Link:
		writeSafeLink(b, "", n, n.Destination, n.Title, src)
	case *ast.Image:
		writeSafeLink(b, "!", n, n.Destination, n.Title, src)
	case *ast.CodeSpan:
		var code strings.Builder
		writeCode(&code, n, src)
		b.WriteString(codeSpan(code.String()))
	case *ast.AutoLink:
		writeSafeAutoLink(b, n, src)
	case *ast.RawHTML:
		var raw []byte
		for i := 0; i < n.Segments.Len(); i++ {
			seg := n.Segments.At(i)
			raw = append(raw, seg.Value(src)...)
		}
		b.WriteString(escapeRawText(raw))
	default:
		writeSafeChildren(b, n, src)
	}
}

// writeSafeLink writes a link or an image ("!") whose target is safe, and
// only its text otherwise.
func writeSafeLink(b *strings.Builder, bang string, n ast.Node, dest, title []byte, src []byte) {
	target := linkValue(dest)
	if !roadmap.SafeLink(target) {
		writeSafeChildren(b, n, src)
		return
	}
	b.WriteString(bang + "[")
	writeSafeChildren(b, n, src)
	b.WriteString("](" + linkDestination(target, linkValue(title)) + ")")
}

// writeSafeAutoLink writes "<url>" when the url is safe, and its text
// otherwise. Autolinks decode neither escapes nor entities.
func writeSafeAutoLink(b *strings.Builder, n *ast.AutoLink, src []byte) {
	url := string(n.URL(src))
	if n.AutoLinkType == ast.AutoLinkEmail || roadmap.SafeLink(url) {
		b.WriteString("<" + url + ">")
		return
	}
	b.WriteString(escapeText(string(n.Label(src))))
}

// linkValue is what a link destination or title means, as written in
// Markdown: backslash escapes and entities resolved.
func linkValue(raw []byte) string {
	return string(util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(raw))))
}

// escapeRawText writes raw Markdown text (escapes as written) so that it
// stays text wherever it goes: the characters that open a link or a code
// span are escaped, and so is a "<" that could open raw HTML or an
// autolink (before a letter, "/", "!" or "?", or last, where what follows
// is not known); a backslash that would escape what follows the text is
// doubled. A lone "<", as in "<1B", stays as written.
func escapeRawText(raw []byte) string {
	var b strings.Builder
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		switch {
		case c == '\\' && i+1 < len(raw) && isASCIIPunct(raw[i+1]):
			b.WriteByte(c)
			i++
			c = raw[i]
		case c == '\\' && i+1 == len(raw):
			b.WriteByte('\\')
		case strings.IndexByte("[]`", c) >= 0, c == '<' && (i+1 == len(raw) || opensTag(raw[i+1])):
			b.WriteByte('\\')
		}
		b.WriteByte(c)
	}
	return b.String()
}

// guardLineStart escapes the first character of a line of Markdown when
// it would start a block: an ATX heading, a block quote, a list item, a
// thematic break, a table row or a code fence; and a link whose text is
// one "x" or blank, which task-list parsers read as a check box. Emphasis
// and other links at the start of a line are kept.
func guardLineStart(s string) string {
	if s == "" {
		return s
	}
	if len(s) >= 3 && s[0] == '[' && s[2] == ']' && strings.IndexByte(" xX", s[1]) >= 0 {
		return "[&#" + strconv.Itoa(int(s[1])) + ";" + s[2:]
	}
	switch c := s[0]; {
	case strings.IndexByte("#>|~=", c) >= 0, isThematicBreak(s):
		return `\` + s
	case strings.IndexByte("-+*", c) >= 0 && (len(s) == 1 || s[1] == ' ' || s[1] == '\t'):
		return `\` + s
	}
	digits := len(s) - len(strings.TrimLeft(s, "0123456789"))
	if digits > 0 && digits < len(s) && (s[digits] == '.' || s[digits] == ')') {
		return s[:digits] + `\` + s[digits:]
	}
	return s
}

// isThematicBreak reports whether a line is three or more of one of "*",
// "-" or "_", and blanks.
func isThematicBreak(s string) bool {
	c := s[0]
	if c != '*' && c != '-' && c != '_' {
		return false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case c:
			n++
		case ' ', '\t':
		default:
			return false
		}
	}
	return n >= 3
}

// opensTag reports whether c after "<" may begin a tag, a comment, a
// declaration, a processing instruction or an autolink.
func opensTag(c byte) bool {
	return isASCIILetter(c) || c == '/' || c == '!' || c == '?'
}

func isASCIIPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}
