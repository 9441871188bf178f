package cli

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

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

func TestFmtKeepsFileMode(t *testing.T) {
	dir := t.TempDir()
	path := writeTemp(t, dir, "private.yaml", unformatted)
	if err := os.Chmod(path, 0o600); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := runCLI(t, "", "fmt", path); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 || readString(t, path) != formatted {
		t.Fatalf("after fmt: mode %v, content %q; want 0600 and the formatted file", fi.Mode().Perm(), readString(t, path))
	}
}

func TestFmtWritesThroughSymlink(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "real"), 0o755); err != nil {
		t.Fatal(err)
	}
	target := writeTemp(t, filepath.Join(dir, "real"), "course.yaml", unformatted)
	if err := os.Chmod(target, 0o640); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.yaml")
	if err := os.Symlink(filepath.Join("real", "course.yaml"), link); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	if code, _, stderr := runCLI(t, "", "fmt", link); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	fi, err := os.Lstat(link)
	if err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("link.yaml is no longer a symbolic link (%v, %v)", fi.Mode(), err)
	}
	if readString(t, target) != formatted {
		t.Fatalf("the target was not rewritten:\n%s", readString(t, target))
	}
	if fi, _ := os.Stat(target); fi.Mode().Perm() != 0o640 {
		t.Fatalf("target mode %v, want 0640", fi.Mode().Perm())
	}
	for _, d := range []string{dir, filepath.Join(dir, "real")} {
		if left, _ := filepath.Glob(filepath.Join(d, ".*tmp*")); len(left) > 0 {
			t.Fatalf("temporary files left: %v", left)
		}
	}
	if code, out, _ := runCLI(t, "", "fmt", "--check", link); code != exitOK || out != "" {
		t.Fatalf("fmt --check through the link after fmt: exit %d, %q", code, out)
	}
}

// endless is a standard input that never ends; it counts the bytes read.
type endless struct{ read int64 }

func (r *endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = "# x\n"[i%4]
	}
	r.read += int64(len(p))
	return len(p), nil
}

func TestFmtStdinOverTheLimitStopsReading(t *testing.T) {
	in := &endless{}
	var out, stderr strings.Builder
	done := make(chan int, 1)
	go func() { done <- run(context.Background(), []string{"fmt", "-"}, in, &out, &stderr) }()
	select {
	case code := <-done:
		if code != exitInvalid || out.Len() != 0 || !strings.Contains(stderr.String(), "<stdin>: file is over the limit of 4 MiB") {
			t.Fatalf("exit %d, stdout %d bytes, stderr %q", code, out.Len(), stderr.String())
		}
	case <-time.After(20 * time.Second):
		t.Fatal("fmt - kept reading an endless standard input")
	}
	if in.read > roadmap.MaxFileSize+1 {
		t.Fatalf("read %d bytes of standard input, want at most MaxFileSize+1 = %d", in.read, roadmap.MaxFileSize+1)
	}
}

func TestFmtFileOverTheLimit(t *testing.T) {
	path := writeTemp(t, t.TempDir(), "big.yaml", strings.Repeat("# x\n", roadmap.MaxFileSize/4+1))
	code, _, stderr := runCLI(t, "", "fmt", path)
	if code != exitInvalid || !strings.Contains(stderr, path+": file is over the limit of 4 MiB") {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
}
