package layout

import (
	"github.com/roadmapgo/roadmap/layout/text"

	"fmt"
	"math"
	"sort"
	"strings"
)

// The invariants every layout must keep, checked on a whole Diagram.

// owned is a box on the canvas and the node it belongs to.
type owned struct {
	r    Rect
	node string
	what string
}

// diagramBoxes lists every node box and icon box of d.
func diagramBoxes(d *Diagram) []owned {
	var out []owned
	for _, n := range d.Nodes {
		what := "box"
		if n.Kind == KindHeader {
			what = "band" // a part's header holds its title, icon and legend
		}
		out = append(out, owned{n.Box, n.ID, what})
		if n.Icon != nil && n.Kind == KindHeader {
			out = append(out, owned{n.Icon.Box, n.ID, "inner icon"})
		} else if n.Icon != nil {
			out = append(out, owned{n.Icon.Box, n.ID, "icon"})
		}
		for _, m := range n.Marks {
			out = append(out, owned{m.Box, n.ID, "mark"})
		}
	}
	return out
}

// holds reports whether a is a part's header band and b its legend (or a
// mark of it) or its optional badge, which the band holds by design.
func holds(a, b owned) bool {
	key := strings.TrimSuffix(a.node, ":part")
	return a.what == "band" && (b.node == key+LegendID || b.node == key+BadgeID) && inside(b.r, a.r, 0)
}

func overlap(a, b Rect) bool {
	return a.X < b.X+b.W && b.X < a.X+a.W && a.Y < b.Y+b.H && b.Y < a.Y+a.H
}

// checkNoOverlap reports pairs of boxes (icons included) that overlap,
// sweeping boxes sorted by their top.
func checkNoOverlap(d *Diagram) []string {
	bs := diagramBoxes(d)
	sort.SliceStable(bs, func(i, j int) bool { return bs[i].r.Y < bs[j].r.Y })
	var errs []string
	for i, a := range bs {
		for _, b := range bs[i+1:] {
			if b.r.Y >= a.r.Y+a.r.H {
				break
			}
			if holds(a, b) || holds(b, a) {
				continue
			}
			if a.node == b.node && (a.what == "inner icon" || b.what == "inner icon") {
				continue // a header's icon lies inside its band
			}
			if a.node == b.node && a.what != b.what {
				// A node's status mark sits on its own box by design; its
				// icon beside it and must not overlap box or mark.
				if (a.what == "mark") != (b.what == "mark") && (a.what == "box" || b.what == "box") {
					continue
				}
				if overlap(a.r, b.r) {
					errs = append(errs, fmt.Sprintf("%s: %s overlaps its %s", a.node, a.what, b.what))
				}
				continue
			}
			if overlap(a.r, b.r) {
				errs = append(errs, fmt.Sprintf("%s %s %+v overlaps %s %s %+v", a.node, a.what, a.r, b.node, b.what, b.r))
			}
		}
	}
	return errs
}

// remeasure measures line l again from its text and weights: its runs
// when it has any, else its text at its weight.
func remeasure(l Line) float64 {
	if len(l.Runs) == 0 {
		return MeasureString(l.Text, Style{Size: l.Size, Bold: l.Bold})
	}
	spans := make([]text.Span, len(l.Runs))
	for i, r := range l.Runs {
		spans[i] = text.Span{Text: r.Text, Bold: r.Bold}
	}
	return text.Default().Shape(spans, l.Size).Width
}

