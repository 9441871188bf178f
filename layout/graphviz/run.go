package graphviz

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"

	gv "github.com/goccy/go-graphviz"
)

// go-graphviz is not safe for concurrent use: every call into it, from
// parsing to rendering and freeing, happens while holding mu. The instance
// is made on first use, so a process that never lays out with Graphviz
// never creates it; a failed creation is retried by the next call.
//
// A panic inside Graphviz (a WebAssembly trap, or go-graphviz giving up on
// one) may leave the WebAssembly memory, which the process cannot reset,
// inconsistent: after one, broken holds it and every later call fails
// with it instead of calling Graphviz again.
var (
	mu       sync.Mutex
	instance *gv.Graphviz
	broken   error
)

// render is the call that lays a graph out; tests replace it to make
// Graphviz fail.
var render = func(ctx context.Context, g *gv.Graphviz, graph *gv.Graph, format gv.Format, w io.Writer) error {
	return g.Render(ctx, graph, format, w)
}

// errCrashed marks an error made from a panic inside Graphviz.
var errCrashed = errors.New("graphviz crashed")

// runJSON lays out the DOT text src with the given algorithm and returns
// Graphviz's json0 output. A context cancelled before the call returns
// ctx.Err() without calling Graphviz; one cancelled during the call
// (which cannot be interrupted) returns ctx.Err() once it ends. Errors
// are one line: a failed or crashed layout says so and points to the
// native engine.
func runJSON(ctx context.Context, algorithm string, src []byte) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	out, err := locked(ctx, algorithm, src)
	if cerr := ctx.Err(); cerr != nil {
		return nil, cerr
	}
	var failed *layoutError
	switch {
	case errors.As(err, &failed):
		return nil, fmt.Errorf("graphviz %s: Graphviz failed on this graph (%s); draw it with the native engine (omit --engine)",
			algorithm, firstLine(failed.err))
	case err != nil:
		return nil, fmt.Errorf("graphviz %s: %s", algorithm, firstLine(err))
	}
	return out, nil
}

// layoutError is a failure of Graphviz while laying a graph out, as
// opposed to one reading the DOT text.
type layoutError struct{ err error }

func (e *layoutError) Error() string { return e.err.Error() }
func (e *layoutError) Unwrap() error { return e.err }

// locked does the Graphviz calls of runJSON under mu.
func locked(ctx context.Context, algorithm string, src []byte) (out []byte, err error) {
	mu.Lock()
	defer mu.Unlock()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if broken != nil {
		return nil, &layoutError{fmt.Errorf("unusable since an earlier crash: %w", broken)}
	}
	defer func() {
		if errors.Is(err, errCrashed) {
			broken = err
		}
	}()
	if instance == nil {
		var g *gv.Graphviz
		if err := guard(func() (err error) { g, err = gv.New(context.Background()); return err }); err != nil {
			return nil, fmt.Errorf("start: %w", err)
		}
		instance = g
	}
	var graph *gv.Graph
	if err := guard(func() (err error) { graph, err = gv.ParseBytes(src); return err }); err != nil {
		return nil, fmt.Errorf("parse: %w", err)
	}
	defer func() {
		if cerr := guard(graph.Close); cerr != nil && err == nil {
			err = fmt.Errorf("close: %w", cerr)
		}
	}()
	var buf bytes.Buffer
	if err := guard(func() error {
		return render(context.Background(), instance.SetLayout(gv.Layout(algorithm)), graph, "json0", &buf)
	}); err != nil {
		return nil, &layoutError{err}
	}
	return buf.Bytes(), nil
}

// guard calls f and turns a panic inside it into an error wrapping
// errCrashed.
func guard(f func() error) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("%w: %v", errCrashed, p)
		}
	}()
	return f()
}

// firstLine is the first non-blank line of err's message: WebAssembly
// errors go on with a stack trace of the module's functions.
func firstLine(err error) string {
	for line := range strings.SplitSeq(err.Error(), "\n") {
		if line = strings.TrimSpace(line); line != "" {
			return line
		}
	}
	return "no message"
}
