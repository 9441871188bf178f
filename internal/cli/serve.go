package cli

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/fsnotify/fsnotify"

	"github.com/roadmapgo/roadmap/internal/preview"
	"github.com/roadmapgo/roadmap/render"
	"github.com/roadmapgo/roadmap/render/html"
	"github.com/roadmapgo/roadmap/roadmap"
)

var serveCommand = &command{
	name:    "serve",
	summary: "preview roadmap files in a browser, redrawn on every save",
	usage: `usage: roadmap serve [flags] FILE|GLOB...

Serves a page per file: the interactive page of render -f html (click a
topic for its text and resources, search, tick your progress), reloaded
each time the file is saved. When a save makes the file invalid, the page
lists the problems (file:line:col: message) above the last good picture.
With several files the first page lists them. Ctrl-C stops the server.

flags:
  --addr HOST:PORT  where to listen (default 127.0.0.1:8080, this machine only;
                    :8080 listens on every interface)
  --host NAME       another name to answer to, besides the host of --addr,
                    localhost, 127.0.0.1 and [::1] (repeatable, or
                    comma-separated); any other Host header gets 421
  --theme NAME      light (default: the light picture, or the dark one when
                    the system prefers dark), dark (always the dark one), or
                    a theme file FILE.yaml (always its picture)
  --width N         canvas width in px, 480 to 4096 (default: the roadmap's
                    width: key, else 960)
` + rootUsage + `
Examples:
  roadmap serve examples/scientist.yaml
  roadmap serve --theme dark --addr 127.0.0.1:9000 examples/*.yaml
  roadmap serve --addr :8080 --host mybox.lan examples/scientist.yaml
`,
	run: runServe,
}

// serveFlags are the parsed flags of serve.
type serveFlags struct {
	addr, theme, root string
	hosts             preview.Hosts
	width             float64
}

func runServe(e *env, c *command, args []string) int {
	if ext.Serve == nil {
		return handOver(e, "serve", append([]string{c.name}, args...))
	}
	fl := &serveFlags{}
	fs := newFlags(c, e.stderr)
	fs.StringVar(&fl.addr, "addr", "127.0.0.1:8080", "")
	fs.StringVar(&fl.theme, "theme", "light", "")
	fs.StringVar(&fl.root, "root", "", "")
	fs.Var(&fl.hosts, "host", "")
	fs.Float64Var(&fl.width, "width", 0, "")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return flagError(err)
	}
	if len(pos) == 0 {
		return usageError(e, c, "no files given")
	}
	if strings.Contains(fl.theme, ",") {
		return usageError(e, c, "--theme takes one theme; serve shows one picture")
	}
	if msg := themeNameProblem(fl.theme); msg != "" {
		return usageError(e, c, "%s", msg)
	}
	looks, err := loadLooks(e, fl.theme, fl.root, false)
	if err != nil {
		reportError(e, err)
		return exitInvalid
	}
	if msg := widthProblem(fs, fl.width); msg != "" {
		return usageError(e, c, "%s", msg)
	}
	files, err := expandGlobs(pos)
	if err != nil {
		return usageError(e, c, "%v", err)
	}
	for _, f := range files {
		if f == "-" {
			return usageError(e, c, "cannot watch standard input; name a file")
		}
	}
	s := newServer(e, files, looks[0], fl.width)
	s.root = fl.root
	return s.serve(fl.addr, fl.hosts)
}

// server is a running preview: the files it watches and their pictures.
type server struct {
	e     *env
	files []*preview.File
	look  look
	width float64
	root  string // --root, "" for each file's default
}

func newServer(e *env, paths []string, l look, width float64) *server {
	s := &server{e: e, look: l, width: width}
	for _, p := range paths {
		s.files = append(s.files, preview.NewFile(p))
	}
	return s
}

// serve draws every file, listens on addr and serves, to the Host names
// allowedHosts gives, until the context of the command ends. It returns
// the exit code.
func (s *server) serve(addr string, hosts []string) int {
	ln, at, err := ext.Listen(addr)
	if err != nil {
		reportError(s.e, fmt.Errorf("roadmap serve: %w", err))
		return exitUsage
	}
	return s.serveOn(ln, at, addr, hosts)
}