// checkText reports lines whose measured extent leaves their box, padding
// included, or whose Width is not their measure.
func checkText(d *Diagram, m Metrics) []string {
	var errs []string
	const eps = 0.01
	for _, n := range d.Nodes {
		bs := m.Style(n.Kind)
		if n.Kind == KindBadge {
			bs = badgeStyle(m)
		}
		for _, l := range n.Lines {
			st := Style{Size: l.Size, Bold: l.Bold}
			if w := remeasure(l); math.Abs(w-l.Width) > eps {
				errs = append(errs, fmt.Sprintf("%s: line %q width %v, measures %v", n.ID, l.Text, l.Width, w))
			}
			x0, x1 := l.X-l.Width/2, l.X+l.Width/2
			switch l.Anchor {
			case AnchorStart:
				x0, x1 = l.X, l.X+l.Width
			case AnchorEnd:
				x0, x1 = l.X-l.Width, l.X
			}
			top, bottom := l.Baseline-st.Ascent(), l.Baseline+st.Descent()
			b := n.Box
			if x0 < b.X+bs.PadX-eps || x1 > b.X+b.W-bs.PadX+eps || top < b.Y+bs.PadY-eps || bottom > b.Y+b.H-bs.PadY+eps {
				errs = append(errs, fmt.Sprintf("%s: line %q [%.1f,%.1f]x[%.1f,%.1f] leaves box %+v", n.ID, l.Text, x0, x1, top, bottom, b))
			}
		}
	}
	return errs
}

// samplePath returns points along a path, every few px on lines and
// cubics alike.
func samplePath(segs []Segment) []Point {
	var pts []Point
	var cur Point
	for _, s := range segs {
		switch s.Op {
		case MoveTo:
			cur = s.Pts[0]
			pts = append(pts, cur)
		case LineTo:
			end := s.Pts[0]
			n := int(math.Hypot(end.X-cur.X, end.Y-cur.Y)/2) + 1
			for k := 1; k <= n; k++ {
				t := float64(k) / float64(n)
				pts = append(pts, Point{cur.X + (end.X-cur.X)*t, cur.Y + (end.Y-cur.Y)*t})
			}
			cur = end
		case CubicTo:
			p1, p2, p3 := s.Pts[0], s.Pts[1], s.Pts[2]
			n := int((math.Hypot(p1.X-cur.X, p1.Y-cur.Y)+math.Hypot(p2.X-p1.X, p2.Y-p1.Y)+math.Hypot(p3.X-p2.X, p3.Y-p2.Y))/2) + 1
			for k := 1; k <= n; k++ {
				pts = append(pts, cubicAt(cur, p1, p2, p3, float64(k)/float64(n)))
			}
			cur = p3
		}
	}
	return pts
}

// checkEdges reports edges that pass through a box other than their
// ends' boxes (icons of any node count), and edges whose ends are not on
// their nodes' boxes.
func checkEdges(d *Diagram) []string {
	const cell = 64.0
	grid := map[int][]owned{}
	for _, b := range diagramBoxes(d) {
		for c := int(b.r.Y / cell); c <= int((b.r.Y+b.r.H)/cell); c++ {
			grid[c] = append(grid[c], b)
		}
	}
	byID := map[string]Rect{}
	for _, n := range d.Nodes {
		byID[n.ID] = n.Box
	}
	var errs []string
	for _, e := range d.Edges {
		pts := samplePath(e.Path)
		if len(pts) < 2 {
			errs = append(errs, e.ID+": path too short")
			continue
		}
		if !onBorder(pts[0], byID[e.From]) || !onBorder(pts[len(pts)-1], byID[e.To]) {
			errs = append(errs, fmt.Sprintf("%s: ends %v, %v not on the borders of %s and %s", e.ID, pts[0], pts[len(pts)-1], e.From, e.To))
		}
		for _, p := range pts {
			if hit := boxAt(grid[int(p.Y/cell)], p, e); hit != "" {
				errs = append(errs, fmt.Sprintf("%s passes through %s at %.1f,%.1f", e.ID, hit, p.X, p.Y))
				break
			}
		}
	}
	return errs
}

func onBorder(p Point, r Rect) bool {
	const eps = 0.01
	inX := p.X >= r.X-eps && p.X <= r.X+r.W+eps
	inY := p.Y >= r.Y-eps && p.Y <= r.Y+r.H+eps
	onX := math.Abs(p.X-r.X) < eps || math.Abs(p.X-r.X-r.W) < eps
	onY := math.Abs(p.Y-r.Y) < eps || math.Abs(p.Y-r.Y-r.H) < eps
	return inX && inY && (onX || onY)
}

