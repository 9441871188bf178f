package markdown

import (
	"bytes"
	"regexp"
	"strings"
	"sync"
	"unicode"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/util"
)

// plainText is the text a reader sees in inline nodes: markup dropped,
// escapes and entities resolved, line breaks turned into spaces.
func plainText(n ast.Node, src []byte) string {
	var b strings.Builder
	writePlain(&b, n, src)
	return collapseSpaces(b.String())
}

func writePlain(b *strings.Builder, n ast.Node, src []byte) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			b.Write(unescape(c.Value(src)))
			if c.SoftLineBreak() || c.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(c.Value)
		case *ast.CodeSpan:
			writeCode(b, c, src)
		case *ast.AutoLink:
			b.Write(c.Label(src))
		case *ast.RawHTML:
			// tags carry no visible text
		default:
			writePlain(b, c, src)
		}
	}
}

func unescape(v []byte) []byte {
	return util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(v)))
}

// inlineMarkdown writes the nodes from first to the end of their parent
// back as CommonMark, so that links and emphasis in descriptions survive.
// Line breaks become spaces and emphasis is normalized to '*'.
func inlineMarkdown(first ast.Node, src []byte) string {
	var b strings.Builder
	for c := first; c != nil; c = c.NextSibling() {
		writeMarkdown(&b, c, src)
	}
	return collapseSpaces(b.String())
}

func childrenMarkdown(n ast.Node, src []byte) string {
	var b strings.Builder
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		writeMarkdown(&b, c, src)
	}
	return b.String()
}

func writeMarkdown(b *strings.Builder, n ast.Node, src []byte) {
	switch n := n.(type) {
	case *ast.Text:
		b.Write(n.Value(src))
		if n.SoftLineBreak() || n.HardLineBreak() {
			b.WriteByte(' ')
		}
	case *ast.String:
		b.Write(n.Value)
	case *ast.Emphasis:
		d := strings.Repeat("*", n.Level)
		b.WriteString(d + childrenMarkdown(n, src) + d)
	case *ast.Link:
		b.WriteString("[" + childrenMarkdown(n, src) + "](" + linkDestination(linkValue(n.Destination), linkValue(n.Title)) + ")")
	case *ast.Image:
		b.WriteString("![" + childrenMarkdown(n, src) + "](" + linkDestination(linkValue(n.Destination), linkValue(n.Title)) + ")")
	case *ast.CodeSpan:
		var code strings.Builder
		writeCode(&code, n, src)
		b.WriteString(codeSpan(code.String()))
	case *ast.AutoLink:
		b.WriteString("<" + string(n.URL(src)) + ">")
	case *ast.RawHTML:
		for i := 0; i < n.Segments.Len(); i++ {
			seg := n.Segments.At(i)
			b.Write(seg.Value(src))
		}
	default:
		b.WriteString(childrenMarkdown(n, src))
	}
}

func writeCode(b *strings.Builder, n ast.Node, src []byte) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if t, ok := c.(*ast.Text); ok {
			b.Write(t.Value(src))
		} else if s, ok := c.(*ast.String); ok {
			b.Write(s.Value)
		}
	}
}

// linkDestination writes a link target and title, given as what they
// mean (escapes and entities resolved), so that Markdown reads them back
// exactly: the target in angle brackets when it holds characters a bare
// destination cannot, backslashes escaped, and an "&" that would start an
// entity escaped.
func linkDestination(target, title string) string {
	d := escapeEntities(strings.ReplaceAll(target, `\`, `\\`))
	if d == "" || strings.ContainsAny(d, " ()<>") {
		d = "<" + strings.NewReplacer("<", `\<`, ">", `\>`).Replace(d) + ">"
	}
	if title != "" {
		t := strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(title)
		d += ` "` + escapeEntities(t) + `"`
	}
	return d
}

// entityLike matches what Markdown reads as an entity or a numeric
// character reference.
var entityLike = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]*);`)
})

// escapeEntities escapes the "&" of every entity in s, which Markdown
// would otherwise decode.
func escapeEntities(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	return entityLike().ReplaceAllStringFunc(s, func(m string) string { return `\` + m })
}

// codeSpan fences code with more backticks than any run inside it.
func codeSpan(code string) string {
	run, longest := 0, 0
	for _, r := range code {
		if r == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	fence := strings.Repeat("`", longest+1)
	if strings.HasPrefix(code, "`") || strings.HasSuffix(code, "`") {
		code = " " + code + " "
	}
	return fence + code + fence
}

// collapseSpaces trims s and turns every run of white space into a space.
func collapseSpaces(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// escapeText escapes the characters that would turn plain text into
// Markdown markup.
func escapeText(s string) string {
	var b strings.Builder
	for i, r := range s {
		switch {
		case strings.ContainsRune("\\`*_[]<>", r):
			b.WriteByte('\\')
		case r == '&' && i+1 < len(s) && (s[i+1] == '#' || isASCIILetter(s[i+1])):
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isASCIILetter(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// splitIcon splits a leading emoji word from a heading: "🧩 LLM
// Fundamentals" gives "🧩" and "LLM Fundamentals". A word is an emoji
// when it is made only of symbols, marks, joiners and variation selectors.
func splitIcon(s string) (icon, rest string) {
	s = strings.TrimSpace(s)
	word, after, _ := strings.Cut(s, " ")
	if !isEmoji(word) {
		return "", s
	}
	return word, strings.TrimSpace(after)
}

func isEmoji(word string) bool {
	symbol := false
	for _, r := range word {
		switch {
		case unicode.Is(unicode.So, r) || unicode.Is(unicode.Sk, r):
			symbol = true
		case unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Co):
		default:
			return false
		}
	}
	return symbol
}

// isImageOnly reports whether a paragraph shows only images (and blanks).
func isImageOnly(p ast.Node, src []byte) bool {
	images := 0
	for c := p.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Image:
			images++
		case *ast.Text:
			if len(bytes.TrimSpace(c.Value(src))) > 0 {
				return false
			}
		default:
			return false
		}
	}
	return images > 0
}
