package export

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/roadmapgo/roadmap/roadmap"
)

// hostileLabels try to end a Mermaid label or statement, add a click
// handler, a directive or markup.
var hostileLabels = []string{
	`%%{init: {"securityLevel": "loose"}}%%`, "x\nclick s1 call alert(1)", `"] --> evil["x`,
	"<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "`**md**`", "#quot; #35;",
	"a;b", "%%% comment", "x\u2028click s1 href \"javascript:alert(1)\"", `\"`,
}

func hostileMermaid(text string) *roadmap.Roadmap {
	return &roadmap.Roadmap{Title: text, Sections: []*roadmap.Section{
		{ID: "s", Title: text, Topics: []*roadmap.Topic{{ID: "s/t", Title: text}}},
		{ID: "u", Title: text, Requires: []roadmap.Ref{{ID: "s/t"}, {File: text + ".yaml", ID: "x"}}},
	}}
}

// label matches a quoted node label.
var label = regexp.MustCompile(`\["[^"]*"\]`)

// mermaidSkeleton is the flowchart with labels emptied and the title line
// checked: what text cannot change.
func mermaidSkeleton(t *testing.T, text string) string {
	t.Helper()
	var b bytes.Buffer
	if err := Mermaid(&b, hostileMermaid(text)); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	head, body, ok := strings.Cut(strings.TrimPrefix(out, "---\ntitle: "), "\n---\n")
	if !ok {
		t.Fatalf("no front matter:\n%s", out)
	}
	// The title is plain text in YAML; the body has no markup at all.
	if title, err := strconv.Unquote(head); err != nil || strings.Contains(title, "%%") || strings.Contains(head, "\n") {
		t.Fatalf("title line %q: %v", head, err)
	}
	if strings.Contains(body, "%%") || strings.Contains(body, "\u2028") {
		t.Fatalf("text %q: flowchart has a comment, a directive or a line separator:\n%s", text, out)
	}
	for _, l := range label.FindAllString(body, -1) {
		if strings.ContainsAny(l, "<>`") {
			t.Fatalf("text %q: label %s has markup", text, l)
		}
	}
	return label.ReplaceAllString(body, `[""]`)
}

func TestMermaidHostileText(t *testing.T) {
	want := mermaidSkeleton(t, "plain")
	for _, text := range hostileLabels {
		if got := mermaidSkeleton(t, text); got != want {
			t.Errorf("text %q changed the flowchart:\n%s\nwant\n%s", text, got, want)
		}
	}
}
