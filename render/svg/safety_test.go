package svg

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"math"
	"strings"
	"testing"

	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/render"
	"github.com/roadmapgo/roadmap/render/internal/rendertest"
)

// hostile puts markup, quotes, scripts and unsafe URLs everywhere a user
// string reaches the SVG.
func hostile(text, url string) *layout.Diagram {
	d := rendertest.SVGSample()
	d.Title = text
	d.Description = text
	for i := range d.Nodes {
		n := &d.Nodes[i]
		n.ID = text + n.ID
		n.URL = url
		n.Tooltip = text
		n.Status = text
		n.Lines[0].Text = text
		n.Lines[0].Anchor = layout.Anchor(text)
	}
	d.Nodes[0].Icon.Text = text
	d.Nodes[1].Icon = nil
	for i := range d.Edges {
		e := &d.Edges[i]
		e.ID, e.From, e.To = text, text+e.From, text+e.To
	}
	d.Edges[0].Kind = layout.EdgeKind(text)
	d.Nodes[2].Kind = layout.NodeKind(text)
	return d
}

// checkSafe fails unless b is well-formed XML without scripts, event
// handlers, foreignObject or any link other than a safe one.
func checkSafe(t testing.TB, b []byte) {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(b))
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v\n%s", err, b)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch strings.ToLower(se.Name.Local) {
		case "script", "foreignobject", "iframe", "object", "embed":
			t.Fatalf("forbidden element <%s>", se.Name.Local)
		}
		for _, a := range se.Attr {
			name := strings.ToLower(a.Name.Local)
			if strings.HasPrefix(name, "on") {
				t.Fatalf("event handler attribute %s=%q", a.Name.Local, a.Value)
			}
			if name == "href" && !strings.HasPrefix(a.Value, "data:image/") {
				if _, ok := render.SafeURL(a.Value); !ok {
					t.Fatalf("unsafe href %q", a.Value)
				}
			}
		}
	}
}

func TestSVGHostileInput(t *testing.T) {
	texts := []string{
		`<script>alert(1)</script>`, `" onload="alert(1)`, `' onclick='x'`, `]]><script>x</script>`,
		"a\x00b\x1b\ufffe", "\xff\xfe bad utf8", `&amp; &lt;`, `</text></g></svg><svg onload=alert(1)>`,
	}
	urls := []string{
		"javascript:alert(1)", " JavaScript:alert(1)", "java\tscript:alert(1)", "data:text/html,<script>x</script>",
		"vbscript:x", "file:///etc/passwd", `https://x.test/"onmouseover="alert(1)`, "jav&#x61;script:x", "//x.test/a",
	}
	for _, text := range texts {
		for _, url := range urls {
			out := renderSVG(t, hostile(text, url), Options{IDPrefix: text, EmbedFont: true})
			checkSafe(t, out)
			if bytes.Contains(bytes.ToLower(out), []byte("<script")) {
				t.Fatalf("output contains <script for text %q url %q", text, url)
			}
		}
	}
}

func TestSafeURL(t *testing.T) {
	for url, want := range map[string]bool{
		"https://example.com/a?b=1&c=2": true, "http://x.test": true, "mailto:a@b.test": true,
		"docs/intro.html": true, "#section": true, "../up": true, "HTTPS://X.TEST": true,
		"javascript:alert(1)": false, "JAVASCRIPT:alert(1)": false, " javascript:x": false,
		"java\nscript:x": false, "data:text/html,x": false, "vbscript:x": false, "file:///etc": false,
		"ftp://x.test": false, "": false, "a:b/c": false, `\\evil\share`: false,
		"java&#x09;script:x": false, "&#106;avascript:x": false, "//x.test/a": false, `/\x.test`: false,
	} {
		if _, got := render.SafeURL(url); got != want {
			t.Errorf("render.SafeURL(%q) = %v, want %v", url, got, want)
		}
	}
}

