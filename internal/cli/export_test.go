package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/roadmapgo/roadmap/markdown"
	"github.com/roadmapgo/roadmap/roadmap"
)

func TestExportFormats(t *testing.T) {
	for format, want := range map[string]string{
		"markdown": "- **Tokenization**: ",
		"mermaid":  "flowchart",
		"dot":      "digraph",
		"json":     `"title": "The LLM Scientist Roadmap"`,
	} {
		code, out, stderr := runCLI(t, "", "export", "-f", format, "../../examples/scientist.yaml")
		if code != exitOK || !strings.Contains(out, want) {
			t.Errorf("export -f %s: exit %d, stderr %q, output lacks %q", format, code, stderr, want)
		}
	}
	_, out, _ := runCLI(t, "", "export", "-f", "json", "../../examples/scientist.yaml")
	if !json.Valid([]byte(out)) {
		t.Error("export -f json is not valid JSON")
	}
}

// The benchmark against dot reads testdata/scientist.dot; it must be what
// the Graphviz engines get for examples/scientist.yaml.
func TestBenchmarkDOTIsFresh(t *testing.T) {
	_, out, _ := runCLI(t, "", "export", "-f", "dot", "../../examples/scientist.yaml")
	committed, err := os.ReadFile("testdata/scientist.dot")
	if err != nil || string(committed) != out {
		t.Fatal("testdata/scientist.dot is stale; run: go run ./cmd/roadmap export -f dot examples/scientist.yaml > cmd/roadmap/testdata/scientist.dot")
	}
}

// TestImportSeedREADME imports the llm-course README (the copy in
// markdown/testdata), then validates and renders what it wrote: the three
// parts and the course file joining them.
func TestImportSeedREADME(t *testing.T) {
	dir := t.TempDir()
	readme := filepath.Join("..", "..", "markdown", "testdata", "llm-course.md")
	code, out, stderr := runCLI(t, "", "import", "-o", dir, readme)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	files := strings.Fields(out)
	want := []string{"llm-fundamentals.yaml", "the-llm-scientist.yaml", "the-llm-engineer.yaml", "course.yaml"}
	if len(files) != len(want) {
		t.Fatalf("want the three parts and course.yaml, got %v", files)
	}
	for i, f := range files {
		if f != filepath.Join(dir, want[i]) {
			t.Errorf("file %d is %s, want %s", i, f, want[i])
		}
	}
	course := files[len(files)-1]
	if got := readString(t, course); !strings.Contains(got, "course: LLM Course\n") ||
		!strings.Contains(got, "  - llm-fundamentals.yaml\n  - the-llm-scientist.yaml\n  - the-llm-engineer.yaml\n") {
		t.Errorf("course.yaml is\n%s", got)
	}
	if code, _, stderr := runCLI(t, "", "validate", course); code != exitOK || stderr != "" {
		t.Fatalf("validate the imported course: exit %d: %s", code, stderr)
	}
	if code, _, stderr := runCLI(t, "", "fmt", "--check", filepath.Join(dir, "*.yaml")); code != exitOK {
		t.Fatalf("the imported files are not in canonical form: %s", stderr)
	}
	if code, _, stderr := runCLI(t, "", append([]string{"render"}, files...)...); code != exitOK {
		t.Fatalf("render imported parts: exit %d: %s", code, stderr)
	}
	for _, f := range files {
		if _, err := os.Stat(strings.TrimSuffix(f, ".yaml") + ".svg"); err != nil {
			t.Error(err)
		}
	}
}

// TestImportNeverOverwrites checks that import writes nothing when one
// of its files exists, names it, and overwrites only with --force.
func TestImportNeverOverwrites(t *testing.T) {
	dir := t.TempDir()
	readme := "## Part\n\n### 1. Only\n\n* **A**: a\n"
	kept := writeTemp(t, dir, "course.yaml", "mine\n")
	code, out, stderr := runCLI(t, readme, "import", "-o", dir, "-")
	if code != exitInvalid || out != "" || !strings.Contains(stderr, kept+" already exists") || !strings.Contains(stderr, "--force") {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, stderr)
	}
	if readString(t, kept) != "mine\n" {
		t.Fatal("import overwrote course.yaml")
	}
	if _, err := os.Stat(filepath.Join(dir, "part.yaml")); err == nil {
		t.Fatal("import wrote part.yaml although course.yaml exists")
	}
	if code, _, stderr := runCLI(t, readme, "import", "--force", "-o", dir, "-"); code != exitOK {
		t.Fatalf("import --force: exit %d: %s", code, stderr)
	}
	if !strings.HasPrefix(readString(t, kept), "# yaml-language-server") {
		t.Fatal("import --force did not overwrite course.yaml")
	}
}

// TestImportDistinctNamesAndEmojiHeadings checks that parts whose titles
// give the same file name get distinct files, a part titled "Course"
// does not take the course file's name, and headings with emoji and YAML
// punctuation give valid files.
func TestImportDistinctNamesAndEmojiHeadings(t *testing.T) {
	dir := t.TempDir()
	readme := "# Emoji Course\n\n" +
		"## 🚀 Same\n\n### 1. 🚀 Title\n\n* **Topic**: text\n\n### 2. ⚙️ Colon: [x] #1 \"q\"\n\n* **X**: y\n\n" +
		"## Same\n\n### 1. 🧑‍🔬 Other\n\n* **A**: b\n\n" +
		"## Course\n\n### 1) - Dash\n\n* **C**: d\n"
	code, out, stderr := runCLI(t, readme, "import", "-o", dir, "-")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var names []string
	for _, f := range strings.Fields(out) {
		names = append(names, filepath.Base(f))
	}
	if got, want := strings.Join(names, " "), "same.yaml same-2.yaml course-2.yaml course.yaml"; got != want {
		t.Fatalf("import wrote %s, want %s", got, want)
	}
	course := filepath.Join(dir, "course.yaml")
	if code, _, stderr := runCLI(t, "", "validate", course); code != exitOK {
		t.Fatalf("validate: exit %d: %s", code, stderr)
	}
	c, err := roadmap.LoadCourse(course)
	if err != nil {
		t.Fatal(err)
	}
	s := c.Roadmaps[0].Sections
	if c.Title != "Emoji Course" || len(c.Roadmaps) != 3 || s[0].Title != "Title" || s[0].Icon != "🚀" ||
		s[1].Title != `Colon: [x] #1 "q"` || c.Roadmaps[1].Sections[0].Icon != "🧑‍🔬" {
		t.Fatalf("imported course %q with %d parts, sections %+v %+v", c.Title, len(c.Roadmaps), *s[0], *s[1])
	}
}

func TestImportRefusesNonCourse(t *testing.T) {
	code, _, stderr := runCLI(t, "# Hello\n\nJust text.\n", "import", "-o", t.TempDir(), "-")
	if code != exitInvalid || stderr == "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
}

func TestImportRefusesOversizedREADME(t *testing.T) {
	code, _, stderr := runCLI(t, strings.Repeat("x", markdown.MaxReadmeSize+1), "import", "-o", t.TempDir(), "-")
	if code != exitInvalid || !strings.Contains(stderr, "<stdin>: README is over the limit of 4 MiB") {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
}
