package action

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// hook is one entry of .pre-commit-hooks.yaml.
type hook struct {
	ID       string `yaml:"id"`
	Entry    string `yaml:"entry"`
	Language string `yaml:"language"`
	Files    string `yaml:"files"`
}

// TestPreCommitHooks runs each hook as pre-commit would, its entry with
// the staged files that its files pattern takes, on a formatted roadmap
// with a fresh image (they pass) and on an unformatted one with no image
// (they fail).
func TestPreCommitHooks(t *testing.T) {
	if testing.Short() {
		t.Skip("builds roadmap; skipped in -short mode")
	}
	data, err := os.ReadFile("../../.pre-commit-hooks.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var hooks []hook
	if err := yaml.Unmarshal(data, &hooks); err != nil {
		t.Fatal(err)
	}
	ids := map[string]hook{}
	for _, h := range hooks {
		ids[h.ID] = h
	}
	if _, ok := ids["roadmap-fmt"]; !ok || len(ids) != 2 {
		t.Fatalf("hooks %v; want roadmap-fmt and roadmap-render-check", ids)
	}
	bin := t.TempDir()
	build := exec.Command("go", "build", "-o", bin, "./cmd/roadmap")
	build.Dir = "../.."
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	work := t.TempDir()
	src, err := os.ReadFile("../../examples/fundamentals.yaml")
	if err != nil {
		t.Fatal(err)
	}
	good := "roadmaps/fundamentals.yaml"
	writeFile(t, filepath.Join(work, good), string(src))
	writeFile(t, filepath.Join(work, "roadmaps/messy.yaml"), "sections:\n    - title: A\ntitle: Messy\n")
	writeFile(t, filepath.Join(work, ".github/workflows/ci.yaml"), "on: push\n")
	runHook := func(h hook, files ...string) (int, string) {
		var taken []string
		re := regexp.MustCompile(h.Files)
		for _, f := range files {
			if re.MatchString(f) {
				taken = append(taken, f)
			}
		}
		args := strings.Fields(h.Entry)
		cmd := exec.Command(filepath.Join(bin, args[0]), append(args[1:], taken...)...)
		cmd.Dir = work
		out, _ := cmd.CombinedOutput()
		return cmd.ProcessState.ExitCode(), string(out)
	}
	if code, out := runHook(ids["roadmap-render-check"], good, ".github/workflows/ci.yaml"); code != 1 || !strings.Contains(out, "roadmaps/fundamentals.svg: missing") {
		t.Errorf("render --check hook on a roadmap without its image: exit %d\n%s", code, out)
	}
	cmd := exec.Command(filepath.Join(bin, "roadmap"), "render", good)
	cmd.Dir = work
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("render: %v\n%s", err, out)
	}
	for _, h := range hooks {
		if h.Language != "golang" {
			t.Errorf("hook %s is in %q; want golang (pre-commit builds it with go install)", h.ID, h.Language)
		}
		if code, out := runHook(h, good, ".github/workflows/ci.yaml"); code != 0 {
			t.Errorf("hook %s on a formatted roadmap with a fresh image: exit %d\n%s", h.ID, code, out)
		}
	}
	if code, out := runHook(ids["roadmap-fmt"], "roadmaps/messy.yaml"); code != 0 || !strings.HasPrefix(readFile(t, filepath.Join(work, "roadmaps/messy.yaml")), "# yaml-language-server") {
		t.Errorf("fmt hook on an unformatted roadmap: exit %d\n%s", code, out)
	}
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}