// serveOn serves on ln, which Listen opened at addr and listens on at,
// until the context of the command ends (exit 0) or serving fails (exit
// 1, the watch stopped too).
func (s *server) serveOn(ln io.Closer, at, addr string, hosts []string) int {
	fw, err := s.startWatch()
	if err != nil {
		ln.Close()
		reportError(s.e, err)
		return exitInvalid
	}
	for _, f := range s.files {
		s.refresh(f)
	}
	fmt.Fprintf(s.e.stderr, "serving http://%s/ (Ctrl-C to stop)\n", at)
	watchCtx, stopWatch := context.WithCancel(s.e.ctx)
	defer stopWatch()
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { defer wg.Done(); s.watch(watchCtx, fw) }()
	code := exitOK
	if err := ext.Serve(s.e.ctx, ln, addr, hosts, s.files, func(err error) { reportError(s.e, err) }); err != nil {
		reportError(s.e, fmt.Errorf("roadmap serve: %w", err))
		code = exitInvalid
	}
	stopWatch()
	wg.Wait()
	return code
}

// fileWatch follows the files the served ones read.
type fileWatch struct {
	w       *fsnotify.Watcher
	deps    [][]string // by served file, the absolute paths it reads
	watched map[string]bool
}

// startWatch watches the directories of every file the served files read
// (a course's parts, FILE#ID targets, icons), as render --watch does, so
// that a save that renames a new file over the old one is seen too. It is
// set up before the first page is served, so no save after it is missed.
func (s *server) startWatch() (*fileWatch, error) {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, fmt.Errorf("roadmap serve: cannot watch the files: %w", err)
	}
	fw := &fileWatch{w: w, deps: make([][]string, len(s.files)), watched: map[string]bool{}}
	fl := &renderFlags{root: s.root}
	for i, f := range s.files {
		fw.deps[i] = dependencies(f.Path, fl, nil)
		watchDirs(w, fw.deps[i], fw.watched)
	}
	return fw, nil
}

// watch redraws each file whenever it, or a file it reads, is saved,
// until ctx ends.
func (s *server) watch(ctx context.Context, fw *fileWatch) {
	defer fw.w.Close()
	fl := &renderFlags{root: s.root}
	w, deps, watched := fw.w, fw.deps, fw.watched
	e := *s.e
	e.ctx = ctx
	for {
		changed, ok := nextChanges(&e, w)
		if !ok {
			return
		}
		for i, f := range s.files {
			if dependsOn(deps[i], changed) {
				s.refresh(f)
				deps[i] = dependencies(f.Path, fl, deps[i])
				watchDirs(w, deps[i], watched)
			}
		}
	}
}

// refresh redraws f with the pipeline of render, keeping the last good
// picture when the file is invalid.
func (s *server) refresh(f *preview.File) {
	fl := &renderFlags{engine: "native", width: s.width, root: s.root, metrics: s.look.metrics()}
	var buf bytes.Buffer
	var pg *html.Page
	err := withProject(s.root, f.Path, func(p *roadmap.Project) error {
		dr, err := drawingFor(s.e, p, f.Path, fl, true)
		if err != nil {
			return err
		}
		if err := draw(&buf, dr, output{format: "svg", theme: s.look.theme, look: s.look}, fl); err != nil {
			return err
		}
		opt := html.Options{Outline: dr.outline, Key: dr.key, ReadFile: iconReader(p)}
		switch {
		case s.look.file != nil:
			opt.Light, opt.Dark = s.look.theme, s.look.theme
		case s.look.theme.Name == render.Dark.Name:
			opt.Light = s.look.theme
		}
		pg, err = html.Build(dr.d, opt)
		return err
	})
	if err != nil {
		f.Update(nil, nil, strings.Split(err.Error(), "\n"))
		return
	}
	f.Update(buf.Bytes(), pg, nil)
}
