package render

import (
	"github.com/roadmapgo/roadmap/layout"
)

// Paint draws d in theme t onto c: how every part of a roadmap looks is
// decided here, once, for every backend. The zero Theme means Light; the
// theme's strokes are scaled as the layout scaled its boxes (see
// Theme.ScaledFor).
//
// The calls come in painting order, which is also reading order for
// what carries text: the document group holds the background, the
// cluster frames, the shadows of all boxes in one layer, the edges, and
// the nodes in reading order, each followed by its prerequisite chips.
// Shadows and edges come before the nodes so that boxes cover the ends of
// the lines that meet them.
func Paint(c Canvas, d *layout.Diagram, t Theme) {
	if t == (Theme{}) {
		t = Light
	}
	p := &painter{c: c, d: d, t: t.ScaledFor(d)}
	p.document()
}

// painter holds the state of one Paint.
type painter struct {
	c      Canvas
	d      *layout.Diagram
	t      Theme
	arrows map[layout.EdgeKind]*Arrow
	nodes  map[string]bool
}

// document paints the whole diagram.
func (p *painter) document() {
	doc := &Group{Kind: GroupDocument, Diagram: p.d, Shadow: p.shadow(), Arrows: p.arrowKinds()}
	p.nodes = make(map[string]bool, len(p.d.Nodes))
	for i := range p.d.Nodes {
		p.nodes[p.d.Nodes[i].ID] = true
	}
	p.c.Begin(doc)
	p.c.Rect(&Rect{Class: "background", Box: layout.Rect{W: p.d.Width, H: p.d.Height}, Fill: p.t.Background})
	p.clusters()
	p.shadows(doc.Shadow)
	p.edges()
	p.nodesGroup()
	p.c.End(doc)
}

// shadow returns the shadows' layer, nil when the theme or the diagram
// has none.
func (p *painter) shadow() *Shadow {
	boxes := shadowBoxes(p.t, p.d)
	if len(boxes) == 0 {
		return nil
	}
	return &Shadow{Color: p.t.Shadow, Sigma: p.t.ShadowBlur / 2, Opacity: p.t.ShadowOpacity, Boxes: boxes}
}

// arrowKinds returns the arrowhead of every edge kind that has arrows,
// in order of first use.
func (p *painter) arrowKinds() []*Arrow {
	p.arrows = map[layout.EdgeKind]*Arrow{}
	var out []*Arrow
	for _, e := range p.d.Edges {
		if !e.Arrow || p.arrows[e.Kind] != nil {
			continue
		}
		st := edgeStyleOf(p.t, e.Kind)
		a := &Arrow{Kind: e.Kind, Size: p.t.ArrowSize, Filled: st.filled, Color: st.color, Width: st.width}
		p.arrows[e.Kind] = a
		out = append(out, a)
	}
	return out
}

// clusters paints the frames of the clusters with their titles.
func (p *painter) clusters() {
	if len(p.d.Clusters) == 0 {
		return
	}
	look := clusterLook(p.t)
	all := &Group{Kind: GroupClusters}
	p.c.Begin(all)
	for i := range p.d.Clusters {
		cl := &p.d.Clusters[i]
		g := &Group{Kind: GroupCluster, ID: cl.ID}
		p.c.Begin(g)
		p.c.Rect(&Rect{Class: "frame", Box: cl.Box, Radius: p.t.CornerRadius, Fill: look.fill,
			Stroke: &Stroke{Color: look.border, Width: clusterBorder}})
		p.c.Text(&Text{Lines: cl.Lines, Fill: look.text})
		p.c.End(g)
	}
	p.c.End(all)
}

// shadows paints the shadow of every box in one layer: a copy of the
// box's shape shifted down and right, never a filter on the box itself.
func (p *painter) shadows(s *Shadow) {
	if s == nil {
		return
	}
	g := &Group{Kind: GroupShadows, Shadow: s, Opacity: s.Opacity}
	p.c.Begin(g)
	for _, b := range s.Boxes {
		p.c.Rect(&Rect{Class: "shadow", Box: b, Radius: p.t.CornerRadius, Fill: s.Color})
	}
	p.c.End(g)
}

// edges paints every edge in the stroke of its kind, faded when dimmed.
func (p *painter) edges() {
	all := &Group{Kind: GroupEdges}
	p.c.Begin(all)
	for i := range p.d.Edges {
		e := &p.d.Edges[i]
		g := &Group{Kind: GroupEdge, ID: e.ID, Edge: e, Opacity: edgeOpacity(e)}
		p.c.Begin(g)
		st := edgeStyleOf(p.t, e.Kind)
		path := &Path{Segs: e.Path, Stroke: Stroke{Color: st.color, Width: st.width}}
		if e.Dashed {
			path.Stroke.Dash = st.dash
		}
		if e.Arrow {
			path.Arrow = p.arrows[e.Kind]
		}
		p.c.Path(path)
		p.c.End(g)
	}
	p.c.End(all)
}

