package dot

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/roadmap"
)

// hostileTexts try to end a quoted DOT string, add attributes or
// statements, or make a label HTML-like.
var hostileTexts = []string{
	`"]; evil [label="x`, "\"\n}\ndigraph x {", `\"; a -> b; "`, `x\`, `\\`, `\N \G \L`,
	`<<b>html</b>>`, "<script>alert(1)</script>", "a\nb\rc", "// comment", "/* c */ x",
}

// sameSizer measures every box alike and keeps the label as one line,
// line breaks and all, so that Write gets the text as it is.
func sameSizer(kind layout.NodeKind, label string) (w, h float64, lines []string) {
	return 100, 40, []string{label}
}

func hostileRoadmap(text, url string) *roadmap.Roadmap {
	return &roadmap.Roadmap{Title: text, Description: text, URL: url, Sections: []*roadmap.Section{
		{ID: "s", Title: text, Description: text, URL: url,
			Topics: []*roadmap.Topic{{ID: "s/t", Title: text, Description: text, URL: url}}},
		{ID: "u", Title: text, Requires: []roadmap.Ref{{ID: "s/t"}}},
	}}
}

// quoted matches a DOT quoted string.
var quoted = regexp.MustCompile(`"(?:[^"\\]|\\.)*"`)

// skeleton is DOT text with every quoted string emptied: what text
// inside strings cannot change.
func skeleton(t *testing.T, r *roadmap.Roadmap, clusters bool) string {
	t.Helper()
	g, err := FromRoadmap(r, sameSizer)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := Write(&b, g, Options{Clusters: clusters}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), "=<") {
		t.Fatalf("HTML-like attribute:\n%s", b.String())
	}
	return quoted.ReplaceAllString(b.String(), `""`)
}

// TestWriteHostileText checks that text in every field stays inside its
// quoted string: the DOT has the statements and attributes of the same
// roadmap with plain text.
func TestWriteHostileText(t *testing.T) {
	for _, url := range []string{"https://x.test/a", "javascript:alert(1)"} {
		for _, clusters := range []bool{false, true} {
			want := skeleton(t, hostileRoadmap("plain", url), clusters)
			for _, text := range hostileTexts {
				if got := skeleton(t, hostileRoadmap(text, url), clusters); got != want {
					t.Errorf("text %q changed the DOT:\n%s\nwant\n%s", text, got, want)
				}
			}
		}
	}
}

func TestWriteDropsUnsafeURL(t *testing.T) {
	for _, url := range []string{"javascript:alert(1)", "java&#x09;script:x", "//evil.test", "data:text/html,x"} {
		g, err := FromRoadmap(hostileRoadmap("x", url), sameSizer)
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := Write(&b, g, Options{}); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(b.String(), "URL=") {
			t.Errorf("url %q reached the DOT:\n%s", url, b.String())
		}
	}
}
