package export

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/roadmapgo/roadmap/internal/golden"
	"github.com/roadmapgo/roadmap/roadmap"
)

// inputs are the roadmaps of the golden tests: an example and a file of
// characters that need escaping, optional nodes and requires.
var inputs = map[string]string{
	"engineer": filepath.Join("..", "examples", "engineer.yaml"),
	"tricky":   filepath.Join("testdata", "tricky.yaml"),
}

func parse(t *testing.T, path string) *roadmap.Roadmap {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r, err := roadmap.Parse(f, path)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// check compares got with testdata/name.ext (see package golden).
func check(t *testing.T, name, ext string, got []byte) {
	t.Helper()
	golden.Check(t, filepath.Join("testdata", name+"."+ext), got)
}

func render(t *testing.T, f func(io.Writer, *roadmap.Roadmap) error, r *roadmap.Roadmap) []byte {
	t.Helper()
	var a, b bytes.Buffer
	if err := f(&a, r); err != nil {
		t.Fatal(err)
	}
	if err := f(&b, r); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("two runs gave different output")
	}
	return a.Bytes()
}

func TestMermaidGolden(t *testing.T) {
	for name, path := range inputs {
		t.Run(name, func(t *testing.T) {
			check(t, name, "mmd", render(t, Mermaid, parse(t, path)))
		})
	}
}

func TestJSONGolden(t *testing.T) {
	for name, path := range inputs {
		t.Run(name, func(t *testing.T) {
			out := render(t, JSON, parse(t, path))
			var back roadmap.Roadmap
			if err := json.Unmarshal(out, &back); err != nil {
				t.Fatalf("output is not JSON: %v", err)
			}
			check(t, name, "json", out)
		})
	}
}

// TestMermaidLabels checks that no label can end its quotes or start an
// entity, whatever the title holds.
func TestMermaidLabels(t *testing.T) {
	out := string(render(t, Mermaid, parse(t, inputs["tricky"])))
	for _, line := range strings.Split(out, "\n") {
		open := strings.Index(line, `["`)
		if open < 0 {
			continue
		}
		label := strings.TrimSuffix(line[open+2:], `"]`)
		if strings.ContainsAny(label, "\"<>`") {
			t.Errorf("unescaped label in %q", line)
		}
		for _, part := range strings.Split(label, "#")[1:] {
			if !strings.Contains(part, ";") {
				t.Errorf("bare # in label %q", label)
			}
		}
	}
	for _, want := range []string{"x1 -.-> s2", "x1 -.-> s2t1", "s1t2 -.-> s2", "s1 --> s2", "s1 --- s1t1", "class s1,s1t1,s1t2,s2,s2t1 optional"} {
		if !strings.Contains(out, "  "+want+"\n") {
			t.Errorf("Mermaid lacks %q:\n%s", want, out)
		}
	}
}

// TestMermaidNumbersSectionsOnce checks that a section's number is
// written once, never as a Markdown list Mermaid would number again, even
// when the title starts with the number.
func TestMermaidNumbersSectionsOnce(t *testing.T) {
	r := &roadmap.Roadmap{Title: "T", Sections: []*roadmap.Section{
		{ID: "a", Title: "1. Intro"}, {ID: "b", Title: "2) Next"}, {ID: "c", Title: "30 days"}, {ID: "d", Title: "4.5 Half"},
	}}
	out := string(render(t, Mermaid, r))
	for _, want := range []string{`s1["1.` + "\u00a0" + `Intro"]`, `s2["2.` + "\u00a0" + `Next"]`,
		`s3["3.` + "\u00a0" + `30 days"]`, `s4["4.` + "\u00a0" + `4.5 Half"]`} {
		if !strings.Contains(out, want) {
			t.Errorf("Mermaid lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "1. ") {
		t.Errorf("a label holds \"1. \", which Mermaid reads as a list:\n%s", out)
	}
}

func ExampleMermaid() {
	r := &roadmap.Roadmap{Title: "Tiny", Sections: []*roadmap.Section{
		{ID: "a", Title: "A", Topics: []*roadmap.Topic{{ID: "a/t", Title: "T"}}},
		{ID: "b", Title: "B", Requires: []roadmap.Ref{{ID: "a/t"}}},
	}}
	if err := Mermaid(os.Stdout, r); err != nil {
		panic(err)
	}
	// Output:
	// ---
	// title: "Tiny"
	// ---
	// flowchart TD
	//   s1["1. A"]
	//   s1t1["T"]
	//   s2["2. B"]
	//   s1 --- s1t1
	//   s1 --> s2
	//   s1t1 -.-> s2
	//   classDef section fill:#3d6ff5,stroke:#2b55cc,color:#fff
	//   classDef topic fill:#2fc18c,stroke:#23a070,color:#fff
	//   classDef optional stroke-dasharray:5 5
	//   class s1,s2 section
	//   class s1t1 topic
}

func ExampleJSON() {
	r := &roadmap.Roadmap{Title: "Tiny <1B", Sections: []*roadmap.Section{{ID: "a", Title: "A"}}}
	if err := JSON(os.Stdout, r); err != nil {
		panic(err)
	}
	// Output:
	// {
	//   "title": "Tiny <1B",
	//   "sections": [
	//     {
	//       "id": "a",
	//       "title": "A"
	//     }
	//   ]
	// }
}
