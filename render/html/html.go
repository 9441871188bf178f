// Package html writes a roadmap as one self-contained interactive page:
// the SVG of the diagram in the light and the dark theme (shown as the
// system prefers), and the roadmap's text, inline with the page's style
// and script, so that it works offline and from a file. A click, or Enter,
// on a topic or section opens a side panel with its description and
// resources; a search box highlights the topics that match; the reader
// ticks topics done, doing or skip, kept in the browser (localStorage)
// per roadmap and exported as a progress file; #ID in the URL opens that
// topic.
package html

import (
	"bytes"
	"crypto/sha256"
	_ "embed" // the page's style and script
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"io"
	"strings"

	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/render"
	"github.com/roadmapgo/roadmap/render/svg"
)

//go:embed page.css
var pageCSS string

//go:embed page.js
var pageJS string

// Options tune the page.
type Options struct {
	// Light and Dark are the themes of the two pictures; the zero Theme
	// means render.Light and render.Dark.
	Light, Dark render.Theme
	// Outline is the text of the roadmap, for the panel and the search;
	// nil gives a page of the picture alone.
	Outline *render.Outline
	// Key names the roadmap in the browser's storage, so that each
	// roadmap keeps its own ticks; "" means the outline's title.
	Key string
	// ReadFile reads the image files of icons, as for render/svg.
	ReadFile func(name string) ([]byte, error)
	// EmojiText writes the pictures' emoji icons as text, as for
	// render/svg; by default they are the embedded font's images.
	EmojiText bool
}

// darkPrefix is put before the ids of the dark picture, so that the two
// pictures' ids differ.
const darkPrefix = "dark-"

// Page is a page ready to write: its pictures drawn and its data encoded.
// Writing it again costs no drawing, as a live preview needs.
type Page struct {
	title string
	light []byte
	dark  []byte
	data  []byte
}

// Write writes the page of d to w.
func Write(w io.Writer, d *layout.Diagram, opt Options) error {
	p, err := Build(d, opt)
	if err != nil {
		return err
	}
	return p.Write(w, nil)
}

// Build draws the pictures of d and encodes the page's data.
func Build(d *layout.Diagram, opt Options) (*Page, error) {
	if d == nil {
		return nil, errors.New("render: nil diagram")
	}
	if opt.Light == (render.Theme{}) {
		opt.Light = render.Light
	}
	if opt.Dark == (render.Theme{}) {
		opt.Dark = render.Dark
	}
	var light, dark bytes.Buffer
	if err := svg.Write(&light, d, svg.Options{Theme: opt.Light, EmbedFont: true, EmojiText: opt.EmojiText, ReadFile: opt.ReadFile}); err != nil {
		return nil, err
	}
	if err := svg.Write(&dark, d, svg.Options{Theme: opt.Dark, IDPrefix: darkPrefix, EmbedFont: true, EmojiText: opt.EmojiText, ReadFile: opt.ReadFile}); err != nil {
		return nil, err
	}
	data, err := json.Marshal(pageData(d, opt))
	if err != nil {
		return nil, fmt.Errorf("render: page data: %w", err)
	}
	return &Page{title: d.Title, light: light.Bytes(), dark: dark.Bytes(), data: data}, nil
}

// Live is what a live preview adds to the page: where its events come
// from, the versions it shows and the problems of the file as it is now.
type Live struct {
	// Base is the URL path of the file's resources: Base+"events" streams
	// its versions, Base+"state" tells its problems.
	Base    string
	Version int
	// PictureVersion is the version that drew the picture.
	PictureVersion int
	Errors         []string
	// Index links back to the list of files.
	Index bool
}

// Write writes the page to w; live, when not nil, makes it a live
// preview that reloads when the picture changes and lists the problems of
// the file.
func (p *Page) Write(w io.Writer, live *Live) error {
	script := pageJS
	var b strings.Builder
	b.WriteString("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
	b.WriteString(`<meta name="viewport" content="width=device-width, initial-scale=1">` + "\n")
	fmt.Fprintf(&b, `<meta http-equiv="Content-Security-Policy" content="%s">`+"\n", csp(script, live != nil))
	fmt.Fprintf(&b, "<title>%s</title>\n<style>%s</style>\n</head>\n", html.EscapeString(p.title), pageCSS)
	p.body(&b, live)
	b.WriteString(`<script type="application/json" id="roadmap-data">`)
	b.Write(p.data)
	b.WriteString("</script>\n")
	if live != nil {
		b.WriteString(`<script type="application/json" id="roadmap-live">`)
		lj, _ := json.Marshal(map[string]any{"base": live.Base})
		b.Write(lj)
		b.WriteString("</script>\n")
	}
	b.WriteString("<script>" + script + "</script>\n</body></html>\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// csp is the page's Content Security Policy: nothing from the network,
// images and fonts only from data: URIs, the page's own script only (by
// its hash); a live preview may also connect to its server.
func csp(script string, live bool) string {
	sum := sha256.Sum256([]byte(script))
	policy := "default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'; script-src 'sha256-" +
		base64.StdEncoding.EncodeToString(sum[:]) + "'"
	if live {
		policy += "; connect-src 'self'"
	}
	return policy
}

// Placeholder is the page of a file that has never been valid: no
// picture, and the title given; a live preview shows its problems.
func Placeholder(title string) *Page {
	return &Page{title: title, data: []byte(`{"key":"","items":{},"order":[],"doc":{}}`)}
}
