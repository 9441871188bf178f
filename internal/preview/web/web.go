// Package web serves the preview of roadmap serve over HTTP: a page per
// file (the interactive page of render -f html), its last good picture,
// its state as JSON and its versions as Server-Sent Events, to the Host
// names it is allowed.
package web

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io"
	"net"
	"net/http"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	"github.com/roadmapgo/roadmap/internal/preview"
	"github.com/roadmapgo/roadmap/render/html"
)

// shutdownGrace bounds how long a stop waits for requests in flight.
const shutdownGrace = 5 * time.Second

// site is what is served.
type site struct {
	ctx    context.Context
	files  []*preview.File
	report func(error)
}

// Listen opens a TCP socket at addr for Serve; at is its address, port
// chosen.
func Listen(addr string) (ln io.Closer, at string, err error) {
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, "", err
	}
	return l, l.Addr().String(), nil
}

// Serve serves files on ln, a net.Listener (as Listen opens) listening on
// addr, to the Host names that addr, ln's address, the loopback names and
// hosts give, until ctx ends (nil) or serving fails (its error). report
// receives the errors of single requests.
func Serve(ctx context.Context, l io.Closer, addr string, hosts []string, files []*preview.File, report func(error)) error {
	ln, ok := l.(net.Listener)
	if !ok {
		return fmt.Errorf("web: %T is not a net.Listener", l)
	}
	s := &site{ctx: ctx, files: files, report: report}
	srv := &http.Server{Handler: checkHost(allowedHosts(addr, ln.Addr(), hosts), s.routes()), ReadHeaderTimeout: 10 * time.Second}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	var err error
	select {
	case <-ctx.Done():
	case err = <-served:
	}
	stop, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	if serr := srv.Shutdown(stop); serr != nil && !errors.Is(serr, http.ErrServerClosed) {
		srv.Close()
	}
	return err
}

// routes maps the URLs: / (the page, or the list of pages), and per file
// /f/N/ (page), /f/N/svg (last good picture), /f/N/state (JSON) and
// /f/N/events (Server-Sent Events, one "update" per new version).
func (s *site) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.handleIndex)
	mux.HandleFunc("GET /f/{n}/{$}", s.withFile(s.handlePage))
	mux.HandleFunc("GET /f/{n}/svg", s.withFile(handleSVG))
	mux.HandleFunc("GET /f/{n}/state", s.withFile(handleState))
	mux.HandleFunc("GET /f/{n}/events", s.withFile(s.handleEvents))
	return mux
}

// withFile resolves the file number of the URL for h.
func (s *site) withFile(h func(http.ResponseWriter, *http.Request, int, *preview.File)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		n, err := strconv.Atoi(r.PathValue("n"))
		if err != nil || n < 0 || n >= len(s.files) {
			http.NotFound(w, r)
			return
		}
		h(w, r, n, s.files[n])
	}
}

func (s *site) handleIndex(w http.ResponseWriter, r *http.Request) {
	if len(s.files) == 1 {
		s.handlePage(w, r, 0, s.files[0])
		return
	}
	var items []indexItem
	for i, f := range s.files {
		items = append(items, indexItem{URL: fmt.Sprintf("/f/%d/", i), Name: f.Path})
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := indexPage().Execute(w, items); err != nil {
		s.report(err)
	}
}

// indexItem is one link of the list of files.
type indexItem struct{ URL, Name string }

func (s *site) handlePage(w http.ResponseWriter, r *http.Request, n int, f *preview.File) {
	st, pg := f.LastPage()
	if pg == nil {
		pg = html.Placeholder(filepath.Base(f.Path))
	}
	live := &html.Live{Base: fmt.Sprintf("/f/%d/", n), Version: st.Version, PictureVersion: st.SVGVersion,
		Errors: st.Errors, Index: len(s.files) > 1}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	if err := pg.Write(w, live); err != nil {
		s.report(err)
	}
}

func handleSVG(w http.ResponseWriter, r *http.Request, _ int, f *preview.File) {
	_, svg, _ := f.State()
	if svg == nil {
		http.Error(w, "no picture yet: the file has never been valid", http.StatusNotFound)
		return
	}
	w.Header().Set("Content-Type", "image/svg+xml")
	w.Header().Set("Cache-Control", "no-store")
	w.Write(svg)
}

func handleState(w http.ResponseWriter, r *http.Request, _ int, f *preview.File) {
	st, _, _ := f.State()
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	json.NewEncoder(w).Encode(st)
}

// handleEvents streams the version of the file: once at once, then at
// every change, until the client leaves or the server stops.
func (s *site) handleEvents(w http.ResponseWriter, r *http.Request, _ int, f *preview.File) {
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-store")
	rc := http.NewResponseController(w)
	for {
		st, _, changed := f.State()
		if _, err := fmt.Fprintf(w, "event: update\ndata: %d\n\n", st.Version); err != nil {
			return
		}
		if rc.Flush() != nil {
			return
		}
		select {
		case <-changed:
		case <-r.Context().Done():
			return
		case <-s.ctx.Done():
			return
		}
	}
}

// indexPage lists the files served, parsed on the first request for it.
var indexPage = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("index").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>roadmap serve</title>
<style>body{font-family:sans-serif;margin:2em}li{margin:.4em 0}</style></head>
<body><h1>Roadmaps</h1><ul>
{{range .}}<li><a href="{{.URL}}">{{.Name}}</a></li>
{{end}}</ul></body></html>
`))
})