func TestSanitizeIDs(t *testing.T) {
	s := newIDSet("my prefix:", 0)
	for _, c := range []struct{ in, want string }{
		{"intro", "my_prefix_intro"}, {"intro", "my_prefix_intro-2"}, {"a b", "my_prefix_a_b"},
	} {
		if got := s.add(c.in); got != c.want {
			t.Errorf("add(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if got := render.SanitizeID("1st"); got != "_1st" {
		t.Errorf("an id must not start with a digit: got %q", got)
	}
}

func TestSVGIconErrors(t *testing.T) {
	d := rendertest.SVGSample()
	d.Nodes[1].Icon.Path = "testdata/missing.png"
	var out bytes.Buffer
	if err := Write(&out, d, Options{}); err == nil || !strings.Contains(err.Error(), "basics") {
		t.Errorf("a missing icon file must fail naming the node, got %v", err)
	}
	if out.Len() != 0 {
		t.Errorf("a failed rendering wrote %d bytes; it must write nothing", out.Len())
	}
	text := func(string) ([]byte, error) { return []byte("just text"), nil }
	if err := Write(io.Discard, rendertest.SVGSample(), Options{ReadFile: text}); err == nil {
		t.Error("an icon that is no image must fail")
	}
	svgIcon := func(string) ([]byte, error) {
		return []byte(`<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>`), nil
	}
	if !bytes.Contains(renderSVG(t, rendertest.SVGSample(), Options{ReadFile: svgIcon}), []byte(`xlink:href="data:image/svg+xml;base64,`)) {
		t.Error("an SVG icon must be embedded as an image/svg+xml data URI")
	}
}

func TestSVGWriteError(t *testing.T) {
	if err := Write(failWriter{}, rendertest.SVGSample(), Options{}); err == nil {
		t.Error("a failing writer must give an error")
	}
	if err := Write(io.Discard, nil, Options{}); err == nil {
		t.Error("a nil diagram must give an error")
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func FuzzSVG(f *testing.F) {
	f.Add("Tokenization", "https://example.com", "intro")
	f.Add(`<script>"x"</script>`, "javascript:alert(1)", `a"b`)
	f.Add("\x00\xff]]>", "  mailto:x", "")
	f.Fuzz(func(t *testing.T, text, url, id string) {
		d := hostile(text, url)
		d.Nodes[3].ID = id
		var b bytes.Buffer
		if err := Write(&b, d, Options{IDPrefix: id}); err != nil {
			t.Fatal(err)
		}
		checkSafe(t, b.Bytes())
	})
}

func TestEscapeMatchesEncodingXML(t *testing.T) {
	for _, s := range []string{"plain text 1.5", "a&b", `"q"`, "it's", "<x>", "tab\there", "é", "\x00", "\xff", "",
		"line\r\nbreak", "\x7f", "\uFFFD", "\uFFFE", "\xed\xa0\x80", "\U0001F600 ok", "a\xc3"} {
		checkEscape(t, s)
	}
}

// FuzzEscape checks that escape writes what encoding/xml.EscapeText
// writes, byte for byte, on any input.
func FuzzEscape(f *testing.F) {
	f.Add("a<b>&\"c'\t\n\r\x00\xff\uFFFD")
	f.Fuzz(checkEscape)
}

func checkEscape(t *testing.T, s string) {
	var want strings.Builder
	_ = xml.EscapeText(&want, []byte(s))
	if got := escape(s); got != want.String() {
		t.Errorf("escape(%q) = %q, want %q", s, got, want.String())
	}
}

func TestDec2(t *testing.T) {
	for _, c := range []struct {
		in   float64
		want string
	}{
		{1.5, "1.50"}, {-2.25, "-2.25"}, {-0.001, "0.00"}, {math.Copysign(0, -1), "0.00"},
		{math.NaN(), "0.00"}, {math.Inf(-1), "0.00"}, {1e21, "1000000000000000000000.00"},
	} {
		if got := dec2(c.in); got != c.want {
			t.Errorf("dec2(%v) = %q, want %q", c.in, got, c.want)
		}
	}
}