// nodesGroup paints every node in reading order, each followed by its
// prerequisite chips, which stand outside the node's group so that no
// link nests in the node's own.
func (p *painter) nodesGroup() {
	all := &Group{Kind: GroupNodes}
	p.c.Begin(all)
	for i := range p.d.Nodes {
		n := &p.d.Nodes[i]
		p.node(n)
		for j := range n.Refs {
			p.ref(n, &n.Refs[j])
		}
	}
	p.c.End(all)
}

// node paints one box: its box, completion bar, label, icon and status
// marks, in a group that links to its target or its safe URL.
func (p *painter) node(n *layout.Node) {
	g := &Group{Kind: GroupNode, ID: n.ID, Node: n, Tooltip: n.Tooltip}
	if p.nodes[n.Target] && n.Target != "" {
		g.Target = n.Target
	} else if u, ok := SafeURL(n.URL); ok {
		g.Link = u
	}
	p.c.Begin(g)
	look := boxLookOf(p.t, n)
	box := &Rect{Class: "box", Box: n.Box, Radius: boxRadius(p.t, n), Fill: look.fill, NoFill: !look.filled}
	if look.dashed {
		box.Stroke = &Stroke{Color: look.border, Width: p.t.BorderWidth, Dash: p.t.BorderDash}
	}
	p.c.Rect(box)
	p.meter(n)
	if len(n.Lines) > 0 {
		p.c.Text(&Text{Class: "label", Lines: n.Lines, Fill: look.text})
	}
	if n.Icon != nil {
		p.c.Icon(&Icon{Icon: n.Icon, BadgeFill: p.t.Optional, BadgeRing: p.t.Border})
	}
	for i := range n.Marks {
		p.mark(&n.Marks[i])
	}
	p.c.End(g)
}

// meter paints a section's completion bar on n's box: the whole bar
// outlined, then its done part filled, in the colours of meterLookOf.
func (p *painter) meter(n *layout.Node) {
	m := n.Meter
	if m == nil {
		return
	}
	look := meterLookOf(p.t, n)
	g := &Group{Kind: GroupMeter, Meter: m}
	p.c.Begin(g)
	p.c.Rect(&Rect{Class: "track", Box: m.Track, Fill: look.track, Stroke: &Stroke{Color: look.ink, Width: p.t.MeterStroke}})
	if m.Fill.W > 0 {
		p.c.Rect(&Rect{Class: "fill", Box: m.Fill, Fill: look.ink})
	}
	p.c.End(g)
}

// mark paints a status badge from its glyph (see markGlyphOf).
func (p *painter) mark(m *layout.Mark) {
	t := p.t
	gl := markGlyphOf(*m)
	g := &Group{Kind: GroupMark, Mark: m}
	p.c.Begin(g)
	p.c.Circle(&Circle{C: gl.c, R: gl.r, Fill: t.MarkInk})
	if gl.inner > 0 {
		p.c.Circle(&Circle{C: gl.c, R: gl.inner, Fill: t.MarkPaper})
	}
	if gl.halfInner {
		p.c.HalfDisc(&HalfDisc{C: gl.c, R: gl.inner, Fill: t.MarkInk})
	}
	if len(gl.line) > 0 {
		col := t.MarkPaper
		if gl.lineInk {
			col = t.MarkInk
		}
		segs := make([]layout.Segment, len(gl.line))
		for i, pt := range gl.line {
			segs[i] = layout.Segment{Op: layout.LineTo, Pts: []layout.Point{pt}}
		}
		segs[0].Op = layout.MoveTo
		p.c.Path(&Path{Segs: segs, Stroke: Stroke{Color: col, Width: gl.stroke, Round: true}})
	}
	p.c.End(g)
}

// ref paints one prerequisite chip of n: a pill with its text, linking
// to the prerequisite's node in this picture or in the one drawing it.
func (p *painter) ref(n *layout.Node, ref *layout.Ref) {
	g := &Group{Kind: GroupRef, ID: n.ID, Node: n, Ref: ref, Tooltip: ref.Text}
	switch {
	case ref.Target != "" && p.nodes[ref.Target]:
		g.Target = ref.Target
	case ref.File != "":
		if u, ok := SafeURL(ref.File + "#" + SanitizeID(ref.Fragment)); ok {
			g.Link = u
		}
	}
	look := chipLook(p.t, n)
	p.c.Begin(g)
	p.c.Rect(&Rect{Class: "chip", Box: ref.Box, Radius: chipRadius(ref), Fill: look.fill})
	p.c.Text(&Text{Lines: ref.Lines, Fill: look.text})
	p.c.End(g)
}
