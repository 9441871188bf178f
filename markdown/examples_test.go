package markdown

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/roadmapgo/roadmap/internal/golden"
	"github.com/roadmapgo/roadmap/roadmap"
	"go.yaml.in/yaml/v3"
)

// seedREADME is a copy of the llm-course README (Apache-2.0,
// github.com/mlabonne/llm-course) that the example roadmaps come from.
const seedREADME = "testdata/llm-course.md"

// exampleFiles are the example roadmaps, one per part of the seed README.
var exampleFiles = []string{"fundamentals.yaml", "scientist.yaml", "engineer.yaml"}

// handEdits are the fields of an example that the README does not carry
// and that were written by hand: the roadmap's title (as in the course's
// pictures) and url (the part's anchor on GitHub), the section icons, and
// the requires of sections and topics (mostly FILE#ID prerequisites in
// another part of the course).
type handEdits struct {
	Title    string `yaml:"title"`
	URL      string `yaml:"url"`
	Sections []struct {
		Icon     string   `yaml:"icon"`
		Requires []string `yaml:"requires"`
		Topics   []struct {
			Requires []string `yaml:"requires"`
		} `yaml:"topics"`
	} `yaml:"sections"`
}

func readHandEdits(t *testing.T, path string) handEdits {
	t.Helper()
	var h handEdits
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := yaml.Unmarshal(data, &h); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return h
}

// apply copies the hand-written fields onto an imported roadmap, each
// section's and topic's onto the one at the same place.
func (h handEdits) apply(r *roadmap.Roadmap) {
	if h.Title != "" {
		r.Title = h.Title
	}
	r.URL = h.URL
	for i, s := range h.Sections {
		if i >= len(r.Sections) {
			break
		}
		r.Sections[i].Icon = s.Icon
		r.Sections[i].Requires = refs(s.Requires)
		for j, t := range s.Topics {
			if j < len(r.Sections[i].Topics) {
				r.Sections[i].Topics[j].Requires = refs(t.Requires)
			}
		}
	}
}

// refs turns requires as written, ID or FILE#ID, into references.
func refs(written []string) []roadmap.Ref {
	var out []roadmap.Ref
	for _, w := range written {
		ref := roadmap.Ref{ID: w}
		if i := strings.LastIndexByte(w, '#'); i >= 0 {
			ref.File, ref.ID = w[:i], w[i+1:]
		}
		out = append(out, ref)
	}
	return out
}

// TestExamples checks that examples/*.yaml are exactly the seed README
// imported, apart from the hand-written fields of handEdits. It only
// compares, even under -update: the examples package renders those files
// in the same test run, so rewriting them here would race with it. On a
// difference it writes the import to markdown/testdata/NAME.got.yaml, to
// review and copy over examples/NAME.
func TestExamples(t *testing.T) {
	src, err := os.ReadFile(seedREADME)
	if err != nil {
		t.Fatal(err)
	}
	parts, _, err := Import(src, seedREADME)
	if err != nil {
		t.Fatal(err)
	}
	if len(parts) != len(exampleFiles) {
		t.Fatalf("imported %d parts, want %d", len(parts), len(exampleFiles))
	}
	for i, name := range exampleFiles {
		path := filepath.Join("..", "examples", name)
		readHandEdits(t, path).apply(parts[i])
		got, err := roadmap.Marshal(parts[i])
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		gotPath := golden.GotPath(filepath.Join("testdata", name))
		if bytes.Equal(got, want) {
			os.Remove(gotPath)
			continue
		}
		if err := os.WriteFile(gotPath, got, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Errorf("%s differs from the imported README; review markdown/%s and copy it over %s:\n%s",
			path, gotPath, path, golden.Diff(path, want, got))
	}
}
