package markdown

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/roadmapgo/roadmap/roadmap"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
)

// hostileStrings are field values that try to add markup, active content
// or structure to an exported README.
var hostileStrings = []string{
	`<script>alert(1)</script>`,
	`<svg onload=alert(1)>`,
	`<img src=x onerror=alert(1)>`,
	`<a href="javascript:alert(1)">x</a>`,
	`[click](javascript:alert(1))`,
	`[click](java&#x09;script:alert(1))`,
	`[click](<javascript:alert(1)>)`,
	`[click](//evil.test)`,
	`![img](javascript:alert(1))`,
	`<javascript:alert(1)>`,
	`[x]: javascript:alert(1)`,
	"title\n\n## Injected heading\n\n- injected item",
	"# heading",
	"- item",
	"1. item",
	"> quote",
	"| a | b |\n|---|---|",
	"```\ncode\n```",
	"---",
	"***",
	"=====",
	"    indented code",
	"x\\",
	"x <",
	"<[a onclick=alert(1)>](javascript:x)",
	`[a](<x\<img onerror=alert(1)\>>)`,
	`[a](x "t\"<img src=x onerror=alert(1)>")`,
	"`unclosed",
	"a ##",
	"<!-- comment -->",
	"\x00\x1b[31m",
}

// sample is a roadmap with s in every field a README carries; urls that
// are not safe stay as they are, as a roadmap built in Go may have them.
func sample(s, url string, optional bool) *roadmap.Roadmap {
	title := s
	if strings.TrimSpace(title) == "" {
		title = "T" + title // titles are never blank in a valid roadmap
	}
	return &roadmap.Roadmap{Title: title, Icon: "🧩", Description: s, Optional: optional, Sections: []*roadmap.Section{
		{Title: title, Description: s + "\n\n" + s,
			Topics: []*roadmap.Topic{
				{Title: title, Description: s + "\n\n" + s, URL: url},
				{Title: title},
			},
			Resources: []roadmap.Resource{{Title: title, URL: url, Author: s, Note: s}, {Title: title, URL: "https://x.test"}},
		},
		{Title: title, Topics: []*roadmap.Topic{{Title: title, Description: s}}},
		{Title: title, Resources: []roadmap.Resource{{Title: title, URL: url, Note: s}}},
	}}
}

// shape counts the nodes of a parsed README.
type shape struct {
	headings   map[int]int
	lists      int
	items      int
	breaks     int
	htmlBlocks int
	other      []string // blocks an export never writes, and raw HTML
}

// readmeParser reads the export as GitHub would: CommonMark and the GFM
// extensions.
var readmeParser = goldmark.New(goldmark.WithExtensions(extension.GFM))

// checkExport fails unless md has the structure that r implies, no raw
// HTML but the optional block, and only safe link targets.
func checkExport(t *testing.T, r *roadmap.Roadmap, md []byte) {
	t.Helper()
	doc := readmeParser.Parser().Parse(text.NewReader(md))
	got := shape{headings: map[int]int{}}
	err := ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering {
			got.count(t, n, md)
		}
		return ast.WalkContinue, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := wantShape(r)
	if len(got.other) > 0 || got.lists != want.lists || got.items != want.items || got.breaks != want.breaks ||
		got.htmlBlocks != want.htmlBlocks || got.headings[2] != want.headings[2] || got.headings[3] != want.headings[3] ||
		len(got.headings) > 2 {
		t.Fatalf("export has the wrong structure: got %+v, want %+v\n%s", got, want, md)
	}
}

