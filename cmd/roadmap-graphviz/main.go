// Command roadmap-graphviz lays roadmaps out with Graphviz and prints the
// diagram as JSON. "roadmap render --engine dot" runs it: it is a program
// of its own because linking go-graphviz compiles a WebAssembly module at
// every process start, a cost the native path must not pay.
//
// usage: roadmap-graphviz --engine NAME [--width N] [--clusters] [--root DIR] [--font FILE]... FILE...
//
//	roadmap-graphviz --batch
//	roadmap-graphviz --serve SOCKET [--idle DURATION]
//
// One roadmap file gives its roadmap. A course file, or several roadmap
// files, are laid out as one course, each part in a cluster, with the
// FILE#ID prerequisites between them; a course file's title is the
// diagram's.
//
// With --batch it reads requests from standard input, one JSON object a
// line ({"engine":"dot","files":["a.yaml"],"width":960,"clusters":false,
// "root":"","stdin":BASE64}, the fields those of a single run), and
// answers each in order with one line, {"diagram":{...}} or
// {"error":"..."}, until standard input ends: roadmap render sends all its
// inputs to one process.
//
// With --serve it answers the same requests on each connection to the Unix
// socket SOCKET, one request at a time, until no connection has been open for
// --idle (default 1m): the companion that roadmap starts once and shares
// between its commands, so that Graphviz's WebAssembly starts once for
// all of them.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"time"

	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/layout/graphviz"
	"github.com/roadmapgo/roadmap/roadmap"
)

// memoryHeadroom is how much more address space than it holds at start
// the program may map: about ten times what the largest layout within the
// engines' size limits was measured to take, and far below what a runaway
// Graphviz layout takes before it crashes.
const memoryHeadroom = 2 << 30

func main() {
	// Without the bound the size limits of the engines still hold, so a
	// failure to set it is not worth failing the layout for.
	_ = boundMemory(memoryHeadroom)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run is the whole program: it returns the exit code (0 done, 1 invalid
// input or layout failure, 2 usage).
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("roadmap-graphviz", flag.ContinueOnError)
	fs.SetOutput(stderr)
	algorithm := fs.String("engine", "dot", "Graphviz algorithm: dot, neato, fdp, twopi, circo or osage")
	width := fs.Float64("width", layout.DefaultWidth, "canvas width in px")
	clusters := fs.Bool("clusters", false, "draw each section as a cluster")
	root := fs.String("root", "", "the project root (default: the nearest directory holding .git)")
	batch := fs.Bool("batch", false, "answer JSON requests on stdin, one a line, until it ends")
	socket := fs.String("serve", "", "answer JSON requests on connections to the Unix socket at this path")
	idle := fs.Duration("idle", time.Minute, "with --serve, end once no connection has been open this long")
	var fonts []string
	fs.Func("font", "a font file text is set in first (repeatable)", func(s string) error {
		fonts = append(fonts, s)
		return nil
	})
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if *socket != "" {
		if fs.NArg() > 0 || *idle <= 0 {
			fmt.Fprintln(stderr, "roadmap-graphviz: --serve takes a socket path and a positive --idle, and no files")
			return 2
		}
		return serveSocket(ctx, *socket, *idle, stderr)
	}
	if *batch {
		if fs.NArg() > 0 {
			fmt.Fprintln(stderr, "roadmap-graphviz: --batch reads its requests from standard input, not from arguments")
			return 2
		}
		return serveBatch(ctx, stdin, stdout, stderr)
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "usage: roadmap-graphviz --engine NAME [--width N] [--clusters] [--root DIR] [--font FILE]... FILE...")
		return 2
	}
	eng, err := graphviz.New(*algorithm)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 2
	}
	eng.Clusters = *clusters
	fontSet, err := fontsOf(fonts)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 2
	}
	d, err := layoutFiles(ctx, eng, *root, fs.Args(), stdin, layout.Options{Width: *width, Fonts: fontSet})
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	if err := json.NewEncoder(stdout).Encode(d); err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	return 0
}

// layoutFiles loads one roadmap ("-" reads standard input) or course
// file, or several roadmaps as a course, and lays it out.
func layoutFiles(ctx context.Context, eng *graphviz.Engine, root string, files []string, stdin io.Reader, opt layout.Options) (*layout.Diagram, error) {
	if len(files) == 1 && files[0] == "-" {
		r, err := roadmap.Parse(stdin, "<stdin>")
		if err != nil {
			return nil, err
		}
		return eng.Layout(ctx, r, opt)
	}
	c, err := loadCourse(root, files)
	if err != nil {
		return nil, err
	}
	if c.File == "" && len(c.Roadmaps) == 1 {
		return eng.Layout(ctx, c.Roadmaps[0], opt)
	}
	d, err := eng.LayoutCourse(ctx, c, opt)
	if err != nil {
		return nil, err
	}
	if c.Title != "" {
		d.Title, d.Description = c.Title, c.Description
	}
	return d, nil
}

// loadCourse loads one file, a roadmap or a course, or several roadmaps,
// inside the project root (by default, that of the first file).
func loadCourse(root string, files []string) (*roadmap.Course, error) {
	if root == "" {
		root = roadmap.FindRoot(files[0])
	}
	p, err := roadmap.OpenProject(root)
	if err != nil {
		return nil, err
	}
	defer p.Close()
	if len(files) == 1 {
		return p.LoadAny(files[0])
	}
	return p.LoadAll(files...)
}
