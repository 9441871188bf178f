package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
)

func TestVersionLine(t *testing.T) {
	info := &debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Path: modulePath, Version: "v1.2.3"},
		Settings: []debug.BuildSetting{
			{Key: "vcs.modified", Value: "true"},
			{Key: "vcs.revision", Value: "0123456789abcdef"},
			{Key: "vcs.time", Value: "2026-01-02T03:04:05Z"},
		}}
	want := "roadmap v1.2.3 (revision 0123456789abcdef, 2026-01-02T03:04:05Z, modified; go1.26.0)"
	if got := versionLine(info); got != want {
		t.Errorf("versionLine = %q, want %q", got, want)
	}
	info = &debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "(devel)"},
		Settings: []debug.BuildSetting{{Key: "vcs.modified", Value: "false"}}}
	if got, want := versionLine(info), "roadmap devel (go1.26.0)"; got != want {
		t.Errorf("versionLine = %q, want %q", got, want)
	}
}

// TestVersionOfABuiltBinary checks that a binary built from this clone
// names the commit it was built from.
func TestVersionOfABuiltBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("builds roadmap; skipped in -short mode")
	}
	head, err := exec.Command("git", "rev-parse", "HEAD").Output()
	if err != nil {
		t.Skipf("not in a git checkout: %v", err)
	}
	top, err := exec.Command("git", "rev-parse", "--show-toplevel").Output()
	if err != nil {
		t.Fatal(err)
	}
	if st, err := os.Stat(filepath.Join(strings.TrimSpace(string(top)), ".git")); err != nil || !st.IsDir() {
		t.Skip("a git worktree (.git is a file): go build records no VCS information there")
	}
	bin := filepath.Join(t.TempDir(), "roadmap")
	if out, err := exec.Command("go", "build", "-buildvcs=true", "-o", bin, "../../cmd/roadmap").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	out, err := exec.Command(bin, "version").Output()
	if err != nil {
		t.Fatal(err)
	}
	want := "revision " + strings.TrimSpace(string(head))
	if !strings.HasPrefix(string(out), "roadmap v") || !strings.Contains(string(out), want) {
		t.Fatalf("roadmap version = %q; want a module version and %q", out, want)
	}
}
