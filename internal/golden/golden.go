// Package golden compares what a test produced with a file kept under
// testdata. Run the tests with -update to rewrite the files instead, then
// review the diff (and look at every changed picture) before committing.
package golden

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/roadmapgo/roadmap/internal/textdiff"
)

var update = flag.Bool("update", false, "rewrite the golden files instead of comparing with them")

// Update reports whether the tests run with -update.
func Update() bool { return *update }

// GotPath is where a mismatching output is written: the golden's path
// with ".got" before its extension (testdata/a.svg gives testdata/a.got.svg).
func GotPath(path string) string {
	ext := filepath.Ext(path)
	return strings.TrimSuffix(path, ext) + ".got" + ext
}

// Check compares got with the file at path. Under -update it rewrites the
// file; on a mismatch it writes got to GotPath(path) and fails the test.
func Check(t testing.TB, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run the test with -update to create it)", err)
	}
	gotPath := GotPath(path)
	if !bytes.Equal(got, want) {
		if err := os.WriteFile(gotPath, got, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Errorf("%s differs from its golden file; see %s (run the test with -update to accept it):\n%s", path, gotPath, Diff(path, want, got))
		return
	}
	os.Remove(gotPath)
}

// maxDiffLines bounds the lines of a diff that Diff shows.
const maxDiffLines = 30

// Diff describes how got differs from want, the golden file at path: a
// unified diff of at most maxDiffLines lines for text, the sizes and the
// first differing byte for binary data.
func Diff(path string, want, got []byte) string {
	if isText(want) && isText(got) {
		return textdiff.Unified(path, GotPath(path), string(want), string(got), 2, maxDiffLines)
	}
	i := 0
	for i < len(want) && i < len(got) && want[i] == got[i] {
		i++
	}
	return fmt.Sprintf("binary: %d bytes, got %d; first difference at byte %d\n", len(want), len(got), i)
}

// isText reports whether data reads as text: valid UTF-8 without NUL.
func isText(data []byte) bool {
	return utf8.Valid(data) && bytes.IndexByte(data, 0) < 0
}
