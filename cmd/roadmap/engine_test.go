package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// buildCompanion builds roadmap-graphviz into a temporary directory and
// points the CLI at it.
func buildCompanion(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("builds roadmap-graphviz; skipped in -short mode")
	}
	bin := filepath.Join(t.TempDir(), companion)
	out, err := exec.Command("go", "build", "-o", bin, "../roadmap-graphviz").CombinedOutput()
	if err != nil {
		t.Fatalf("go build roadmap-graphviz: %v\n%s", err, out)
	}
	t.Setenv("ROADMAP_GRAPHVIZ", bin)
}

func TestRenderWithGraphvizEngine(t *testing.T) {
	buildCompanion(t)
	code, out, stderr := runCLI(t, "", "render", "--engine", "dot", "-o", "-", "../../examples/fundamentals.yaml")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{`class="node section"`, `class="edge topic"`, "Linear Algebra"} {
		if !strings.Contains(out, want) {
			t.Errorf("the dot-engine SVG lacks %q", want)
		}
	}
}

func TestGraphvizEngineReportsInvalidInput(t *testing.T) {
	buildCompanion(t)
	bad := filepath.Join(t.TempDir(), "bad.yaml")
	os.WriteFile(bad, []byte("title: x\nsections: []\nextra: 1\n"), 0o644)
	code, _, stderr := runCLI(t, "", "render", "--engine", "dot", bad)
	if code != exitInvalid || !strings.Contains(stderr, bad+":3:1:") {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
}

func TestMissingCompanionSaysHowToInstall(t *testing.T) {
	t.Setenv("ROADMAP_GRAPHVIZ", "")
	t.Setenv("PATH", t.TempDir())
	code, _, stderr := runCLI(t, "", "render", "--engine", "dot", "-o", "-", "../../examples/fundamentals.yaml")
	if code != exitInvalid || !strings.Contains(stderr, "go install") {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
}
