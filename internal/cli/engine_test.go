package cli

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// buildCompanion builds roadmap-graphviz into a temporary directory and
// points the CLI at it.
func buildCompanion(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("builds roadmap-graphviz; skipped in -short mode")
	}
	bin := filepath.Join(t.TempDir(), companion)
	out, err := exec.Command("go", "build", "-o", bin, "../../cmd/roadmap-graphviz").CombinedOutput()
	if err != nil {
		t.Fatalf("go build roadmap-graphviz: %v\n%s", err, out)
	}
	t.Setenv("ROADMAP_GRAPHVIZ", bin)
	// Each command its own companion, as before sharing, unless a test
	// of sharing says otherwise: no companion outlives the test.
	t.Setenv("ROADMAP_GRAPHVIZ_IDLE", "0")
}

// countStartsOfCompanion puts the companion built behind a wrapper in
// dir that counts its starts in the file it returns, beside the
// wrapper's path.
func countStartsOfCompanion(t *testing.T, dir string) (starts, wrapper string) {
	t.Helper()
	starts = filepath.Join(dir, "starts")
	wrapper = filepath.Join(dir, "wrapper.sh")
	script := fmt.Sprintf("#!/bin/sh\necho start >> %q\nexec %q \"$@\"\n", starts, os.Getenv("ROADMAP_GRAPHVIZ"))
	if err := os.WriteFile(wrapper, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("ROADMAP_GRAPHVIZ", wrapper)
	return starts, wrapper
}

func TestRenderWithGraphvizEngine(t *testing.T) {
	buildCompanion(t)
	code, out, stderr := runCLI(t, "", "render", "--engine", "dot", "-o", "-", "../../examples/fundamentals.yaml")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{`class="node section"`, `class="edge topic"`, "Linear Algebra"} {
		if !strings.Contains(out, want) {
			t.Errorf("the dot-engine SVG lacks %q", want)
		}
	}
}

func TestGraphvizEngineReportsInvalidInput(t *testing.T) {
	buildCompanion(t)
	bad := filepath.Join(t.TempDir(), "bad.yaml")
	os.WriteFile(bad, []byte("title: x\nsections: []\nextra: 1\n"), 0o644)
	code, _, stderr := runCLI(t, "", "render", "--engine", "dot", bad)
	if code != exitInvalid || !strings.Contains(stderr, bad+":3:1:") {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
}

func TestMissingCompanionSaysHowToInstall(t *testing.T) {
	t.Setenv("ROADMAP_GRAPHVIZ", "")
	t.Setenv("PATH", t.TempDir())
	t.Setenv("GOBIN", t.TempDir())
	code, _, stderr := runCLI(t, "", "render", "--engine", "dot", "-o", "-", "../../examples/fundamentals.yaml")
	if code != exitInvalid || !strings.Contains(stderr, "go install") {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
}

// writeOneSection writes a roadmap of one section of n topics.
func writeOneSection(t *testing.T, n int) string {
	t.Helper()
	var b strings.Builder
	b.WriteString("title: Big\nsections:\n  - title: Everything\n    topics:\n")
	for i := range n {
		fmt.Fprintf(&b, "      - title: Topic %d\n", i+1)
	}
	path := filepath.Join(t.TempDir(), "big.yaml")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestGraphvizEngineRefusesLargeRoadmapQuickly(t *testing.T) {
	buildCompanion(t)
	path := writeOneSection(t, 3000)
	start := time.Now()
	code, _, stderr := runCLI(t, "", "render", "--engine", "dot", "-o", "-", path)
	if took := time.Since(start); took > 3*time.Second {
		t.Errorf("refusing 3,000 topics took %v", took)
	}
	want := path + ": 3002 boxes and 6000 lines crossing 4501500 rows is more than the dot engine lays out in bounded memory"
	if code != exitInvalid || !strings.Contains(stderr, want) || !strings.Contains(stderr, "native engine (omit --engine)") {
		t.Fatalf("exit %d, stderr %q; want exit 1 and %q", code, stderr, want)
	}
	if lines := strings.Count(strings.TrimSpace(stderr), "\n"); lines != 0 {
		t.Errorf("the refusal is %d lines: %q", lines+1, stderr)
	}
}

// oomCrash is the start of what the companion printed when the
// address-space limit stopped a runaway dot layout.
const oomCrash = `runtime: out of memory: cannot allocate 557842432-byte block (1488551936 in use)
fatal error: out of memory

goroutine 1 gp=0x303aa53b41e0 m=8 mp=0x303aa5872008 [running]:
runtime.throw({0x84ba19?, 0x1085a?})
	/usr/local/go/src/runtime/panic.go:1229 +0x48 fp=0x303aa60f6db8 sp=0x303aa60f6d88 pc=0x4852e8
runtime.(*mcache).allocLarge(0x431de0?, 0x210b4000, 0x1)
	/usr/local/go/src/runtime/mcache.go:259 +0x18d fp=0x303aa60f6e08 sp=0x303aa60f6db8 pc=0x425f6d

goroutine 2 gp=0x303aa53b4d20 m=nil [force gc (idle)]:
runtime.gopark(0x0?, 0x0?, 0x0?, 0x0?, 0x0?)
`

const panicCrash = `panic: runtime error: index out of range [3] with length 3

goroutine 1 [running]:
main.main()
	/src/cmd/roadmap-graphviz/main.go:31 +0x1d
`

func TestCompanionCrashIsOneLine(t *testing.T) {
	exit := errors.New("exit status 2")
	for _, tc := range []struct{ stderr, want string }{
		{oomCrash, "roadmap-graphviz crashed (runtime: out of memory: cannot allocate 557842432-byte block (1488551936 in use)); draw it with the native engine (omit --engine)"},
		{panicCrash, "roadmap-graphviz crashed (panic: runtime error: index out of range [3] with length 3); draw it with the native engine (omit --engine)"},
		// The loader's messages, one a line, are kept whole.
		{"a.yaml:3:1: unknown field \"extra\"\na.yaml:4:1: unknown field \"more\"\n", "a.yaml:3:1: unknown field \"extra\"\na.yaml:4:1: unknown field \"more\""},
		{"", "roadmap-graphviz: exit status 2"},
	} {
		if got := companionError(tc.stderr, exit).Error(); got != tc.want {
			t.Errorf("companion printed %.40q...: error %q, want %q", tc.stderr, got, tc.want)
		}
	}
}

// TestCompanionFoundInGoBin checks that a companion put in $GOBIN by go
// install is found when it is neither beside roadmap nor on $PATH.
func TestCompanionFoundInGoBin(t *testing.T) {
	gobin := t.TempDir()
	p := filepath.Join(gobin, companion)
	if err := os.WriteFile(p, []byte("#!/bin/sh\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("ROADMAP_GRAPHVIZ", "")
	t.Setenv("PATH", t.TempDir())
	t.Setenv("GOBIN", gobin)
	argv, err := findCompanion()
	if err != nil || len(argv) != 1 || argv[0] != p {
		t.Fatalf("findCompanion() = %q, %v; want %s", argv, err, p)
	}
}

// TestCompanionUnderGoRun checks that, run from a clone with no companion
// installed (as under go run ./cmd/roadmap), the Graphviz engines run the
// companion's source with go run, and its messages come through without
// go run's own status line.
func TestCompanionUnderGoRun(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles roadmap-graphviz; skipped in -short mode")
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go is not on $PATH")
	}
	t.Setenv("ROADMAP_GRAPHVIZ", "")
	t.Setenv("PATH", filepath.Dir(goBin))
	t.Setenv("GOBIN", t.TempDir())
	code, out, stderr := runCLI(t, "", "render", "--engine", "dot", "-o", "-", "../../examples/fundamentals.yaml")
	if code != exitOK || !strings.Contains(out, `class="node section"`) {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	bad := filepath.Join(t.TempDir(), "bad.yaml")
	if err := os.WriteFile(bad, []byte("title: x\nsections: []\nextra: 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr = runCLI(t, "", "render", "--engine", "dot", "--root", filepath.Dir(bad), bad)
	if code != exitInvalid || !strings.Contains(stderr, bad+":3:1:") || strings.Contains(stderr, "exit status") {
		t.Fatalf("invalid input through go run: exit %d, stderr %q", code, stderr)
	}
}

// TestGraphvizEngineOneCompanionForABatch checks that rendering several
// files with a Graphviz engine starts the companion once, writes each
// valid input's output and reports the invalid one with its position.
func TestGraphvizEngineOneCompanionForABatch(t *testing.T) {
	buildCompanion(t)
	dir := t.TempDir()
	starts, _ := countStartsOfCompanion(t, dir)
	a, b := copyExample(t, dir, "fundamentals.yaml"), copyExample(t, dir, "engineer.yaml")
	bad := filepath.Join(dir, "bad.yaml")
	if err := os.WriteFile(bad, []byte("title: x\nsections: []\nextra: 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out") + "/"
	code, _, stderr := runCLI(t, "", "render", "--engine", "dot", "--root", dir, "-o", out, a, bad, b)
	if code != exitInvalid || !strings.Contains(stderr, bad+":3:1:") {
		t.Fatalf("exit %d, stderr %q; want 1 and %s:3:1:", code, stderr, bad)
	}
	for _, name := range []string{"fundamentals.svg", "engineer.svg"} {
		if data, err := os.ReadFile(out + name); err != nil || !strings.Contains(string(data), `class="node section"`) {
			t.Errorf("%s: %v, or no section drawn", name, err)
		}
	}
	if data, err := os.ReadFile(starts); err != nil || strings.Count(string(data), "start") != 1 {
		t.Errorf("the companion started %q times (%v); want once for the batch", data, err)
	}
}
