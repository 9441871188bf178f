package layout

import (
	"math"

	"github.com/roadmapgo/roadmap/roadmap"
)

// The two-sided layout: sections alternately in a left and a right
// column down a winding spine, each section's topics in the opposite
// column.

// Spacing of the arrows' arrival points on a section's side.
const (
	arrivalSpacing = 22 // px at scale 1, between two points at most
	arrivalLeast   = 13 // px, between two points at least where the side has room
	arrivalTight   = 8  // px, between two points at least on a crowded side
)

// block is a section measured but not yet placed: its label, icon and
// topic stack, the half height it needs on its own side (box and icon),
// the x of its box and the x of its stack's edge facing it.
type block struct {
	side, other int
	label       Label
	icon        *Icon
	st          stack
	halfS       float64
	secX, edge  float64
	// lead is how far the stack reaches above the section's centre: half
	// its height, centring it, or at most maxLead for a tall stack, so
	// that the spine coming down into the section stays short.
	lead float64
}

// measure sizes section i's boxes and sets their columns.
func (p *placer) measure(i int, s *roadmap.Section) block {
	f := p.f
	b := block{side: i % 2, other: 1 - i%2, label: p.sectionLabel(p.m.Section, i, s), icon: IconFor(s.Icon, p.dir)}
	bs := p.m.Topic
	if f.wide {
		g := f.grid[b.other]
		bs.Width = g.w
		cols := balanced(len(s.Topics), f.cols)
		p.scratch.st.fillGrid(s.Topics, p.topicLabel(bs), cols, g.w+f.sc(columnGap), f.sc(topicGap), f.sc(stairStep))
	} else {
		p.scratch.st.fill(s.Topics, p.topicLabel(bs), f.cols, bs.Width+f.sc(columnGap), f.sc(topicGap))
	}
	b.st = p.scratch.st
	b.lead = math.Min(b.st.h/2, f.sc(maxLead))
	b.halfS = b.label.H / 2
	if b.icon != nil {
		b.halfS = math.Max(b.halfS, p.m.Icon/2)
	}
	b.secX = p.cx + f.sc(sectionInset)
	b.edge = p.cx - f.sc(topicInset)
	if b.side == left {
		b.secX = p.cx - f.sc(sectionInset) - b.label.W
		b.edge = p.cx + f.sc(topicInset)
	}
	return b
}

// topOffset is how far block b reaches above its centre.
func (b *block) topOffset() float64 {
	if len(b.st.rel) == 0 {
		return b.label.H / 2
	}
	return math.Max(b.label.H/2, b.lead)
}

// centre returns the least y of the centre of block b (section i) that
// keeps its boxes below those in both columns, its topic stack below the
// previous one, and the spine from the previous section clear of topics.
// The spine drops spineMin below the previous section, less where that
// would leave a band of more than bandMax without a box.
func (p *placer) centre(i int, b *block) (float64, error) {
	f := p.f
	c := p.floor[b.side] + f.sc(gutter) + b.halfS
	if len(b.st.rel) > 0 {
		c = math.Max(c, p.floor[b.other]+f.sc(gutter)+b.lead)
		if bottom := bottomOf(p.prevTop); bottom > 0 {
			c = math.Max(c, bottom+f.sc(stackGap)+b.lead)
		}
	}
	if i == 0 {
		return c, nil
	}
	drop := p.prev.Y + p.prev.H + f.sc(spineMin)/float64(min(f.cols, 2)) + float64(b.label.H/2)
	band := p.lowest + bandMax + b.topOffset()
	c = math.Max(c, math.Min(drop, band))
	return p.clearSpine(c, b)
}

// bottomOf is the lowest bottom of boxes rs, 0 for none.
func bottomOf(rs []Rect) float64 {
	bottom := 0.0
	for _, r := range rs {
		bottom = math.Max(bottom, r.Y+r.H)
	}
	return bottom
}

// placeSection places section i, its icon and its topics, and joins it
// to the previous section and its topics to it.
func (p *placer) placeSection(i int, s *roadmap.Section) error {
	b := p.measure(i, s)
	c, err := p.centre(i, &b)
	if err != nil {
		return err
	}
	box := Rect{X: b.secX, Y: c - float64(b.label.H/2), W: b.label.W, H: b.label.H}
	if b.icon != nil {
		b.icon.Box = Rect{X: box.X - p.m.IconGap - p.m.Icon, Y: c - float64(p.m.Icon/2), W: p.m.Icon, H: p.m.Icon}
		if b.side == right {
			b.icon.Box.X = box.X + box.W + p.m.IconGap
		}
	}
	if err := p.sectionNode(i, s, b.label, box, b.icon, b.side); err != nil {
		return err
	}
	if i > 0 {
		p.spine(s.ID, p.spinePath(p.fitSpine(box, &b, c-b.lead)))
	}
	top := c - b.lead
	boxes, err := p.placeStack(s, box, &b, top)
	if err != nil {
		return err
	}
	p.floor[b.side] = math.Max(p.floor[b.side], c+b.halfS)
	if len(boxes) > 0 {
		p.floor[b.other] = math.Max(p.floor[b.other], top+b.st.h)
	}
	p.prev, p.prevID, p.prevTop = box, s.ID, boxes
	return nil
}

// placeStack places the topic stack of block b from y top down and joins
// each topic to the section's box sec by a dashed arrow, the arrows
// meeting the section's inner side in a few points.
func (p *placer) placeStack(s *roadmap.Section, sec Rect, b *block, top float64) ([]Rect, error) {
	n := len(s.Topics)
	if n == 0 {
		return nil, nil
	}
	toRight := b.side == left
	faceX := sec.X
	if toRight {
		faceX = sec.X + sec.W
	}
	sc := &p.scratch
	sc.offs = arrivals(sc.offs, n, sec.H, p.f.sc(arrivalSpacing), arrivalLeast)
	sc.arrive = grow(sc.arrive, n)
	sc.order = b.st.byPort(sc.order)
	for k, j := range sc.order {
		sc.arrive[j] = sec.Y + sc.offs[k]
	}
	boxes := p.boxes(n)
	for j, t := range s.Topics {
		r := b.st.at(j, b.edge, top, toRight)
		boxes[j] = r
		start := Point{b.edge, top + b.st.ports[j]}
		end := Point{faceX, sc.arrive[j]}
		path := p.line(start, end)
		if b.st.outer[j] {
			from := Point{r.X + r.W, start.Y}
			if toRight {
				from.X = r.X
			}
			path = p.polyline(from, start, end)
		}
		if err := p.topicNode(s, t, b.st.labels[j], r, b.other, path, true); err != nil {
			return nil, err
		}
	}
	return boxes, nil
}
