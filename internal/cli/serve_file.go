package cli

import (
	"bytes"
	"slices"
	"sync"

	"github.com/roadmapgo/roadmap/render/html"
)

// served is one watched file and what the page shows of it.
type served struct {
	path string

	mu         sync.Mutex
	version    int           // bumped whenever the picture or the errors change
	svg        []byte        // the last good picture, nil before the first
	page       *html.Page    // the interactive page of the last good picture
	svgVersion int           // the version that drew svg
	errs       []string      // the problems of the file as it is now
	changed    chan struct{} // closed, and replaced, at every new version
}

// update records a new picture (svg non-nil, drawn with its page) or new
// problems, and wakes the event streams when what the page shows changed.
func (f *served) update(svg []byte, page *html.Page, errs []string) {
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

// fileState is what the page fetches after an event.
type fileState struct {
	Version    int      `json:"version"`
	SVGVersion int      `json:"svgVersion"`
	Errors     []string `json:"errors"`
}

// state returns the current state and the channel closed at the next
// change.
func (f *served) state() (fileState, []byte, <-chan struct{}) {
	f.mu.Lock()
	defer f.mu.Unlock()
	errs := append([]string{}, f.errs...)
	return fileState{Version: f.version, SVGVersion: f.svgVersion, Errors: errs}, f.svg, f.changed
}

// lastPage returns the current state and the page of the last good
// picture, nil before the first.
func (f *served) lastPage() (fileState, *html.Page) {
	st, _, _ := f.state()
	f.mu.Lock()
	defer f.mu.Unlock()
	return st, f.page
}
