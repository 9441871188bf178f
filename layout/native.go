package layout

import (
	"context"
	"errors"
	"math"
	"path/filepath"

	"github.com/roadmapgo/roadmap/roadmap"
)

// Native is the built-in engine. It draws a roadmap the way the
// reference images do: the title on top, the sections down a winding
// spine alternately in a left and a right column, each section's topics
// stacked in the opposite column and joined to it by dashed arrows. Each
// prerequisite (`requires`) is a chip on the node that requires it,
// naming the prerequisite and linking to it (see Ref).
//
// The arrangement follows the canvas width (MinWidth to MaxWidth):
// below NarrowBelow it is one-sided, the spine down the left and each
// section followed by its topics, indented; up to WideAbove it is the
// two-sided serpentine of the reference, at scale 1 from 880 px (a little
// smaller below), in two topic columns when a section has many topics;
// from WideAbove the topics lie in a grid of as many columns as the
// width holds (up to six, wider boxes beyond), boxes no larger than at
// DefaultWidth, so that they span most of the width and the picture is
// shorter than at DefaultWidth. The arrows into a section meet it in
// several points along its side, at most a few in each. Diagram.Scale
// tells renderers how much the boxes were scaled. The zero value is
// ready to use.
type Native struct {
	// Metrics sizes boxes and icons at scale 1; the zero value means
	// DefaultMetrics. Sections and topics always get a fixed width, the
	// default one when their style's Width is 0, so that the columns line
	// up.
	Metrics Metrics
}

// Layout places the roadmap's boxes and routes its edges. Node ids are
// the model's ids (TitleID for the title); edge ids are
// "spine:FROM->TO" and "topic:TOPIC->SECTION".
// The canvas is opt.Width wide or, when that is 0, the roadmap's own
// Width or DefaultWidth. It fails when the width is outside MinWidth to
// MaxWidth, when a node has no id or shares it, or when a same-file
// `requires` names an unknown id.
func (n Native) Layout(ctx context.Context, r *roadmap.Roadmap, opt Options) (*Diagram, error) {
	if r == nil {
		return nil, errors.New("layout: nil roadmap")
	}
	return n.layout(ctx, r, opt, sameRoadmap(r))
}

// layout lays r out as Layout does, drawn telling the ids that the nodes
// of r and of other roadmaps have in the picture.
func (n Native) layout(ctx context.Context, r *roadmap.Roadmap, opt Options, drawn func(*roadmap.Roadmap, string) (string, bool)) (*Diagram, error) {
	w := opt.Width
	if w == 0 {
		w = float64(r.Width)
	}
	if w == 0 {
		w = DefaultWidth
	}
	if err := checkWidth(w); err != nil {
		return nil, err
	}
	p := newPlacer(newFrame(n.metrics().WithFonts(opt.Fonts), w, r), r)
	p.progress = newProgress(r, opt.Progress)
	var err error
	if p.refs, err = newRefNamer(r, opt.Course, drawn); err != nil {
		return nil, err
	}
	if err := p.placeTitle(r); err != nil {
		return nil, err
	}
	for i, s := range r.Sections {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		place := p.placeSection
		if p.f.narrow {
			place = p.placeNarrow
		}
		if err := place(i, s); err != nil {
			return nil, err
		}
	}
	p.d.Height = math.Ceil(math.Max(p.floor[0], p.floor[1]) + p.f.sc(marginBottom))
	return p.d, nil
}

// metrics returns the engine's metrics with the defaults filled in.
func (n Native) metrics() Metrics {
	m := n.Metrics
	def := DefaultMetrics()
	if m == (Metrics{}) {
		return def
	}
	if m.Section.Width <= 0 {
		m.Section.Width = def.Section.Width
	}
	if m.Topic.Width <= 0 {
		m.Topic.Width = def.Topic.Width
	}
	if m.Legend == (BoxStyle{}) {
		m.Legend = def.Legend
	}
	if m.Progress == (Style{}) {
		m.Progress = def.Progress
	}
	return m
}

// Sides of the canvas.
const (
	left  = 0
	right = 1
)

// placer holds the state of one layout run.
type placer struct {
	f   *frame
	m   Metrics // f.m
	cx  float64
	dir string
	d   *Diagram
	// floor is the lowest bottom of any box so far in each column (both
	// alike in the narrow layout); lowest is the lowest bottom of any
	// node box.
	floor  [2]float64
	lowest float64
	// index maps node ids to their index in d.Nodes.
	index map[string]int
	// prev is the previous section's box and its topics' boxes.
	prev    Rect
	prevID  string
	prevTop []Rect
	// secX is the x of the sections' left side in the narrow layout.
	secX float64
	// refs names the prerequisites shown on the nodes.
	refs *refNamer
	// segSlab and ptSlab hold segments and points for paths to come.
	segSlab []Segment
	ptSlab  []Point
	// progress is what to show of the learner's progress; nil for none.
	progress *progress
	// scratch holds buffers reused from section to section.
	scratch scratch
}

// scratch holds the buffers of one section's placement: its stack, the
// arrows' arrival offsets, heights and order, the spine's nearby boxes,
// and two buffers of topic boxes, the previous section's and this one's.
type scratch struct {
	st     stack
	offs   []float64
	arrive []float64
	order  []int
	near   []Rect
	boxes  [2][]Rect
	turn   int
}

// boxes returns a buffer for n topic boxes that is not the previous
// section's.
func (p *placer) boxes(n int) []Rect {
	sc := &p.scratch
	sc.turn = 1 - sc.turn
	sc.boxes[sc.turn] = grow(sc.boxes[sc.turn], n)
	return sc.boxes[sc.turn]
}

func newPlacer(f *frame, r *roadmap.Roadmap) *placer {
	topics := 0
	for _, s := range r.Sections {
		topics += len(s.Topics)
	}
	nodes := 1 + len(r.Sections) + topics
	dir := ""
	if r.File != "" {
		dir = filepath.Dir(r.File)
	}
	p := &placer{
		f: f, m: f.m, cx: f.cx, dir: dir,
		d: &Diagram{
			Width: f.w, Scale: f.s, Title: r.Title, Description: r.Description,
			Nodes: make([]Node, 0, nodes), Edges: make([]Edge, 0, nodes),
		},
		index: make(map[string]int, nodes),
		// Each topic arrow takes up to 3 segments and 3 points, each
		// spine up to 4 segments and 6 points.
		segSlab: make([]Segment, 3*topics+4*len(r.Sections)),
		ptSlab:  make([]Point, 3*topics+6*len(r.Sections)),
	}
	if f.narrow {
		p.secX = p.narrowX(r)
	}
	return p
}
