package themefile

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/roadmapgo/roadmap/roadmap"
)

// Each bad theme file gives every one of its problems, each at its
// file:line:col, in one run.
func TestBadFilesReportEveryProblemAtItsPosition(t *testing.T) {
	for _, c := range []struct {
		name, src string
		want      []string // "line:col: part of the message", in order
	}{
		{"unknown key", "base: light\nsectoin: {fill: \"#fff\"}\n",
			[]string{`2:1: unknown key "sectoin" in a theme file; did you mean "section"?`}},
		{"unknown colour key", "base: light\nspine: {fill: \"#fff\", stroke: \"#000\"}\n",
			[]string{`2:9: unknown key "fill" in spine; it takes stroke`}},
		{"bad colours", "base: light\nsection: {fill: \"#12345\", text: red}\ntopic:\n  fill: \"#ggg\"\n  text: #4e342e\n",
			[]string{`2:17: section.fill: "#12345" is not a colour; write "#rgb" or "#rrggbb"`,
				`2:33: section.text: "red" is not a colour`,
				`4:9: topic.fill: "#ggg" is not a colour`,
				`5:8: topic.text has no colour; write it in quotes`}},
		{"wrong types", "base: 3\nsection: \"#fff\"\nsizes: {title: big}\nfonts: x.ttf\ntopic: {fill: [1]}\n",
			[]string{`1:7: base must be light or dark, got "3"`,
				`2:10: section must be a mapping of fill, text, got "#fff"`,
				`3:16: sizes.title must be a size in px, a number from 16 to 80, got "big"`,
				`4:8: fonts must be a list of font files`,
				`5:15: topic.fill must be a colour "#rgb" or "#rrggbb", got a list`}},
		{"sizes out of range", "base: dark\nsizes: {title: 500, topic: 4, legend: .nan, section: 25}\n",
			[]string{`2:16: sizes.title 500 is out of range: use a size in px, a number from 16 to 80`,
				`2:28: sizes.topic 4 is out of range`,
				`2:39: sizes.legend .nan is out of range`}},
		{"unknown size", "base: light\nsizes: {titel: 30}\n",
			[]string{`2:9: unknown key "titel" in sizes; did you mean "title"?`}},
		{"doing", "base: light\ndoing: {fill: \"#fff\"}\n", []string{`2:1: doing has no colours of its own`}},
		{"twice", "base: light\ntopic: {fill: \"#fff\"}\ntopic: {text: \"#000\"}\n",
			[]string{`3:1: topic is given twice in a theme file (first at line 2); keep one`}},
		{"no base", "section: {fill: \"#fff\"}\n", []string{`1:1: base is missing; start the file with base: light or base: dark`}},
		{"base auto", "base: auto\n", []string{`1:7: base: auto cannot be a theme file's base`}},
		{"base typo", "base: drak\n", []string{`1:7: unknown base "drak"; did you mean "dark"?`}},
		{"not a mapping", "- base: light\n", []string{`1:1: a theme file must be a mapping of base, background, title`}},
		{"scalar", "light\n", []string{`1:1: a theme file must be a mapping of`}},
		{"empty", "# nothing\n", []string{`theme file is empty`}},
		{"alias", "base: light\nsection: &s {fill: \"#fff\"}\ntopic: *s\n", []string{`3:8: YAML alias *s is not allowed`}},
		{"two documents", "base: light\n---\nbase: dark\n", []string{`2:1: a second YAML document; a theme file holds one document`}},
		{"syntax", "base: light\nsection: {fill: \"#fff\"\n", []string{`2:10: invalid YAML: this { is not closed`}},
		{"bad fonts", "base: light\nfonts: [/abs/a.ttf, a.woff, \"\", 3, https://x/a.ttf]\n",
			[]string{`2:9: font "/abs/a.ttf" must be a path relative to this file`,
				`2:21: font "a.woff" is not a font file; list TrueType or OpenType files ending in .ttf, .otf or .ttc`,
				`2:29: a font is an empty path`,
				`2:33: a font must be the path of a font file`,
				`2:36: font "https://x/a.ttf" must be a path relative to this file`}},
		{"too many fonts", "base: light\nfonts: [" + strings.Repeat("a.ttf, ", MaxFonts) + "a.ttf]\n",
			[]string{`2:8: fonts lists 17 files, more than 16 (MaxFonts)`}},
		{"non-UTF-8", "base: light\ntitle: {text: \"\xff\"}\n", []string{`2:16: invalid UTF-8 byte`}},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := Parse([]byte(c.src), "t.yaml", nil)
			checkErrors(t, err, c.want)
		})
	}
}

// checkErrors checks that err is an ErrorList of exactly the problems
// want, in order, each "line:col: text" (or text alone for the whole
// file) a prefix of the error after "t.yaml:".
func checkErrors(t *testing.T, err error, want []string) {
	t.Helper()
	var list roadmap.ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("error %v (%T), want an ErrorList", err, err)
	}
	if len(list) != len(want) {
		t.Fatalf("%d errors, want %d:\n%v", len(list), len(want), err)
	}
	for i, e := range list {
		prefix := "t.yaml: " + want[i]
		if strings.ContainsAny(want[i][:1], "0123456789") {
			prefix = "t.yaml:" + want[i]
		}
		if got := e.Error(); !strings.HasPrefix(got, prefix) {
			t.Errorf("error %d:\n got %s\nwant %s…", i, got, prefix)
		}
	}
}

// Fonts must be files inside the project root, as icons must.
func TestFontsOutsideRootOrMissing(t *testing.T) {
	_, dir := project(t, map[string]string{"p/fonts/ok.ttf": "x", "outside.ttf": "x", "p/fonts/dir.ttf/x": ""})
	inner, err := roadmap.OpenProject(filepath.Join(dir, "p"))
	if err != nil {
		t.Fatal(err)
	}
	defer inner.Close()
	name := filepath.Join(dir, "p", "t.yaml")
	src := "base: light\nfonts:\n  - fonts/ok.ttf\n  - ../outside.ttf\n  - fonts/missing.otf\n  - fonts/dir.ttf\n  - fonts/ok.ttf\n"
	_, err = Parse([]byte(src), name, inner)
	want := []string{
		`4:5: font "../outside.ttf" (` + filepath.Join(dir, "outside.ttf") + `) is outside the project root`,
		`5:5: font file "fonts/missing.otf" not found (looked for ` + filepath.Join(dir, "p", "fonts", "missing.otf") + `)`,
		`6:5: font "fonts/dir.ttf" (` + filepath.Join(dir, "p", "fonts", "dir.ttf") + `) is not a file`,
		`7:5: font "fonts/ok.ttf" is listed twice (first at line 3); keep one`,
	}
	var list roadmap.ErrorList
	if !errors.As(err, &list) || len(list) != len(want) {
		t.Fatalf("errors:\n%v\nwant %d", err, len(want))
	}
	for i, e := range list {
		if !strings.HasPrefix(e.Error(), name+":"+want[i]) {
			t.Errorf("got  %s\nwant %s:%s…", e, name, want[i])
		}
	}
}
