package markdown

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/roadmapgo/roadmap/roadmap"
)

func importOne(t *testing.T, src string) (*roadmap.Roadmap, []Warning) {
	t.Helper()
	parts, warnings, err := Import([]byte(src), "test.md")
	if err != nil {
		t.Fatal(err)
	}
	if len(parts) != 1 {
		t.Fatalf("imported %d roadmaps, want 1", len(parts))
	}
	return parts[0], warnings
}

func TestImportPart(t *testing.T) {
	r, _ := importOne(t, `# Course

Intro paragraph that belongs to no part.

## 🧑‍🔬 The LLM Scientist

This part builds LLMs.

![](img/roadmap.png)

### 1. The LLM architecture

First paragraph.

Second paragraph with a [link](https://example.com).

- **Tokenization**: Learn *how* text becomes numbers.
- **Storage & chat templates**: Formats.

📚 **References**:
* [Visual intro](https://youtu.be/x) by 3Blue1Brown: Visual introduction.
* [LLM Security](https://llmsecurity.net/) by [@llm_sec](https://twitter.com/llm_sec): Extensive list.
* [No note](https://example.com/a) by Someone
* [Just a note](https://example.com/b): Short.
* [Bare](https://example.com/c)
`)
	if r.Title != "The LLM Scientist" || r.Icon != "🧑‍🔬" || r.Description != "This part builds LLMs." {
		t.Errorf("part = %q %q %q", r.Icon, r.Title, r.Description)
	}
	s := r.Sections[0]
	if s.ID != "the-llm-architecture" || s.Number != 1 || s.Title != "The LLM architecture" {
		t.Errorf("section = %q %d %q", s.ID, s.Number, s.Title)
	}
	wantDesc := "First paragraph.\n\nSecond paragraph with a [link](https://example.com)."
	if s.Description != wantDesc {
		t.Errorf("section description = %q, want %q", s.Description, wantDesc)
	}
	wantTopics := []roadmap.Topic{
		{ID: "the-llm-architecture/tokenization", Title: "Tokenization", Description: "Learn *how* text becomes numbers."},
		{ID: "the-llm-architecture/storage-chat-templates", Title: "Storage & chat templates", Description: "Formats."},
	}
	checkTopics(t, s.Topics, wantTopics)
	wantResources := []roadmap.Resource{
		{Title: "Visual intro", URL: "https://youtu.be/x", Author: "3Blue1Brown", Note: "Visual introduction."},
		{Title: "LLM Security", URL: "https://llmsecurity.net/", Author: "[@llm_sec](https://twitter.com/llm_sec)", Note: "Extensive list."},
		{Title: "No note", URL: "https://example.com/a", Author: "Someone"},
		{Title: "Just a note", URL: "https://example.com/b", Note: "Short."},
		{Title: "Bare", URL: "https://example.com/c"},
	}
	if len(s.Resources) != len(wantResources) {
		t.Fatalf("got %d resources, want %d", len(s.Resources), len(wantResources))
	}
	for i, want := range wantResources {
		got := s.Resources[i]
		got.Pos = roadmap.Pos{}
		if got != want {
			t.Errorf("resource %d = %+v, want %+v", i, got, want)
		}
	}
}

func checkTopics(t *testing.T, got []*roadmap.Topic, want []roadmap.Topic) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("got %d topics, want %d", len(got), len(want))
	}
	for i := range want {
		g := *got[i]
		g.Pos = roadmap.Pos{}
		if g.ID != want[i].ID || g.Title != want[i].Title || g.Description != want[i].Description || g.URL != want[i].URL {
			t.Errorf("topic %d = %+v, want %+v", i, g, want[i])
		}
	}
}

