package markdown

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// endless is a reader of "a" bytes without end that counts what it gave.
type endless struct{ n int64 }

func (r *endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	r.n += int64(len(p))
	return len(p), nil
}

func TestReadStopsAtTheLimit(t *testing.T) {
	r := &endless{}
	_, err := Read(r, "big.md")
	if err == nil || !strings.Contains(err.Error(), "big.md: README is over the limit of 4 MiB") {
		t.Fatalf("err = %v, want the limit named", err)
	}
	if r.n > MaxReadmeSize+1 {
		t.Errorf("read %d bytes of an endless README, want at most %d", r.n, MaxReadmeSize+1)
	}
	src, err := Read(strings.NewReader(strings.Repeat("a", MaxReadmeSize)), "max.md")
	if err != nil || len(src) != MaxReadmeSize {
		t.Errorf("a README of exactly the limit: %d bytes, %v", len(src), err)
	}
}

func TestReadFileRefusesLargeFileBySize(t *testing.T) {
	path := filepath.Join(t.TempDir(), "big.md")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	// Sparse: the size says too large, and nothing is read.
	if err := f.Truncate(1 << 40); err != nil {
		t.Skip("no sparse files:", err)
	}
	f.Close()
	start := time.Now()
	if _, err := ReadFile(path); err == nil || !strings.Contains(err.Error(), "over the limit of 4 MiB") {
		t.Fatalf("err = %v", err)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("refusing a 1 TiB file took %v", d)
	}
	if _, err := ReadFile(filepath.Join(t.TempDir(), "missing.md")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
}

func TestImportRefusesLargeSource(t *testing.T) {
	src := []byte("## P\n\n### 1. A\n\n" + strings.Repeat("x", MaxReadmeSize))
	if _, _, err := Import(src, "big.md"); err == nil || !strings.Contains(err.Error(), "MaxReadmeSize") {
		t.Fatalf("err = %v", err)
	}
}

// nested writes depth list items, each inside the one before.
func nested(depth int, line func(d int) string) string {
	var b strings.Builder
	b.WriteString("## P\n\n### 1. A\n\n")
	for d := 0; d < depth; d++ {
		b.WriteString(line(d))
	}
	return b.String()
}

func TestImportRefusesDeepNestingQuickly(t *testing.T) {
	indented := func(d int) string { return strings.Repeat("  ", d) + "- **x**: y\n" }
	lazy := func(d int) string { return strings.Repeat("  ", d) + "- **x**: y\nlazy continuation\n" }
	tests := []struct {
		name, src, pos string
	}{
		// 1,800 deep, 3.2 MB: the parser alone took 9 s on it.
		{"indented list", nested(1800, indented), "deep.md:37:65:"},
		{"lazy lines between items", nested(100, lazy), "deep.md:69:65:"},
		{"one line of markers", "## P\n\n### 1. A\n\n" + strings.Repeat("- ", 3000) + "x\n", "deep.md:5:65:"},
		{"one line of quotes", "## P\n\n" + strings.Repeat("> ", 3000) + "x\n", "deep.md:3:65:"},
		{"quotes in lists", "## P\n\n" + strings.Repeat("1. > ", 1000) + "x\n", "deep.md:3:81:"},
	}
	for _, tt := range tests {
		start := time.Now()
		_, _, err := Import([]byte(tt.src), "deep.md")
		want := tt.pos + " lists and block quotes nest more than 32 deep (markdown.MaxNesting); flatten them"
		if err == nil || err.Error() != want {
			t.Errorf("%s: err = %v, want %s", tt.name, err, want)
		}
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("%s: refusing took %v", tt.name, d)
		}
	}
}

// TestImportAcceptsNestingLimit checks that a list exactly MaxNesting
// deep, and lists that close before going deeper, are imported.
func TestImportAcceptsNestingLimit(t *testing.T) {
	deep := nested(MaxNesting, func(d int) string { return strings.Repeat("  ", d) + "- **x**: y\n" })
	var many strings.Builder
	many.WriteString("## P\n\n### 1. A\n\n")
	for i := 0; i < 3; i++ {
		for d := 0; d < MaxNesting; d++ {
			fmt.Fprintf(&many, "%s- **x%d**: y\n", strings.Repeat("  ", d), d)
		}
		many.WriteString("\nParagraph.\n\n")
	}
	for name, src := range map[string]string{"deep": deep, "closed again": many.String()} {
		if _, _, err := Import([]byte(src), "ok.md"); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}
