package render

import "github.com/roadmapgo/roadmap/layout"

// Canvas receives the drawing of a diagram from Paint: groups that say
// what the shapes inside them stand for, and the shapes, in painting
// order. A backend (render/svg, render/png, render/pdf) translates each
// call into its format and decides no look of its own: every colour,
// width, dash and radius comes in the operation. The operations are only
// valid during the call; a backend that keeps one copies it.
type Canvas interface {
	// Begin opens a group, End closes the innermost open one; groups
	// nest as Paint documents them.
	Begin(g *Group)
	End(g *Group)
	Rect(r *Rect)
	Path(p *Path)
	Circle(c *Circle)
	HalfDisc(h *HalfDisc)
	Text(t *Text)
	Icon(i *Icon)
}

// GroupKind tells what a group stands for.
type GroupKind int

// The kinds of group, as Paint nests them: a Document holds the
// background, then Clusters (each Cluster a frame and its title), then
// Shadows, then Edges (each Edge its path), then Nodes: each Node holds
// its box, Meter, label, icon and Marks, and is followed by a Ref group
// per prerequisite chip.
const (
	GroupDocument GroupKind = iota
	GroupClusters
	GroupCluster
	GroupShadows
	GroupEdges
	GroupEdge
	GroupNodes
	GroupNode
	GroupMeter
	GroupMark
	GroupRef
)

// Group is the meaning of the shapes it holds. Only the fields of its
// Kind are set.
type Group struct {
	Kind GroupKind
	// Diagram is the diagram being painted (GroupDocument), for what a
	// backend must know before its first shape: the text it embeds
	// fonts for, the icon files it reads, the ids it links to.
	Diagram *layout.Diagram
	// Shadow is the blur of the shadows (GroupDocument, GroupShadows),
	// nil when the theme has none; Arrows the arrowheads the edges use,
	// one per edge kind, in order of first use (GroupDocument).
	Shadow *Shadow
	Arrows []*Arrow
	// ID is the model id of the node, edge or cluster, or of the node a
	// chip belongs to.
	ID string
	// Node is the node of a GroupNode or GroupRef, Edge the edge of a
	// GroupEdge, Ref the chip of a GroupRef, Meter the bar of a
	// GroupMeter and Mark the badge of a GroupMark: their kind, status,
	// ends, counts.
	Node  *layout.Node
	Edge  *layout.Edge
	Ref   *layout.Ref
	Meter *layout.Meter
	Mark  *layout.Mark
	// Link is where the group links: a URL that passed SafeURL, or ""
	// (GroupNode, GroupRef); Target the id of a node of this diagram it
	// links to instead, "" for none.
	Link   string
	Target string
	// Tooltip is the text shown on hovering (GroupNode, GroupRef).
	Tooltip string
	// Opacity is the opacity of the whole group, 0..1 (GroupShadows,
	// GroupEdge).
	Opacity float64
}

// Stroke is how a line is drawn: its colour and width, dashed when
// Dash holds a dash and a gap length, with round caps and joins when
// Round, else butt caps and mitred joins.
type Stroke struct {
	Color Color
	Width float64
	Dash  [2]float64
	Round bool
}

// Dashed reports whether the stroke is dashed.
func (s *Stroke) Dashed() bool { return s.Dash[0] > 0 && s.Dash[1] > 0 }

// Rect is a rectangle with corners of radius Radius, filled in Fill
// unless NoFill, outlined when Stroke is set. Class names its role in
// the document: "background", "shadow", "box", "frame", "chip",
// "track" or "fill".
type Rect struct {
	Class  string
	Box    layout.Rect
	Radius float64
	Fill   Color
	NoFill bool
	Stroke *Stroke
}

// Path is an open line along Segs, never filled, ending in Arrow when
// set.
type Path struct {
	Segs   []layout.Segment
	Stroke Stroke
	Arrow  *Arrow
}

// Arrow is an arrowhead at the end of a path, Size long along it and
// 1.2 × Size wide: a filled triangle whose tip reaches one stroke width
// past the path's end, or else an open chevron stroked like its path with
// round ends, its point at the end.
type Arrow struct {
	Kind   layout.EdgeKind
	Size   float64
	Filled bool
	Color  Color
	Width  float64
}

// Shadow is the look of the shadows layer: the shapes in it are filled
// in Color, the layer blurred by a Gaussian of standard deviation Sigma
// and painted at Opacity. Boxes are the shadows' rectangles, for a
// backend that sizes the blur before drawing.
type Shadow struct {
	Color   Color
	Sigma   float64
	Opacity float64
	Boxes   []layout.Rect
}

// Circle is a filled disc.
type Circle struct {
	C    layout.Point
	R    float64
	Fill Color
}

// HalfDisc is the left half of a disc, filled.
type HalfDisc struct {
	C    layout.Point
	R    float64
	Fill Color
}

// Text is lines of text, each drawn at its anchor and baseline, run by
// run, with the fonts and glyphs the layout measured (layout.Line.Pieces,
// text.Glyphs). Class names its role:
// "label" for a node's label, "" for a chip's or a cluster's title.
type Text struct {
	Class string
	Lines []layout.Line
	Fill  Color
}

// Icon is the icon of a node, drawn in its box: an emoji, or an image
// file read by the backend (an SVG one stays vector in SVG output, and
// is drawn from its shapes by the raster backends, see package
// render/svgicon). An emoji a backend's font lacks is a round badge
// filled in BadgeFill with a BadgeRing ring holding its first character
// or a star, in BadgeRing.
type Icon struct {
	Icon      *layout.Icon
	BadgeFill Color
	BadgeRing Color
}

// The size and place of an emoji icon's text: its font size relative to
// its box height, and its baseline below the box centre in font sizes
// (colour emoji fonts centre their glyphs about 0.35 em above it).
const (
	EmojiScale    = 0.8
	EmojiBaseline = 0.35
)