// TestImportTopicForms covers every way the course writes a topic's name.
func TestImportTopicForms(t *testing.T) {
	r, warnings := importOne(t, `## Part

### 1. Forms

* **Plain**: colon after the bold name.
* **[Linked inside](https://a.example)**: link inside the bold.
* [**Linked around**](https://b.example): link around the bold.
* **[No colon](https://c.example)** Directly describes.
* **Colon inside:** the colon is bold too.
- **Other marker**: not in this list.
`)
	want := []roadmap.Topic{
		{ID: "forms/plain", Title: "Plain", Description: "colon after the bold name."},
		{ID: "forms/linked-inside", Title: "Linked inside", URL: "https://a.example", Description: "link inside the bold."},
		{ID: "forms/linked-around", Title: "Linked around", URL: "https://b.example", Description: "link around the bold."},
		{ID: "forms/no-colon", Title: "No colon", URL: "https://c.example", Description: "Directly describes."},
		{ID: "forms/colon-inside", Title: "Colon inside", Description: "the colon is bold too."},
	}
	checkTopics(t, r.Sections[0].Topics, want)
	if !hasWarning(warnings, "ignored list after the topics") {
		t.Errorf("a second list after the topics gave no warning: %v", warnings)
	}
}

// TestImportVariants covers headings with emoji and odd capitalisation,
// sections without topics, HTML, optional parts, skipped parts and notebook
// tables.
func TestImportVariants(t *testing.T) {
	src := `## 📝 Notebooks

| Notebook | Description |
|---|---|
| LazyMergekit | Merge models. |

### Tools

- [Tool](https://tool.example): not a section.

## 🧩 LLM FUNDAMENTALS

<details>
<summary>Toggle section (optional)</summary>

### 1. 🧮 MATHS for ML

Only a description, no topics.

<p align="center">html inside a section</p>

### 2) Python

📚 Resources:

- [Real Python](https://realpython.com/): Tutorials.
</details>

## 👷 The LLM Engineer

### 1. Running LLMs

* **LLM APIs**: APIs.

### 2. Vector storage

* **Ingesting**: Loaders.

### 3. RAG

## Acknowledgements

Thanks.
`
	parts, warnings, err := Import([]byte(src), "variants.md")
	if err != nil {
		t.Fatal(err)
	}
	if len(parts) != 2 {
		t.Fatalf("imported %d parts, want 2 (Notebooks and Acknowledgements skipped)", len(parts))
	}
	fund, eng := parts[0], parts[1]
	if fund.Title != "LLM FUNDAMENTALS" || fund.Icon != "🧩" || !fund.Optional {
		t.Errorf("fundamentals = %q %q optional=%v", fund.Icon, fund.Title, fund.Optional)
	}
	if s := fund.Sections[0]; s.Icon != "🧮" || s.Title != "MATHS for ML" || s.ID != "maths-for-ml" || len(s.Topics) != 0 {
		t.Errorf("section 1 = %q %q %q with %d topics", s.Icon, s.Title, s.ID, len(s.Topics))
	}
	if s := fund.Sections[1]; s.Title != "Python" || len(s.Resources) != 1 || s.Resources[0].Note != "Tutorials." {
		t.Errorf("section 2 = %q with resources %+v", s.Title, s.Resources)
	}
	if eng.Optional || len(eng.Sections) != 3 || len(eng.Sections[2].Topics) != 0 {
		t.Errorf("engineer: optional=%v, %d sections", eng.Optional, len(eng.Sections))
	}
	for _, want := range []string{`skipped part "📝 Notebooks"`, `skipped part "Acknowledgements"`} {
		if !hasWarning(warnings, want) {
			t.Errorf("no warning %q in %v", want, warnings)
		}
	}
	if w := warnings[0].String(); !strings.HasPrefix(w, "variants.md:1: ") {
		t.Errorf("first warning = %q, want it at variants.md:1", w)
	}
}

func hasWarning(ws []Warning, part string) bool {
	for _, w := range ws {
		if strings.Contains(w.Msg, part) {
			return true
		}
	}
	return false
}

func TestImportNotACourse(t *testing.T) {
	for _, src := range []string{"", "# Title\n\nJust prose.\n", "## Part\n\n### Unnumbered\n\n- **A**: b\n"} {
		_, _, err := Import([]byte(src), "notes.md")
		if err == nil || !strings.Contains(err.Error(), "notes.md: not a course README") || !strings.Contains(err.Error(), "### 1. Title") {
			t.Errorf("Import(%q) error = %v, want one saying what was expected", src, err)
		}
	}
}