func (s *shape) count(t *testing.T, n ast.Node, md []byte) {
	t.Helper()
	switch n := n.(type) {
	case *ast.Heading:
		s.headings[n.Level]++
	case *ast.List:
		s.lists++
	case *ast.ListItem:
		s.items++
	case *ast.ThematicBreak:
		s.breaks++
	case *ast.HTMLBlock:
		s.htmlBlocks++
	case *ast.RawHTML, *ast.Blockquote, *ast.CodeBlock, *ast.FencedCodeBlock, *extast.Table, *extast.TaskCheckBox:
		s.other = append(s.other, n.Kind().String())
	case *ast.Link:
		checkTarget(t, linkValue(n.Destination), md)
	case *ast.Image:
		checkTarget(t, linkValue(n.Destination), md)
	case *ast.AutoLink:
		if n.AutoLinkType == ast.AutoLinkURL {
			checkTarget(t, string(n.URL(md)), md)
		}
	}
}

func checkTarget(t *testing.T, target string, md []byte) {
	t.Helper()
	if !roadmap.SafeLink(target) {
		t.Fatalf("export links to %q:\n%s", target, md)
	}
}

// wantShape is the structure Export gives r: one "##" heading, a "###"
// heading per section with rules between them, a list of topics and one
// of resources where there are any, and the two lines of the optional
// block.
func wantShape(r *roadmap.Roadmap) shape {
	s := shape{headings: map[int]int{2: 1, 3: len(r.Sections)}, breaks: len(r.Sections) - 1}
	for _, sec := range r.Sections {
		if len(sec.Topics) > 0 {
			s.lists++
		}
		if len(sec.Resources) > 0 {
			s.lists++
		}
		s.items += len(sec.Topics) + len(sec.Resources)
	}
	if r.Optional {
		s.htmlBlocks = 2
	}
	return s
}

// activeContent matches what must never reach the HTML a Markdown
// renderer makes of the export, even one that passes raw HTML through:
// script and svg elements, event handlers and javascript: targets.
var activeContent = regexp.MustCompile(`(?i)<script|<svg|(href|src)="\s*javascript:|` +
	`<[a-z][a-z0-9]*(\s+[a-z_:.-]+(\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?)*\s+on[a-z]+\s*=`)

func TestExportHostileFields(t *testing.T) {
	md := goldmark.New(goldmark.WithExtensions(extension.GFM), goldmark.WithRendererOptions(html.WithUnsafe()))
	for _, s := range hostileStrings {
		for _, url := range []string{"https://ok.test/a", "javascript:alert(1)", "java&#x09;script:alert(1)", "//evil.test", "javascript\\:alert(1)"} {
			r := sample(s, url, true)
			var out bytes.Buffer
			if err := Export(&out, r); err != nil {
				t.Fatal(err)
			}
			checkExport(t, r, out.Bytes())
			var page bytes.Buffer
			if err := md.Convert(out.Bytes(), &page); err != nil {
				t.Fatal(err)
			}
			if bad := activeContent.FindString(page.String()); bad != "" {
				t.Fatalf("field %q, url %q: HTML has %q:\n%s", s, url, bad, page.String())
			}
		}
	}
}

// TestExportKeepsSafeMarkdown checks that the safe subset survives: links,
// emphasis and code in a description, and a plain "<" in text.
func TestExportKeepsSafeMarkdown(t *testing.T) {
	desc := "See [the docs](https://x.test/a_b?c=1&d=2) and *this* or `code <b>`, with <1B models & more."
	r := &roadmap.Roadmap{Title: "T", Sections: []*roadmap.Section{{Title: "S", Description: desc}}}
	var out bytes.Buffer
	if err := Export(&out, r); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "\n"+desc+"\n") {
		t.Errorf("description changed:\n%s", out.String())
	}
}

func FuzzExportMarkdown(f *testing.F) {
	for _, s := range hostileStrings {
		f.Add(s, "javascript:alert(1)", false)
	}
	f.Add("plain *text* with [a link](https://x.test)", "https://x.test/", true)
	f.Fuzz(func(t *testing.T, s, url string, optional bool) {
		r := sample(s, url, optional)
		var out bytes.Buffer
		if err := Export(&out, r); err != nil {
			t.Fatal(err)
		}
		checkExport(t, r, out.Bytes())
	})
}
