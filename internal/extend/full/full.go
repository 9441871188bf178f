// Package full gives every extension of the command line: package
// markdown, render/pdf and the preview's web server behind extend's
// interfaces. Only roadmap-full (and tests) link it.
package full

import (
	"io"

	"github.com/roadmapgo/roadmap/internal/extend"
	"github.com/roadmapgo/roadmap/internal/preview/web"
	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/markdown"
	"github.com/roadmapgo/roadmap/render/pdf"
	"github.com/roadmapgo/roadmap/roadmap"
)

// Set is every extension.
func Set() extend.Set {
	return extend.Set{Markdown: markdownPackage{}, PDF: writePDF, Listen: web.Listen, Serve: web.Serve}
}

// markdownPackage is package markdown.
type markdownPackage struct{}

func (markdownPackage) Import(src []byte, name string) ([]*roadmap.Roadmap, []string, error) {
	parts, warnings, err := markdown.Import(src, name)
	skipped := make([]string, len(warnings))
	for i, w := range warnings {
		skipped[i] = w.String()
	}
	return parts, skipped, err
}

func (markdownPackage) CourseTitle(src []byte) string { return markdown.CourseTitle(src) }

func (markdownPackage) Read(r io.Reader, name string) ([]byte, error) { return markdown.Read(r, name) }

func (markdownPackage) ReadFile(path string) ([]byte, error) { return markdown.ReadFile(path) }

func (markdownPackage) Export(w io.Writer, r *roadmap.Roadmap) error { return markdown.Export(w, r) }

// writePDF is pdf.Write.
func writePDF(w io.Writer, d *layout.Diagram, o extend.PDF) error {
	return pdf.Write(w, d, pdf.Options{Theme: o.Theme, Page: o.Page, Outline: o.Outline, ReadFile: o.ReadFile, Created: o.Created})
}
