package roadmap

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// progressRoadmap is a roadmap of two sections with two topics each.
const progressRoadmap = `title: Course
sections:
  - title: Architecture
    topics:
      - title: Tokenization
      - title: Attention
  - title: Pre-training
    topics:
      - title: Data
      - title: Scaling
`

// TestParseProgress checks the statuses a valid file gives and the
// message and line:col of every class of mistake.
func TestParseProgress(t *testing.T) {
	r := mustParse(t, progressRoadmap)
	tests := []struct {
		name, src string
		want      Progress
		errs      []string // lines that must all be in the error
	}{
		{"valid", "architecture/tokenization: done\narchitecture/attention: doing # reading\npre-training: skip\n",
			Progress{"architecture/tokenization": StatusDone, "architecture/attention": StatusDoing, "pre-training": StatusSkip}, nil},
		{"empty file", "", Progress{}, nil},
		{"comments only", "# nothing yet\n", Progress{}, nil},
		{"unknown id with suggestion", "architecture/tokenisation: done\n", nil,
			[]string{`p.yaml:1:1: "architecture/tokenisation" names no section or topic of "Course"; did you mean "architecture/tokenization"?`}},
		{"unknown id without suggestion", "x: done\n", nil,
			[]string{`p.yaml:1:1: "x" names no section or topic of "Course"`}},
		{"bad status", "architecture: finished\n", nil,
			[]string{`p.yaml:1:15: unknown status "finished" of "architecture"; use one of done, doing, skip`}},
		{"status typo", "architecture: doen\n", nil,
			[]string{`p.yaml:1:15: unknown status "doen" of "architecture"; use one of done, doing, skip; did you mean "done"?`}},
		{"missing status", "architecture:\n", nil,
			[]string{`p.yaml:1:14: the status of "architecture" is missing or not a word; use one of done, doing, skip`}},
		{"list status", "architecture: [done]\n", nil,
			[]string{`p.yaml:1:15: the status of "architecture" is missing or not a word`}},
		{"duplicate id", "architecture: done\npre-training: skip\narchitecture: doing\n", nil,
			[]string{`p.yaml:3:1: duplicate id "architecture"; it was first given at line 1`}},
		{"a list", "- architecture\n", nil,
			[]string{`p.yaml:1:1: a progress file is a mapping of section and topic ids to statuses (done, doing, skip), not a list`}},
		{"a word", "done\n", nil,
			[]string{`p.yaml:1:1: a progress file is a mapping of section and topic ids to statuses (done, doing, skip), not "done"`}},
		{"every problem at once", "x: done\narchitecture: nope\n", nil,
			[]string{`p.yaml:1:1: "x" names no section`, `p.yaml:2:15: unknown status "nope"`}},
		{"two documents", "architecture: done\n---\npre-training: done\n", nil,
			[]string{`p.yaml:2:1: a second YAML document`}},
		{"bad YAML", "architecture: done\n  pre-training: [\n", nil, []string{`p.yaml:2:`, `invalid YAML`}},
		{"alias", "a: &x done\narchitecture: *x\n", nil, []string{`MaxAliases`}},
		{"deep nesting", "architecture: " + strings.Repeat("[", 100) + strings.Repeat("]", 100) + "\n", nil, []string{`MaxDepth`}},
		{"huge file", "#" + strings.Repeat("x", MaxFileSize) + "\n", nil, []string{`p.yaml: file is over the limit of 4 MiB (MaxFileSize)`}},
		{"invalid UTF-8", "architecture: done\n\xff: done\n", nil, []string{`p.yaml:2:1: invalid UTF-8 byte`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := ParseProgress(strings.NewReader(tt.src), "p.yaml", r)
			if tt.errs == nil {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				if !reflect.DeepEqual(p, tt.want) {
					t.Errorf("progress = %v, want %v", p, tt.want)
				}
				return
			}
			var list ErrorList
			if !errors.As(err, &list) {
				t.Fatalf("error is %T, want ErrorList: %v", err, err)
			}
			for _, w := range tt.errs {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error\n%v\nlacks %q", err, w)
				}
			}
		})
	}
}

// TestProgressOf checks that a section's status marks its topics unless
// a topic has its own.
func TestProgressOf(t *testing.T) {
	r := mustParse(t, progressRoadmap)
	p := Progress{"architecture": StatusSkip, "architecture/attention": StatusDoing, "pre-training/data": StatusDone}
	want := map[string]Status{
		"architecture": StatusSkip, "architecture/tokenization": StatusSkip, "architecture/attention": StatusDoing,
		"pre-training": "", "pre-training/data": StatusDone, "pre-training/scaling": "",
	}
	for _, n := range r.Nodes() {
		if got := p.Of(n); got != want[n.ID()] {
			t.Errorf("status of %s = %q, want %q", n.ID(), got, want[n.ID()])
		}
	}
}

// TestLoadProgress reads a file from disk, and reports a missing one as
// the os error.
func TestLoadProgress(t *testing.T) {
	r := mustParse(t, progressRoadmap)
	path := filepath.Join(t.TempDir(), "me.yaml")
	if err := os.WriteFile(path, []byte("pre-training/scaling: doing\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	p, err := LoadProgress(path, r)
	if err != nil || p["pre-training/scaling"] != StatusDoing {
		t.Fatalf("LoadProgress = %v, %v", p, err)
	}
	if _, err := LoadProgress(filepath.Join(t.TempDir(), "none.yaml"), r); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: error %v, want one that is os.ErrNotExist", err)
	}
}

// FuzzParseProgress checks that no input makes ParseProgress panic, and
// that what it accepts holds only the roadmap's ids and valid statuses.
func FuzzParseProgress(f *testing.F) {
	r := mustParse(f, progressRoadmap)
	if data, err := os.ReadFile("../examples/progress/scientist.yaml"); err == nil {
		f.Add(data)
	}
	for _, s := range []string{
		"architecture: done\narchitecture/attention: doing\n",
		"pre-training: skip\npre-training: done\n",
		"{architecture: [done], x: y}\n",
		billionLaughs,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := ParseProgress(strings.NewReader(string(data)), "fuzz.yaml", r)
		if err != nil {
			return
		}
		for id, st := range p {
			if _, ok := r.Lookup(id); !ok || (st != StatusDone && st != StatusDoing && st != StatusSkip) {
				t.Fatalf("accepted %q: %q", id, st)
			}
		}
	})
}
