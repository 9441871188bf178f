package pdf

import (
	"bytes"
	"context"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/roadmapgo/roadmap/internal/tooltest"
	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/render"
	"github.com/roadmapgo/roadmap/roadmap"
)

// scientist lays out examples/scientist.yaml and returns it with its
// outline.
func scientist(t testing.TB) (*layout.Diagram, *roadmap.Roadmap, *render.Outline) {
	t.Helper()
	r, err := roadmap.Load(filepath.Join("..", "..", "examples", "scientist.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	d, err := layout.Native{}.Layout(context.Background(), r, layout.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return d, r, render.OutlineOf(d, nil, r)
}

func write(t testing.TB, d *layout.Diagram, opt Options) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, d, opt); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestPDFSameBytesNoDate(t *testing.T) {
	d, _, o := scientist(t)
	a := write(t, d, Options{Outline: o})
	time.Sleep(1100 * time.Millisecond) // past a second, which fpdf's dates count
	b := write(t, d, Options{Outline: o})
	if !bytes.Equal(a, b) {
		t.Fatal("two runs gave different bytes")
	}
	if bytes.Contains(a, []byte("/CreationDate")) || bytes.Contains(a, []byte("/ModDate")) {
		t.Error("a PDF without a date asked for carries one")
	}
	dated := write(t, d, Options{Created: time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)})
	if !bytes.Contains(dated, []byte("/CreationDate (D:20240102030405)")) {
		t.Error("Options.Created is not the creation date")
	}
}

func TestPDFLinksBookmarksAndPages(t *testing.T) {
	d, r, o := scientist(t)
	a4 := write(t, d, Options{Outline: o})
	letter := write(t, d, Options{Outline: o, Page: "letter"})
	if !bytes.Contains(a4, []byte("/MediaBox [0 0 595.28 841.89]")) || !bytes.Contains(letter, []byte("/MediaBox [0 0 612.00 792.00]")) {
		t.Error("the pages are not A4 by default and Letter with Page letter")
	}
	urls := map[string]bool{}
	sections := 0
	for _, s := range r.Sections {
		sections++
		for _, res := range s.Resources {
			urls[res.URL] = true
		}
		for _, tp := range s.Topics {
			for _, res := range tp.Resources {
				urls[res.URL] = true
			}
		}
	}
	for u := range urls {
		if !bytes.Contains(a4, []byte("/URI ("+u+")")) {
			t.Errorf("resource %s is no link annotation", u)
		}
	}
	// Every section is a bookmark: an outline item with a parent.
	if n := len(regexp.MustCompile(`/Parent \d+ 0 R`).FindAll(a4, -1)); n < sections {
		t.Errorf("%d bookmarks, want one per section (%d)", n, sections)
	}
	if n, want := bytes.Count(a4, []byte("/Type /Page\n")), len(cuts(d, (841.89-2*margin)/((595.28-2*margin)/d.Width))); n <= want {
		t.Errorf("%d pages: want the %d of the diagram and the outline's after them", n, want)
	}
	cmd := exec.Command(tooltest.Find(t, "poppler-utils", "pdftotext"), "-", "-")
	cmd.Stdin = bytes.NewReader(a4)
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(string(out)), " ")
	tok := r.Sections[0].Topics[1]
	for _, want := range []string{"The LLM Scientist Roadmap", "1. The LLM architecture", tok.Title, strings.Join(strings.Fields(tok.Description)[:8], " ")} {
		if !strings.Contains(text, want) {
			t.Errorf("the text of the PDF lacks %q", want)
		}
	}
}

// A page ends where no box is: every box lies within one band, unless it
// is taller than a page.
func TestCutsKeepBoxesWhole(t *testing.T) {
	d, _, _ := scientist(t)
	for _, band := range []float64{300, 500, 1000, 1500} {
		bands := cuts(d, band)
		if bands[0][0] != 0 || bands[len(bands)-1][1] != d.Height {
			t.Fatalf("band %v: bands %v do not cover the diagram", band, bands)
		}
		for i, b := range bands {
			if b[1]-b[0] > band+1e-9 || i > 0 && b[0] != bands[i-1][1] {
				t.Errorf("band %v: band %v too tall or not after the previous", band, b)
			}
			for _, n := range d.Nodes {
				if n.Box.H < band && n.Box.Y < b[1] && n.Box.Y+n.Box.H > b[1] && b[1] < d.Height {
					t.Errorf("band %v: page ending at %v cuts %s", band, b[1], n.ID)
				}
			}
		}
	}
}

func TestPDFErrors(t *testing.T) {
	d, _, _ := scientist(t)
	var b bytes.Buffer
	if err := Write(&b, d, Options{Page: "legal"}); err == nil || !strings.Contains(err.Error(), "a4 or letter") {
		t.Errorf("page legal: %v", err)
	}
	if err := Write(&b, &layout.Diagram{}, Options{}); err == nil {
		t.Error("an empty diagram gave no error")
	}
	if b.Len() != 0 {
		t.Error("a failed Write wrote bytes")
	}
}
