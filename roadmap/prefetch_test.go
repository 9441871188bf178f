package roadmap

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
)

func TestNamedFilesFindsReferencesAndParts(t *testing.T) {
	data := []byte(`title: x
parts:
  - a.yaml
  - "sub/b.yml"
sections:
  - title: s
    requires: [c.yaml#s1, "../d.yaml#t/u", a.yaml#again]
    description: see notes.yaml or x.yaml for more
    topics:
      - title: t
        requires:
          - e.yaml#s2
`)
	want := []string{"a.yaml", "sub/b.yml", "c.yaml", "../d.yaml", "e.yaml"}
	if got := namedFiles(data); !slices.Equal(got, want) {
		t.Fatalf("namedFiles = %q, want %q", got, want)
	}
}

// loadWith loads name in dir with n processors and returns what a user
// sees: the course's files and titles, or the error.
func loadWith(t *testing.T, n int, dir, name string) string {
	t.Helper()
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(n))
	p, err := OpenProject(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	c, err := p.LoadAny(filepath.Join(dir, name))
	if err != nil {
		return "error: " + err.Error()
	}
	var b strings.Builder
	for _, r := range c.Roadmaps {
		fmt.Fprintf(&b, "%s %q %d\n", r.File, r.Title, len(r.Nodes()))
	}
	for _, f := range c.loaded {
		fmt.Fprintf(&b, "loaded %s %v\n", f.d.file, f.r != nil)
	}
	return b.String()
}

// TestPrefetchChangesNothing checks that parsing referenced files ahead
// (with several processors) gives what parsing them in turn (one
// processor) gives: the same files loaded in the same order, the same
// errors, for valid files and for referenced files that are invalid,
// missing, courses or named in a description only.
func TestPrefetchChangesNothing(t *testing.T) {
	cases := map[string]map[string]string{
		"valid": {
			"top.yaml": "title: Top\nsections:\n  - title: A\n    requires: [b.yaml#b1, c.yaml#c1]\n    topics:\n      - title: T\n        requires: [b.yaml#b1/u]\n",
			"b.yaml":   "title: B\nsections:\n  - title: B1\n    topics:\n      - title: U\n",
			"c.yaml":   "title: C\nsections:\n  - title: C1\n    requires: [b.yaml#b1]\n",
		},
		"invalid target": {
			"top.yaml":    "title: Top\nsections:\n  - title: A\n    requires: [b.yaml#b1, missing.yaml#x, course.yaml#y]\n",
			"b.yaml":      "title: B\nsections:\n  - title: B1\n    extra: 1\n",
			"course.yaml": "title: C\nparts: [b.yaml]\n",
		},
		"named only in text": {
			"top.yaml": "title: Top\nsections:\n  - title: A\n    description: the old b.yaml#b1 moved\n",
			"b.yaml":   "title: B\nsections:\n  - title: B1\n",
		},
		"course": {
			"top.yaml": "title: Course\nparts:\n  - b.yaml\n  - c.yaml\n",
			"b.yaml":   "title: B\nsections:\n  - title: B1\n    requires: [c.yaml#nope]\n",
			"c.yaml":   "title: C\nsections:\n  - title: C1\n    requires: [b.yaml#b1]\n",
		},
		"cycle across files": {
			"top.yaml": "title: Top\nsections:\n  - title: A\n    requires: [b.yaml#b1]\n",
			"b.yaml":   "title: B\nsections:\n  - title: B1\n    requires: [top.yaml#a]\n",
		},
	}
	for name, files := range cases {
		dir := t.TempDir()
		os.Mkdir(filepath.Join(dir, ".git"), 0o755)
		for f, content := range files {
			if err := os.WriteFile(filepath.Join(dir, f), []byte(content), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		one, two := loadWith(t, 1, dir, "top.yaml"), loadWith(t, 2, dir, "top.yaml")
		if one != two {
			t.Errorf("%s: in turn:\n%s\nahead:\n%s", name, one, two)
		}
	}
}

func BenchmarkLoadAnyScientist(b *testing.B) {
	for _, procs := range []int{1, 2} {
		b.Run(fmt.Sprintf("procs=%d", procs), func(b *testing.B) {
			defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
			p, err := OpenProject("..")
			if err != nil {
				b.Fatal(err)
			}
			defer p.Close()
			for b.Loop() {
				if _, err := p.LoadAny("../examples/scientist.yaml"); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
