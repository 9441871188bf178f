package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/roadmapgo/roadmap/roadmap"
)

// unformatted is a valid roadmap out of canonical order, with a comment.
const unformatted = "sections:\n    - title: A   # first\ntitle: T\n"

// formatted is unformatted in canonical form.
const formatted = roadmap.SchemaModeline + "\ntitle: T\nsections:\n  - title: A # first\n"

func writeTemp(t *testing.T, dir, name, data string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func readString(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func TestFmtRewritesInPlace(t *testing.T) {
	dir := t.TempDir()
	a := writeTemp(t, dir, "a.yaml", unformatted)
	b := copyExample(t, dir, "scientist.yaml")
	before := readString(t, b)
	code, out, stderr := runCLI(t, "", "fmt", a, b)
	if code != exitOK || out != "" || stderr != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, stderr)
	}
	if got := readString(t, a); got != formatted {
		t.Fatalf("a.yaml is\n%s\nwant\n%s", got, formatted)
	}
	if readString(t, b) != before {
		t.Fatal("fmt changed an example that is already formatted")
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".*tmp*")); len(left) > 0 {
		t.Fatalf("temporary files left: %v", left)
	}
}

func TestFmtCheckListsUnformattedAndWritesNothing(t *testing.T) {
	dir := t.TempDir()
	a := writeTemp(t, dir, "a.yaml", unformatted)
	b := writeTemp(t, dir, "b.yaml", formatted)
	code, out, _ := runCLI(t, "", "fmt", "--check", filepath.Join(dir, "*.yaml"))
	if code != exitInvalid || out != a+"\n" {
		t.Fatalf("exit %d, stdout %q; want 1 and %q", code, out, a+"\n")
	}
	if readString(t, a) != unformatted {
		t.Fatal("--check wrote the file")
	}
	if code, out, _ := runCLI(t, "", "fmt", "--check", b); code != exitOK || out != "" {
		t.Fatalf("formatted file: exit %d, stdout %q", code, out)
	}
}

func TestFmtStdin(t *testing.T) {
	code, out, stderr := runCLI(t, unformatted, "fmt", "-")
	if code != exitOK || out != formatted {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, stderr)
	}
}

func TestFmtInvalidFileIsLeftAlone(t *testing.T) {
	dir := t.TempDir()
	src := "title: x\nsections:\n  - titel: a\n"
	bad := writeTemp(t, dir, "bad.yaml", src)
	good := writeTemp(t, dir, "good.yaml", unformatted)
	code, _, stderr := runCLI(t, "", "fmt", bad, good)
	if code != exitInvalid || !strings.Contains(stderr, bad+":3:5: unknown field \"titel\"") {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	if readString(t, bad) != src {
		t.Fatal("fmt wrote an invalid file")
	}
	if readString(t, good) != formatted {
		t.Fatal("fmt skipped the valid file after an invalid one")
	}
}

func TestFmtUsage(t *testing.T) {
	for _, args := range [][]string{{"fmt"}, {"fmt", "--nope", "x.yaml"}, {"fmt", "nothing-*.yaml"}} {
		if code, _, _ := runCLI(t, "", args...); code != exitUsage {
			t.Errorf("roadmap %v: exit %d, want %d", args, code, exitUsage)
		}
	}
	code, out, _ := runCLI(t, "", "help", "fmt")
	if code != exitOK || !strings.Contains(out, "--check") || !strings.Contains(out, "Examples:") {
		t.Fatalf("help fmt: exit %d, %q", code, out)
	}
}
