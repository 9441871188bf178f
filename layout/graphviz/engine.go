// Package graphviz lays roadmaps out with Graphviz, through the WebAssembly
// build of github.com/goccy/go-graphviz, and reads the positions back into
// a layout.Diagram that the renderers draw like any other.
//
// This is the only package that imports go-graphviz. Linking it costs a
// WebAssembly compile when the process starts (go-graphviz does it in an
// init function; about a second cold, a tenth once cached in
// $TMPDIR/go-graphviz), so only programs that offer the Graphviz engine
// should import it. The Graphviz instance itself is created on the first
// layout.
package graphviz

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/layout/dot"
	"github.com/roadmapgo/roadmap/roadmap"
)

// algorithms are the Graphviz layouts New accepts.
var algorithms = []string{"dot", "neato", "fdp", "twopi", "circo", "osage"}

// Algorithms returns the names New accepts, in a fixed order.
func Algorithms() []string { return slices.Clone(algorithms) }

// Engine lays roadmaps out with one Graphviz algorithm. It implements
// layout.Engine and is safe for concurrent use (calls into Graphviz are
// serialized).
type Engine struct {
	algorithm string
	// Metrics sizes the boxes before Graphviz places them; the zero value
	// means layout.DefaultMetrics, as for the native engine.
	Metrics layout.Metrics
	// Clusters keeps each section and its topics together in a cluster,
	// drawn as a frame titled with the section (Diagram.Clusters; Layout
	// only: LayoutCourse always frames each part).
	Clusters bool
}

// New returns an engine for a Graphviz algorithm: dot, neato, fdp, twopi,
// circo or osage. It does not start Graphviz; the first Layout does.
func New(algorithm string) (*Engine, error) {
	if !slices.Contains(algorithms, algorithm) {
		return nil, fmt.Errorf("graphviz: unknown algorithm %q; use one of %s", algorithm, strings.Join(algorithms, ", "))
	}
	return &Engine{algorithm: algorithm}, nil
}

// Algorithm returns the name of the engine's Graphviz algorithm.
func (e *Engine) Algorithm() string { return e.algorithm }

// Layout places the boxes of a validated roadmap with Graphviz and
// returns them as a Diagram: the title on top, node ids the model's ids.
// A cancelled ctx returns ctx.Err(). A roadmap larger than the algorithm
// lays out in bounded time and memory (MaxNodes, MaxEdges, MaxRows for
// dot; MaxNodesSpring, MaxEdgesSpring or MaxNodesOsage, MaxEdgesOsage for
// the others) is refused without calling Graphviz.
func (e *Engine) Layout(ctx context.Context, r *roadmap.Roadmap, opt layout.Options) (*layout.Diagram, error) {
	m := dot.NewMeasurer(e.Metrics.WithFonts(opt.Fonts), opt.Width)
	g, err := dot.FromRoadmap(r, m.Size)
	if err != nil {
		return nil, err
	}
	icons := map[string]layout.Icon{}
	iconSpecs(r, "", icons)
	d, err := e.run(ctx, r.File, g, dot.Options{Clusters: e.Clusters}, m, icons, opt)
	if err != nil {
		return nil, err
	}
	d.Title, d.Description = r.Title, r.Description
	return d, nil
}

// LayoutCourse lays the roadmaps of a course out as one graph: each part
// in a cluster, with the prerequisite edges within and across parts.
// Node ids are FILE#ID (see dot.FromCourse). The size limits of Layout
// hold for the whole course.
func (e *Engine) LayoutCourse(ctx context.Context, c *roadmap.Course, opt layout.Options) (*layout.Diagram, error) {
	m := dot.NewMeasurer(e.Metrics.WithFonts(opt.Fonts), opt.Width)
	g, err := dot.FromCourse(c, m.Size)
	if err != nil {
		return nil, err
	}
	icons := map[string]layout.Icon{}
	for i, r := range c.Roadmaps {
		iconSpecs(r, g.Clusters[i].ID+"#", icons)
	}
	d, err := e.run(ctx, c.File, g, dot.Options{Clusters: true}, m, icons, opt)
	if err != nil {
		return nil, err
	}
	d.Title = g.Title
	return d, nil
}

// run writes g as DOT, lays it out and reads the result back. A graph
// larger than the algorithm lays out in bounded time and memory is refused
// first, its message prefixed with file.
func (e *Engine) run(ctx context.Context, file string, g *dot.Graph, dopt dot.Options, m *dot.Measurer, icons map[string]layout.Icon, opt layout.Options) (*layout.Diagram, error) {
	var titles []dot.Node
	if e.algorithm != "dot" {
		g, titles = withoutTitles(g)
	}
	if err := checkSize(file, e.algorithm, g); err != nil {
		return nil, err
	}
	var src bytes.Buffer
	if err := dot.Write(&src, g, dopt); err != nil {
		return nil, err
	}
	out, err := runJSON(ctx, e.algorithm, src.Bytes())
	if err != nil {
		return nil, err
	}
	res, err := parseJSON(out)
	if err != nil {
		return nil, fmt.Errorf("graphviz %s: %w", e.algorithm, err)
	}
	d, err := buildDiagram(g, res, m, icons, opt)
	if err != nil {
		return nil, err
	}
	stackTitles(d, titles, m)
	return d, nil
}

// withoutTitles returns a copy of g without its title nodes and the
// edges that touch them, and the title nodes. Only dot ranks nodes, so
// only dot can be asked to put the title on top; for the other
// algorithms the engine stacks the titles above the drawing itself.
func withoutTitles(g *dot.Graph) (*dot.Graph, []dot.Node) {
	out := *g
	out.Nodes, out.Edges = nil, nil
	var titles []dot.Node
	isTitle := map[string]bool{}
	for _, n := range g.Nodes {
		if n.Kind == layout.KindTitle {
			titles = append(titles, n)
			isTitle[n.ID] = true
		} else {
			out.Nodes = append(out.Nodes, n)
		}
	}
	for _, e := range g.Edges {
		if !isTitle[e.Tail] && !isTitle[e.Head] {
			out.Edges = append(out.Edges, e)
		}
	}
	return &out, titles
}
