package layout

import (
	"math"
	"sort"

	"github.com/roadmapgo/roadmap/roadmap"
)

// stack is a section's topics measured and arranged beside an edge (the
// stack's side that faces the section), relative to the stack's top and
// to that edge: in one or two columns (fill), or in the rows of the wide
// layout's grid (fillGrid). In two columns topics alternate between the
// inner column and the outer one, and an outer topic sits half a row
// down, so that its arrow runs level through the gap between two inner
// topics.
type stack struct {
	labels []Label
	// rel holds each box with X the distance from the edge to the box's
	// side that faces it, and Y from the stack's top.
	rel []Rect
	// ports are the heights, from the top, at which each topic's arrow
	// crosses the edge; outer tells the topics of the outer column.
	ports []float64
	outer []bool
	h     float64
}

// measure empties the stack, reusing its slices, sizes the boxes of ts
// with label and returns how many there are.
func (st *stack) measure(ts []*roadmap.Topic, label func(*roadmap.Topic) Label) int {
	n := len(ts)
	st.labels, st.rel = grow(st.labels, n), grow(st.rel, n)
	st.ports, st.outer = grow(st.ports, n), grow(st.outer, n)
	st.h = 0
	for j, t := range ts {
		st.labels[j] = label(t)
	}
	return n
}

// fill sizes topics ts in the boxes that label gives and arranges them
// in cols columns (1 or 2), pitch apart, reusing the stack's slices.
func (st *stack) fill(ts []*roadmap.Topic, label func(*roadmap.Topic) Label, cols int, pitch, gap float64) {
	n := st.measure(ts, label)
	if cols < 2 || n < 2 {
		cols = 1
	}
	y := 0.0
	for j := 0; j < n; j += cols {
		l := st.labels[j]
		st.rel[j] = Rect{Y: y, W: l.W, H: l.H}
		st.ports[j] = y + float64(l.H/2)
		st.outer[j] = false
		y += l.H + gap
	}
	if n > 0 {
		st.h = y - gap
	}
	if cols == 2 {
		st.placeOuter(pitch, gap)
	}
}

// fillGrid sizes topics ts in the boxes that label gives and sets them in rows of
// cols, the inner column first, pitch apart. Each column sits step lower
// than the one inside it, the bottoms of a row's boxes in a staircase,
// and the arrow of an outer box leaves its inner side step/2 above its
// bottom, running level under the boxes inside it, so that it crosses no
// box. A row starts gap below the boxes and arrows of the row above.
func (st *stack) fillGrid(ts []*roadmap.Topic, label func(*roadmap.Topic) Label, cols int, pitch, gap, step float64) {
	n := st.measure(ts, label)
	above, prevBase, prevCols := false, 0.0, 0
	for first := 0; first < n; first += cols {
		m := min(cols, n-first)
		base := 0.0
		for c := range m {
			floor := 0.0
			if above {
				// Under column c run the arrows of the columns outside it.
				floor = prevBase + float64(math.Max(float64(c), float64(prevCols)-1.5)*step) + gap
			}
			base = math.Max(base, floor+st.labels[first+c].H-float64(float64(c)*step))
		}
		for c := range m {
			j, l := first+c, st.labels[first+c]
			bottom := base + float64(float64(c)*step)
			st.rel[j] = Rect{X: float64(c) * pitch, Y: bottom - l.H, W: l.W, H: l.H}
			st.ports[j] = bottom - float64(l.H/2)
			if c > 0 {
				st.ports[j] = bottom - float64(step/2)
			}
			st.outer[j] = c > 0
		}
		st.h = math.Max(st.h, base+float64(float64(m-1)*step))
		above, prevBase, prevCols = true, base, m
	}
}

// grow returns s resliced to n zero items, reallocated only when short.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n, max(n, 2*cap(s)))
	}
	s = s[:n]
	clear(s)
	return s
}

// placeOuter places the odd topics in the outer column, each as high as
// it goes with its port in a gap of the inner column (or below it).
func (st *stack) placeOuter(pitch, gap float64) {
	n := len(st.labels)
	innerBottom := st.h
	free, g := 0.0, 0 // the outer column's next free y; the inner gap to try
	for j := 1; j < n; j += 2 {
		l := st.labels[j]
		pad := math.Min(l.H/2, gap/2)
		top, port := 0.0, 0.0
		for {
			inner := 2 * g
			if inner+2 >= n {
				open := innerBottom + float64(gap/2)
				top = math.Max(free, open-float64(l.H/2))
				port = top + float64(l.H/2)
				break
			}
			r := st.rel[inner]
			port = r.Y + r.H + float64(gap/2)
			top = math.Max(free, port-float64(l.H/2))
			g++
			if port >= top+pad {
				break
			}
		}
		st.rel[j] = Rect{X: pitch, Y: top, W: l.W, H: l.H}
		st.ports[j] = port
		st.outer[j] = true
		free = top + l.H + gap
		st.h = math.Max(st.h, top+l.H)
	}
}

