package roadmap

import (
	"strings"
	"testing"
	"unicode"
)

// TestURLObfuscations has a row per way of hiding a scheme or a host that
// a browser or a Markdown renderer undoes; each must be refused with the
// message saying what to write instead.
func TestURLObfuscations(t *testing.T) {
	const badScheme = `url scheme "javascript:" is not allowed; use http, https or mailto, or a relative path`
	tests := []struct{ url, want string }{
		{"JaVaScRiPt:alert(1)", badScheme},
		{"   javascript:alert(1)", badScheme},
		{"\x00javascript:alert(1)", badScheme},
		{"java\x00script:alert(1)", badScheme},
		{"jav\tascript:alert(1)", badScheme},
		{"java\nscript:alert(1)", badScheme},
		{"java&#x09;script:alert(1)", badScheme},
		{"java&#X9script:alert(1)", badScheme},
		{"java&#9;script:alert(1)", badScheme},
		{"java&#10;script:alert(1)", badScheme},
		{"java&Tab;script:alert(1)", badScheme},
		{"java&NewLine;script:alert(1)", badScheme},
		{"&#106;avascript:alert(1)", badScheme},
		{"&#x6A;&#x61;vascript:alert(1)", badScheme},
		{"javascript&colon;alert(1)", badScheme},
		{"java&amp;#x09;script:alert(1)", badScheme},
		{"java&amp;amp;Tab;script:alert(1)", badScheme},
		{"java\u00a0script:alert(1)", badScheme},
		{"VBScript:msgbox(1)", `url scheme "vbscript:" is not allowed; use http, https or mailto, or a relative path`},
		{"data:text/html;base64,PHNjcmlwdD4=", `url scheme "data:" is not allowed; use http, https or mailto, or a relative path`},
		{"file:///etc/passwd", `url scheme "file:" is not allowed; use http, https or mailto, or a relative path`},
		{"//evil.test/x", `url "//evil.test/x" is protocol-relative; write it in full, as https://evil.test/x`},
		{`\\evil.test\x`, `url "\\\\evil.test\\x" is protocol-relative; write it in full, as https://evil.test\x`},
		{`/\evil.test/x`, `url "/\\evil.test/x" is protocol-relative; write it in full, as https://evil.test/x`},
		{" //evil.test", `url " //evil.test" is protocol-relative; write it in full, as https://evil.test`},
		{"/&#47;evil.test", `url "/&#47;evil.test" is protocol-relative; write it in full, as https://evil.test`},
		// Percent-encoding is not decoded before the scheme is read, by
		// browsers nor here: this is a relative path with a colon, which
		// is not a valid URL.
		{"java%0ascript:alert(1)", `url "java%0ascript:alert(1)" is not a valid URL; check its syntax`},
		// Entities before a query are decoded as ever; "&#58;" is a colon
		// even when a fragment or a query follows.
		{"javascript&#58;alert(1)?a=1&b=2", badScheme},
		{"javascript&colon;alert(1)#top", badScheme},
		{"java&#x09;script:alert(1)?q", badScheme},
		{"/&#47;evil.test?a=1&amp;b=2", `url "/&#47;evil.test?a=1&amp;b=2" is protocol-relative; write it in full, as https://evil.test?a=1&amp;b=2`},
		{"java" + strings.Repeat("&amp;", 1) + strings.Repeat("amp;", 9) + "#9;script:x",
			`url "java&amp;amp;amp;amp;amp;amp;amp;amp;amp"… nests HTML entities too deeply; write the characters themselves`},
	}
	for _, tt := range tests {
		if got := urlProblem(tt.url); got != tt.want {
			t.Errorf("urlProblem(%q)\n got %q\nwant %q", tt.url, got, tt.want)
		}
		if SafeLink(tt.url) {
			t.Errorf("SafeLink(%q) = true", tt.url)
		}
	}
}

// TestURLsKept are links that must stay valid, entities, case and
// relative forms included.
func TestURLsKept(t *testing.T) {
	for _, u := range []string{
		"https://example.com/a?b=1&c=2", "https://example.com/?a=1&amp;b=2", "HTTPS://EXAMPLE.COM",
		"http://x.test", "mailto:a@b.test", "docs/intro.html", "../up", "/root/path", "#section",
		"?q=1", "https://x.test/a//b", "?javascript:alert(1)",
		// A query cannot change the scheme, however deep its entities.
		"https://x.test/?a=" + strings.Repeat("&amp;", 1) + strings.Repeat("amp;", 9) + "#9;", "a/b:c", "https://de.wikipedia.org/wiki/K%C3%BCnstliche_Intelligenz",
	} {
		if msg := urlProblem(u); msg != "" {
			t.Errorf("urlProblem(%q) = %q, want none", u, msg)
		}
	}
}

// TestURLErrorsHavePositions checks that the obfuscated forms are refused
// where they are written, at file:line:col.
func TestURLErrorsHavePositions(t *testing.T) {
	src := "title: T\nurl: \"java&#x09;script:alert(1)\"\nsections:\n  - title: S\n    url: //evil.test/x\n"
	lines := parseErrors(t, src)
	for _, want := range []string{
		`f.yaml:2:6: url scheme "javascript:" is not allowed; use http, https or mailto, or a relative path`,
		`f.yaml:5:10: url "//evil.test/x" is protocol-relative; write it in full, as https://evil.test/x`,
	} {
		if !contains(lines, want) {
			t.Errorf("errors lack %q:\n%s", want, strings.Join(lines, "\n"))
		}
	}
}

// FuzzPlainURL checks the premise of urlProblem's fast path: a URL that
// isPlainURL accepts is read by a browser as written, so judging it
// without decoding gives what decoding would.
func FuzzPlainURL(f *testing.F) {
	for _, u := range []string{"https://example.com/a?b=1&c=2", "java&#x09;script:x", "a b", "//x", "\x7f", "é", "?&amp;"} {
		f.Add(u)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		if !isPlainURL(raw) {
			return
		}
		if seen, ok := browserView(raw); !ok || seen != raw {
			t.Fatalf("browserView(%q) = %q, %v; want it unchanged", raw, seen, ok)
		}
		if strings.TrimSpace(raw) == "" || strings.ContainsFunc(raw, unicode.IsSpace) {
			t.Fatalf("%q is plain but has white space", raw)
		}
	})
}
