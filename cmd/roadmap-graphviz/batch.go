package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"

	"github.com/roadmapgo/roadmap/internal/batch"
	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/layout/graphviz"
	"github.com/roadmapgo/roadmap/layout/text"
)

// serveBatch answers the requests on stdin in order until stdin ends, so
// that one process (one WebAssembly start) lays out a whole batch. A
// request that cannot be read ends the batch with exit code 2; a failed
// layout is answered with its error and the batch goes on.
func serveBatch(ctx context.Context, stdin io.Reader, stdout, stderr io.Writer) int {
	dec := json.NewDecoder(bufio.NewReader(stdin))
	out := bufio.NewWriter(stdout)
	enc := json.NewEncoder(out)
	for {
		var req batch.Request
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

// answering is held while a request is answered: a request's Dir is the
// working directory of the whole process, so requests are answered one at
// a time (Graphviz lays out one graph at a time anyway).
var answering sync.Mutex

// answer lays out one request.
func answer(ctx context.Context, req *batch.Request) batch.Response {
	answering.Lock()
	defer answering.Unlock()
	if req.Dir != "" {
		if err := os.Chdir(req.Dir); err != nil {
			return batch.Response{Error: fmt.Sprintf("roadmap-graphviz: the caller's directory: %v", err)}
		}
	}
	if len(req.Files) == 0 {
		return batch.Response{Error: "roadmap-graphviz --batch: a request names no file"}
	}
	eng, err := graphviz.New(req.Engine)
	if err != nil {
		return batch.Response{Error: err.Error()}
	}
	eng.Clusters = req.Clusters
	width := req.Width
	if width == 0 {
		width = layout.DefaultWidth
	}
	fonts, err := fontsOf(req.Fonts)
	if err != nil {
		return batch.Response{Error: err.Error()}
	}
	d, err := layoutFiles(ctx, eng, req.Root, req.Files, bytes.NewReader(req.Stdin), layout.Options{Width: width, Fonts: fonts})
	if err != nil {
		return batch.Response{Error: err.Error()}
	}
	return batch.Response{Diagram: d}
}

// fontsOf returns the fonts of the font files given, nil (the default
// fonts) for none.
func fontsOf(files []string) (*text.Fonts, error) {
	if len(files) == 0 {
		return nil, nil
	}
	return text.New(text.Options{Files: files})
}
