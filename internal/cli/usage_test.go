package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestUsageErrorsAreOneLine checks that every bad command line exits 2
// with one line saying what is wrong (with a did-you-mean where one
// applies) and a pointer to the help, never the whole usage.
func TestUsageErrorsAreOneLine(t *testing.T) {
	ex := "../../examples/scientist.yaml"
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"rendr", ex}, `unknown command "rendr"; did you mean "render"?`},
		{[]string{"render", "--engine", "dott", ex}, `unknown engine "dott"; did you mean "dot"?`},
		{[]string{"render", "-f", "svgg", ex}, `unknown format "svgg"; did you mean "svg"?`},
		{[]string{"render", "--theme", "light,darkk", ex}, `unknown theme "darkk"; did you mean "dark"?; use auto, dark, light`},
		{[]string{"render", "--them", "dark", ex}, `-them; did you mean --theme?`},
		{[]string{"fmt", "--chek", ex}, `-chek; did you mean --check?`},
		{[]string{"render", "--width", "NaN", ex}, `--width NaN is out of range`},
		{[]string{"render", "--width", "Inf", ex}, `--width +Inf is out of range`},
		{[]string{"render", "--scale", "NaN", ex}, `--scale NaN is out of range`},
		{[]string{"render", "--scale", "-Inf", ex}, `--scale -Inf is out of range`},
		{[]string{"render", "--diff", ex}, `--diff only works with --check`},
		{[]string{"render", "--emoji", "png", ex}, `--emoji "png": use image or text`},
		{[]string{"export", "-f", "mermaids", ex}, `unknown format "mermaids"; did you mean "mermaid"?`},
		{[]string{"help", "rendr"}, `unknown command "rendr"; did you mean "render"?`},
		{[]string{"render", "-", "-"}, `- (standard input) is given 2 times`},
		{[]string{"validate", "-", "-"}, `- (standard input) is given 2 times`},
		{[]string{"fmt", "-", "-"}, `- (standard input) is given 2 times`},
		{[]string{"render", "--check", "-o", "-", ex}, `--check compares the files it would write`},
	} {
		code, stdout, stderr := runCLI(t, "", tc.args...)
		lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
		if code != exitUsage || stdout != "" || len(lines) != 2 || !strings.Contains(lines[0], tc.want) ||
			!strings.HasPrefix(lines[1], "Run 'roadmap help") {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit 2 and one line with %q, then the help pointer",
				tc.args, code, stdout, stderr, tc.want)
		}
	}
}

// TestHelpFlagPrintsUsage checks that -h still prints the whole usage.
func TestHelpFlagPrintsUsage(t *testing.T) {
	code, _, stderr := runCLI(t, "", "render", "-h")
	if code != exitOK || !strings.Contains(stderr, "usage: roadmap render") || !strings.Contains(stderr, "--engine NAME") {
		t.Fatalf("render -h: exit %d, stderr %q", code, stderr)
	}
}

// TestRenderStdinWritesStdout checks that "render -" writes the picture to
// standard output and no stdin.svg.
func TestRenderStdinWritesStdout(t *testing.T) {
	src, err := os.ReadFile("../../examples/fundamentals.yaml")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	t.Chdir(dir)
	code, stdout, stderr := runCLI(t, string(src), "render", "-")
	if code != exitOK || !strings.Contains(stdout, "<svg") {
		t.Fatalf("render -: exit %d, stderr %q, stdout starts %.40q", code, stderr, stdout)
	}
	if m, _ := filepath.Glob(filepath.Join(dir, "*")); len(m) != 0 {
		t.Fatalf("render - wrote files: %v", m)
	}
}
