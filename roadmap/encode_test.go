package roadmap

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEncodeExamples re-encodes every example: the canonical form is a
// fixed point, so an example written by hand in another style shows here.
func TestEncodeExamples(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "examples", "*.yaml"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no examples: %v", err)
	}
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if IsCourse(data) {
			continue
		}
		r, err := Parse(bytes.NewReader(data), path)
		if err != nil {
			t.Fatal(err)
		}
		got, err := Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, data) {
			t.Errorf("%s is not in canonical form (Marshal changes it)", path)
		}
	}
}

func encodeParse(t *testing.T, r *Roadmap) (string, *Roadmap) {
	t.Helper()
	var b bytes.Buffer
	if err := Encode(&b, r); err != nil {
		t.Fatal(err)
	}
	back, err := Parse(bytes.NewReader(b.Bytes()), "enc.yaml")
	if err != nil {
		t.Fatalf("encoded roadmap does not parse: %v\n%s", err, b.String())
	}
	return b.String(), back
}

func sameModel(t *testing.T, got, want *Roadmap) {
	t.Helper()
	g, err := json.Marshal(got)
	if err != nil {
		t.Fatal(err)
	}
	w, err := json.Marshal(want)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(g, w) {
		t.Errorf("decoded model differs:\n got %s\nwant %s", g, w)
	}
}

func TestEncodeRoundTrip(t *testing.T) {
	r := &Roadmap{
		Title:       "🧪 Tricky: strings # not a comment",
		Icon:        "🧑‍🔬",
		Description: strings.Repeat("A long description that wraps: with colons, 'quotes', \"double\" and #hashes. ", 3) + "End.",
		URL:         "https://example.com/a?b=c#d",
		Optional:    true,
		Width:       1280,
		Sections: []*Section{
			{ID: "basics", Title: "Basics", Icon: "🏗️", Description: "two\nlines", Topics: []*Topic{
				{ID: "basics/yes", Title: "yes", Description: "  leading and trailing blanks  "},
				{ID: "custom-id", Title: "- [not a list]", URL: "docs/page.md", Optional: true},
			}, Resources: []Resource{{Title: "@at sign", URL: "https://r.example", Author: "A. Author", Note: "true"}}},
			{ID: "next", Title: "Next", Requires: []Ref{{ID: "basics"}, {File: "other.yaml", ID: "intro"}}},
		},
	}
	text, back := encodeParse(t, r)
	sameModel(t, back, r)
	for _, want := range []string{
		SchemaModeline + "\n",
		"icon: \"🧑‍🔬\"",
		"description: >-\n  A long description",
		"  - title: Next\n    requires:\n",
		"requires:\n      - basics\n      - other.yaml#intro\n",
		"id: custom-id",
		"optional: true\nwidth: 1280\nsections:\n",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("encoded YAML lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "basics/yes") || strings.Contains(text, "id: basics\n") || strings.Contains(text, "id: next") {
		t.Errorf("default ids were written:\n%s", text)
	}
	if !strings.HasPrefix(text, SchemaModeline+"\ntitle: ") {
		t.Errorf("keys out of order:\n%s", text)
	}
}

func TestEncodeNil(t *testing.T) {
	if _, err := Marshal(nil); err == nil {
		t.Error("Marshal(nil) gave no error")
	}
}

func TestUnescapeAstralKeepsLiteralBackslashes(t *testing.T) {
	r := &Roadmap{Title: `C:\U0001F600 is not an emoji 😀`, Sections: []*Section{{Title: "S"}}}
	_, back := encodeParse(t, r)
	if back.Title != r.Title {
		t.Errorf("title = %q, want %q", back.Title, r.Title)
	}
}

func ExampleEncode() {
	r := &Roadmap{Title: "Tiny", Sections: []*Section{
		{ID: "basics", Title: "Basics", Topics: []*Topic{{ID: "basics/maths", Title: "Maths"}}},
		{ID: "next-steps", Title: "Next", Requires: []Ref{{ID: "basics/maths"}, {File: "other.yaml", ID: "intro"}}},
	}}
	if err := Encode(os.Stdout, r); err != nil {
		panic(err)
	}
	// Output:
	// # yaml-language-server: $schema=https://raw.githubusercontent.com/roadmapgo/roadmap/main/roadmap.schema.json
	// title: Tiny
	// sections:
	//   - title: Basics
	//     topics:
	//       - title: Maths
	//   - title: Next
	//     id: next-steps
	//     requires:
	//       - basics/maths
	//       - other.yaml#intro
}
