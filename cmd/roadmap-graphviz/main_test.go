package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/roadmapgo/roadmap/internal/batch"
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

// TestBatchAnswersEachRequestInOrder checks that --batch answers every
// request line with its diagram or its error, in order, and goes on after
// an error.
func TestBatchAnswersEachRequestInOrder(t *testing.T) {
	stdin := `{"engine":"dot","files":["../../examples/fundamentals.yaml"]}
{"engine":"sfdp","files":["../../examples/fundamentals.yaml"]}
{"engine":"dot","files":["-"],"stdin":"dGl0bGU6IHgK"}
{"engine":"neato","files":["../../examples/fundamentals.yaml"],"width":1200}
`
	code, out, stderr := runCompanion(stdin, "--batch")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 4 {
		t.Fatalf("%d answers, want 4: %q", len(lines), out)
	}
	var rs [4]batch.Response
	for i, l := range lines {
		if err := json.Unmarshal([]byte(l), &rs[i]); err != nil {
			t.Fatalf("answer %d: %v", i+1, err)
		}
	}
	if rs[0].Diagram == nil || rs[0].Diagram.Title != "LLM Fundamentals Roadmap" {
		t.Errorf("answer 1 is not the fundamentals diagram: %+v", rs[0].Error)
	}
	if !strings.Contains(rs[1].Error, "unknown algorithm") || rs[1].Diagram != nil {
		t.Errorf("answer 2 = %q; want the unknown algorithm", rs[1].Error)
	}
	if !strings.Contains(rs[2].Error, `<stdin>:1:1: missing required field "sections"`) {
		t.Errorf("answer 3 = %q; want the error in the request's stdin", rs[2].Error)
	}
	if rs[3].Diagram == nil || rs[3].Diagram.Width < 1200 {
		t.Errorf("answer 4 is not a neato diagram 1200 px wide: %q", rs[3].Error)
	}
}

func TestBatchRefusesAnUnreadableRequest(t *testing.T) {
	code, _, stderr := runCompanion("{\"engine\":\n", "--batch")
	if code != 2 || !strings.Contains(stderr, "unreadable request") {
		t.Fatalf("exit %d, stderr %q; want 2 and the unreadable request", code, stderr)
	}
}
