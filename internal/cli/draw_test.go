package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// -o names the format by its extension; one it does not know, or an -f it
// does not know, is a usage error that writes nothing.
func TestRenderFormatFromExtension(t *testing.T) {
	dir := t.TempDir()
	in := copyExample(t, dir, "fundamentals.yaml")
	for _, c := range []struct{ name, prefix string }{
		{"out.svg", "<?xml"}, {"out.png", "\x89PNG"}, {"out.pdf", "%PDF-"}, {"out.HTML", "<!doctype html>"},
	} {
		out := filepath.Join(dir, c.name)
		if code, _, stderr := runCLI(t, "", "render", "-o", out, in); code != exitOK {
			t.Fatalf("-o %s: exit %d: %s", c.name, code, stderr)
		}
		if data, err := os.ReadFile(out); err != nil || !bytes.HasPrefix(data, []byte(c.prefix)) {
			t.Errorf("-o %s: want a file starting %q: %v", c.name, c.prefix, err)
		}
	}
	for _, args := range [][]string{
		{"-o", filepath.Join(dir, "x.jpg")},
		{"-o", filepath.Join(dir, "noext")},
		{"-f", "jpg", "-o", filepath.Join(dir, "sub") + "/"},
		{"-f", "pdf", "-o", filepath.Join(dir, "x.svg")},
		{"--page", "legal", "-o", filepath.Join(dir, "x.pdf")},
	} {
		code, _, stderr := runCLI(t, "", append(append([]string{"render"}, args...), in)...)
		if code != exitUsage || stderr == "" {
			t.Errorf("%v: exit %d (want %d) with %q", args, code, exitUsage, stderr)
		}
	}
	for _, left := range []string{"x.jpg", "noext", "sub", "x.svg", "x.pdf"} {
		if _, err := os.Stat(filepath.Join(dir, left)); err == nil {
			t.Errorf("a usage error wrote %s", left)
		}
	}
}

// PDF and HTML carry the roadmap's text, from a file or standard input.
func TestRenderPDFAndHTMLCarryTheText(t *testing.T) {
	src, err := os.ReadFile("../../examples/fundamentals.yaml")
	if err != nil {
		t.Fatal(err)
	}
	code, page, stderr := runCLI(t, string(src), "render", "-f", "html", "-o", "-", "-")
	if code != exitOK || !strings.Contains(page, `id="roadmap-data"`) || !strings.Contains(page, "Linear Algebra") ||
		strings.Contains(page, `src="http`) || strings.Contains(page, "<link") {
		t.Fatalf("html from stdin: exit %d: %s", code, stderr)
	}
	t.Setenv("SOURCE_DATE_EPOCH", "1700000000")
	code, doc, stderr := runCLI(t, "", "render", "-f", "pdf", "-o", "-", "../../examples/fundamentals.yaml")
	if code != exitOK || !strings.HasPrefix(doc, "%PDF-") || !strings.Contains(doc, "/CreationDate (D:20231114221320)") {
		t.Fatalf("pdf with SOURCE_DATE_EPOCH: exit %d: %s", code, stderr)
	}
	t.Setenv("SOURCE_DATE_EPOCH", "soon")
	if code, _, stderr := runCLI(t, "", "render", "-f", "pdf", "-o", "-", "../../examples/fundamentals.yaml"); code != exitInvalid || !strings.Contains(stderr, "SOURCE_DATE_EPOCH") {
		t.Errorf("a bad SOURCE_DATE_EPOCH: exit %d: %s", code, stderr)
	}
}
