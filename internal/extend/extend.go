// Package extend names the parts of the command line whose packages cost
// every process that links them start-up time, whatever it runs: goldmark
// builds its tables and regular expressions at init, fpdf registers gob
// types, net/http sets up TLS and HTTP/2. The roadmap program leaves them
// out and hands the commands that need them over to roadmap-full, which
// links package full and sets them.
package extend

import (
	"context"
	"io"
	"time"

	"github.com/roadmapgo/roadmap/internal/preview"
	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/render"
	"github.com/roadmapgo/roadmap/roadmap"
)

// Set is the extensions of one program; a nil field is one it lacks.
type Set struct {
	// Markdown reads course READMEs (import) and writes roadmaps as
	// Markdown (export -f markdown).
	Markdown Markdown
	// PDF writes a diagram as a PDF handout.
	PDF func(w io.Writer, d *layout.Diagram, o PDF) error
	// Listen opens the socket of the preview at addr (host:port); at is
	// the address it listens on, port chosen.
	Listen func(addr string) (ln io.Closer, at string, err error)
	// Serve serves the preview of files (roadmap serve) on ln, which
	// Listen opened at addr, to the Host names allowed, until ctx ends
	// (nil) or serving fails; report receives the errors of single
	// requests.
	Serve func(ctx context.Context, ln io.Closer, addr string, hosts []string, files []*preview.File, report func(error)) error
}

// Markdown is what the command line uses of package markdown.
type Markdown interface {
	// Import reads the roadmaps of a course README; skipped says, a line
	// each, what of it was left out.
	Import(src []byte, name string) (parts []*roadmap.Roadmap, skipped []string, err error)
	// CourseTitle is the title of a README, "" when it has none.
	CourseTitle(src []byte) string
	// Read reads a README from r, named name in errors, up to its size limit.
	Read(r io.Reader, name string) ([]byte, error)
	// ReadFile reads the README at path, up to its size limit.
	ReadFile(path string) ([]byte, error)
	// Export writes r as Markdown.
	Export(w io.Writer, r *roadmap.Roadmap) error
}

// PDF is what a PDF handout is drawn with (package render/pdf's Options).
type PDF struct {
	Theme    render.Theme
	Page     string // paper size, one of render.Pages
	Outline  *render.Outline
	ReadFile func(name string) ([]byte, error)
	Created  time.Time
}
