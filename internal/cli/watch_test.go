package cli

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// waitFor polls cond every 20 ms until it holds or limit passes.
func waitFor(t *testing.T, what string, limit time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(limit)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestRenderWatchFollowsEveryFileItReads(t *testing.T) {
	dir := t.TempDir()
	writeTemp(t, dir, "course.yaml", "course: C\nparts: [a.yaml]\n")
	part := writeTemp(t, dir, "a.yaml", "title: First\nsections:\n  - title: S\n    requires: [b.yaml#x]\n")
	target := writeTemp(t, dir, "b.yaml", "title: B\nsections:\n  - title: X\n")
	out := filepath.Join(dir, "course.svg")
	ctx, cancel := context.WithCancel(context.Background())
	stderr := &lockedBuffer{}
	done := make(chan int)
	go func() {
		done <- run(ctx, []string{"render", "--watch", filepath.Join(dir, "course.yaml")}, strings.NewReader(""), &lockedBuffer{}, stderr)
	}()
	svg := func() string { b, _ := os.ReadFile(out); return string(b) }
	waitFor(t, "the first render", 10*time.Second, func() bool { return strings.Contains(stderr.String(), "watching") })
	if !strings.Contains(svg(), "First") {
		t.Fatal("the first render did not write the course")
	}
	editor := func(path, content string) { // writes a new file and renames it over the old one
		tmp := path + ".swp"
		if err := os.WriteFile(tmp, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Rename(tmp, path); err != nil {
			t.Fatal(err)
		}
	}
	editor(part, "title: Second\nsections:\n  - title: S\n    requires: [b.yaml#x]\n")
	waitFor(t, "the render after a part's save", 10*time.Second, func() bool { return strings.Contains(svg(), "Second") })
	if err := os.WriteFile(target, []byte("title: B\nsections:\n  - title: X\n  - title: Renamed target\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the render after a FILE#ID target's save", 10*time.Second, func() bool { return strings.Count(stderr.String(), "rendered ") >= 3 })
	editor(part, "title: Third\nsections: [\n")
	waitFor(t, "the problems of an invalid save", 10*time.Second, func() bool { return strings.Contains(stderr.String(), "the last good images are kept") })
	if !strings.Contains(svg(), "Second") {
		t.Error("an invalid save replaced the last good image")
	}
	editor(part, "title: Fourth\nsections:\n  - title: S\n")
	waitFor(t, "the render after a fix", 10*time.Second, func() bool { return strings.Contains(svg(), "Fourth") })
	cancel()
	select {
	case code := <-done:
		if code != exitOK {
			t.Errorf("Ctrl-C: exit %d, want 0", code)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("--watch did not stop")
	}
}

func TestRenderWatchUsage(t *testing.T) {
	for _, args := range [][]string{{"render", "--watch", "--check", "a.yaml"}, {"render", "--watch", "-"}} {
		if code, _, stderr := runCLI(t, "", args...); code != exitUsage || !strings.Contains(stderr, "--watch") {
			t.Errorf("%v: exit %d, %q", args, code, stderr)
		}
	}
}
