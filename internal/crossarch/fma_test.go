package crossarch

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// fusedOp matches an arm64 fused multiply-add in the compiler's listing
// and captures its source position.
var fusedOp = regexp.MustCompile(`\((\S+\.go):(\d+)\)\s+F(N?M(ADD|SUB))[DS]\s`)

// checkedPackages are the packages whose arm64 code must have no fused
// multiply-add: the layout and the renderers.
var checkedPackages = []string{
	"github.com/roadmapgo/roadmap/layout/...",
	"github.com/roadmapgo/roadmap/render/...",
}

// The arm64 compiler fuses x*y+z into one instruction unless x*y is
// rounded with float64(); a fused sum rounds once where amd64 rounds
// twice, and the layout moves by a bit, a PNG's pixel by one level. The
// inputs of the cross-architecture tests may miss a new fused line; the
// compiler's listing does not. Only the repository's lines count: a
// dependency's code inlined here (fpdf's links, scaled by 1 in points,
// so exactly) is covered by comparing the outputs.
func TestNoFusedMultiplyAdd(t *testing.T) {
	t.Parallel()
	args := []string{"build"}
	for _, p := range checkedPackages {
		args = append(args, "-gcflags="+p+"=-S")
	}
	cmd := exec.Command("go", append(args, checkedPackages...)...)
	cmd.Env = append(os.Environ(), "GOOS=linux", "GOARCH=arm64", "CGO_ENABLED=0")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(out, []byte("\tFMULD\t")) {
		t.Fatal("the compiler's listing has no FMULD: has its format changed?")
	}
	for _, dir := range []string{"layout", "render/png", "render/pdf", "render/svg"} {
		if !bytes.Contains(out, []byte("("+filepath.Join(root, dir)+string(filepath.Separator))) {
			t.Fatalf("the compiler's listing has no line of %s: has its format changed?", dir)
		}
	}
	for _, at := range fusedLines(out, root+string(filepath.Separator)) {
		t.Errorf("%s\n\ta fused multiply-add: round the product (or the halving, x/2 is x*0.5) with float64() (float32() for float32) before it is added; in an inlined function, the product may be the caller's", at)
	}
}

// fusedLines returns the source lines of the fused multiply-adds in the
// listing, sorted, each once, with their text; paths are relative to root.
func fusedLines(listing []byte, root string) []string {
	seen := map[string]bool{}
	var out []string
	sc := bufio.NewScanner(bytes.NewReader(listing))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		m := fusedOp.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		at := m[1] + ":" + m[2]
		if !strings.HasPrefix(at, root) {
			continue
		}
		if !seen[at] {
			seen[at] = true
			out = append(out, at)
		}
	}
	sort.Strings(out)
	for i, at := range out {
		file, line, _ := strings.Cut(at, ":")
		n, _ := strconv.Atoi(line)
		out[i] = fmt.Sprintf("%s: %s", strings.TrimPrefix(at, root), sourceLine(file, n))
	}
	return out
}

// sourceLine returns line n of file, trimmed; "" when it cannot be read.
func sourceLine(file string, n int) string {
	b, err := os.ReadFile(file)
	if err != nil {
		return ""
	}
	lines := strings.Split(string(b), "\n")
	if n < 1 || n > len(lines) {
		return ""
	}
	return strings.TrimSpace(lines[n-1])
}
