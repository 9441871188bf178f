package main

import (
	"bytes"
	"os"
	"slices"
	"sync"
	"time"

	"github.com/roadmapgo/roadmap/render/html"
)

// served is one watched file and what the page shows of it.
type served struct {
	path string

	mu         sync.Mutex
	stamp      fileStamp
	version    int           // bumped whenever the picture or the errors change
	svg        []byte        // the last good picture, nil before the first
	page       *html.Page    // the interactive page of the last good picture
	svgVersion int           // the version that drew svg
	errs       []string      // the problems of the file as it is now
	changed    chan struct{} // closed, and replaced, at every new version
}

// fileStamp is what polling compares: a save changes one or the other.
type fileStamp struct {
	mod  time.Time
	size int64
	err  bool
}

func stampOf(path string) fileStamp {
	fi, err := os.Stat(path)
	if err != nil {
		return fileStamp{err: true}
	}
	return fileStamp{mod: fi.ModTime(), size: fi.Size()}
}

// stampChanged reports whether the file changed since the last stamp.
func (f *served) stampChanged() bool {
	st := stampOf(f.path)
	f.mu.Lock()
	defer f.mu.Unlock()
	return st != f.stamp
}

// takeStamp records the file's stamp before it is read, so a save during
// the read is seen at the next poll.
func (f *served) takeStamp() {
	st := stampOf(f.path)
	f.mu.Lock()
	f.stamp = st
	f.mu.Unlock()
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
