package textdiff

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/roadmapgo/roadmap/internal/tooltest"
)

func TestUnified(t *testing.T) {
	old := "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n"
	new := "a\nB\nc\nd\ne\nf\ng\nh\ni\nj\nk\n"
	want := `--- old
+++ new
@@ -1,3 +1,3 @@
 a
-b
+B
 c
@@ -10 +10,2 @@
 j
+k
`
	if got := Unified("old", "new", old, new, 1, 0); got != want {
		t.Errorf("Unified gave\n%s\nwant\n%s", got, want)
	}
	if got := Unified("old", "new", old, old, 3, 0); got != "" {
		t.Errorf("equal texts gave %q", got)
	}
}

func TestUnifiedLimit(t *testing.T) {
	old := strings.Repeat("x\n", 50)
	new := strings.Repeat("y\n", 50)
	got := Unified("a", "b", old, new, 3, 10)
	if n := strings.Count(got, "\n"); n != 14 || !strings.HasSuffix(got, "... 90 more lines\n") {
		t.Errorf("a diff limited to 10 lines gave %d lines:\n%s", n, got)
	}
}

// TestUnifiedAppliesWithPatch checks that patch(1) turns the old text
// into the new with the diff, on a text with many changes.
func TestUnifiedAppliesWithPatch(t *testing.T) {
	patch := tooltest.Find(t, "patch", "patch")
	for _, tc := range [][2]string{{"a\nb", "a\nc\n"}, {"a\nb\n", "a\nb"}, {"x\ny", "x\ny\nz"}} {
		applies(t, patch, tc[0], tc[1])
	}
	var a, b strings.Builder
	for i := range 200 {
		a.WriteString(strings.Repeat("l", i%7) + "\n")
		if i%13 != 0 {
			b.WriteString(strings.Repeat("l", i%7) + "\n")
		}
		if i%17 == 0 {
			b.WriteString("new\n")
		}
	}
	applies(t, patch, a.String(), b.String())
}

// applies checks that patch turns old into new with their diff.
func applies(t *testing.T, patch, old, new string) {
	t.Helper()
	file := filepath.Join(t.TempDir(), "f")
	if err := os.WriteFile(file, []byte(old), 0o644); err != nil {
		t.Fatal(err)
	}
	diff := Unified("f", "f", old, new, 3, 0)
	cmd := exec.Command(patch, "-s", file)
	cmd.Stdin = strings.NewReader(diff)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("patch: %v\n%s\n%s", err, out, diff)
	}
	if got, _ := os.ReadFile(file); string(got) != new {
		t.Fatalf("patch gave %q, want %q, with\n%s", got, new, diff)
	}
}
