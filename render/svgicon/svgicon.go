// Package svgicon reads the SVG files given as icons into shapes the
// raster backends draw: paths (the whole path syntax, arcs and relative
// commands included), rect, circle, ellipse, line, polyline and polygon;
// fill and stroke in colours or linear and radial gradients, with their
// opacities, fill-rule, stroke-width, stroke-linecap, stroke-linejoin and
// stroke-miterlimit; groups with opacity and transforms; <use> of other
// elements of the file; presentation attributes and style="...".
//
// Everything else that changes what an icon looks like (filters, masks,
// clip paths, text, images, patterns, markers, dashes, scripts, CSS
// <style> sheets, references to other files) is an error naming it and
// its line, never a silent approximation; what changes nothing (titles,
// metadata, other namespaces' elements and attributes) is skipped.
// Nothing is ever fetched. Limits (MaxElements, MaxDepth, MaxShapes,
// MaxSegments) bound the time and memory a hostile file can take.
//
// The arithmetic follows the rules of package layout ("The same bits on
// every machine"), so the shapes are the same bits on every
// architecture.
package svgicon

import (
	"fmt"
)

// Limits against hostile or runaway icons.
const (
	// MaxElements is the most XML elements an icon file may hold.
	MaxElements = 10000
	// MaxDepth is the deepest nesting of elements, and of <use>
	// references, accepted.
	MaxDepth = 32
	// MaxShapes is the most shapes an icon may draw, each <use> of an
	// element counting its shapes again: each costs a pass over its
	// pixels, and the most detailed emoji have a few hundred.
	MaxShapes = 4000
	// MaxSegments is the most path segments an icon may draw, over all
	// its shapes.
	MaxSegments = 200000
)

// Point is a position in the icon's viewBox coordinates.
type Point struct{ X, Y float64 }

// Rect is a rectangle in viewBox coordinates.
type Rect struct{ X, Y, W, H float64 }

// Icon is a parsed SVG icon: what its viewBox shows, and the items to
// paint in order.
type Icon struct {
	ViewBox Rect
	Items   []Item
}

// Item is one thing to paint: a shape, or a group of items painted into
// a layer of their own and blended at the group's opacity.
type Item struct {
	Shape *Shape
	Group *Group
}

// Group is items composited together at Opacity (0..1, below 1 only:
// groups at full opacity are flattened into their parent).
type Group struct {
	Opacity float64
	Items   []Item
}

// Shape is a path filled then stroked.
type Shape struct {
	// Path is in viewBox coordinates, its element's transforms applied.
	Path    []Subpath
	Fill    Paint
	EvenOdd bool // fill-rule: evenodd (else nonzero)
	Stroke  Paint
	// StrokeWidth is in viewBox units: the element's stroke-width scaled
	// by the mean scale of its transforms.
	StrokeWidth float64
	Cap         Cap
	Join        Join
	MiterLimit  float64
}

// Subpath is a run of segments from Start; a Closed one ends with a line
// back to Start.
type Subpath struct {
	Start  Point
	Segs   []Seg
	Closed bool
}

// Seg is a line to P, or a cubic Bézier via C1 and C2 to P.
type Seg struct {
	Cubic  bool
	C1, C2 Point
	P      Point
}

// Cap is how an open stroke ends.
type Cap int

// The stroke-linecap values.
const (
	CapButt Cap = iota
	CapRound
	CapSquare
)

// Join is how a stroke turns a corner.
type Join int

// The stroke-linejoin values (miter-clip and arcs are drawn as miter).
const (
	JoinMiter Join = iota
	JoinRound
	JoinBevel
)

// Paint is what fills or strokes a shape: nothing, a colour or a
// gradient, at Opacity (0..1; the element's fill-opacity or
// stroke-opacity).
type Paint struct {
	Kind     PaintKind
	Color    Color
	Gradient *Gradient
	Opacity  float64
}

// PaintKind tells a Paint's kind.
type PaintKind int

// The kinds of paint.
const (
	PaintNone PaintKind = iota
	PaintColor
	PaintGradient
)

// Color is an opaque sRGB colour.
type Color struct{ R, G, B uint8 }

// Gradient is a linear or radial gradient.
type Gradient struct {
	Radial bool
	// The gradient vector (linear) or the circle and focus (radial), in
	// gradient space.
	X1, Y1, X2, Y2 float64
	CX, CY, R      float64
	FX, FY         float64
	// ToViewBox maps gradient space to viewBox coordinates: the
	// gradientTransform, then the bounding box for objectBoundingBox
	// units, then the element's transforms.
	ToViewBox Matrix
	Spread    Spread
	Stops     []Stop
}

// Spread is what a gradient paints past its ends.
type Spread int

// The spreadMethod values.
const (
	SpreadPad Spread = iota
	SpreadReflect
	SpreadRepeat
)

// Stop is a gradient stop: its offset in 0..1, in increasing order.
type Stop struct {
	Offset  float64
	Color   Color
	Opacity float64
}

// Error is a problem with an icon file at a line of it: a feature it
// uses that is not drawn, a limit passed, or bad syntax.
type Error struct {
	Line, Col int
	Msg       string
}

func (e *Error) Error() string {
	switch {
	case e.Line == 0:
		return e.Msg
	case e.Col == 0:
		return fmt.Sprintf("line %d: %s", e.Line, e.Msg)
	}
	return fmt.Sprintf("line %d:%d: %s", e.Line, e.Col, e.Msg)
}

// Parse reads an SVG icon file.
func Parse(data []byte) (*Icon, error) {
	root, ids, err := readTree(data)
	if err != nil {
		return nil, err
	}
	return build(root, ids)
}
