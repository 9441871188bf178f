package roadmap

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

// courseParts are two valid parts, the second requiring the first.
var courseParts = map[string]string{
	"a.yaml":     "title: A\nsections:\n  - title: Basics\n    topics: [{title: Words}]\n",
	"sub/b.yaml": "title: B\nsections:\n  - title: More\n    requires: [../a.yaml#basics/words]\n",
}

func TestLoadCourse(t *testing.T) {
	dir := writeFiles(t, withFile(courseParts, "course.yaml",
		"# yaml-language-server: $schema=roadmap.schema.json\ncourse: The Course\ndescription: Two parts.\nparts: [a.yaml, sub/b.yaml]\n"))
	c, err := LoadCourse(filepath.Join(dir, "course.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if c.Title != "The Course" || c.Description != "Two parts." || c.File != filepath.Join(dir, "course.yaml") {
		t.Errorf("course %q, %q, file %q", c.Title, c.Description, c.File)
	}
	if len(c.Roadmaps) != 2 || c.Roadmaps[0].Title != "A" || c.Roadmaps[1].Title != "B" {
		t.Fatalf("parts %v, want A then B", c.Roadmaps)
	}
	g := c.Graph()
	a, _ := g.Index(c.Roadmaps[0], "basics/words")
	b, _ := g.Index(c.Roadmaps[1], "more")
	found := false
	for _, e := range g.Edges {
		found = found || e == Edge{a, b, RequiresEdge}
	}
	if !found {
		t.Error("the requires from part B to part A is not in the course graph")
	}
}

// withFile returns files with one more.
func withFile(files map[string]string, name, content string) map[string]string {
	out := map[string]string{name: content}
	for k, v := range files {
		out[k] = v
	}
	return out
}

func TestLoadCourseErrors(t *testing.T) {
	for _, tc := range []struct {
		name, course string
		want         []string
	}{
		{"unknown field", "course: C\npart: [a.yaml]\n", []string{
			`course.yaml:1:1: missing required field "parts" in course`,
			`course.yaml:2:1: unknown field "part" in course; did you mean "parts"?`,
		}},
		{"no title", "parts: [a.yaml]\ndescription: x\n", []string{
			`course.yaml:1:1: missing required field "course" in course`,
		}},
		{"blank title", "course: ' '\nparts: [a.yaml]\n", []string{
			`course.yaml:1:9: course in course is blank; write a title`,
		}},
		{"parts not a list", "course: C\nparts: a.yaml\n", []string{
			`course.yaml:2:8: parts must be a list (lines starting with "- "), got "a.yaml"`,
		}},
		{"empty parts", "course: C\nparts: []\n", []string{
			`course.yaml:2:8: parts is empty; a course needs at least one roadmap file`,
		}},
		{"missing part", "course: C\nparts:\n  - a.yaml\n  - b.yaml\n", []string{
			`course.yaml:4:5: part "b.yaml": file b.yaml does not exist; fix the path (it is relative to this file)`,
		}},
		{"bad parts", "course: C\nparts: [/etc/a.yaml, 'https://x.org/a.yaml', 'a.yaml#basics', '', {x: 1}]\n", []string{
			`course.yaml:2:9: part "/etc/a.yaml" must be a path relative to this file`,
			`course.yaml:2:22: part "https://x.org/a.yaml" must be a path relative to this file`,
			`course.yaml:2:46: part "a.yaml#basics" names a file, not an id; remove the '#' and what follows`,
			`course.yaml:2:63: a part is blank; write the path of a roadmap file`,
			`course.yaml:2:67: a part in course must be a string, got a mapping`,
		}},
		{"part twice", "course: C\nparts: [a.yaml, ./a.yaml]\n", []string{
			`course.yaml:2:17: parts lists "./a.yaml" twice (first at course.yaml:2:9); remove one`,
		}},
		{"part is a course", "course: C\nparts: [a.yaml, course.yaml]\n", []string{
			`course.yaml:2:17: part "course.yaml": course.yaml is a course file, not a roadmap; a course's parts and FILE#ID references name roadmap files`,
		}},
		{"invalid part", "course: C\nparts: [bad.yaml]\n", []string{
			`bad.yaml:3:5: unknown field "titel" in section; did you mean "title"?`,
			`bad.yaml:3:5: missing required field "title" in section`,
		}},
		{"not a mapping", "- a.yaml\n", []string{
			`course.yaml:1:1: course must be a mapping of fields (course, description, parts), got a list`,
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := writeFiles(t, withFile(withFile(courseParts, "bad.yaml", "title: Bad\nsections:\n  - titel: x\n"), "course.yaml", tc.course))
			_, err := LoadCourse(filepath.Join(dir, "course.yaml"))
			var list ErrorList
			if !errors.As(err, &list) {
				t.Fatalf("error %v is not an ErrorList", err)
			}
			got := strings.ReplaceAll(err.Error(), dir+string(filepath.Separator), "")
			if want := strings.Join(tc.want, "\n"); got != want {
				t.Errorf("got\n  %s\nwant\n  %s", strings.ReplaceAll(got, "\n", "\n  "), strings.Join(tc.want, "\n  "))
			}
		})
	}
}

func TestLoadCourseUnreadable(t *testing.T) {
	_, err := LoadCourse(filepath.Join(t.TempDir(), "none.yaml"))
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("error %v, want fs.ErrNotExist", err)
	}
}

