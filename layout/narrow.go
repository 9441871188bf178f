package layout

import (
	"math"

	"github.com/roadmapgo/roadmap/roadmap"
)

// The narrow layout: every section full width down one side, its icon
// left of it, the spine a straight line down the sections' left part,
// and each section followed by its topics, indented. Their arrows run
// like a bus: level out of each topic into a trunk, up the trunk into
// the section's bottom; a few topics share a trunk, solid lines so that
// they draw as one, and the trunks stand apart between the spine and
// the topics.

// Spacing of the narrow layout at scale 1, in px.
const (
	narrowSpine = 24 // from a section's left side to the spine
	narrowFan   = 20 // from the spine to the leftmost trunk
	narrowSlope = 22 // from the rightmost trunk to the topics' left side
	narrowDrop  = 40 // the spine's least length
)

// narrowX is the x of the sections' left side: right of the icons when
// any section has one.
func (p *placer) narrowX(r *roadmap.Roadmap) float64 {
	for _, s := range r.Sections {
		if IconFor(s.Icon, "") != nil {
			return narrowSide + p.m.Icon + p.m.IconGap
		}
	}
	return narrowSide
}

// placeNarrow places section i below everything so far, its icon left of
// it, then its topics, and joins it to the previous section by a
// straight spine and its topics to it.
func (p *placer) placeNarrow(i int, s *roadmap.Section) error {
	f := p.f
	secX := p.secX
	rightEdge := f.w - narrowSide
	bs := p.m.Section
	bs.Width = rightEdge - secX
	label := p.sectionLabel(bs, i, s)
	icon := IconFor(s.Icon, p.dir)
	top := p.floor[0] + f.sc(gutter)
	if i > 0 {
		top = math.Max(top, p.prev.Y+p.prev.H+f.sc(narrowDrop))
	}
	box := Rect{X: secX, Y: top, W: bs.Width, H: label.H}
	bottom := box.Y + box.H
	if icon != nil {
		box.Y += math.Max(0, (p.m.Icon-label.H)/2)
		icon.Box = Rect{X: narrowSide, Y: box.Y + float64(box.H/2) - float64(p.m.Icon/2), W: p.m.Icon, H: p.m.Icon}
		bottom = math.Max(box.Y+box.H, icon.Box.Y+icon.Box.H)
	}
	if err := p.sectionNode(i, s, label, box, icon, right); err != nil {
		return err
	}
	spineX := secX + f.sc(narrowSpine)
	if i > 0 {
		p.spine(s.ID, p.line(Point{spineX, p.prev.Y + p.prev.H}, Point{spineX, box.Y}))
	}
	boxes, err := p.narrowTopics(s, box, spineX, rightEdge)
	if err != nil {
		return err
	}
	bottom = math.Max(bottom, bottomOf(boxes))
	p.floor = [2]float64{bottom, bottom}
	p.prev, p.prevID, p.prevTop = box, s.ID, boxes
	return nil
}

// narrowTopics stacks the topics of section s under its box sec, indented
// far enough for the trunks of their arrows to stand least apart between
// the spine at spineX and the topics; the first topics take the trunk
// nearest them, so that no arrow crosses another.
func (p *placer) narrowTopics(s *roadmap.Section, sec Rect, spineX, rightEdge float64) ([]Rect, error) {
	n := len(s.Topics)
	if n == 0 {
		return nil, nil
	}
	f := p.f
	step := math.Max(arrivalLeast, f.sc(arrivalSpacing))
	points := (n + perPoint - 1) / perPoint
	fan := float64(points-1) * step / 0.9
	fan = math.Min(fan, 0.4*(rightEdge-sec.X))
	topicX := spineX + f.sc(narrowFan+narrowSlope) + fan
	bs := p.m.Topic
	bs.Width = rightEdge - topicX
	st := &p.scratch.st
	st.fill(s.Topics, p.topicLabel(bs), 1, 0, f.sc(topicGap))
	top := sec.Y + sec.H + f.sc(topicGap)
	p.scratch.offs = arrivals(p.scratch.offs, n, fan, step, arrivalLeast)
	offs := p.scratch.offs
	rightmost := topicX - f.sc(narrowSlope)
	boxes := p.boxes(n)
	for j, t := range s.Topics {
		r := st.at(j, topicX, top, true)
		boxes[j] = r
		x, y := rightmost-offs[j], top+st.ports[j]
		path := p.polyline(Point{topicX, y}, Point{x, y}, Point{x, sec.Y + sec.H})
		if err := p.topicNode(s, t, st.labels[j], r, right, path, false); err != nil {
			return nil, err
		}
	}
	return boxes, nil
}
