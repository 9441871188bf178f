package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/roadmapgo/roadmap/markdown"
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

func TestImportSeedREADME(t *testing.T) {
	dir := t.TempDir()
	readme := filepath.Join("..", "..", "markdown", "testdata", "llm-course.md")
	code, out, stderr := runCLI(t, "", "import", "-o", dir, readme)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	files := strings.Fields(out)
	if len(files) != 3 {
		t.Fatalf("want three parts, got %v", files)
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
