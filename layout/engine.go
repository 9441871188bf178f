package layout

import (
	"context"

	"github.com/roadmapgo/roadmap/roadmap"
)

// DefaultWidth is the canvas width of the reference roadmaps, in px.
const DefaultWidth = 960

// Options tune an engine.
type Options struct {
	// Width is the canvas width; 0 means DefaultWidth.
	Width float64
}

// Engine places the boxes of a validated roadmap and routes its edges.
type Engine interface {
	Layout(ctx context.Context, r *roadmap.Roadmap, opt Options) (*Diagram, error)
}
