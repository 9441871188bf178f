package crossarch

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
)

// renderJobs are the "roadmap render" command lines whose outputs, in
// every format, must be the same bytes on every arch: each writes into
// a directory of its name.
var renderJobs = []struct {
	name string
	args []string
}{
	{"examples", []string{"examples/fundamentals.yaml", "examples/scientist.yaml", "examples/engineer.yaml", "examples/course.yaml"}},
	{"width-480", []string{"--width", "480", "examples/widths/python.yaml"}},
	{"width-1920", []string{"--width", "1920", "examples/widths/python.yaml", "examples/scientist.yaml"}},
	{"progress", []string{"--progress", "examples/progress/scientist.yaml", "examples/scientist.yaml"}},
	{"focus", []string{"--focus", "the-llm-architecture/attention-mechanisms", "examples/course.yaml"}},
	{"course-1440-dark", []string{"--width", "1440", "--theme", "dark", "examples/course.yaml"}},
	{"svg-icons", []string{"--scale", "2", "render/svgicon/testdata/icons.yaml"}},
	{"multilingual", []string{"--embed-font", "render/internal/rendertest/testdata/multilingual.yaml"}},
}

// renderFormats are the formats every job writes.
const renderFormats = "svg,png,pdf,html"

// The layout being the same is not enough: the renderers compute in
// floats too (curves, strokes, anti-aliasing, page positions), and a PNG
// off by one in one channel fails "roadmap render --check" as surely as a
// moved box. The CLI is built for every arch, this one included, and its
// outputs compared byte for byte.
func TestRenderIsTheSameOnEveryArch(t *testing.T) {
	t.Parallel()
	others, runners := otherArches(t)
	readSources(t)
	dir := t.TempDir()
	all := append([]string{runtime.GOARCH}, others...)
	outs := make([]string, len(all))
	errs := make([]error, len(all))
	var wg sync.WaitGroup
	for i, arch := range all {
		bin := build(t, dir, arch, "../../cmd/roadmap-full") // every format, PDF too
		outs[i] = filepath.Join(dir, "out-"+arch)
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = renderAll(append(runners[arch], bin), outs[i])
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("%s: %v", all[i], err)
		}
	}
	want := readTree(t, outs[0])
	if len(want) < 40 {
		t.Fatalf("the renders wrote only %d files", len(want))
	}
	for i, arch := range others {
		for _, msg := range treeDifferences(want, readTree(t, outs[i+1])) {
			t.Errorf("on %s, unlike %s: %s", arch, runtime.GOARCH, msg)
		}
	}
}

// renderAll runs every render job with the command line prefix argv,
// writing under out.
func renderAll(argv []string, out string) error {
	for _, j := range renderJobs {
		args := append(append([]string(nil), argv...), "render", "-q", "-f", renderFormats, "-o", filepath.Join(out, j.name)+"/")
		cmd := exec.Command(args[0], append(args[1:], j.args...)...)
		cmd.Dir = "../.."
		// An empty SOURCE_DATE_EPOCH writes the PDF without a date.
		cmd.Env = append(os.Environ(), "SOURCE_DATE_EPOCH=")
		if b, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("render %s: %v\n%s", strings.Join(j.args, " "), err, b)
		}
	}
	return nil
}

// readTree returns the files under dir by their slash paths within it.
func readTree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		rel, _ := filepath.Rel(dir, path)
		files[filepath.ToSlash(rel)] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// treeDifferences describes each file missing from got, extra in it, or
// different, with the offset of its first differing byte, in name order.
func treeDifferences(want, got map[string][]byte) []string {
	var out []string
	for name, w := range want {
		g, ok := got[name]
		switch {
		case !ok:
			out = append(out, name+" is missing")
		case !bytes.Equal(w, g):
			n := 0
			for n < min(len(w), len(g)) && w[n] == g[n] {
				n++
			}
			out = append(out, fmt.Sprintf("%s differs from byte %d (%d and %d bytes)", name, n, len(w), len(g)))
		}
	}
	for name := range got {
		if _, ok := want[name]; !ok {
			out = append(out, name+" is extra")
		}
	}
	slices.Sort(out)
	return out
}

// readSources reads the sources of the CLI and the inputs of the jobs,
// so that go test's cache sees them: the test runs builds, not code
// linked into it.
func readSources(t *testing.T) {
	t.Helper()
	for _, d := range []string{"cmd", "layout", "render", "roadmap", "examples", "go.mod", "go.sum"} {
		err := filepath.WalkDir(filepath.Join("../..", d), func(path string, e fs.DirEntry, err error) error {
			if err != nil || e.IsDir() || strings.HasSuffix(path, "_test.go") || strings.HasPrefix(e.Name(), ".") {
				return err
			}
			_, err = os.ReadFile(path)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}
