package roadmap

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// messy is a valid roadmap written carelessly: keys out of order, four
// spaces of indentation, flow lists, quoted strings, and comments of every
// kind (head, line and foot) at every depth.
const messy = `# about this course
# second line

sections:
    # the first section
    -   topics: [{title: Tokens, requires: [basics]}]   # flow
        title: 'Basics'
        id: basics
        # foot after id

    # head of second
    - title: "Second"   # line on title
      optional: true
      description: |
        multi
        line
      requires:
      - basics
icon: "🧑‍🔬"  # line on icon
title: 2024

# trailing block after blank
# foot of doc
`

// messyFormatted is messy in canonical form.
const messyFormatted = SchemaModeline + `
# about this course
# second line

title: "2024"
icon: "🧑‍🔬" # line on icon
sections:
  # the first section
  - title: Basics
    id: basics
    # foot after id

    topics: # flow
      - title: Tokens
        requires:
          - basics

  # head of second
  - title: Second # line on title
    description: |
      multi
      line
    optional: true
    requires:
      - basics

# trailing block after blank
# foot of doc
`

func TestFormatKeepsCommentsAndOrdersKeys(t *testing.T) {
	got, err := Format([]byte(messy), "messy.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != messyFormatted {
		t.Fatalf("Format gave\n%s\nwant\n%s", got, messyFormatted)
	}
	for _, c := range []string{"# about this course", "# the first section", "# flow", "# foot after id",
		"# head of second", "# line on title", "# line on icon", "# foot of doc"} {
		if !strings.Contains(string(got), c) {
			t.Errorf("comment %q lost", c)
		}
	}
}

func TestFormatIsIdempotent(t *testing.T) {
	inputs := map[string][]byte{"messy": []byte(messy)}
	paths, _ := filepath.Glob(filepath.Join("..", "examples", "*.yaml"))
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		inputs[p] = data
	}
	for name, src := range inputs {
		once, err := Format(src, name)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		twice, err := Format(once, name)
		if err != nil || !bytes.Equal(once, twice) {
			t.Errorf("%s: Format is not idempotent (err %v):\n%s\n---\n%s", name, err, once, twice)
		}
	}
}

// TestFormatExamplesUnchanged: the examples are written by Encode, and
// Format must agree with Encode on a file without comments.
func TestFormatExamplesUnchanged(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("..", "examples", "*.yaml"))
	if len(paths) == 0 {
		t.Fatal("no examples")
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		got, err := Format(data, p)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, data) {
			t.Errorf("%s is not formatted: run roadmap fmt %s", p, p)
		}
	}
}

func TestFormatAgreesWithMarshal(t *testing.T) {
	src := "sections:\n- {title: A, topics: [{url: 'https://x.org', title: T}]}\ntitle: X\n"
	got, err := Format([]byte(src), "x.yaml")
	if err != nil {
		t.Fatal(err)
	}
	r, err := Parse(strings.NewReader(src), "x.yaml")
	if err != nil {
		t.Fatal(err)
	}
	want, _ := Marshal(r)
	if !bytes.Equal(got, want) {
		t.Fatalf("Format\n%s\nMarshal\n%s", got, want)
	}
}

func TestFormatKeepsOwnModeline(t *testing.T) {
	const own = "# yaml-language-server: $schema=../roadmap.schema.json"
	src := "title: X\n" + own + "\nsections: [{title: A}]\n"
	got, err := Format([]byte(src), "x.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Count(string(got), "yaml-language-server") != 1 {
		t.Fatalf("want the file's own modeline only:\n%s", got)
	}
	src = own + "\ntitle: X\nsections: [{title: A}]\n"
	got, err = Format([]byte(src), "x.yaml")
	if err != nil || !strings.HasPrefix(string(got), own+"\ntitle: X\n") {
		t.Fatalf("modeline not kept first (err %v):\n%s", err, got)
	}
}

func TestFormatRefusesInvalidFile(t *testing.T) {
	src := "title: x\nsections:\n  - titel: a\n"
	_, want := Parse(strings.NewReader(src), "bad.yaml")
	out, err := Format([]byte(src), "bad.yaml")
	var list ErrorList
	if out != nil || !errors.As(err, &list) {
		t.Fatalf("Format(invalid) = %q, %v; want no output and an ErrorList", out, err)
	}
	if err.Error() != want.Error() || !strings.Contains(err.Error(), "bad.yaml:3:5: unknown field \"titel\"") {
		t.Fatalf("errors %q, want Parse's %q", err, want)
	}
}

// TestFormatCommentAfterEmptyValue: a comment after a key with no value
// used to move on every run of Format, so that fmt --check failed right
// after fmt. Every such placement must settle at the first run.
func TestFormatCommentAfterEmptyValue(t *testing.T) {
	values := []string{"", " # c", " ~ # c"}
	after := []string{"", "    # d\n", "  # d\n", "# d\n", "    optional: true\n", "  - title: U\n", "  # d\n  - title: U\n"}
	shapes := []string{
		"title: T\nsections:\n  - title: S\n    %s:%s\n%s",
		"title: T\nsections:\n  - %s:%s\n    title: S\n%s",
		"sections:\n  - title: S\n    %s:%s\n%stitle: T\n",
		"title: T\nsections:\n  - title: S\n    topics:\n      - %s:%s\n        title: X\n%s",
	}
	for _, key := range []string{"id", "description", "url", "icon", "requires", "topics"} {
		for _, v := range values {
			for _, a := range after {
				for _, shape := range shapes {
					checkFormat(t, fmt.Appendf(nil, shape, key, v, a))
				}
			}
		}
	}
	checkFormat(t, []byte("course: C\nparts:\n  - a.yaml\ndescription: # c\n# d\n"))
}

// TestFormatKeepsValues: formatting moves keys and restyles values, and
// the decoded values stay equal.
func TestFormatKeepsValues(t *testing.T) {
	checkFormat(t, []byte(messy))
	paths, _ := filepath.Glob(filepath.Join("..", "examples", "*.yaml"))
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		checkFormat(t, data)
	}
}
