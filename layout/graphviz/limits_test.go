package graphviz

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	gv "github.com/goccy/go-graphviz"
	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/layout/dot"
	"github.com/roadmapgo/roadmap/roadmap"
)

// oneSection is a roadmap of one section of n topics, the shape that
// made dot run for a minute and crash.
func oneSection(n int) *roadmap.Roadmap {
	r := synthetic(1, n)
	r.File = "big.yaml"
	return r
}

func TestLargeRoadmapIsRefusedQuickly(t *testing.T) {
	for _, alg := range []string{"dot", "neato", "fdp", "twopi", "circo"} {
		start := time.Now()
		_, err := mustNew(t, alg).Layout(context.Background(), oneSection(10000), layout.Options{})
		if took := time.Since(start); took > 2*time.Second {
			t.Errorf("%s took %v to refuse 10,000 topics", alg, took)
		}
		if err == nil {
			t.Fatalf("%s laid out a section of 10,000 topics", alg)
		}
		msg := err.Error()
		for _, want := range []string{"big.yaml: 1000", " boxes and ", "more than the " + alg + " engine", "draw it with the native engine"} {
			if !strings.Contains(msg, want) {
				t.Errorf("%s: message %q lacks %q", alg, msg, want)
			}
		}
		if strings.Contains(msg, "\n") {
			t.Errorf("%s: message %q is more than one line", alg, msg)
		}
	}
}

func TestDotRefusesOneLongSection(t *testing.T) {
	_, err := mustNew(t, "dot").Layout(context.Background(), oneSection(3000), layout.Options{})
	want := fmt.Sprintf("big.yaml: 3002 boxes and 6000 lines crossing %d rows is more than the dot engine lays out in bounded memory (at most %d boxes, %d lines, %d rows)",
		1+2999+2999*3000/2, MaxNodes, MaxEdges, MaxRows)
	if err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Fatalf("error %v, want %q", err, want)
	}
}

// graphOf is the graph the engine hands Graphviz for r.
func graphOf(t *testing.T, r *roadmap.Roadmap) *dot.Graph {
	t.Helper()
	g, err := dot.FromRoadmap(r, dot.NewMeasurer(layout.Metrics{}, 0).Size)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestRowsCrossed(t *testing.T) {
	for _, tc := range []struct {
		r    *roadmap.Roadmap
		rows int
	}{
		// The title line, the 99 links of the column, and the topic
		// connectors crossing 0 to 99 rows.
		{synthetic(1, 100), 1 + 99 + 99*100/2},
		// Per section: 4 links and connectors crossing 0..4 rows, a spine
		// of 5 to the next section; requires from two sections above.
		{synthetic(3, 5), 1 + 3*(4+10) + 2*5 + 1*(10+0)},
	} {
		if got := rowsCrossed(graphOf(t, tc.r)); got != tc.rows {
			t.Errorf("%s: %d rows, want %d", tc.r.Title, got, tc.rows)
		}
	}
}

func TestLimitIsInclusive(t *testing.T) {
	g := graphOf(t, synthetic(1, 1))
	for _, tc := range []struct {
		alg string
		max int
	}{{"neato", MaxNodesSpring}, {"circo", MaxNodesSpring}, {"osage", MaxNodesOsage}} {
		for _, n := range []int{tc.max, tc.max + 1} {
			big := *g
			big.Nodes = make([]dot.Node, n)
			err := checkSize("", tc.alg, &big)
			if (err == nil) != (n <= tc.max) {
				t.Errorf("%d boxes for %s (at most %d): error %v", n, tc.alg, tc.max, err)
			}
		}
	}
}

func TestGraphWithinLimitsLaysOut(t *testing.T) {
	r := synthetic(20, 4)
	for _, alg := range []string{"dot", "osage"} {
		if err := checkSize("", alg, graphOf(t, r)); err != nil {
			t.Fatal(err)
		}
		if d, err := mustNew(t, alg).Layout(context.Background(), r, layout.Options{}); err != nil || len(d.Nodes) != 101 {
			t.Errorf("%s: %v", alg, err)
		}
	}
}

// failRender makes the next layouts fail with f until the returned
// function, or the end of the test, restores Graphviz.
func failRender(t *testing.T, f func() error) (restore func()) {
	t.Helper()
	saved := render
	render = func(context.Context, *gv.Graphviz, *gv.Graph, gv.Format, io.Writer) error { return f() }
	restore = func() {
		mu.Lock()
		render, broken = saved, nil
		mu.Unlock()
	}
	t.Cleanup(restore)
	return restore
}

func TestCrashIsOneLine(t *testing.T) {
	failRender(t, func() error {
		panic(errors.New("wasm error: out of bounds memory access\nwasm stack trace:\n\tgraphviz.wasm.dot_layout(i32)"))
	})
	r := synthetic(3, 2)
	_, err := mustNew(t, "dot").Layout(context.Background(), r, layout.Options{})
	want := "graphviz dot: Graphviz failed on this graph (graphviz crashed: wasm error: out of bounds memory access); draw it with the native engine (omit --engine)"
	if err == nil || err.Error() != want {
		t.Fatalf("error %v, want %q", err, want)
	}
	_, err = mustNew(t, "neato").Layout(context.Background(), r, layout.Options{})
	if err == nil || !strings.Contains(err.Error(), "unusable since an earlier crash") || strings.Contains(err.Error(), "\n") {
		t.Errorf("layout after a crash: %v", err)
	}
}

func TestFailureIsOneLine(t *testing.T) {
	restore := failRender(t, func() error { return errors.New("wasm error: unreachable\nwasm stack trace:\n\tf(i32)") })
	_, err := mustNew(t, "dot").Layout(context.Background(), synthetic(3, 2), layout.Options{})
	if err == nil || !strings.HasSuffix(err.Error(), "(wasm error: unreachable); draw it with the native engine (omit --engine)") {
		t.Fatalf("error %v", err)
	}
	restore()
	if _, err := mustNew(t, "dot").Layout(context.Background(), synthetic(3, 2), layout.Options{}); err != nil {
		t.Errorf("an error that is not a crash left the engine unusable: %v", err)
	}
}
