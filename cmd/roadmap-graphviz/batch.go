package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/layout/graphviz"
	"github.com/roadmapgo/roadmap/layout/text"
)

// request is one layout asked for in --batch mode: the command line of a
// single run, as one JSON object a line on standard input.
type request struct {
	// Engine is the Graphviz algorithm (--engine).
	Engine string `json:"engine"`
	// Files are the inputs, as on the command line; "-" reads Stdin.
	Files []string `json:"files"`
	// Stdin is what standard input holds for "-" (base64 in JSON, so
	// that bytes that are not UTF-8 reach the loader as they are).
	Stdin []byte `json:"stdin,omitempty"`
	// Width is the canvas width in px (--width); 0 means the default.
	Width float64 `json:"width,omitempty"`
	// Clusters draws each section as a cluster (--clusters).
	Clusters bool `json:"clusters,omitempty"`
	// Root is the project root (--root); "" means the default.
	Root string `json:"root,omitempty"`
	// Fonts are the font files text is set in first (--font).
	Fonts []string `json:"fonts,omitempty"`
}

// response answers one request, one JSON object a line on standard
// output: the diagram, or the error a single run prints.
type response struct {
	Diagram *layout.Diagram `json:"diagram,omitempty"`
	Error   string          `json:"error,omitempty"`
}

// serveBatch answers the requests on stdin in order until stdin ends, so
// that one process (one WebAssembly start) lays out a whole batch. A
// request that cannot be read ends the batch with exit code 2; a failed
// layout is answered with its error and the batch goes on.
func serveBatch(ctx context.Context, stdin io.Reader, stdout, stderr io.Writer) int {
	dec := json.NewDecoder(bufio.NewReader(stdin))
	out := bufio.NewWriter(stdout)
	enc := json.NewEncoder(out)
	for {
		var req request
		err := dec.Decode(&req)
		if errors.Is(err, io.EOF) {
			return 0
		}
		if err != nil {
			fmt.Fprintf(stderr, "roadmap-graphviz --batch: unreadable request: %v\n", err)
			return 2
		}
		if err := enc.Encode(answer(ctx, &req)); err != nil {
			fmt.Fprintln(stderr, err)
			return 1
		}
		if err := out.Flush(); err != nil {
			fmt.Fprintln(stderr, err)
			return 1
		}
	}
}

// answer lays out one request.
func answer(ctx context.Context, req *request) response {
	if len(req.Files) == 0 {
		return response{Error: "roadmap-graphviz --batch: a request names no file"}
	}
	eng, err := graphviz.New(req.Engine)
	if err != nil {
		return response{Error: err.Error()}
	}
	eng.Clusters = req.Clusters
	width := req.Width
	if width == 0 {
		width = layout.DefaultWidth
	}
	fonts, err := fontsOf(req.Fonts)
	if err != nil {
		return response{Error: err.Error()}
	}
	d, err := layoutFiles(ctx, eng, req.Root, req.Files, bytes.NewReader(req.Stdin), layout.Options{Width: width, Fonts: fonts})
	if err != nil {
		return response{Error: err.Error()}
	}
	return response{Diagram: d}
}

// fontsOf returns the fonts of the font files given, nil (the default
// fonts) for none.
func fontsOf(files []string) (*text.Fonts, error) {
	if len(files) == 0 {
		return nil, nil
	}
	return text.New(text.Options{Files: files})
}
