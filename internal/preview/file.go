// Package preview holds what roadmap serve shows of each file it watches:
// the last good picture and page, the problems of the file as it is now,
// and a version that changes with either.
package preview

import (
	"bytes"
	"slices"
	"sync"

	"github.com/roadmapgo/roadmap/render/html"
)

// File is one watched file and what the page shows of it.
type File struct {
	// Path names the file as the command line did.
	Path string

	mu         sync.Mutex
	version    int           // bumped whenever the picture or the errors change
	svg        []byte        // the last good picture, nil before the first
	page       *html.Page    // the interactive page of the last good picture
	svgVersion int           // the version that drew svg
	errs       []string      // the problems of the file as it is now
	changed    chan struct{} // closed, and replaced, at every new version
}

// NewFile returns the File at path, with nothing drawn yet.
func NewFile(path string) *File {
	return &File{Path: path, changed: make(chan struct{})}
}

// Update records a new picture (svg non-nil, drawn with its page) or new
// problems, and wakes the event streams when what the page shows changed.
func (f *File) Update(svg []byte, page *html.Page, errs []string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	sameSVG := svg == nil || bytes.Equal(svg, f.svg)
	if sameSVG && slices.Equal(errs, f.errs) {
		return
	}
	f.version++
	if !sameSVG {
		f.svg, f.page, f.svgVersion = svg, page, f.version
	}
	f.errs = errs
	close(f.changed)
	f.changed = make(chan struct{})
}

// State is what the page fetches after an event.
type State struct {
	Version    int      `json:"version"`
	SVGVersion int      `json:"svgVersion"`
	Errors     []string `json:"errors"`
}

// State returns the current state, the last good picture (nil before
// the first) and the channel closed at the next change.
func (f *File) State() (State, []byte, <-chan struct{}) {
	f.mu.Lock()
	defer f.mu.Unlock()
	errs := append([]string{}, f.errs...)
	return State{Version: f.version, SVGVersion: f.svgVersion, Errors: errs}, f.svg, f.changed
}

// LastPage returns the current state and the page of the last good
// picture, nil before the first.
func (f *File) LastPage() (State, *html.Page) {
	st, _, _ := f.State()
	f.mu.Lock()
	defer f.mu.Unlock()
	return st, f.page
}