// TestLoadRoadmapThatIsACourse checks that Load names the mistake when
// given a course file instead of a roadmap.
func TestLoadRoadmapThatIsACourse(t *testing.T) {
	dir := writeFiles(t, withFile(courseParts, "course.yaml", "description: D\nparts: [a.yaml]\n"))
	_, err := Load(filepath.Join(dir, "course.yaml"))
	if err == nil || !strings.Contains(err.Error(), `course.yaml:2:1: this is a course file (it has a "parts" field), not a roadmap`) {
		t.Errorf("error %v", err)
	}
}

func TestIsCourse(t *testing.T) {
	for src, want := range map[string]bool{
		"course: C\nparts: [a.yaml]\n":   true,
		"parts: [a.yaml]\n":              true,
		"title: T\nsections: []\n":       false,
		"- course\n":                     false,
		"course: [unclosed\n":            false,
		"":                               false,
		"title: T\ncourse: oops\n":       true,
		"# comment only\n":               false,
		"sections:\n  - course: x\n":     false,
		"x: &a 1\ncourse: *a\nparts: []": true,
	} {
		if got := IsCourse([]byte(src)); got != want {
			t.Errorf("IsCourse(%q) = %v, want %v", src, got, want)
		}
	}
}

func TestLoadAny(t *testing.T) {
	dir := writeFiles(t, withFile(courseParts, "course.yaml", "course: C\nparts: [sub/b.yaml, a.yaml]\n"))
	c, err := LoadAny(filepath.Join(dir, "course.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if c.File == "" || c.Title != "C" || len(c.Roadmaps) != 2 || c.Roadmaps[0].Title != "B" {
		t.Errorf("course file gave file %q, title %q, %d parts", c.File, c.Title, len(c.Roadmaps))
	}
	if _, err := LoadAny(filepath.Join(dir, "sub", "b.yaml")); !strings.Contains(fmt.Sprint(err), "outside the project root") {
		t.Errorf("sub/b.yaml requires ../a.yaml with no .git above: got %v, want it outside the project root", err)
	}
	proj, err := OpenProject(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer proj.Close()
	c, err = proj.LoadAny(filepath.Join(dir, "sub", "b.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if c.File != "" || c.Title != "" || len(c.Roadmaps) != 1 || c.Roadmaps[0].Title != "B" {
		t.Errorf("roadmap file gave file %q, title %q, %d parts", c.File, c.Title, len(c.Roadmaps))
	}
	if _, ok := c.Resolve(c.Roadmaps[0], c.Roadmaps[0].Sections[0].Requires[0]); !ok {
		t.Error("LoadAny of a roadmap does not resolve its FILE#ID requires")
	}
}

// TestFormatCourse formats a course file: keys in table order, lists in
// block style, comments kept, and the file's own problems refused.
func TestFormatCourse(t *testing.T) {
	src := "parts: [a.yaml, 'b.yaml'] # the parts\n# the title\ncourse: \"C\"\n"
	got, err := Format([]byte(src), "course.yaml")
	if err != nil {
		t.Fatal(err)
	}
	want := SchemaModeline + "\n# the title\ncourse: C\nparts: # the parts\n  - a.yaml\n  - b.yaml\n"
	if string(got) != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if _, err := Format([]byte("course: C\nparts: [/a.yaml]\n"), "course.yaml"); err == nil || !strings.Contains(err.Error(), "course.yaml:2:9: part") {
		t.Errorf("Format of an invalid course: %v", err)
	}
}