// boxAt names a box strictly containing p (shrunk by half a px), other
// than the boxes of the edge's ends.
func boxAt(bs []owned, p Point, e Edge) string {
	const eps = 0.5
	for _, b := range bs {
		if b.what == "box" && (b.node == e.From || b.node == e.To) {
			continue
		}
		r := b.r
		if p.X > r.X+eps && p.X < r.X+r.W-eps && p.Y > r.Y+eps && p.Y < r.Y+r.H-eps {
			return b.node + " " + b.what
		}
	}
	return ""
}

// checkCanvas reports anything drawn outside the canvas.
func checkCanvas(d *Diagram) []string {
	var errs []string
	in := func(what string, r Rect) {
		if r.X < 0 || r.Y < 0 || r.X+r.W > d.Width || r.Y+r.H > d.Height {
			errs = append(errs, fmt.Sprintf("%s %+v outside the %vx%v canvas", what, r, d.Width, d.Height))
		}
	}
	for _, b := range diagramBoxes(d) {
		in(b.node+" "+b.what, b.r)
	}
	for _, e := range d.Edges {
		for _, p := range samplePath(e.Path) {
			if p.X < 0 || p.Y < 0 || p.X > d.Width || p.Y > d.Height {
				errs = append(errs, fmt.Sprintf("%s leaves the canvas at %v", e.ID, p))
				break
			}
		}
	}
	return errs
}

// checkMarks reports status marks that cover a line of their node's label
// and completion bars that leave their box's bottom padding or whose
// filled part does not match their count.
func checkMarks(d *Diagram, m Metrics) []string {
	var errs []string
	const eps = 0.01
	for _, n := range d.Nodes {
		for _, mk := range n.Marks {
			for _, l := range n.Lines {
				st := Style{Size: l.Size, Bold: l.Bold}
				x0 := l.X - l.Width/2
				if l.Anchor == AnchorStart {
					x0 = l.X
				}
				if overlap(mk.Box, Rect{X: x0, Y: l.Baseline - st.Ascent(), W: l.Width, H: st.Ascent() + st.Descent()}) {
					errs = append(errs, fmt.Sprintf("%s: mark %+v covers line %q", n.ID, mk.Box, l.Text))
				}
			}
		}
		if mt := n.Meter; mt != nil {
			b, pad := n.Box, m.Style(n.Kind).PadY
			tr := mt.Track
			if tr.X < b.X-eps || tr.X+tr.W > b.X+b.W+eps || tr.Y < b.Y+b.H-pad-eps || tr.Y+tr.H > b.Y+b.H+eps {
				errs = append(errs, fmt.Sprintf("%s: meter %+v leaves the bottom padding of %+v", n.ID, tr, b))
			}
			if mt.Total <= 0 || mt.Done < 0 || mt.Done > mt.Total || math.Abs(mt.Fill.W-tr.W*float64(mt.Done)/float64(mt.Total)) > eps {
				errs = append(errs, fmt.Sprintf("%s: meter %d/%d fills %v of %v", n.ID, mt.Done, mt.Total, mt.Fill.W, tr.W))
			}
		}
	}
	return errs
}

// checkDiagram runs every check, with the paddings of metrics m at the
// diagram's scale.
func checkDiagram(d *Diagram, m Metrics) []string {
	if d.Scale > 0 {
		m = m.Scaled(d.Scale)
	}
	var errs []string
	errs = append(errs, checkMarks(d, m)...)
	errs = append(errs, checkNoOverlap(d)...)
	errs = append(errs, checkText(d, m)...)
	errs = append(errs, checkEdges(d)...)
	errs = append(errs, checkCanvas(d)...)
	errs = append(errs, checkRefs(d)...)
	return errs
}
