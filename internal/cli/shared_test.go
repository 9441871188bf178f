//go:build unix

package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// shareCompanion builds the companion behind a wrapper that counts its
// starts in the file it returns, and lets commands share it, with a
// cache directory of the test's own.
func shareCompanion(t *testing.T, idle string) (starts string) {
	t.Helper()
	buildCompanion(t)
	starts, wrapper := countStartsOfCompanion(t, t.TempDir())
	t.Setenv("ROADMAP_GRAPHVIZ_IDLE", idle)
	// A short cache path, as a socket's path is limited: not under
	// t.TempDir, which holds the test's name.
	cache, err := os.MkdirTemp("", "rm")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(cache) })
	t.Setenv("XDG_CACHE_HOME", cache)
	sock, err := sharedSocket(wrapper)
	if err != nil {
		t.Fatal(err)
	}
	// The cache directory goes with the test: wait for the companion to
	// end first, as it does once idle.
	t.Cleanup(func() { waitGone(t, sock, 30*time.Second) })
	return starts
}

// waitGone waits until the socket file at sock is gone.
func waitGone(t *testing.T, sock string, limit time.Duration) {
	t.Helper()
	for deadline := time.Now().Add(limit); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if _, err := os.Lstat(sock); os.IsNotExist(err) {
			return
		}
	}
	t.Errorf("the shared companion still listens at %s after %v", sock, limit)
}

// countStarts is how many times the companion started.
func countStarts(t *testing.T, starts string) int {
	t.Helper()
	data, err := os.ReadFile(starts)
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	return strings.Count(string(data), "start")
}

// TestCommandsShareOneCompanion checks that successive commands are laid
// out by one companion, from their own working directories, with the
// same pictures and messages as commands that start their own.
func TestCommandsShareOneCompanion(t *testing.T) {
	starts := shareCompanion(t, "3s")
	dir := t.TempDir()
	copyExample(t, dir, "fundamentals.yaml")
	bad := filepath.Join(dir, "bad.yaml")
	if err := os.WriteFile(bad, []byte("title: x\nsections: []\nextra: 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	var shared []string
	for range 2 {
		code, out, stderr := runCLI(t, "", "render", "--engine", "dot", "--root", ".", "-o", "-", "fundamentals.yaml")
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		shared = append(shared, out)
	}
	code, _, badErr := runCLI(t, "", "render", "--engine", "dot", "--root", ".", "bad.yaml")
	if code != exitInvalid || !strings.HasPrefix(badErr, "bad.yaml:") || !strings.Contains(badErr, "bad.yaml:3:1:") {
		t.Fatalf("exit %d, stderr %q; want 1 and bad.yaml:3:1:, the file named as the command named it", code, badErr)
	}
	if n := countStarts(t, starts); n != 1 {
		t.Errorf("the companion started %d times for three commands; want once", n)
	}
	t.Setenv("ROADMAP_GRAPHVIZ_IDLE", "0")
	_, own, _ := runCLI(t, "", "render", "--engine", "dot", "--root", ".", "-o", "-", "fundamentals.yaml")
	_, _, ownErr := runCLI(t, "", "render", "--engine", "dot", "--root", ".", "bad.yaml")
	if shared[0] != own || shared[1] != own {
		t.Error("a shared companion's picture differs from that of a companion of the command's own")
	}
	if badErr != ownErr {
		t.Errorf("shared companion: %q; own companion: %q", badErr, ownErr)
	}
}

func TestSharedCompanionEndsWhenIdle(t *testing.T) {
	shareCompanion(t, "1s")
	code, _, stderr := runCLI(t, "", "render", "--engine", "dot", "-o", "-", "../../examples/fundamentals.yaml")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	sock, err := sharedSocket(os.Getenv("ROADMAP_GRAPHVIZ"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Lstat(sock); err != nil {
		t.Fatalf("no shared companion listens after the command: %v", err)
	}
	waitGone(t, sock, 10*time.Second)
}

func TestBadIdleSettingIsReportedAndTheCommandGoesOn(t *testing.T) {
	starts := shareCompanion(t, "soon")
	code, _, stderr := runCLI(t, "", "render", "--engine", "dot", "-o", "-", "../../examples/fundamentals.yaml")
	if code != exitOK || !strings.Contains(stderr, "ROADMAP_GRAPHVIZ_IDLE=soon is not a duration") {
		t.Fatalf("exit %d, stderr %q; want 0 and a warning naming the setting", code, stderr)
	}
	if n := countStarts(t, starts); n != 1 {
		t.Errorf("the companion started %d times; want once, a companion of the command's own", n)
	}
}
