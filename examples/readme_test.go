package examples

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/roadmapgo/roadmap/internal/textdiff"
	"github.com/roadmapgo/roadmap/render/themefile"
	"github.com/roadmapgo/roadmap/roadmap"
)

// codeBlock is a fenced block of README.md.
type codeBlock struct {
	line int    // 1-based line of its opening fence
	code string // its text, each line ending in "\n"
}

// readmeBlocks returns README's code blocks fenced as ```lang.
func readmeBlocks(t *testing.T, lang string) []codeBlock {
	t.Helper()
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	var out []codeBlock
	var cur *codeBlock
	for i, l := range strings.SplitAfter(string(readme), "\n") {
		switch {
		case cur == nil && strings.TrimSpace(l) == "```"+lang:
			cur = &codeBlock{line: i + 1}
		case cur != nil && strings.TrimSpace(l) == "```":
			out = append(out, *cur)
			cur = nil
		case cur != nil:
			cur.code += l
		}
	}
	return out
}

// TestREADMEYAMLIsFormatted checks that every roadmap and course file
// shown in README is valid and in the form roadmap fmt gives, so that a
// reader who copies one gets a file fmt leaves alone.
func TestREADMEYAMLIsFormatted(t *testing.T) {
	checked := 0
	for _, b := range readmeBlocks(t, "yaml") {
		if !isRoadmapOrCourse(b.code) {
			continue
		}
		checked++
		out, err := roadmap.Format([]byte(b.code), "README.md block")
		if err != nil {
			t.Errorf("README.md:%d: the YAML block is not a valid file: %v", b.line, err)
			continue
		}
		if !bytes.Equal(out, []byte(b.code)) {
			t.Errorf("README.md:%d: the YAML block is not in canonical form (roadmap fmt):\n%s", b.line,
				textdiff.Unified("README", "formatted", b.code, string(out), 2, 40))
		}
	}
	if checked < 2 {
		t.Fatalf("checked %d roadmap or course blocks in README; want the format and the course examples", checked)
	}
}

// isRoadmapOrCourse tells a roadmap or course file from the other YAML
// README shows (progress files, CI workflows): by its top-level keys.
func isRoadmapOrCourse(code string) bool {
	for _, l := range strings.Split(code, "\n") {
		if strings.HasPrefix(l, "sections:") || strings.HasPrefix(l, "course:") {
			return true
		}
	}
	return false
}

// TestREADMEProgressExampleFitsTheExample checks that README's progress
// file names ids of examples/scientist.yaml, so that it renders as shown.
func TestREADMEProgressExampleFitsTheExample(t *testing.T) {
	r, err := roadmap.Load("scientist.yaml")
	if err != nil {
		t.Fatal(err)
	}
	found := 0
	for _, b := range readmeBlocks(t, "yaml") {
		if isRoadmapOrCourse(b.code) || !strings.Contains(b.code, ": done") {
			continue
		}
		found++
		p, err := roadmap.ParseProgress(strings.NewReader(b.code), "README.md", r)
		if err != nil {
			t.Errorf("README.md:%d: the progress example does not fit examples/scientist.yaml: %v", b.line, err)
		} else if len(p) == 0 {
			t.Errorf("README.md:%d: the progress example marks nothing", b.line)
		}
	}
	if found != 1 {
		t.Fatalf("found %d progress examples in README, want 1", found)
	}
}

// TestREADMEThemeFileParses checks that the theme file README shows is
// valid and meets WCAG AA, so that a reader who copies it gets no
// error and no warning.
func TestREADMEThemeFileParses(t *testing.T) {
	checked := 0
	for _, b := range readmeBlocks(t, "yaml") {
		if !strings.HasPrefix(b.code, "# yaml-language-server: $schema=https://raw.githubusercontent.com/roadmapgo/roadmap/main/theme.schema.json") {
			continue
		}
		checked++
		f, err := themefile.Parse([]byte(b.code), "README.md", nil)
		if err != nil {
			t.Errorf("README.md:%d: the theme file is not valid: %v", b.line, err)
			continue
		}
		for _, w := range f.Warnings() {
			t.Errorf("README.md:%d: %v", b.line, w)
		}
	}
	if checked != 1 {
		t.Errorf("README shows %d theme files; want one", checked)
	}
}
