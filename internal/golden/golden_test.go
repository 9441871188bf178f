package golden

import (
	"strings"
	"testing"
)

func TestDiffText(t *testing.T) {
	got := Diff("testdata/a.svg", []byte("<svg>\n<rect/>\n</svg>\n"), []byte("<svg>\n<circle/>\n</svg>\n"))
	for _, want := range []string{"--- testdata/a.svg\n", "+++ testdata/a.got.svg\n", "-<rect/>\n", "+<circle/>\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("Diff lacks %q:\n%s", want, got)
		}
	}
	long := Diff("a.txt", []byte(strings.Repeat("a\n", 100)), []byte(strings.Repeat("b\n", 100)))
	if n := strings.Count(long, "\n"); n > maxDiffLines+4 {
		t.Errorf("Diff of two long texts has %d lines; want at most %d", n, maxDiffLines+4)
	}
}

func TestDiffBinary(t *testing.T) {
	got := Diff("a.png", []byte("\x89PNG\x00\x01\x02"), []byte("\x89PNG\x00\x01\x03\x04"))
	if got != "binary: 7 bytes, got 8; first difference at byte 6\n" {
		t.Errorf("Diff = %q", got)
	}
}
