package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"

	"github.com/roadmapgo/roadmap/internal/batch"
	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/roadmap"
)

// companion is the program that runs the Graphviz engines. It is a
// separate binary because linking go-graphviz compiles its WASM module at
// every process start; the native path must not pay for it.
const companion = "roadmap-graphviz"

// diagramFor loads input and lays it out with the engine that --engine
// names. The Graphviz engines run in the companion, which loads the input
// itself (with the same loader and messages) and lays a course out as one
// graph; the native engine draws a roadmap, or a course with all its
// parts.
func diagramFor(e *env, p *roadmap.Project, input string, fl *renderFlags) (*layout.Diagram, *loaded, error) {
	if fl.engine != "native" {
		d, err := companionLayout(e, input, fl)
		return d, nil, err
	}
	c, r, err := nativeInput(e, p, input)
	if err != nil {
		return nil, nil, err
	}
	opt := layout.Options{Width: fl.width, Course: c, Fonts: fl.fontSet}
	isCourse := c != nil && c.File != ""
	switch {
	case fl.progress != "" && isCourse:
		opt.CourseProgress, err = roadmap.LoadCourseProgress(fl.progress, c)
	case fl.progress != "":
		opt.Progress, err = roadmap.LoadProgress(fl.progress, r)
	}
	if err != nil {
		return nil, nil, err
	}
	var d *layout.Diagram
	if isCourse {
		d, err = layout.Native{Metrics: fl.metrics}.LayoutCourse(e.ctx, c, opt)
	} else {
		d, err = layout.Native{Metrics: fl.metrics}.Layout(e.ctx, r, opt)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", input, err)
	}
	return d, &loaded{c, r}, focus(d, c, r, fl.focus)
}

// loaded is what nativeInput loaded, kept so that what else a render
// needs of the input (its outline, its uncovered text) does not load it
// again.
type loaded struct {
	c *roadmap.Course
	r *roadmap.Roadmap
}

// inputOf returns what l holds, or loads it when l is nil (a diagram
// from the Graphviz companion).
func inputOf(l *loaded, e *env, p *roadmap.Project, input string) (*roadmap.Course, *roadmap.Roadmap, error) {
	if l != nil {
		return l.c, l.r, nil
	}
	return nativeInput(e, p, input)
}

// nativeInput loads what the native engine draws, parsing the file once:
// a course (with its parts), or a roadmap with the files its FILE#ID
// references name (c then holds them; nil for standard input). For a
// course, r is its first part.
func nativeInput(e *env, p *roadmap.Project, input string) (c *roadmap.Course, r *roadmap.Roadmap, err error) {
	if input == "-" {
		r, err = roadmap.Parse(e.stdin, "<stdin>")
		return nil, r, err
	}
	if c, err = p.LoadAny(input); err != nil {
		return nil, nil, err
	}
	return c, c.Roadmaps[0], nil
}

// companionLayout asks roadmap-graphviz for the diagram of input, through
// the command's one companion process; standard input is read here and
// sent along.
func companionLayout(e *env, input string, fl *renderFlags) (*layout.Diagram, error) {
	req := &batch.Request{Engine: fl.engine, Files: []string{input}, Width: fl.width, Clusters: fl.clusters, Root: fl.root,
		Fonts: fl.fontFiles}
	if input == "-" {
		data, err := io.ReadAll(io.LimitReader(e.stdin, roadmap.MaxFileSize+1))
		if err != nil {
			return nil, err
		}
		req.Stdin = data
	}
	return e.graphviz.layout(req)
}

// goRunStatus matches the line that go run adds when the program it ran
// failed.
var goRunStatus = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?m)^exit status \d+\n?\z`)
})

// companionError is the error of a failed companion run: what it printed
// (the loader's messages, one a line), or, when it crashed with a Go panic
// or fatal error, only the line that says why instead of the goroutine
// dumps that follow it.
func companionError(stderr string, runErr error) error {
	msg := strings.TrimSpace(goRunStatus().ReplaceAllString(stderr, ""))
	if msg == "" {
		return fmt.Errorf("%s: %w", companion, runErr)
	}
	if line, ok := crashLine(msg); ok {
		return fmt.Errorf("%s crashed (%s); draw it with the native engine (omit --engine)", companion, line)
	}
	return errors.New(msg)
}

// crashLine reports whether msg is the report of a Go crash, which goes
// on with "goroutine N [state]:" dumps, and returns its first line: the
// "panic: ..." or "fatal error: ..." line, or the runtime's note before it
// ("runtime: out of memory: cannot allocate ...").
func crashLine(msg string) (string, bool) {
	lines := strings.Split(msg, "\n")
	for _, l := range lines {
		if strings.HasPrefix(l, "goroutine ") && strings.Contains(l, " [") && strings.HasSuffix(l, ":") {
			return strings.TrimSpace(lines[0]), true
		}
	}
	return "", false
}

// focus dims d but for the path to the section or topic id (--focus),
// when one is given.
func focus(d *layout.Diagram, c *roadmap.Course, r *roadmap.Roadmap, id string) error {
	if id == "" {
		return nil
	}
	if c == nil {
		return fmt.Errorf("--focus needs a file to read, not standard input")
	}
	n, err := c.Find(id)
	if err != nil {
		return fmt.Errorf("%s: --focus: %w", r.File, err)
	}
	layout.Focus(d, c, c.PathTo(n))
	return nil
}

// companionEnv is the environment of the companion: this one's, with
// TMPDIR in the user's cache directory (as roadmap/). go-graphviz keeps the
// machine code it compiles from Graphviz's WebAssembly under TMPDIR, and
// compiling it again costs 0.6 to 2 s a process; the cache directory
// survives the cleaning of /tmp. Without a cache directory the
// environment is left as it is.
func companionEnv() []string {
	env := os.Environ()
	dir, err := os.UserCacheDir()
	if err != nil {
		return env
	}
	dir = filepath.Join(dir, "roadmap")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return env
	}
	return append(env, "TMPDIR="+dir)
}
