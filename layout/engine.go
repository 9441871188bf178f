package layout

import (
	"context"

	"github.com/roadmapgo/roadmap/layout/text"
	"github.com/roadmapgo/roadmap/roadmap"
)

// DefaultWidth is the canvas width of the reference roadmaps, in px.
const DefaultWidth = 960

// Options tune an engine.
type Options struct {
	// Width is the canvas width; 0 means DefaultWidth.
	Width float64
	// Progress, when not nil, is the learner's progress: the native engine
	// marks each section and topic with its status (a section's status
	// marks its topics), gives each section a completion bar and the
	// title a completion line, and adds a legend under the title. Other
	// engines may ignore it.
	Progress roadmap.Progress
	// Course, when not nil, is the course the roadmap was loaded with
	// (roadmap.LoadAll and its kin): prerequisites in its other files are
	// then named by their part and title, and linked to that part's
	// picture. Without it they show as written (FILE#ID).
	Course *roadmap.Course
	// CourseProgress, when not nil, is the learner's progress over a
	// course (LayoutCourse): each part shows its own as Progress does.
	CourseProgress roadmap.CourseProgress
	// Fonts are the fonts text is set in; nil means text.Default().
	Fonts *text.Fonts
}

// Engine places the boxes of a validated roadmap and routes its edges.
type Engine interface {
	Layout(ctx context.Context, r *roadmap.Roadmap, opt Options) (*Diagram, error)
}
