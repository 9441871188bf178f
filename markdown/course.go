package markdown

import (
	"html"
	"regexp"
	"strings"
	"sync"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// htmlTitle finds a title in the HTML of a README's banner: the text of
// an <h1>, or the alt text of an <img>.
var htmlTitle = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?is)<h1[^>]*>([^<]+)</h1>|<img[^>]*\salt="([^"]+)"`)
})

// parse reads src as CommonMark, with goldmark's default parsers and no
// extension. It builds the parser itself rather than through goldmark.New,
// which would also link (and initialise in every command) goldmark's HTML
// renderer, which nothing here uses.
func parse(src []byte) ast.Node {
	p := parser.NewParser(
		parser.WithBlockParsers(parser.DefaultBlockParsers()...),
		parser.WithInlineParsers(parser.DefaultInlineParsers()...),
		parser.WithParagraphTransformers(parser.DefaultParagraphTransformers()...),
	)
	return p.Parse(text.NewReader(src))
}

// CourseTitle returns the title of the course a README describes: its
// first "#" heading, else, before the first "##" part, an <h1> or the alt
// text of the first image (a banner such as llm-course's), else "". src
// should be within MaxReadmeSize; Import checks it.
func CourseTitle(src []byte) string {
	doc := parse(src)
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		if h, ok := n.(*ast.Heading); ok && h.Level == 1 {
			return plainText(h, src)
		}
	}
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		if h, ok := n.(*ast.Heading); ok && h.Level == 2 {
			break
		}
		if t := bannerTitle(n, src); t != "" {
			return t
		}
	}
	return ""
}

// bannerTitle returns the title that the block n shows as a banner: the
// alt text of a Markdown image alone in a paragraph, or an HTML <h1> or
// image alt; "" otherwise.
func bannerTitle(n ast.Node, src []byte) string {
	switch n := n.(type) {
	case *ast.Paragraph:
		if img, ok := n.FirstChild().(*ast.Image); ok && isImageOnly(n, src) {
			return plainText(img, src)
		}
	case *ast.HTMLBlock:
		var b strings.Builder
		for i := 0; i < n.Lines().Len(); i++ {
			seg := n.Lines().At(i)
			b.Write(seg.Value(src))
		}
		if m := htmlTitle().FindStringSubmatch(b.String()); m != nil {
			return collapseSpaces(html.UnescapeString(strings.TrimSpace(m[1] + m[2])))
		}
	}
	return ""
}
