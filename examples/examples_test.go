// Package examples holds the LLM-course roadmaps and their rendered
// images; its tests keep the images fresh and README's Go code working.
package examples

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/roadmapgo/roadmap/internal/golden"
)

// renders are the example images: each a "roadmap render" command line
// (with -f svg,png added) whose outputs are committed.
var renders = [][]string{
	{"examples/*.yaml"}, // the three parts and the course
	{"--progress", "examples/progress/scientist.yaml", "-o", "examples/progress/", "examples/scientist.yaml"},
	{"--focus", "the-llm-architecture/attention-mechanisms", "-o", "examples/focus/", "examples/course.yaml"},
	{"--width", "480", "-o", "examples/widths/480/", "examples/scientist.yaml"},
	{"--width", "1920", "-o", "examples/widths/1920/", "examples/scientist.yaml"},
	{"--theme", "examples/themes/purple.yaml", "-o", "examples/themes/", "examples/fundamentals.yaml"},
	{"examples/widths/python.yaml"},
	{"--width", "480", "-o", "examples/widths/480/", "examples/widths/python.yaml"},
	{"--width", "1920", "-o", "examples/widths/1920/", "examples/widths/python.yaml"},
}

// documents are the example handout and page: each a "roadmap render"
// command line (with -f pdf,html added) whose outputs are committed.
var documents = [][]string{
	{"examples/scientist.yaml"},
}

// roadmapCmd runs the CLI from source in the repository root, with the
// Graphviz companion at companion.
func roadmapCmd(companion string, args ...string) *exec.Cmd {
	cmd := exec.Command("go", append([]string{"run", "./cmd/roadmap"}, args...)...)
	cmd.Dir = ".."
	// An empty SOURCE_DATE_EPOCH keeps the committed PDF without a date.
	cmd.Env = append(os.Environ(), "ROADMAP_GRAPHVIZ="+companion, "SOURCE_DATE_EPOCH=")
	return cmd
}

// The committed images must be what the current code draws, so that
// README shows the roadmaps as they are.
func TestRenderedExamplesAreFresh(t *testing.T) {
	companion := filepath.Join(t.TempDir(), "roadmap-graphviz")
	build := exec.Command("go", "build", "-o", companion, "./cmd/roadmap-graphviz")
	build.Dir = ".."
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build roadmap-graphviz: %v\n%s", err, out)
	}
	checkRenders(t, companion, "svg,png", renders)
	checkRenders(t, companion, "pdf,html", documents)
}

// checkRenders checks that each command line of renders, drawing the
// given formats, writes what is committed (and rewrites it with -update).
func checkRenders(t *testing.T, companion, formats string, renders [][]string) {
	t.Helper()
	for _, r := range renders {
		args := append([]string{"render", "-f", formats}, r...)
		if golden.Update() {
			if out, err := roadmapCmd(companion, args...).CombinedOutput(); err != nil {
				t.Fatalf("%v: %v\n%s", args, err, out)
			}
		}
		check := append([]string{"render", "--check", "-f", formats}, r...)
		if out, err := roadmapCmd(companion, check...).CombinedOutput(); err != nil {
			t.Errorf("stale example images (run: go test ./examples -update):\n%s", out)
		}
	}
}

// TestREADMEGoCodeRuns builds and runs every whole program of README
// (each ```go block that starts with "package") from the repository's
// root, and checks what it writes: the picture each says it draws.
func TestREADMEGoCodeRuns(t *testing.T) {
	var programs []codeBlock
	for _, b := range readmeBlocks(t, "go") {
		if strings.HasPrefix(b.code, "package ") {
			programs = append(programs, b)
		}
	}
	if len(programs) < 2 {
		t.Fatalf("README has %d whole Go programs; want at least two (load and render SVG, build in code and render PNG)", len(programs))
	}
	kinds := map[string]bool{}
	for _, p := range programs {
		out := runREADMEProgram(t, p)
		switch {
		case bytes.HasPrefix(out, []byte("\x89PNG\r\n\x1a\n")):
			kinds["png"] = true
		case bytes.Contains(out, []byte("<svg")):
			kinds["svg"] = true
		default:
			t.Errorf("README.md:%d: the program wrote neither an SVG nor a PNG: %.80q", p.line, out)
		}
	}
	if !kinds["svg"] || !kinds["png"] {
		t.Errorf("README's programs draw %v; want an SVG and a PNG", kinds)
	}
}

// runREADMEProgram builds one README program in a package of this module
// and runs it from the repository's root, returning its standard output.
func runREADMEProgram(t *testing.T, p codeBlock) []byte {
	t.Helper()
	dir := t.TempDir()
	mainGo := filepath.Join(dir, "main.go")
	if err := os.WriteFile(mainGo, []byte(p.code), 0o644); err != nil {
		t.Fatal(err)
	}
	// The overlay puts main.go in a package of this module without
	// writing into the source tree.
	root, _ := filepath.Abs("..")
	overlay, _ := json.Marshal(map[string]any{"Replace": map[string]string{
		filepath.Join(root, "examples", "readmego", "main.go"): mainGo,
	}})
	overlayFile := filepath.Join(dir, "overlay.json")
	if err := os.WriteFile(overlayFile, overlay, 0o644); err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "readme")
	build := exec.Command("go", "build", "-overlay", overlayFile, "-o", bin, "./examples/readmego")
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("README.md:%d: the Go program does not build: %v\n%s", p.line, err, out)
	}
	run := exec.Command(bin)
	run.Dir = root
	var stdout, stderr bytes.Buffer
	run.Stdout, run.Stderr = &stdout, &stderr
	if err := run.Run(); err != nil {
		t.Fatalf("README.md:%d: the Go program failed: %v\n%s", p.line, err, stderr.String())
	}
	return stdout.Bytes()
}
