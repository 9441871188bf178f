package cli

import (
	"bytes"
	"fmt"
	"github.com/roadmapgo/roadmap/internal/extend"
	"io"
	"os"
	"strconv"
	"time"

	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/render"
	"github.com/roadmapgo/roadmap/render/html"
	"github.com/roadmapgo/roadmap/render/png"
	"github.com/roadmapgo/roadmap/render/svg"
	"github.com/roadmapgo/roadmap/roadmap"
)

// drawing is what the outputs of one input are drawn from: the diagram,
// the project its icons are read in, and the outline of its text (for PDF
// and HTML; nil when no output needs it).
type drawing struct {
	proj    *roadmap.Project
	d       *layout.Diagram
	outline *render.Outline
	key     string // the roadmap's name in a browser's storage
}

// draw writes one output of a drawing.
func draw(buf io.Writer, dr *drawing, o output, fl *renderFlags) error {
	read := iconReader(dr.proj)
	switch o.format {
	case "png":
		return png.Write(buf, dr.d, png.Options{Theme: o.theme, Scale: fl.scale, Transparent: fl.transparent, ReadFile: read})
	case "pdf":
		created, err := sourceDate()
		if err != nil {
			return err
		}
		return ext.PDF(buf, dr.d, extend.PDF{Theme: o.theme, Page: fl.page, Outline: dr.outline, ReadFile: read, Created: created})
	case "html":
		opt := html.Options{Outline: dr.outline, Key: dr.key, ReadFile: read, EmojiText: fl.emoji == "text"}
		if o.look.file != nil {
			// The page shows the theme file's picture whatever the
			// reader's scheme.
			opt.Light, opt.Dark = o.theme, o.theme
		}
		return html.Write(buf, dr.d, opt)
	}
	return svg.Write(buf, dr.d, svg.Options{Theme: o.theme, IDPrefix: fl.idPrefix, EmbedFont: fl.embedFont,
		EmojiText: fl.emoji == "text", ReadFile: read})
}

// needsOutline reports whether an output needs the roadmap's text.
func needsOutline(outputs []output) bool {
	for _, o := range outputs {
		if o.format == "pdf" || o.format == "html" {
			return true
		}
	}
	return false
}

// drawingFor lays out input and, when withText is set, loads its
// outline too; standard input is read once for both.
func drawingFor(e *env, proj *roadmap.Project, input string, fl *renderFlags, withText bool) (*drawing, error) {
	again := func() *env { return e }
	if withText && input == "-" {
		data, err := io.ReadAll(io.LimitReader(e.stdin, roadmap.MaxFileSize+1))
		if err != nil {
			return nil, err
		}
		again = func() *env {
			copied := *e
			copied.stdin = bytes.NewReader(data)
			return &copied
		}
	}
	d, in, err := diagramFor(again(), proj, input, fl)
	if err != nil {
		return nil, err
	}
	if err := checkCoverage(again(), proj, input, d, in, fl); err != nil {
		return nil, err
	}
	dr := &drawing{proj: proj, d: d}
	if !withText {
		return dr, nil
	}
	c, r, err := inputOf(in, again(), proj, input)
	if err != nil {
		return nil, err
	}
	dr.outline = render.OutlineOf(d, c, r)
	dr.key = input + " · " + d.Title
	return dr, nil
}

// sourceDate is the creation date a PDF records: the time
// SOURCE_DATE_EPOCH gives (seconds since 1970), or none without it, so
// that the same input gives the same bytes.
func sourceDate() (time.Time, error) {
	v := os.Getenv("SOURCE_DATE_EPOCH")
	if v == "" {
		return time.Time{}, nil
	}
	sec, err := strconv.ParseInt(v, 10, 64)
	if err != nil || sec < 0 {
		return time.Time{}, fmt.Errorf("SOURCE_DATE_EPOCH=%q is not a number of seconds since 1970", v)
	}
	return time.Unix(sec, 0).UTC(), nil
}