func TestImportWarnsOnNumbering(t *testing.T) {
	r, warnings := importOne(t, "## P\n\n### 1. A\n\n### 3. B\n")
	if r.Sections[1].Number != 2 || !hasWarning(warnings, "numbered 3 but is section 2") {
		t.Errorf("number = %d, warnings %v", r.Sections[1].Number, warnings)
	}
}

// TestRoundTrip exports every example and imports it back: the model is
// the same apart from what a README cannot carry (the roadmap's url and
// the requires here; see Export) and source positions.
func TestRoundTrip(t *testing.T) {
	for _, name := range exampleFiles {
		t.Run(name, func(t *testing.T) {
			want, err := roadmap.Load(filepath.Join("..", "examples", name))
			if err != nil {
				t.Fatal(err)
			}
			var md bytes.Buffer
			if err := Export(&md, want); err != nil {
				t.Fatal(err)
			}
			got, warnings := importOne(t, md.String())
			if len(warnings) > 0 {
				t.Errorf("re-import warns: %v", warnings)
			}
			want.URL = ""
			for _, s := range want.Sections {
				s.Requires = nil
				for _, t := range s.Topics {
					t.Requires = nil
				}
			}
			if g, w := modelJSON(t, got), modelJSON(t, want); g != w {
				t.Errorf("round trip changed the model:\n got %s\nwant %s", g, w)
			}
		})
	}
}

// modelJSON is the model without file names and positions, for comparing.
func modelJSON(t *testing.T, r *roadmap.Roadmap) string {
	t.Helper()
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func FuzzImport(f *testing.F) {
	f.Add([]byte("## 🧩 P\n\n<details>\n<summary>Toggle section (optional)</summary>\n\n### 1. A\n\nd\n\n- **T**: x\n\n📚 References:\n\n- [R](u) by A: n\n</details>\n"))
	f.Add([]byte("## P\n\n### 1. A\n\n* [**T**](u): x\n* **[U](v)** y\n\n| a | b |\n|---|---|\n"))
	f.Add([]byte("## P\n### 1) `code` *em*\n- **\\*x\\***: <b>h</b> &amp; `c`\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		parts, _, err := Import(src, "fuzz.md")
		if err == nil && len(parts) == 0 {
			t.Fatal("no roadmap and no error")
		}
		for _, r := range parts {
			var b bytes.Buffer
			if err := Export(&b, r); err != nil {
				t.Fatal(err)
			}
		}
	})
}

func BenchmarkImport(b *testing.B) {
	src, err := os.ReadFile(seedREADME)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, _, err := Import(src, seedREADME); err != nil {
			b.Fatal(err)
		}
	}
}

func ExampleImport() {
	readme := `## 👷 The LLM Engineer

### 1. Running LLMs

* **LLM APIs**: APIs are a convenient way to deploy LLMs.

📚 **References**:
* [Prompt engineering guide](https://www.promptingguide.ai/) by DAIR.AI: Exhaustive list of prompt techniques.
`
	parts, _, err := Import([]byte(readme), "README.md")
	if err != nil {
		panic(err)
	}
	r := parts[0]
	s := r.Sections[0]
	fmt.Println(r.Icon, r.Title)
	fmt.Println(s.Number, s.ID, "-", s.Topics[0].ID, "-", s.Resources[0].Author)
	// Output:
	// 👷 The LLM Engineer
	// 1 running-llms - running-llms/llm-apis - DAIR.AI
}

func ExampleExport() {
	r := &roadmap.Roadmap{Title: "Tiny", Icon: "🧩", Sections: []*roadmap.Section{{
		Title:     "Basics",
		Topics:    []*roadmap.Topic{{Title: "Maths", Description: "Vectors and matrices."}},
		Resources: []roadmap.Resource{{Title: "Khan Academy", URL: "https://www.khanacademy.org/", Note: "Free."}},
	}}}
	if err := Export(os.Stdout, r); err != nil {
		panic(err)
	}
	// Output:
	// ## 🧩 Tiny
	//
	// ### 1. Basics
	//
	// - **Maths**: Vectors and matrices.
	//
	// 📚 **References**:
	//
	// * [Khan Academy](https://www.khanacademy.org/): Free.
}
