package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/roadmapgo/roadmap/internal/extend"
	"github.com/roadmapgo/roadmap/internal/extend/full"
)

// TestMain runs the tests with every extension, as roadmap-full does;
// the tests of handing over take them away.
func TestMain(m *testing.M) {
	Extend(full.Set())
	os.Exit(m.Run())
}

// withoutExtensions runs the rest of the test as roadmap does, handing
// over to a roadmap-full built for it.
func withoutExtensions(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("builds roadmap-full; skipped in -short mode")
	}
	bin := filepath.Join(t.TempDir(), fullProgram)
	if out, err := exec.Command("go", "build", "-o", bin, "../../cmd/roadmap-full").CombinedOutput(); err != nil {
		t.Fatalf("go build roadmap-full: %v\n%s", err, out)
	}
	t.Setenv("ROADMAP_FULL", bin)
	saved := ext
	ext = extend.Set{}
	t.Cleanup(func() { ext = saved })
}

func TestServePDFImportAndMarkdownAreHandedOver(t *testing.T) {
	withoutExtensions(t)
	t.Setenv("SOURCE_DATE_EPOCH", "soon")
	code, _, stderr := runCLI(t, "", "render", "-f", "pdf", "-o", "-", "../../examples/fundamentals.yaml")
	if code != exitInvalid || !strings.Contains(stderr, "SOURCE_DATE_EPOCH") {
		t.Fatalf("render -f pdf with a bad SOURCE_DATE_EPOCH: exit %d, stderr %q; want roadmap-full's exit 1 and message", code, stderr)
	}
	t.Setenv("SOURCE_DATE_EPOCH", "1700000000")
	code, doc, stderr := runCLI(t, "", "render", "-f", "pdf", "-o", "-", "../../examples/fundamentals.yaml")
	if code != exitOK || !strings.HasPrefix(doc, "%PDF-") || !strings.Contains(doc, "/CreationDate (D:20231114221320)") {
		t.Fatalf("render -f pdf: exit %d, %d bytes, stderr %q", code, len(doc), stderr)
	}
	code, md, stderr := runCLI(t, "", "export", "-f", "markdown", "../../examples/fundamentals.yaml")
	if code != exitOK || !strings.Contains(md, "Linear Algebra") {
		t.Fatalf("export -f markdown: exit %d, stderr %q", code, stderr)
	}
	dir := t.TempDir()
	code, _, stderr = runCLI(t, md, "import", "-o", dir, "-")
	if code != exitOK {
		t.Fatalf("import: exit %d, stderr %q", code, stderr)
	}
	if files, _ := filepath.Glob(filepath.Join(dir, "*.yaml")); len(files) == 0 {
		t.Fatal("import through roadmap-full wrote no roadmap")
	}
	if code, _, stderr := runCLI(t, "", "serve"); code != exitUsage || !strings.Contains(stderr, "no files given") {
		t.Fatalf("serve without files: exit %d, stderr %q; want roadmap-full's usage error", code, stderr)
	}
	if code, _, _ := runCLI(t, "", "import", "--nope", "-"); code != exitUsage {
		t.Fatalf("a bad flag: exit %d, want %d as roadmap-full gives", code, exitUsage)
	}
}

func TestMissingFullProgramSaysHowToInstall(t *testing.T) {
	saved := ext
	ext = extend.Set{}
	t.Cleanup(func() { ext = saved })
	t.Setenv("ROADMAP_FULL", "")
	t.Setenv("PATH", t.TempDir())
	t.Setenv("GOBIN", t.TempDir())
	t.Chdir(t.TempDir()) // not in a clone: no go run
	code, _, stderr := runCLI(t, "", "import", "-")
	if code != exitInvalid || !strings.Contains(stderr, "import needs roadmap-full; install it with: go install") {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
}

// TestRoadmapLinksNoExtension keeps the packages whose start-up every
// process pays (goldmark's tables, fpdf's gob types, net/http's TLS,
// net's resolver set-up) out of the roadmap program; roadmap-full links
// them.
func TestRoadmapLinksNoExtension(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "../../cmd/roadmap").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, pkg := range strings.Fields(string(out)) {
		for _, heavy := range []string{"github.com/yuin/goldmark", "github.com/go-pdf/fpdf", "encoding/gob", "github.com/roadmapgo/roadmap/markdown", "github.com/roadmapgo/roadmap/render/pdf", "net/http", "html/template", "github.com/roadmapgo/roadmap/internal/preview/web"} {
			if pkg == heavy || strings.HasPrefix(pkg, heavy+"/") {
				t.Errorf("the roadmap program links %s", pkg)
			}
		}
		if pkg == "net" { // net/url and net/netip init nothing costly
			t.Errorf("the roadmap program links net; the shared companion is dialled with syscall")
		}
	}
}
