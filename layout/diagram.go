// Package layout turns a roadmap into pure geometry: it measures and wraps
// text with an embedded font, and its engines place boxes and route edges
// into a Diagram that every renderer draws the same way.
//
// # The same bits on every machine
//
// A Diagram is the same to the last bit on amd64, 386 and arm64, so that
// an image committed on one machine passes "roadmap render --check" on
// another. Go lets a compiler fuse x*y + z into one multiply-add, which
// rounds once where two instructions round twice, and arm64 does; code
// in this package and its subpackages therefore follows two rules:
//
//   - A float product, or a halving (x/2 compiles to x*0.5), whose result
//     is added to or subtracted from anything, in the same expression or
//     later, is rounded with an explicit conversion: y + float64(a*b),
//     top := float64((h-textH)/2). A helper returning a product (frame.sc,
//     Style.Leading) rounds its result, which keeps its callers safe.
//   - Only math functions whose result IEEE 754 or their definition fixes
//     are called: Abs, Ceil, Floor, Round, Trunc, Min, Max, Sqrt, Inf,
//     IsNaN, IsInf. Hypot, Exp, Log, Pow and the trigonometric functions
//     have assembly on some architectures and Go code on others, which
//     round differently.
//
// The renderers under render/ follow the same two rules, taking Sin, Cos,
// Acos and Hypot from render/internal/exactmath, which rounds them alike
// everywhere. render/png also rasterizes in tiles of at most 512×512
// pixels: over that size golang.org/x/image/vector accumulates coverage in
// floating point, with SSE assembly on amd64 and Go code elsewhere, which
// round differently; up to it, in fixed point, alike on every machine.
//
// The tests of internal/crossarch check all of it: one lists the fused
// multiply-adds in the arm64 code of these packages and of render/, one
// allows only the exact math functions, one builds a layout dump for the
// three architectures and compares the outputs, and one builds the CLI
// for the three and compares the bytes of its SVG, PNG, PDF and HTML.
package layout

import "github.com/roadmapgo/roadmap/layout/text"

// Diagram is a laid-out roadmap: float64 coordinates in SVG user units,
// y pointing down, origin at the top left of the canvas.
type Diagram struct {
	Width  float64 `json:"width"`
	Height float64 `json:"height"`
	// Scale is how much the layout scaled its boxes from their sizes at
	// 960 px; renderers scale strokes, dashes and arrowheads alike. 0
	// means 1.
	Scale       float64 `json:"scale,omitempty"`
	Title       string  `json:"title"`
	Description string  `json:"description,omitempty"`
	Nodes       []Node  `json:"nodes"`
	Edges       []Edge  `json:"edges"`
	// Clusters are frames drawn around groups of nodes (the sections of
	// a Graphviz layout with clusters), under the edges and nodes.
	Clusters []Cluster `json:"clusters,omitempty"`
}

// Cluster is a frame around a group of nodes with its title.
type Cluster struct {
	ID    string `json:"id"`
	Box   Rect   `json:"box"`
	Lines []Line `json:"lines"`
}

// TitleID is the node id of a diagram's title. The ids a layout makes up
// (TitleID, LegendID, a course's "KEY#:part") hold a ':', which no model
// id does (ids are letters, digits, '-', '_', '.' and '/'), so that a
// section titled "Title" or with the id "_legend" keeps its own.
const TitleID = ":title"

// NodeKind tells what a box stands for.
type NodeKind string

// The kinds of node.
const (
	KindTitle   NodeKind = "title"
	KindSection NodeKind = "section"
	KindTopic   NodeKind = "topic"
	// KindLegend is the key to the status marks, drawn under the title
	// when the layout shows progress: a row of sample marks with their
	// meanings, without a box of its own.
	KindLegend NodeKind = "legend"
)

// Rect is an axis-aligned rectangle.
type Rect struct {
	X float64 `json:"x"`
	Y float64 `json:"y"`
	W float64 `json:"w"`
	H float64 `json:"h"`
}

