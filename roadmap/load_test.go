package roadmap

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeFiles writes name → content under a new temporary directory.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// loadErrors loads path and returns its error lines with dir cut out.
func loadErrors(t *testing.T, dir string, paths ...string) []string {
	t.Helper()
	_, err := LoadAll(paths...)
	if err == nil {
		return nil
	}
	return strings.Split(strings.ReplaceAll(err.Error(), dir+string(filepath.Separator), ""), "\n")
}

func TestLoadChecksFiles(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"img/ok.png": "png",
		"a.yaml": `title: A
icon: img/ok.png
sections:
  - title: One
    icon: img/missing.svg
    requires: [b.yaml#tw, nope.yaml#x, sub/c.yaml#c]
`,
		"b.yaml":     "title: B\nsections:\n  - title: Two\n",
		"sub/c.yaml": "title: C\nsections:\n  - title: C\n    requires: [../b.yaml#two]\n",
	})
	got := loadErrors(t, dir, filepath.Join(dir, "a.yaml"))
	want := []string{
		`a.yaml:5:11: icon image "img/missing.svg" not found next to this file (looked for img/missing.svg); fix the path or use an emoji`,
		`a.yaml:6:16: requires "b.yaml#tw": b.yaml has no section or topic with id "tw"; did you mean "two"?`,
		`a.yaml:6:27: requires "nope.yaml#x": file nope.yaml does not exist; fix the path (it is relative to this file)`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}

func TestLoadCycleAcrossFiles(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"a.yaml": "title: A\nsections:\n  - title: X\n    requires: [b.yaml#y]\n",
		"b.yaml": "title: B\nsections:\n  - title: Y\n    requires: [a.yaml#x]\n",
	})
	got := loadErrors(t, dir, filepath.Join(dir, "a.yaml"))
	want := `a.yaml:4:16: cycle in requires: x -> b.yaml#y -> x (each requires the next); remove one of these requires`
	if len(got) != 1 || got[0] != want {
		t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), want)
	}
}

func TestLoadReportsErrorsOfReferencedFiles(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"a.yaml": "title: A\nsections:\n  - title: X\n    requires: [b.yaml#y]\n",
		"b.yaml": "title: B\nsections:\n  - title: Y\n    optional: sometimes\n",
	})
	got := loadErrors(t, dir, filepath.Join(dir, "a.yaml"))
	want := `b.yaml:4:15: optional in section must be true or false, got "sometimes"`
	if len(got) != 1 || got[0] != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestLoadMissingFile(t *testing.T) {
	_, err := Load(filepath.Join(t.TempDir(), "none.yaml"))
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("err = %v, want fs.ErrNotExist", err)
	}
}

func TestCourse(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"fundamentals.yaml": "title: F\nsections:\n  - title: Python\n",
		"scientist.yaml":    "title: S\nsections:\n  - title: Arch\n    requires: [fundamentals.yaml#python]\n",
	})
	// Named in another order than references are followed, and twice.
	c, err := LoadAll(filepath.Join(dir, "scientist.yaml"), filepath.Join(dir, "fundamentals.yaml"), filepath.Join(dir, "./scientist.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Roadmaps) != 2 || c.Roadmaps[0].Title != "S" || c.Roadmaps[1].Title != "F" {
		t.Fatalf("roadmaps = %v", c.Roadmaps)
	}
	s := c.Roadmaps[0]
	n, ok := c.Resolve(s, s.Sections[0].Requires[0])
	if !ok || n.Roadmap != c.Roadmaps[1] || n.ID() != "python" || n.Kind() != SectionNode {
		t.Errorf("Resolve = %+v, %v", n, ok)
	}
	g := c.Graph()
	from, _ := g.Index(c.Roadmaps[1], "python")
	to, _ := g.Index(s, "arch")
	if !hasEdge(g, Edge{from, to, RequiresEdge}) {
		t.Errorf("course graph lacks python -> arch: %+v", g.Edges)
	}
	if got := idsInOrder(g, g.TopologicalOrder()); got != "python arch" {
		t.Errorf("order = %s", got)
	}
}

func TestLoadLimitsFiles(t *testing.T) {
	files := map[string]string{}
	var refs []string
	for i := range MaxFiles + 1 {
		name := "f" + strings.Repeat("x", i) + ".yaml"
		files[name] = "title: T\nsections: [{title: S}]\n"
		refs = append(refs, name+"#s")
	}
	files["root.yaml"] = "title: R\nsections:\n  - title: S\n    requires: [" + strings.Join(refs, ", ") + "]\n"
	dir := writeFiles(t, files)
	got := loadErrors(t, dir, filepath.Join(dir, "root.yaml"))
	if len(got) != 2 || !strings.Contains(got[0], "(MaxFiles)") {
		t.Errorf("got %q, want the MaxFiles limit for the 64th and 65th reference", got)
	}
}

// TestExamplesLoad loads the example course: its parts must be valid and
// their cross-file requires resolve, into a graph with an order.
func TestExamplesLoad(t *testing.T) {
	c, err := LoadCourse("../examples/course.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Roadmaps) != 3 || c.Title == "" {
		t.Fatalf("course %q has %d parts, want 3", c.Title, len(c.Roadmaps))
	}
	g := c.Graph()
	if len(g.TopologicalOrder()) != len(g.Nodes) || len(g.Nodes) == 0 {
		t.Errorf("order covers %d of %d nodes", len(g.TopologicalOrder()), len(g.Nodes))
	}
	across := 0
	for _, e := range g.Edges {
		if e.Kind == RequiresEdge && g.Nodes[e.From].Roadmap != g.Nodes[e.To].Roadmap {
			across++
		}
	}
	if across < 6 {
		t.Errorf("%d requires across parts, want the example's prerequisites between parts", across)
	}
}

// An SVG icon that draws what the raster outputs cannot is an error at
// its icon: key, naming the file, the feature and its line; a good one
// loads.
func TestLoadChecksSVGIcons(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"ok.svg":     `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M2 2h20v20H2z" fill="#1976d2"/></svg>`,
		"blur.svg":   "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 24 24\">\n  <circle r=\"9\" filter=\"url(#b)\"/>\n</svg>",
		"broken.svg": `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M2 2 Q"/></svg>`,
		"a.yaml": `title: A
icon: ok.svg
sections:
  - title: One
    icon: blur.svg
  - title: Two
    icon: broken.svg
`,
	})
	got := loadErrors(t, dir, filepath.Join(dir, "a.yaml"))
	want := []string{
		`a.yaml:5:11: icon image "blur.svg": line 2:3: filter="url(#b)" on <circle> is not drawn (supported: paths and basic shapes, fills, strokes without dashes, gradients, opacity, transforms); simplify the icon, or use a PNG`,
		`a.yaml:7:11: icon image "broken.svg": line 1:61: path data: a number was expected at character 7; simplify the icon, or use a PNG`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}
