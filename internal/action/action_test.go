package action

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// git runs git in dir and returns its trimmed output.
func git(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
	return strings.TrimSpace(string(out))
}

// gitEnv keeps the machine's git configuration out of the test, so that
// the action's own committer identity is what commits.
func gitEnv(t *testing.T) []string {
	global := filepath.Join(t.TempDir(), "gitconfig")
	if err := os.WriteFile(global, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	return []string{"GIT_CONFIG_GLOBAL=" + global, "GIT_CONFIG_NOSYSTEM=1"}
}

// newRepo makes a repository holding roadmaps/fundamentals.yaml, pushed
// to a bare origin, and returns the two.
func newRepo(t *testing.T) (work, origin string) {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	for _, e := range gitEnv(t) {
		k, v, _ := strings.Cut(e, "=")
		t.Setenv(k, v)
	}
	origin, work = t.TempDir(), t.TempDir()
	git(t, origin, "init", "-q", "--bare", "-b", "main")
	git(t, work, "init", "-q", "-b", "main")
	src, err := os.ReadFile("../../examples/fundamentals.yaml")
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(work, "roadmaps", "fundamentals.yaml"), string(src))
	git(t, work, "add", ".")
	git(t, work, "-c", "user.name=Author", "-c", "user.email=author@example.org", "commit", "-q", "-m", "Add a roadmap")
	git(t, work, "remote", "add", "origin", origin)
	git(t, work, "push", "-q", "-u", "origin", "main")
	return work, origin
}

func writeFile(t *testing.T, path, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestActionChecksThenCommits runs the action in both modes on a
// repository: check fails naming the missing and then the stale images,
// commit renders them, commits and pushes, and check then passes.
func TestActionChecksThenCommits(t *testing.T) {
	if testing.Short() {
		t.Skip("installs the commands; skipped in -short mode")
	}
	work, origin := newRepo(t)
	r := newRunner(t, work, "GITHUB_REF_NAME=main")
	both := map[string]string{"formats": "svg,png"}

	res := r.run(both)
	if res.err == nil {
		t.Fatalf("check of missing images passed:\n%s", res.log)
	}
	if got, want := res.outputs["files"], "roadmaps/fundamentals.svg\nroadmaps/fundamentals.png"; got != want {
		t.Errorf("check's files output is %q, want %q", got, want)
	}
	for _, want := range []string{"roadmaps/fundamentals.svg: missing", "roadmaps/fundamentals.png: missing",
		"::error file=roadmaps/fundamentals.svg::roadmaps/fundamentals.svg is stale; refresh it with: roadmap render -f svg,png",
		"to update: roadmap render"} {
		if !strings.Contains(res.log, want) {
			t.Errorf("check's log lacks %q:\n%s", want, res.log)
		}
	}

	res = r.run(map[string]string{"formats": "svg,png", "mode": "commit"})
	if res.err != nil {
		t.Fatalf("commit: %v\n%s", res.err, res.log)
	}
	if got, want := res.outputs["files"], "roadmaps/fundamentals.svg\nroadmaps/fundamentals.png"; got != want {
		t.Errorf("commit's files output is %q, want %q", got, want)
	}
	if got := git(t, work, "log", "-1", "--format=%s by %an"); got != "Regenerate roadmap images by github-actions[bot]" {
		t.Errorf("the last commit is %q", got)
	}
	if git(t, origin, "rev-parse", "main") != git(t, work, "rev-parse", "HEAD") {
		t.Error("commit mode did not push")
	}
	if status := git(t, work, "status", "--porcelain"); status != "" {
		t.Errorf("commit mode left changes: %s", status)
	}

	if res = r.run(both); res.err != nil || res.outputs["files"] != "" {
		t.Fatalf("check after commit: %v, files %q\n%s", res.err, res.outputs["files"], res.log)
	}
	res = r.run(map[string]string{"formats": "svg,png", "mode": "commit"})
	if res.err != nil || res.outputs["files"] != "" || !strings.Contains(res.log, "every image is fresh") {
		t.Fatalf("commit with nothing to do: %v, files %q\n%s", res.err, res.outputs["files"], res.log)
	}

	yaml := filepath.Join(work, "roadmaps", "fundamentals.yaml")
	src, _ := os.ReadFile(yaml)
	writeFile(t, yaml, strings.Replace(string(src), "title: LLM Fundamentals", "title: Fundamentals", 1))
	res = r.run(map[string]string{"formats": "svg"})
	if res.err == nil || !strings.Contains(res.log, "roadmaps/fundamentals.svg: differs") {
		t.Fatalf("check of a stale image: %v\n%s", res.err, res.log)
	}
}

// TestActionRefusesAnUnknownMode checks the mode input.
func TestActionRefusesAnUnknownMode(t *testing.T) {
	work, _ := newRepo(t)
	res := newRunner(t, work).run(map[string]string{"mode": "render"})
	if res.err == nil || !strings.Contains(res.log, "mode must be check or commit, not 'render'") {
		t.Fatalf("mode render: %v\n%s", res.err, res.log)
	}
}
