package roadmap

import (
	"errors"
	"strings"
	"testing"
)

// parseErrors parses src as f.yaml and returns its error lines.
func parseErrors(t *testing.T, src string) []string {
	t.Helper()
	_, err := Parse(strings.NewReader(src), "f.yaml")
	if err == nil {
		return nil
	}
	var list ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("error is %T, want ErrorList: %v", err, err)
	}
	return strings.Split(list.Error(), "\n")
}

// TestParseErrors has a row per class of problem, each asserting the
// message a user sees and its line:col.
func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string // lines that must all be in the error
	}{
		{"unknown field with suggestion",
			"title: T\nsections:\n  - title: S\n    titel: x\n",
			[]string{`f.yaml:4:5: unknown field "titel" in section; did you mean "title"?`}},
		{"unknown field without close match",
			"title: T\nwhatever: 1\nsections: [{title: S}]\n",
			[]string{`f.yaml:2:1: unknown field "whatever" in roadmap`}},
		{"missing required fields",
			"sectionz: []\n",
			[]string{
				`f.yaml:1:1: unknown field "sectionz" in roadmap; did you mean "sections"?`,
				`f.yaml:1:1: missing required field "title" in roadmap`,
				`f.yaml:1:1: missing required field "sections" in roadmap`,
			}},
		{"missing resource url",
			"title: T\nsections:\n  - title: S\n    resources:\n      - title: R\n",
			[]string{`f.yaml:5:9: missing required field "url" in resource`}},
		{"required field without value",
			"title:\nsections: [{title: S}]\n",
			[]string{`f.yaml:1:7: title in roadmap has no value; fill it in`}},
		{"map where a string is expected",
			"title: {a: b}\nsections: [{title: S}]\n",
			[]string{`f.yaml:1:8: title in roadmap must be a string, got a mapping`}},
		{"bool that is not a bool",
			"title: T\nsections:\n  - title: S\n    optional: maybe\n",
			[]string{`f.yaml:4:15: optional in section must be true or false, got "maybe"`}},
		{"YAML 1.1 boolean",
			"title: T\nsections:\n  - title: S\n    optional: yes\n",
			[]string{`f.yaml:4:15: optional in section must be true or false, got "yes" (YAML 1.2 reads it as text)`}},
		{"width below the range",
			"title: T\nwidth: 320\nsections: [{title: S}]\n",
			[]string{`f.yaml:2:8: width in roadmap is 320; use a width from 480 to 4096 px`}},
		{"width that is not a whole number",
			"title: T\nwidth: 960px\nsections: [{title: S}]\n",
			[]string{`f.yaml:2:8: width in roadmap must be a whole number of px, got "960px"`}},
		{"scalar where a mapping is expected",
			"title: T\nsections:\n  - title: S\n    topics: [x]\n",
			[]string{`f.yaml:4:14: topic must be a mapping of fields (title, id, description, url, optional, requires, resources), got "x"`}},
		{"scalar where a list is expected",
			"title: T\nsections: nope\n",
			[]string{`f.yaml:2:11: sections must be a list (lines starting with "- "), got "nope"`}},
		{"unsupported tag",
			"title: !!binary aGVsbG8=\nsections: [{title: S}]\n",
			[]string{`f.yaml:1:8: title in roadmap has the unsupported tag !!binary; remove the tag`}},
		{"top level not a mapping",
			"- a\n",
			[]string{`f.yaml:1:1: roadmap must be a mapping of fields (title, icon, description, url, optional, width, sections), got a list`}},
		{"empty file",
			"# only a comment\n",
			[]string{`f.yaml: file is empty; a roadmap needs at least a title and sections`}},
		{"empty sections",
			"title: T\nsections: []\n",
			[]string{`f.yaml:2:11: sections is empty; a roadmap needs at least one section`}},
		{"duplicate section ids from titles",
			"title: T\nsections:\n  - title: S\n  - title: s!\n",
			[]string{`f.yaml:4:12: duplicate id "s"; first defined at f.yaml:3:12; give one of them another id`}},
		{"topic id equal to a section id",
			"title: T\nsections:\n  - title: A\n    id: x\n  - title: B\n    topics:\n      - title: C\n        id: x\n",
			[]string{`f.yaml:8:13: duplicate id "x"; first defined at f.yaml:4:9; give one of them another id`}},
		{"duplicate key",
			"title: a\ntitle: b\nsections: [{title: S}]\n",
			[]string{`f.yaml:2:1: duplicate key "title" in roadmap; first at f.yaml:1:1, remove one`}},
		{"invalid id",
			"title: T\nsections:\n  - title: S\n    id: a b\n",
			[]string{`f.yaml:4:9: invalid id "a b"; use letters, digits, '-', '_', '.' or '/'`}},
		{"title without letters gives no id",
			"title: T\nsections:\n  - title: \"🚀\"\n",
			[]string{`f.yaml:3:12: cannot make an id from the title "🚀" (it has no letters or digits); add an id field`}},
		{"requires naming nothing",
			"title: T\nsections:\n  - title: Intro\n    requires: [intro/tokenisation]\n    topics:\n      - title: Tokenization\n",
			[]string{`f.yaml:4:16: requires "intro/tokenisation" names no section or topic in this file; did you mean "intro/tokenization"?`}},
		{"requires listing an id twice",
			"title: T\nsections:\n  - title: A\n  - title: B\n    requires: [a, a]\n",
			[]string{`f.yaml:5:19: requires lists "a" twice (first at f.yaml:5:16); remove one`}},
		{"requires cycle",
			"title: T\nsections:\n  - title: A\n    requires: [c]\n  - title: B\n    requires: [a]\n  - title: C\n    requires: [b]\n",
			[]string{`f.yaml:4:16: cycle in requires: a -> c -> b -> a (each requires the next); remove one of these requires`}},
		{"requires itself",
			"title: T\nsections:\n  - title: A\n    topics:\n      - title: B\n        requires: [a/b]\n",
			[]string{`f.yaml:6:20: cycle in requires: a/b -> a/b (each requires the next); remove one of these requires`}},
		{"bad FILE#ID syntax",
			"title: T\nsections:\n  - title: A\n    requires: ['#x', '/abs.yaml#x', 'b.yaml#']\n",
			[]string{
				`f.yaml:4:16: requires "#x" has no file before '#'; write just the id for this file`,
				`f.yaml:4:22: requires "/abs.yaml#x": the file must be a path relative to this file`,
				`f.yaml:4:37: requires "b.yaml#": invalid id ""; use letters, digits, '-', '_', '.' or '/'`,
			}},
		{"javascript url in mixed case",
			"title: T\nurl: \"JaVaScRiPt:alert(1)\"\nsections: [{title: S}]\n",
			[]string{`f.yaml:2:6: url scheme "javascript:" is not allowed; use http, https or mailto, or a relative path`}},
		{"url schemes hidden behind blanks and control characters",
			"title: T\nsections:\n  - title: A\n    url: \" javascript:x\"\n    resources:\n" +
				"      - {title: r, url: \"\\tdata:text/html,x\"}\n      - {title: r, url: \"java\\tscript:x\"}\n" +
				"      - {title: r, url: \"\\x01vbscript:x\"}\n      - {title: r, url: \"mailto:a@b.c\"}\n      - {title: r, url: \"../x.html\"}\n",
			[]string{
				`f.yaml:4:10: url scheme "javascript:" is not allowed; use http, https or mailto, or a relative path`,
				`f.yaml:6:25: url scheme "data:" is not allowed; use http, https or mailto, or a relative path`,
				`f.yaml:7:25: url scheme "javascript:" is not allowed; use http, https or mailto, or a relative path`,
				`f.yaml:8:25: url scheme "vbscript:" is not allowed; use http, https or mailto, or a relative path`,
			}},
		{"http url without host",
			"title: T\nurl: http:x\nsections: [{title: S}]\n",
			[]string{`f.yaml:2:6: url "http:x" has no host; write it as http://host/path`}},
		{"absolute icon path",
			"title: T\nicon: /etc/x.png\nsections: [{title: S}]\n",
			[]string{`f.yaml:2:7: icon "/etc/x.png" must be a path relative to this file, or an emoji`}},
		{"blank title",
			"title: T\nsections:\n  - title: \"  \"\n",
			[]string{`f.yaml:3:12: title in section is blank; write a title`}},
		{"invalid UTF-8",
			"title: T\nsections:\n  - title: a\xffb\n",
			[]string{`f.yaml:3:13: invalid UTF-8 byte; save the file as UTF-8`}},
		{"YAML syntax error",
			"title: T\nsections:\n  - title: [a\n",
			[]string{`f.yaml:3:12: invalid YAML: this [ is not closed; close it with ], and separate its items with commas`}},
		{"YAML syntax error on the last line",
			"title: T\nsections: [{title: S}]\nbad\n",
			[]string{`f.yaml:3:1: invalid YAML: could not find expected ':'; write a colon after a key, or check the indentation`}},
		{"tab indentation",
			"title: T\nsections:\n\t- title: S\n",
			[]string{`f.yaml:3:1: invalid YAML: a tab; indent with spaces, not tabs`}},
		{"second document",
			"title: T\nsections: [{title: S}]\n---\ntitle: U\n",
			[]string{`f.yaml:3:1: a second YAML document; a roadmap file holds one document, remove the "---" line`}},
		{"alias",
			"title: &t T\nsections: [{title: *t}]\n",
			[]string{`f.yaml:2:20: YAML alias *t is not allowed (MaxAliases = 0); write the value out in full`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := parseErrors(t, tt.src)
			for _, w := range tt.want {
				if !contains(got, w) {
					t.Errorf("missing error\n  %s\ngot\n  %s", w, strings.Join(got, "\n  "))
				}
			}
		})
	}
}

