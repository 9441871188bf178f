package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestFmtDiffPrintsAUnifiedDiff checks that -d writes nothing, prints a
// diff that patch applies to give the formatted file, and exits 1 only
// when there is a difference.
func TestFmtDiffPrintsAUnifiedDiff(t *testing.T) {
	dir := t.TempDir()
	a := writeTemp(t, dir, "a.yaml", unformatted)
	b := writeTemp(t, dir, "b.yaml", formatted)
	code, out, stderr := runCLI(t, "", "fmt", "-d", a, b)
	if code != exitInvalid || stderr != "" || !strings.HasPrefix(out, "--- "+a+".orig\n+++ "+a+"\n@@ ") {
		t.Fatalf("fmt -d: exit %d, stderr %q, stdout\n%s", code, stderr, out)
	}
	if readString(t, a) != unformatted {
		t.Fatal("-d wrote the file")
	}
	if strings.Contains(out, b) {
		t.Fatalf("-d printed a diff for a formatted file:\n%s", out)
	}
	if patch, err := exec.LookPath("patch"); err == nil {
		cmd := exec.Command(patch, "-s", a)
		cmd.Stdin = strings.NewReader(out)
		if msg, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("patch: %v\n%s", err, msg)
		}
		if readString(t, a) != formatted {
			t.Fatalf("the patched file is not the formatted one:\n%s", readString(t, a))
		}
	}
	if code, out, _ := runCLI(t, "", "fmt", "-d", b); code != exitOK || out != "" {
		t.Fatalf("fmt -d of a formatted file: exit %d, stdout %q", code, out)
	}
}

// TestFmtListNamesFilesAndWritesNothing checks -l: the names of the files
// that would change, exit 0, nothing written.
func TestFmtListNamesFilesAndWritesNothing(t *testing.T) {
	dir := t.TempDir()
	a := writeTemp(t, dir, "a.yaml", unformatted)
	writeTemp(t, dir, "b.yaml", formatted)
	code, out, _ := runCLI(t, "", "fmt", "-l", filepath.Join(dir, "*.yaml"))
	if code != exitOK || out != a+"\n" {
		t.Fatalf("fmt -l: exit %d, stdout %q; want 0 and %q", code, out, a+"\n")
	}
	if readString(t, a) != unformatted {
		t.Fatal("-l wrote the file")
	}
}

// TestFmtKeepsBlankLines checks that the blank lines an author puts
// between sections and between keys survive fmt, a run of them as one.
func TestFmtKeepsBlankLines(t *testing.T) {
	src := "title: T\n\n\nsections:\n  - title: A\n    topics:\n      - title: X\n\n      - title: Y\n\n  # Part two\n  - title: B\n"
	want := "# yaml-language-server: $schema=https://raw.githubusercontent.com/roadmapgo/roadmap/main/roadmap.schema.json\n" +
		"title: T\n\nsections:\n  - title: A\n    topics:\n      - title: X\n\n      - title: Y\n\n  # Part two\n  - title: B\n"
	path := writeTemp(t, t.TempDir(), "r.yaml", src)
	if code, _, stderr := runCLI(t, "", "fmt", path); code != exitOK {
		t.Fatalf("fmt: exit %d, %s", code, stderr)
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Fatalf("fmt gave\n%s\nwant\n%s", got, want)
	}
}
