package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/roadmapgo/roadmap/layout"
)

// runCompanion runs the program in-process.
func runCompanion(stdin string, args ...string) (int, string, string) {
	var out, errOut bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestLayoutPrintsDiagramJSON(t *testing.T) {
	code, out, stderr := runCompanion("", "--engine", "dot", "../../examples/fundamentals.yaml")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var d layout.Diagram
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatal(err)
	}
	if d.Title != "LLM Fundamentals Roadmap" || len(d.Nodes) < 20 || d.Width < layout.DefaultWidth {
		t.Fatalf("diagram %q with %d nodes, %v wide", d.Title, len(d.Nodes), d.Width)
	}
}

func TestCourseFileLaysOutEveryPart(t *testing.T) {
	code, out, stderr := runCompanion("", "--engine", "dot", "../../examples/course.yaml")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var d layout.Diagram
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatal(err)
	}
	if d.Title != "The LLM Course" || len(d.Nodes) < 70 {
		t.Fatalf("course diagram %q with %d nodes", d.Title, len(d.Nodes))
	}
}

func TestCompanionErrors(t *testing.T) {
	for _, tc := range []struct {
		stdin string
		args  []string
		code  int
		msg   string
	}{
		{"", []string{"--engine", "sfdp", "x.yaml"}, 2, "unknown algorithm"},
		{"", []string{"--engine", "dot"}, 2, "usage"},
		{"title: x\n", []string{"--engine", "dot", "-"}, 1, "<stdin>:"},
	} {
		code, _, stderr := runCompanion(tc.stdin, tc.args...)
		if code != tc.code || !strings.Contains(stderr, tc.msg) {
			t.Errorf("%v: exit %d, stderr %q; want exit %d and %q", tc.args, code, stderr, tc.code, tc.msg)
		}
	}
}
