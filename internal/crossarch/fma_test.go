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

// The arm64 compiler fuses x*y+z into one instruction unless x*y is
// rounded with float64(); a fused sum rounds once where amd64 rounds
// twice, and the layout moves by a bit. The inputs of the layout test may
// miss a new fused line; the compiler's listing does not.
func TestLayoutHasNoFusedMultiplyAdd(t *testing.T) {
	const pkgs = "github.com/roadmapgo/roadmap/layout/..."
	cmd := exec.Command("go", "build", "-gcflags="+pkgs+"=-S", pkgs)
	cmd.Env = append(os.Environ(), "GOOS=linux", "GOARCH=arm64", "CGO_ENABLED=0")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	if !bytes.Contains(out, []byte("\tFMULD\t")) {
		t.Fatal("the compiler's listing has no FMULD: has its format changed?")
	}
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	for _, at := range fusedLines(out, root+string(filepath.Separator)) {
		t.Errorf("%s\n\ta fused multiply-add: round the product (or the halving, x/2 is x*0.5) with float64() before it is added; in an inlined function, the product may be the caller's", at)
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
