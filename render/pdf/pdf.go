// Package pdf writes a painted diagram (see render.Paint) as a PDF
// handout: the diagram as vector graphics with real, selectable text in
// the embedded font (subset to the glyphs used) and clickable boxes,
// scaled to the page width and split across pages where no box is cut;
// then the outline of the roadmap in reading order, with its links, and
// bookmarks for its parts and sections.
package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"sync"
	"time"

	"github.com/go-pdf/fpdf"

	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/render"
)

// Options tune PDF output.
type Options struct {
	// Theme gives every colour and stroke; the zero Theme means Light.
	Theme render.Theme
	// Page is the paper size: "a4" (the default, for "") or "letter".
	Page string
	// Outline is the text printed after the diagram; nil prints none.
	Outline *render.Outline
	// ReadFile reads the image files of icons, as for render/svg; nil
	// means the operating system's files.
	ReadFile func(name string) ([]byte, error)
	// Created is the document's creation date; the zero time writes
	// none, so that the same input gives the same bytes.
	Created time.Time
}

// Pages are the paper sizes Options.Page accepts.
var Pages = render.Pages

// margin is the page margin, in points.
const margin = 36

// The fonts of the document: the embedded Liberation Sans, regular and
// bold, that the layout measured with.
const family = "LiberationSans"

// Write writes d as a PDF document to w. The same diagram and options
// give the same bytes, on amd64, arm64 and 386 alike: every product is
// rounded before it is added (see "The same bits on every machine" in
// package layout), and rounded corners and circles are drawn as Béziers
// of their own.
func Write(w io.Writer, d *layout.Diagram, opt Options) error {
	if d == nil {
		return errors.New("render: nil diagram")
	}
	if !(d.Width > 0 && d.Height > 0) {
		return fmt.Errorf("render: empty canvas %v×%v", d.Width, d.Height)
	}
	size, err := pageSize(opt.Page)
	if err != nil {
		return err
	}
	if opt.ReadFile == nil {
		opt.ReadFile = render.ReadIconFile
	}
	doc := newDocument(d, opt, size)
	if err := doc.diagram(); err != nil {
		return err
	}
	if opt.Outline != nil {
		doc.outline(opt.Outline)
	}
	var buf bytes.Buffer
	if err := doc.f.Output(&buf); err != nil {
		return fmt.Errorf("render: pdf: %w", err)
	}
	out := buf.Bytes()
	if opt.Created.IsZero() {
		out = blankDates(out)
	}
	_, err = w.Write(out)
	return err
}

// pageSize returns the fpdf size of a paper name.
func pageSize(name string) (string, error) {
	switch name {
	case "", "a4":
		return "A4", nil
	case "letter":
		return "Letter", nil
	}
	return "", fmt.Errorf("unknown page size %q; use a4 or letter", name)
}

// document is one PDF being written.
type document struct {
	f   *fpdf.Fpdf
	d   *layout.Diagram
	opt Options
	// scale maps diagram units to points; pageW and pageH are the page
	// size in points.
	scale, pageW, pageH float64
	// nodeLinks are the internal link targets of the diagram's nodes,
	// entryLinks those of their entries in the outline, by node id.
	nodeLinks, entryLinks map[string]int
	// widths are the pixel widths of the images registered so far.
	widths map[int]bool
}

// newDocument sets up fpdf: points, the embedded fonts, no automatic
// page breaks in the diagram, fixed metadata.
func newDocument(d *layout.Diagram, opt Options, size string) *document {
	f := fpdf.New("P", "pt", size, "")
	f.SetCompression(true)
	f.SetCatalogSort(true)
	f.SetProducer("roadmap", true)
	f.SetCreator("roadmap", true)
	f.SetTitle(d.Title, true)
	if !opt.Created.IsZero() {
		f.SetCreationDate(opt.Created.UTC())
		f.SetModificationDate(opt.Created.UTC())
	}
	f.AddUTF8FontFromBytes(family, "", layout.FontTTF(false))
	f.AddUTF8FontFromBytes(family, "B", layout.FontTTF(true))
	f.SetAutoPageBreak(false, 0)
	f.SetMargins(margin, margin, margin)
	w, h := f.GetPageSize()
	doc := &document{f: f, d: d, opt: opt, pageW: w, pageH: h, scale: (w - 2*margin) / d.Width,
		nodeLinks: map[string]int{}, entryLinks: map[string]int{}, widths: map[int]bool{}}
	for _, n := range d.Nodes {
		if _, dup := doc.nodeLinks[n.ID]; !dup {
			doc.nodeLinks[n.ID] = f.AddLink()
			doc.entryLinks[n.ID] = f.AddLink()
		}
	}
	return doc
}

// diagram draws d over as many pages as it takes at the page width,
// each page a band of the diagram cut where no box is.
func (doc *document) diagram() error {
	bandH := (doc.pageH - 2*margin) / doc.scale
	bands := cuts(doc.d, bandH)
	c := &canvas{doc: doc}
	for _, b := range bands {
		doc.f.AddPage()
		c.top, c.bottom = b[0], b[1]
		doc.f.ClipRect(margin, margin, doc.pageW-2*margin, (b[1]-b[0])*doc.scale, false)
		render.Paint(c, doc.d, doc.opt.Theme)
		doc.f.ClipEnd()
		if c.err != nil {
			return c.err
		}
	}
	return doc.f.Error()
}

// dates matches the dates fpdf always writes in the document
// information; compiled on first use, not at start-up of every command.
var dates = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`/(CreationDate|ModDate) \(D:[0-9]{14}\)`)
})

// blankDates replaces the dates of the document information with spaces
// of the same length, which keeps every offset of the file valid.
func blankDates(b []byte) []byte {
	return dates().ReplaceAllFunc(b, func(m []byte) []byte { return bytes.Repeat([]byte{' '}, len(m)) })
}
