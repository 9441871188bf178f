package render_test

import (
	"fmt"

	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/render"
)

// shapes counts what a backend would draw.
type shapes struct{ rects, texts int }

func (s *shapes) Begin(*render.Group)       {}
func (s *shapes) End(*render.Group)         {}
func (s *shapes) Rect(*render.Rect)         { s.rects++ }
func (s *shapes) Path(*render.Path)         {}
func (s *shapes) Circle(*render.Circle)     {}
func (s *shapes) HalfDisc(*render.HalfDisc) {}
func (s *shapes) Text(*render.Text)         { s.texts++ }
func (s *shapes) Icon(*render.Icon)         {}

// A backend implements Canvas; Paint tells it what to draw.
func ExamplePaint() {
	d := &layout.Diagram{Width: 300, Height: 100, Nodes: []layout.Node{
		{ID: "basics", Kind: layout.KindSection, Box: layout.Rect{X: 10, Y: 10, W: 120, H: 40},
			Lines: []layout.Line{{Text: "Basics", X: 70, Baseline: 35, Size: 16, Anchor: layout.AnchorMiddle}}},
	}}
	var s shapes
	render.Paint(&s, d, render.Light)
	fmt.Printf("%d rects (background, shadow, box), %d text\n", s.rects, s.texts)
	// Output: 3 rects (background, shadow, box), 1 text
}
