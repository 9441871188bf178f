package cli

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

const exampleCourse = "../../examples/course.yaml"

func TestValidateCourse(t *testing.T) {
	code, _, stderr := runCLI(t, "", "validate", exampleCourse)
	if code != exitOK || stderr != "" {
		t.Fatalf("validate %s: exit %d, stderr %q", exampleCourse, code, stderr)
	}
}

// TestValidateCourseChecksItsParts: a problem in a part is reported at
// its place in the part, and a missing part at its line in the course.
func TestValidateCourseChecksItsParts(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"course.yaml": "course: C\nparts:\n  - a.yaml\n  - gone.yaml\n",
		"a.yaml":      "title: A\nsections:\n  - title: X\n    optional: maybe\n",
	}
	for name, src := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, _, stderr := runCLI(t, "", "validate", filepath.Join(dir, "course.yaml"))
	if code != exitInvalid {
		t.Fatalf("exit %d, want %d", code, exitInvalid)
	}
	for _, want := range []string{
		filepath.Join(dir, "course.yaml") + `:4:5: part "gone.yaml": file`,
		filepath.Join(dir, "a.yaml") + ":4:15: optional in section must be true or false",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
}

// TestRenderCourseNative draws the example course in one picture: the
// course's title, a header for each part, and the prerequisites between
// parts as chips linking inside the picture.
func TestRenderCourseNative(t *testing.T) {
	code, out, stderr := runCLI(t, "", "render", "-o", "-", exampleCourse)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{
		">The LLM Course</title>",
		`<g class="node header optional" id="fundamentals__part"`,
		`<g class="node header" id="scientist__part"`,
		`<a class="ref" href="#fundamentals_neural-networks" xlink:href="#fundamentals_neural-networks" data-from="the-llm-architecture" data-to="fundamentals.yaml_neural-networks">`,
		`<title>← LLM Fundamentals 3.` + " " + `Neural Networks</title>`,
		`id="fundamentals_neural-networks"`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the course SVG lacks %s", want)
		}
	}
	code, out, _ = runCLI(t, "", "render", "--check", "../../examples/course.yaml")
	if code != exitOK {
		t.Errorf("render --check of the committed course picture: exit %d\n%s", code, out)
	}
}

// TestRenderCourseWithGraphviz draws the example course through the
// companion: one picture titled by the course, with every part and the
// prerequisites drawn between parts.
func TestRenderCourseWithGraphviz(t *testing.T) {
	buildCompanion(t)
	code, out, stderr := runCLI(t, "", "render", "--engine", "dot", "-o", "-", exampleCourse)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(out, ">The LLM Course</title>") {
		t.Error("the SVG title is not the course title")
	}
	for _, part := range []string{"LLM Fundamentals Roadmap", "The LLM Scientist Roadmap", "The LLM Engineer Roadmap"} {
		if !strings.Contains(out, part) {
			t.Errorf("the course SVG lacks the part %q", part)
		}
	}
	requires := regexp.MustCompile(`class="edge requires"[^>]*data-from="(\w+)\.yaml_[^"]*" data-to="(\w+)\.yaml_`)
	across := 0
	for _, m := range requires.FindAllStringSubmatch(out, -1) {
		if m[1] != m[2] {
			across++
		}
	}
	if across < 6 {
		t.Errorf("%d requires edges drawn between parts, want the example's prerequisites", across)
	}
}

func TestRenderCourseProgress(t *testing.T) {
	dir := t.TempDir()
	good := writeTemp(t, dir, "good.yaml", "neural-networks: done\nscientist.yaml#the-llm-architecture: doing\n")
	code, out, stderr := runCLI(t, "", "render", "--progress", good, "-o", "-", exampleCourse)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{`class="node section status-done" id="fundamentals_neural-networks"`, `class="node section status-doing" id="scientist_the-llm-architecture"`} {
		if !strings.Contains(out, want) {
			t.Errorf("the course SVG lacks %s", want)
		}
	}
	bad := writeTemp(t, dir, "bad.yaml", "sceintist.yaml#the-llm-architecture: done\n")
	code, _, stderr = runCLI(t, "", "render", "--progress", bad, "-o", "-", exampleCourse)
	if code != exitInvalid || !strings.Contains(stderr, `bad.yaml:1:1: "sceintist.yaml#the-llm-architecture" names no section or topic of the course; did you mean "scientist.yaml#the-llm-architecture"?`) {
		t.Errorf("an unknown part: exit %d, %q", code, stderr)
	}
}
