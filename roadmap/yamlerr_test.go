package roadmap

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestYAMLSyntaxErrorsArePlaced checks that each common YAML mistake is
// reported at the line and column where it is, in words that say what to
// do.
func TestYAMLSyntaxErrorsArePlaced(t *testing.T) {
	for _, tc := range []struct{ name, src, want string }{
		{"tab indentation", "title: T\nsections:\n\t- title: S\n", "f.yaml:3:1: invalid YAML: a tab; indent with spaces"},
		{"tab after text", "title: T\nsections:\n  - title: S\n  \t- x\n", "f.yaml:4:3: invalid YAML: a tab"},
		{"value starting with @", "title: T\nsections:\n  - title: @x\n", "f.yaml:3:12: invalid YAML: a value cannot start with @; put the value in quotes"},
		{"unclosed bracket", "title: T\nsections: [\n  {title: a}\n", "f.yaml:2:11: invalid YAML: this [ is not closed; close it with ]"},
		{"unclosed bracket on its line", "title: T\nsections:\n  - title: [a\n", "f.yaml:3:12: invalid YAML: this [ is not closed"},
		{"unclosed brace after emoji", "title: T\nsections: [{title: \"🚀\"}, {title: b, topics: [c]]\n", "f.yaml:2:26: invalid YAML: this { is not closed (a ] comes first); close it with }"},
		{"unclosed quote", "title: \"T\nsections: []\n", "f.yaml:1:8: invalid YAML: the quoted string that starts here is not closed; end it with \""},
		{"key too far in", "title: T\nsections:\n  - title: a\n   topics: []\n", "f.yaml:4:4: invalid YAML: this line's indentation matches no mapping or list above it"},
		{"key too far out", "title: T\nsections:\n  - title: a\n  topics: []\n", "f.yaml:4:3: invalid YAML: this line's indentation"},
		{"item after a key", "title: T\nsections:\n  - title: a\n    topics:\n      - title: b\n    - title: c\n", "f.yaml:6:5: invalid YAML: this line's indentation"},
		{"key under a scalar", "title: T\n  sections: []\n", "f.yaml:2:3: invalid YAML: this line's indentation"},
		{"missing colon", "title: T\nsections: [{title: S}]\nbad\n", "f.yaml:3:1: invalid YAML: could not find expected ':'"},
		{"NUL byte", "title: T\x00\nsections: []\n", "f.yaml:1:9: invalid YAML: a NUL byte (U+0000) is not allowed in YAML"},
		{"control character", "title: T\nsections:\n  - title: é\x1b\n", "f.yaml:3:13: invalid YAML: control character U+001B is not allowed"},
		{"deep flow nesting past yaml.v3's limit", "title: T\nsections: " + strings.Repeat("[", 10001) + strings.Repeat("]", 10001) + "\n",
			"f.yaml:2:" + strconv.Itoa(11+MaxDepth) + ": nesting deeper than 64 levels (MaxDepth); flatten the file"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := parseErrors(t, tc.src)
			if len(got) != 1 || !strings.HasPrefix(got[0], tc.want) {
				t.Fatalf("errors %q, want one starting %q", got, tc.want)
			}
		})
	}
}

// TestYAMLScanFindsNothingInValidFiles checks that the scans that place
// errors see nothing wrong in the examples, whose YAML is valid: comments,
// quotes, block scalars, flow lists and emoji of every kind.
func TestYAMLScanFindsNothingInValidFiles(t *testing.T) {
	paths, _ := filepath.Glob("../examples/*.yaml")
	paths = append(paths, "../examples/progress/scientist.yaml", "../examples/widths/python.yaml")
	inputs := map[string]string{"messy": messy, "messyFormatted": messyFormatted,
		"continuation": "title: a long\n  title\nsections:\n- title: S\n  description: >-\n    folded\n   text\n  topics:\n  - {title: x}\n"}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		inputs[p] = string(data)
	}
	for name, src := range inputs {
		m := scanYAML([]byte(src))
		if m.quote != nil || len(m.unclosed) > 0 || m.stray != nil || m.deep != nil || m.deepAtLine != 0 {
			t.Errorf("%s: the scan found %+v", name, m)
		}
		if l, c := misindented([]byte(src)); l != 0 {
			t.Errorf("%s: misindented says %d:%d", name, l, c)
		}
	}
}

// TestLongIDsAreQuotedWhole checks that a message names a long id, and a
// long FILE#ID, in full.
func TestLongIDsAreQuotedWhole(t *testing.T) {
	id := "the-llm-architecture/" + strings.Repeat("attention-mechanisms-", 4) + "end"
	ref := "other-part-with-a-long-file-name.yaml#" + id
	src := "title: T\nsections:\n  - title: S\n    requires: [" + id + "]\n  - title: U\n    requires: [\"" + ref + "\"]\n"
	got := strings.Join(parseErrors(t, src), "\n")
	if !strings.Contains(got, `"`+id+`"`) {
		t.Errorf("the id is not quoted whole:\n%s", got)
	}
	if long := strings.Repeat("a long title ", 10); quote(long) == `"`+long+`"` {
		t.Error("a long value that is no id is quoted whole")
	}
	if quote(ref) != `"`+ref+`"` {
		t.Errorf("quote(%q) = %s", ref, quote(ref))
	}
}

// TestYAMLErrorOfABigFileIsQuick checks that placing an error costs time
// in proportion to the file, not its square: a file at the size limit,
// of short lines, with a tab at the end.
func TestYAMLErrorOfABigFileIsQuick(t *testing.T) {
	var b strings.Builder
	b.WriteString("title: T\nsections:\n")
	for b.Len() < MaxFileSize-100 {
		b.WriteString("# c\n")
	}
	b.WriteString("\t- title: S\n")
	start := time.Now()
	got := parseErrors(t, b.String())
	if len(got) != 1 || !strings.Contains(got[0], "a tab") {
		t.Fatalf("errors %.200q", got)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("placing the error took %v", d)
	}
}
