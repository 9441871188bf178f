package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runCLI runs the command line in-process and returns its exit code,
// standard output and standard error.
func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

// copyExample copies the examples into dir, since they refer to each
// other, and returns the new path of examples/name.
func copyExample(t *testing.T, dir, name string) string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join("..", "..", "examples", "*.yaml"))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return filepath.Join(dir, name)
}

func TestValidateExamples(t *testing.T) {
	files, _ := filepath.Glob("../../examples/*.yaml")
	if len(files) < 3 {
		t.Fatalf("expected the three examples, found %v", files)
	}
	code, _, stderr := runCLI(t, "", append([]string{"validate"}, files...)...)
	if code != exitOK || stderr != "" {
		t.Fatalf("validate examples: exit %d, stderr %q", code, stderr)
	}
}

func TestValidateReportsEveryProblemWithPosition(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.yaml")
	src := "title: x\nsections:\n  - titel: a\n  - title: b\n    url: javascript:alert(1)\n"
	if err := os.WriteFile(bad, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runCLI(t, "", "validate", bad)
	if code != exitInvalid {
		t.Fatalf("exit %d, want %d", code, exitInvalid)
	}
	for _, want := range []string{bad + ":3:5: unknown field \"titel\"", bad + ":5:10:"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
}

func TestValidateStdin(t *testing.T) {
	code, _, stderr := runCLI(t, "title: [", "validate", "-")
	if code != exitInvalid || !strings.Contains(stderr, "<stdin>:") {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{}, {"frobnicate"}, {"validate"}, {"render"}, {"render", "--width", "-3", "x.yaml"},
		{"export", "-f", "pdf", "x.yaml"}, {"render", "--nope", "x.yaml"}, {"version", "extra"},
	} {
		if code, _, _ := runCLI(t, "", args...); code != exitUsage {
			t.Errorf("roadmap %v: exit %d, want %d", args, code, exitUsage)
		}
	}
}

func TestUnknownCommandSuggests(t *testing.T) {
	_, _, stderr := runCLI(t, "", "rend")
	if !strings.Contains(stderr, `did you mean "render"`) {
		t.Fatalf("stderr %q", stderr)
	}
}

func TestHelpAndVersion(t *testing.T) {
	code, out, _ := runCLI(t, "", "help", "render")
	if code != exitOK || !strings.Contains(out, "--check") || !strings.Contains(out, "Examples:") {
		t.Fatalf("help render: exit %d, %q", code, out)
	}
	for _, args := range [][]string{{"version"}, {"--version"}} {
		code, out, _ := runCLI(t, "", args...)
		if code != exitOK || !strings.HasPrefix(out, "roadmap ") || !strings.Contains(out, "go1.") {
			t.Fatalf("%v: exit %d, %q", args, code, out)
		}
	}
}

func TestEveryCommandHelpHasExamples(t *testing.T) {
	for name := range commands {
		code, out, _ := runCLI(t, "", "help", name)
		if code != exitOK || !strings.HasPrefix(out, "usage: roadmap "+name) || !strings.Contains(out, "Example") {
			t.Errorf("help %s: exit %d, no usage line or examples:\n%s", name, code, out)
		}
	}
}

func TestSchemaIsJSONAndMatchesCommittedFile(t *testing.T) {
	code, out, _ := runCLI(t, "", "schema")
	if code != exitOK || !json.Valid([]byte(out)) {
		t.Fatalf("schema: exit %d, valid JSON %v", code, json.Valid([]byte(out)))
	}
	committed, err := os.ReadFile("../../roadmap.schema.json")
	if err != nil || string(committed) != out {
		t.Fatalf("roadmap.schema.json is stale; run: go run ./cmd/roadmap schema > roadmap.schema.json")
	}
}
