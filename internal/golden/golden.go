// Package golden compares what a test produced with a file kept under
// testdata. Run the tests with -update to rewrite the files instead, then
// review the diff (and look at every changed picture) before committing.
package golden

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
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
		t.Errorf("%s differs from its golden file; see %s (run the test with -update to accept it)", path, gotPath)
		return
	}
	os.Remove(gotPath)
}