func contains(lines []string, s string) bool {
	for _, l := range lines {
		if l == s {
			return true
		}
	}
	return false
}

// TestAllErrorsInOneRun checks that one bad file reports every problem,
// in file order, rather than stopping at the first.
func TestAllErrorsInOneRun(t *testing.T) {
	src := `title: T
sections:
  - title: A
    requires: [missing]
    topics:
      - title: B
        optional: perhaps
      - titel: C
  - title: A
    url: javascript:alert(1)
    resources:
      - title: R
`
	want := []string{
		`f.yaml:4:16: requires "missing" names no section or topic in this file`,
		`f.yaml:7:19: optional in topic must be true or false, got "perhaps"`,
		`f.yaml:8:9: unknown field "titel" in topic; did you mean "title"?`,
		`f.yaml:8:9: missing required field "title" in topic`,
		`f.yaml:9:12: duplicate id "a"; first defined at f.yaml:3:12; give one of them another id`,
		`f.yaml:10:10: url scheme "javascript:" is not allowed; use http, https or mailto, or a relative path`,
		`f.yaml:12:9: missing required field "url" in resource`,
	}
	got := parseErrors(t, src)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}

// TestParseModel checks the decoded model: default ids, numbers,
// positions, refs and every field.
func TestParseModel(t *testing.T) {
	src := `# yaml-language-server: $schema=roadmap.schema.json
title: The LLM Scientist
icon: "🧑‍🔬"
description: Build the best LLMs.
url: https://example.com/
optional: true
sections:
  - title: The LLM architecture
    icon: "🏗️"
    topics:
      - title: Tokenization
        description: Text to tokens.
        url: ./tok.html
        resources:
          - title: Visual intro
            url: https://www.youtube.com/watch?v=wjZofJX0v4M
            author: 3Blue1Brown
            note: For beginners.
  - title: Pre-training
    id: pre-training
    optional: false
    requires: [the-llm-architecture/tokenization, fundamentals.yaml#python]
`
	r, err := Parse(strings.NewReader(src), "s.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if r.Title != "The LLM Scientist" || r.Icon != "🧑‍🔬" || !r.Optional || r.URL != "https://example.com/" || r.Pos != (Pos{"s.yaml", 2, 1}) {
		t.Errorf("roadmap = %+v", r)
	}
	s1, s2 := r.Sections[0], r.Sections[1]
	if s1.ID != "the-llm-architecture" || s1.Number != 1 || s1.Pos != (Pos{"s.yaml", 8, 5}) || s1.Icon != "🏗️" {
		t.Errorf("section 1 = %+v", s1)
	}
	tok := s1.Topics[0]
	if tok.ID != "the-llm-architecture/tokenization" || tok.Pos != (Pos{"s.yaml", 11, 9}) || tok.URL != "./tok.html" {
		t.Errorf("topic = %+v", tok)
	}
	wantRes := Resource{"Visual intro", "https://www.youtube.com/watch?v=wjZofJX0v4M", "3Blue1Brown", "For beginners.", Pos{"s.yaml", 15, 13}}
	if tok.Resources[0] != wantRes {
		t.Errorf("resource = %+v, want %+v", tok.Resources[0], wantRes)
	}
	wantRefs := []Ref{
		{"", "the-llm-architecture/tokenization", Pos{"s.yaml", 22, 16}},
		{"fundamentals.yaml", "python", Pos{"s.yaml", 22, 51}},
	}
	if s2.ID != "pre-training" || s2.Number != 2 || len(s2.Requires) != 2 || s2.Requires[0] != wantRefs[0] || s2.Requires[1] != wantRefs[1] {
		t.Errorf("section 2 = %+v, refs want %+v", s2, wantRefs)
	}
}

func TestParseAcceptsByteOrderMark(t *testing.T) {
	if got := parseErrors(t, "\ufefftitle: T\nsections: [{title: S}]\n"); got != nil {
		t.Errorf("errors for a file with a BOM: %q", got)
	}
}

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{
		"The LLM architecture":      "the-llm-architecture",
		"  Fine-tuning (SFT) & RL ": "fine-tuning-sft-rl",
		"Évaluation des modèles":    "évaluation-des-modèles",
		"量子化 Quantization":          "量子化-quantization",
		"🚀":                         "",
	} {
		if got := Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
}
