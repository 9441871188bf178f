package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRenderProgressMarksNodes(t *testing.T) {
	dir := t.TempDir()
	in := copyExample(t, dir, "scientist.yaml")
	out := filepath.Join(dir, "me.svg")
	code, _, stderr := runCLI(t, "", "render", "--progress", "../../examples/progress/scientist.yaml", "-o", out, in)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	svg, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`class="node section status-done" id="the-llm-architecture"`,
		`class="node topic status-done" id="the-llm-architecture_tokenization"`,
		`class="node topic status-doing" id="post-training-datasets_data-enhancement"`,
		`class="node section status-skip" id="pre-training-models"`,
		`class="node legend"`,
		`8 of 27 done (29%)`,
	} {
		if !strings.Contains(string(svg), want) {
			t.Errorf("the SVG lacks %s", want)
		}
	}
}

func TestRenderProgressUnknownIDWritesNothing(t *testing.T) {
	dir := t.TempDir()
	in := copyExample(t, dir, "scientist.yaml")
	prog := filepath.Join(dir, "me.yaml")
	os.WriteFile(prog, []byte("the-llm-architecture: done\nthe-llm-architecture/tokenisation: doing\n"), 0o644)
	code, _, stderr := runCLI(t, "", "render", "-f", "svg,png", "--progress", prog, in)
	want := prog + `:2:1: "the-llm-architecture/tokenisation" names no section or topic of "The LLM Scientist Roadmap"; did you mean "the-llm-architecture/tokenization"?`
	if code != exitInvalid || !strings.Contains(stderr, want) {
		t.Fatalf("exit %d, stderr %q; want exit %d and %q", code, stderr, exitInvalid, want)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, "scientist.*g")); len(left) > 0 {
		t.Fatalf("wrote %v for an invalid progress file", left)
	}
}

func TestRenderProgressNeedsNativeEngine(t *testing.T) {
	code, _, stderr := runCLI(t, "", "render", "--engine", "dot", "--progress", "../../examples/progress/scientist.yaml", "../../examples/scientist.yaml")
	if code != exitUsage || !strings.Contains(stderr, "--progress needs the native engine") {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
}