// Node is a box with its label. Nodes are listed in reading order: the
// title, section 1, its topics, section 2, and so on.
type Node struct {
	ID       string   `json:"id"`
	Kind     NodeKind `json:"kind"`
	Box      Rect     `json:"box"`
	Lines    []Line   `json:"lines"`
	Icon     *Icon    `json:"icon,omitempty"`
	URL      string   `json:"url,omitempty"`
	Tooltip  string   `json:"tooltip,omitempty"`
	Optional bool     `json:"optional,omitempty"`
	// Status is the learner's progress with a section or topic: "done",
	// "doing", "skip" (roadmap.Status values) or "" for none.
	Status string `json:"status,omitempty"`
	// Marks are the status badges drawn on the node (one, on the box's
	// top right corner, for a status) or, in the legend, its samples.
	Marks []Mark `json:"marks,omitempty"`
	// Meter is a section's completion bar, along the bottom of its box.
	Meter *Meter `json:"meter,omitempty"`
	// Refs are the node's prerequisites, each a chip inside its box.
	Refs []Ref `json:"refs,omitempty"`
	// Target is the id of another node of the diagram the box links to
	// (a part in a course's overview links to its part).
	Target string `json:"target,omitempty"`
	// Dim tells a node outside the focus (see Focus): drawn faded.
	Dim bool `json:"dim,omitempty"`
}

// Mark is a status badge: a circle inscribed in Box with the glyph of
// its Kind ("done": a check mark on a filled disc; "doing": a ring half
// filled; "skip": a ring with a bar across), so that statuses differ by
// shape, not only by colour.
type Mark struct {
	Kind string `json:"kind"`
	Box  Rect   `json:"box"`
}

// Meter shows how many of a section's topics are done: Track is the whole
// bar and Fill its done part, from the left (Fill.W = Track.W × Done /
// Total). Skipped topics are not counted.
type Meter struct {
	Done  int  `json:"done"`
	Total int  `json:"total"`
	Track Rect `json:"track"`
	Fill  Rect `json:"fill"`
}

// Anchor is the horizontal alignment of a line of text.
type Anchor string

// The anchors of a line of text.
const (
	AnchorStart  Anchor = "start"
	AnchorMiddle Anchor = "middle"
	AnchorEnd    Anchor = "end"
)

// Line is one line of a label, already measured and placed: X is the
// anchor point, Baseline the y of the baseline.
type Line struct {
	Text     string  `json:"text"`
	X        float64 `json:"x"`
	Baseline float64 `json:"baseline"`
	Size     float64 `json:"size"`
	Bold     bool    `json:"bold,omitempty"`
	Anchor   Anchor  `json:"anchor"`
	// Width is the measured advance of Text.
	Width float64 `json:"width"`
	// Runs are the pieces of the line set in one font, weight and
	// direction, in reading order, each placed from the line's left
	// edge. A line that is one left-to-right run in the embedded font at
	// the line's weight has none: its Text is drawn as it is.
	Runs []text.Run `json:"runs,omitempty"`
}

// Icon is drawn beside its node: either an emoji (Text) or an image file
// (Path, relative to the working directory or absolute), fitted into Box.
type Icon struct {
	Text string `json:"text,omitempty"`
	Path string `json:"path,omitempty"`
	Box  Rect   `json:"box"`
}

// EdgeKind tells what a line between boxes stands for.
type EdgeKind string

// The kinds of edge.
const (
	EdgeSpine    EdgeKind = "spine"
	EdgeTopic    EdgeKind = "topic"
	EdgeRequires EdgeKind = "requires"
)

// Edge is a line between two nodes, drawn along Path; the arrowhead, when
// Arrow is set, points at the end of the path.
type Edge struct {
	ID     string    `json:"id"`
	From   string    `json:"from"`
	To     string    `json:"to"`
	Kind   EdgeKind  `json:"kind"`
	Path   []Segment `json:"path"`
	Arrow  bool      `json:"arrow,omitempty"`
	Dashed bool      `json:"dashed,omitempty"`
	// Dim tells an edge outside the focus (see Focus): drawn faded.
	Dim bool `json:"dim,omitempty"`
}

// SegmentOp is the drawing operation of a path segment.
type SegmentOp string

// The path operations: MoveTo and LineTo use one point, CubicTo three
// (two control points, then the end point).
const (
	MoveTo  SegmentOp = "M"
	LineTo  SegmentOp = "L"
	CubicTo SegmentOp = "C"
)

// Point is a position on the canvas.
type Point struct {
	X float64 `json:"x"`
	Y float64 `json:"y"`
}

// Segment is one step of a path.
type Segment struct {
	Op  SegmentOp `json:"op"`
	Pts []Point   `json:"pts"`
}

// EachLine calls fn for every line of text of d: the nodes' labels,
// their prerequisite chips, and the clusters' titles.
func (d *Diagram) EachLine(fn func(Line)) {
	for i := range d.Nodes {
		for _, l := range d.Nodes[i].Lines {
			fn(l)
		}
		for _, ref := range d.Nodes[i].Refs {
			for _, l := range ref.Lines {
				fn(l)
			}
		}
	}
	for _, c := range d.Clusters {
		for _, l := range c.Lines {
			fn(l)
		}
	}
}
