package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeFile writes content to dir/name and returns its path.
func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestRenderWithThemeFile(t *testing.T) {
	dir := t.TempDir()
	in := copyExample(t, dir, "fundamentals.yaml")
	theme := writeFile(t, dir, "purple.yaml", "base: light\nsection: {fill: \"#9c27b0\"}\nsizes: {title: 30}\n")
	code, _, errOut := runCLI(t, "", "render", "-f", "svg,html", "--theme", "light,"+theme, in)
	if code != exitOK || errOut != "" {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	base := strings.TrimSuffix(in, ".yaml")
	custom, _ := os.ReadFile(base + "-purple.svg")
	light, _ := os.ReadFile(base + "-light.svg")
	if !strings.Contains(string(custom), `"#9c27b0"`) || strings.Contains(string(light), `"#9c27b0"`) {
		t.Errorf("the theme file's section colour is not in its picture alone")
	}
	if !strings.Contains(string(custom), `font-size="30.00"`) || !strings.Contains(string(light), `font-size="44.00"`) {
		t.Errorf("the theme file's title size is not in its picture alone")
	}
	page, _ := os.ReadFile(base + "-purple.html")
	if !strings.Contains(string(page), "#9c27b0") {
		t.Errorf("the page does not show the theme file's colours")
	}
}

func TestThemeFileProblems(t *testing.T) {
	dir := t.TempDir()
	in := copyExample(t, dir, "fundamentals.yaml")
	bad := writeFile(t, dir, "bad.yaml", "base: light\nsection: {fil: \"#fff\"}\ntopic: {fill: blue}\n")
	code, _, errOut := runCLI(t, "", "render", "-o", "-", "--theme", bad, in)
	if code != exitInvalid || !strings.Contains(errOut, bad+`:2:11: unknown key "fil" in section; did you mean "fill"?`) ||
		!strings.Contains(errOut, bad+`:3:15: topic.fill: "blue" is not a colour`) {
		t.Errorf("exit %d:\n%s", code, errOut)
	}
	low := writeFile(t, dir, "low.yaml", "base: dark\ntopic: {text: \"#333333\"}\n")
	code, out, errOut := runCLI(t, "", "render", "-o", "-", "--theme", low, in)
	if code != exitOK || !strings.Contains(out, "<svg") || !strings.Contains(errOut, low+":2:15: warning: #333333 on #18794e has a contrast of") {
		t.Errorf("a low-contrast theme: exit %d:\n%s", code, errOut)
	}
	if code, _, errOut = runCLI(t, "", "render", "-q", "-o", "-", "--theme", low, in); code != exitOK || errOut != "" {
		t.Errorf("-q: exit %d, %q", code, errOut)
	}
	sized := writeFile(t, dir, "sized.yaml", "base: dark\nsizes: {topic: 20}\n")
	if code, _, errOut = runCLI(t, "", "render", "--engine", "dot", "--theme", sized, in); code != exitUsage || !strings.Contains(errOut, "only the native engine") {
		t.Errorf("sizes with dot: exit %d, %q", code, errOut)
	}
	light := writeFile(t, dir, "light.yaml", "base: dark\n")
	if code, _, errOut = runCLI(t, "", "render", "--theme", "light,"+light, in); code != exitInvalid || !strings.Contains(errOut, `are both named "light"`) {
		t.Errorf("two themes named light: exit %d, %q", code, errOut)
	}
	if code, _, errOut = runCLI(t, "", "render", "--theme", "purpel", in); code != exitUsage || !strings.Contains(errOut, "or a theme file ending in .yaml") {
		t.Errorf("unknown theme name: exit %d, %q", code, errOut)
	}
	if code, _, errOut = runCLI(t, "", "render", "--theme", filepath.Join(dir, "none.yaml"), in); code != exitInvalid || !strings.Contains(errOut, "none.yaml") {
		t.Errorf("missing theme file: exit %d, %q", code, errOut)
	}
}

func TestThemeSchemaMatchesCommittedFile(t *testing.T) {
	code, out, _ := runCLI(t, "", "schema", "--theme")
	committed, err := os.ReadFile("../../theme.schema.json")
	if code != exitOK || err != nil || string(committed) != out {
		t.Fatalf("theme.schema.json is stale; run: go run ./cmd/roadmap schema --theme > theme.schema.json")
	}
	if _, roadmapSchema, _ := runCLI(t, "", "schema"); roadmapSchema == out {
		t.Error("schema and schema --theme print the same")
	}
}