// at returns box j of the stack for a stack whose top is y and whose
// edge is at x, the boxes lying right of the edge when toRight.
func (st *stack) at(j int, x, y float64, toRight bool) Rect {
	r := st.rel[j]
	if toRight {
		return Rect{X: x + r.X, Y: y + r.Y, W: r.W, H: r.H}
	}
	return Rect{X: x - r.X - r.W, Y: y + r.Y, W: r.W, H: r.H}
}

// arrivals spreads the arrows of n topics over points along a side of
// length size: at most perPoint arrows a point while the side holds
// enough points least apart, or failing that arrivalTight apart, the
// points spacing apart at most and centred on the side. It returns each
// arrow's offset along the side, in the order of the arrows, in dst's
// storage.
func arrivals(dst []float64, n int, size, spacing, least float64) []float64 {
	out := grow(dst, n)
	points := (n + perPoint - 1) / perPoint
	room := 0.9 * size
	if points > 1 && float64(points-1)*least > room {
		least = math.Min(least, arrivalTight)
		points = min(points, int(room/least)+1)
	}
	if points <= 1 {
		for k := range out {
			out[k] = size / 2
		}
		return out
	}
	step := math.Min(spacing, room/float64(points-1))
	first := float64(size/2) - float64(step*float64(points-1)/2)
	for k := range out {
		out[k] = first + float64(step*float64(k*points/n))
	}
	return out
}

// byPort returns the topic indices of st in the order of their ports,
// top first, in dst's storage.
func (st *stack) byPort(dst []int) []int {
	order := grow(dst, len(st.ports))
	sorted := true
	for j := range order {
		order[j] = j
		sorted = sorted && (j == 0 || st.ports[j-1] <= st.ports[j])
	}
	if sorted {
		return order
	}
	sort.SliceStable(order, func(a, b int) bool { return st.ports[order[a]] < st.ports[order[b]] })
	return order
}

// topicNode adds the node of topic t of section s at box r, its status
// mark on the given side of the box, and its arrow to the section along
// path, dashed or not.
func (p *placer) topicNode(s *roadmap.Section, t *roadmap.Topic, l Label, r Rect, markSide int, path []Segment, dashed bool) error {
	node := Node{
		ID: t.ID, Kind: KindTopic, Box: r, Lines: shift(l.Lines, r.X, r.Y), Refs: shiftRefs(l.Refs, r.X, r.Y),
		URL: t.URL, Tooltip: roadmap.PlainText(t.Description), Optional: t.Optional || s.Optional,
	}
	if p.progress != nil {
		node.Status = string(p.progress.p.Of(roadmap.Node{Section: s, Topic: t}))
		node.Marks = marks(node.Status, r, markSide, p.m.Topic.PadX, p.f.s)
	}
	if err := p.addNode(node); err != nil {
		return err
	}
	p.d.Edges = append(p.d.Edges, Edge{
		ID: "topic:" + t.ID + "->" + s.ID, From: t.ID, To: s.ID, Kind: EdgeTopic,
		Path: path, Arrow: true, Dashed: dashed,
	})
	return nil
}

// sectionNode adds the node of section i at box with its icon, its status
// mark on the given side of the box and its completion bar.
func (p *placer) sectionNode(i int, s *roadmap.Section, l Label, box Rect, icon *Icon, markSide int) error {
	node := Node{
		ID: s.ID, Kind: KindSection, Box: box, Lines: shift(l.Lines, box.X, box.Y), Refs: shiftRefs(l.Refs, box.X, box.Y),
		Icon: icon, URL: s.URL, Tooltip: roadmap.PlainText(s.Description), Optional: s.Optional,
	}
	if p.progress != nil {
		node.Status = p.progress.sectionStatus(i, s)
		node.Marks = marks(node.Status, box, markSide, p.m.Section.PadX, p.f.s)
		node.Meter = meter(p.progress.sections[i], box, p.f.s)
	}
	return p.addNode(node)
}

// spine joins the previous section to section id along path.
func (p *placer) spine(id string, path []Segment) {
	p.d.Edges = append(p.d.Edges, Edge{
		ID: "spine:" + p.prevID + "->" + id, From: p.prevID, To: id, Kind: EdgeSpine, Path: path,
	})
}
