package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-fonts/liberation/liberationserifbold"
	"github.com/go-fonts/liberation/liberationserifregular"
)

// uncoverable is a character of a private use plane, which no font of a
// system covers.
const uncoverable = "\U000F0001"

func TestRenderWarnsOfTextNoFontHas(t *testing.T) {
	dir := t.TempDir()
	in := writeFile(t, dir, "r.yaml", "title: Boxes\nsections:\n  - title: Hello "+uncoverable+"\n")
	code, _, stderr := runCLI(t, "", "render", in)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, in+":3:5: warning: no font has") || !strings.Contains(stderr, "U+F0001") || !strings.Contains(stderr, "--font FILE") {
		t.Errorf("stderr %q: want a warning at r.yaml:3:5 naming U+F0001 and --font", stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "r.svg")); err != nil {
		t.Errorf("a warning kept the picture from being written: %v", err)
	}
	code, _, quiet := runCLI(t, "", "render", "-q", in)
	if code != exitOK || quiet != "" {
		t.Errorf("-q: exit %d, stderr %q; want 0 and nothing", code, quiet)
	}
}

func TestStrictFontsMakesMissingGlyphsAnError(t *testing.T) {
	dir := t.TempDir()
	in := writeFile(t, dir, "r.yaml", "title: Boxes "+uncoverable+"\nsections:\n  - title: Hello\n")
	code, _, stderr := runCLI(t, "", "render", "--strict-fonts", in)
	if code != exitInvalid {
		t.Fatalf("exit %d, want %d: %s", code, exitInvalid, stderr)
	}
	if !strings.Contains(stderr, in+":1:1: no font has") || strings.Contains(stderr, "warning:") {
		t.Errorf("stderr %q: want an error at r.yaml:1:1", stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "r.svg")); err == nil {
		t.Error("--strict-fonts wrote the picture anyway")
	}
}

func TestFontSetsTextInTheUsersFont(t *testing.T) {
	dir := t.TempDir()
	regular := writeFile(t, dir, "serif.ttf", string(liberationserifregular.TTF))
	bold := writeFile(t, dir, "serif-bold.ttf", string(liberationserifbold.TTF))
	in := writeFile(t, dir, "r.yaml", "title: Serif roadmap\nsections:\n  - title: First\n    topics:\n      - title: A topic\n")
	code, out, stderr := runCLI(t, "", "render", "--font", regular, "--font", bold, "-o", "-", in)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(out, "font-family=\"&#39;Liberation Serif&#39;") {
		t.Errorf("the SVG does not name the user's font:\n%.600s", out)
	}
	_, plain, _ := runCLI(t, "", "render", "-o", "-", in)
	if plain == out {
		t.Error("--font changed nothing")
	}
	code, _, stderr = runCLI(t, "", "render", "--font", filepath.Join(dir, "none.ttf"), in)
	if code != exitUsage || !strings.Contains(stderr, "none.ttf") {
		t.Errorf("a missing font file: exit %d, stderr %q; want a usage error naming it", code, stderr)
	}
	code, _, stderr = runCLI(t, "", "render", "--font", in, in)
	if code != exitUsage || !strings.Contains(stderr, "not a TrueType or OpenType font") {
		t.Errorf("a file that is no font: exit %d, stderr %q", code, stderr)
	}
}

func TestThemeFileFontsSetText(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "serif.ttf", string(liberationserifregular.TTF))
	writeFile(t, dir, "serif-bold.ttf", string(liberationserifbold.TTF))
	in := writeFile(t, dir, "r.yaml", "title: Serif roadmap\nsections:\n  - title: First\n")
	theme := writeFile(t, dir, "serif.yaml", "base: light\nfonts: [serif.ttf, serif-bold.ttf]\n")
	code, _, errOut := runCLI(t, "", "render", "--theme", "light,"+theme, in)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	serif, _ := os.ReadFile(filepath.Join(dir, "r-serif.svg"))
	light, _ := os.ReadFile(filepath.Join(dir, "r-light.svg"))
	if !strings.Contains(string(serif), "Liberation Serif") || strings.Contains(string(light), "Liberation Serif") {
		t.Errorf("the theme file's fonts are not in its picture alone")
	}
}
