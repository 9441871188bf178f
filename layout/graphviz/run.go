package graphviz

import (
	"bytes"
	"context"
	"fmt"
	"sync"

	gv "github.com/goccy/go-graphviz"
)

// go-graphviz is not safe for concurrent use: every call into it, from
// parsing to rendering and freeing, happens while holding mu. The instance
// is made on first use, so a process that never lays out with Graphviz
// never creates it; a failed creation is retried by the next call.
var (
	mu       sync.Mutex
	instance *gv.Graphviz
)

// runJSON lays out the DOT text src with the given algorithm and returns
// Graphviz's json0 output. A context cancelled before the call returns
// ctx.Err() without calling Graphviz; one cancelled during the call
// (which cannot be interrupted) returns ctx.Err() once it ends.
func runJSON(ctx context.Context, algorithm string, src []byte) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	out, err := locked(ctx, algorithm, src)
	if cerr := ctx.Err(); cerr != nil {
		return nil, cerr
	}
	if err != nil {
		return nil, fmt.Errorf("graphviz %s: %w", algorithm, err)
	}
	return out, nil
}

// locked does the Graphviz calls of runJSON under mu.
func locked(ctx context.Context, algorithm string, src []byte) (out []byte, err error) {
	mu.Lock()
	defer mu.Unlock()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if instance == nil {
		g, err := gv.New(context.Background())
		if err != nil {
			return nil, fmt.Errorf("start: %w", err)
		}
		instance = g
	}
	graph, err := gv.ParseBytes(src)
	if err != nil {
		return nil, fmt.Errorf("parse: %w", err)
	}
	defer func() {
		if cerr := graph.Close(); cerr != nil && err == nil {
			err = fmt.Errorf("close: %w", cerr)
		}
	}()
	var buf bytes.Buffer
	if err := instance.SetLayout(gv.Layout(algorithm)).Render(context.Background(), graph, "json0", &buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
