package layout

import (
	"context"
	"errors"
	"fmt"
	"math"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/roadmapgo/roadmap/roadmap"
)

// Native is the built-in engine. It draws a roadmap the way the
// reference images do: the title on top, the sections down a winding
// spine alternately in a left and a right column, each section's topics
// stacked in the opposite column and joined to it by dashed arrows, and
// `requires` between nodes of the same file routed as orthogonal arrows
// through the free corridor down the middle of the canvas.
//
// Boxes keep their sizes in px whatever the canvas width; the columns are
// centred in it. The zero value is ready to use.
type Native struct {
	// Metrics sizes boxes and icons; the zero value means DefaultMetrics.
	// Sections and topics always get a fixed width, the default one when
	// their style's Width is 0, so that the columns line up.
	Metrics Metrics
}

// Spacing of the native layout, in px.
const (
	marginTop    = 70   // above the title
	marginBottom = 70   // below the lowest box
	marginSide   = 20   // beside the icons
	titleGap     = 70   // from the title to the first box
	sectionInset = 70   // from the canvas centre to a section's inner side
	topicInset   = 125  // from the canvas centre to a topic's inner side
	topicGap     = 23   // between two topics of a stack
	gutter       = 25   // between boxes of different sections in one column
	stackGap     = 4    // between the stacks of two sections, column to column
	spineMin     = 260  // between a section's bottom and the next one's top, as in the reference
	spineBend    = 0.55 // spine control points lie this fraction of the drop below and above its ends
	spineClear   = 12   // between the spine and any topic box
)

// Layout places the roadmap's boxes and routes its edges. Node ids are
// the model's ids ("title" for the title); edge ids are
// "spine:FROM->TO", "topic:TOPIC->SECTION" and "requires:PREREQ->NODE".
// It fails when opt.Width is below the minimum the columns need, when a
// node has no id or shares it, or when a same-file `requires` names an
// unknown id.
func (n Native) Layout(ctx context.Context, r *roadmap.Roadmap, opt Options) (*Diagram, error) {
	if r == nil {
		return nil, errors.New("layout: nil roadmap")
	}
	m := n.metrics()
	w := opt.Width
	if w == 0 {
		w = DefaultWidth
	}
	if least := MinWidth(m); w < least || math.IsNaN(w) || math.IsInf(w, 0) {
		return nil, fmt.Errorf("layout: canvas width %g is too narrow: the native layout needs at least %g px", w, least)
	}
	p := newPlacer(m, w, r)
	p.progress = newProgress(r, opt.Progress)
	if err := p.placeTitle(r); err != nil {
		return nil, err
	}
	for i, s := range r.Sections {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if err := p.placeSection(i, s); err != nil {
			return nil, err
		}
	}
	if err := p.routeRequires(r); err != nil {
		return nil, err
	}
	p.d.Height = math.Ceil(math.Max(p.floor[0], p.floor[1]) + marginBottom)
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

// MinWidth returns the narrowest canvas, in px, that the native layout
// fits with metrics m (zero widths taken as the defaults, as Native
// does): two section columns with their icons outside.
func MinWidth(m Metrics) float64 {
	m = Native{Metrics: m}.metrics()
	half := math.Max(sectionInset+m.Section.Width+m.IconGap+m.Icon, topicInset+m.Topic.Width)
	return 2 * (half + marginSide)
}

// Sides of the canvas.
const (
	left  = 0
	right = 1
)

// placer holds the state of one layout run.
type placer struct {
	m   Metrics
	cx  float64
	dir string
	d   *Diagram
	// floor is the lowest bottom of any box so far in each column.
	floor [2]float64
	// index maps node ids to their index in d.Nodes.
	index map[string]int
	// prev is the previous section's box and its topics' boxes.
	prev    Rect
	prevID  string
	prevTop []Rect
	// segSlab and ptSlab hold segments and points for paths to come.
	segSlab []Segment
	ptSlab  []Point
	// progress is what to show of the learner's progress; nil for none.
	progress *progress
}

func newPlacer(m Metrics, w float64, r *roadmap.Roadmap) *placer {
	topics := 0
	for _, s := range r.Sections {
		topics += len(s.Topics)
	}
	nodes := 1 + len(r.Sections) + topics
	dir := ""
	if r.File != "" {
		dir = filepath.Dir(r.File)
	}
	return &placer{
		m:   m,
		cx:  w / 2,
		dir: dir,
		d: &Diagram{
			Width: w, Title: r.Title, Description: r.Description,
			Nodes: make([]Node, 0, nodes), Edges: make([]Edge, 0, nodes),
		},
		index: make(map[string]int, nodes),
		// Each topic arrow takes 2 segments and 2 points, each spine 2
		// segments and 4 points.
		segSlab: make([]Segment, 2*(topics+len(r.Sections))),
		ptSlab:  make([]Point, 2*topics+4*len(r.Sections)),
	}
}

// placeTitle centres the title and its icon at the top of the canvas,
// with the completion line and the legend under it when progress is
// shown, and sets both column floors below them.
func (p *placer) placeTitle(r *roadmap.Roadmap) error {
	bottom, err := p.titleRow(r, marginTop)
	if err != nil {
		return err
	}
	placed := bottom > marginTop
	if p.progress != nil {
		if placed {
			bottom += legendGap
		}
		if bottom, err = p.placeLegend(bottom); err != nil {
			return err
		}
		placed = true
	}
	if placed {
		bottom += titleGap - gutter
	} else {
		bottom = marginTop - gutter
	}
	p.floor = [2]float64{bottom, bottom}
	return nil
}

// titleRow places the title, its icon and its completion line from top
// down and returns the row's bottom (top when there is no title).
func (p *placer) titleRow(r *roadmap.Roadmap, top float64) (float64, error) {
	if strings.TrimSpace(r.Title) == "" {
		return top, nil
	}
	icon := IconFor(r.Icon, p.dir)
	iconW := 0.0
	if icon != nil {
		iconW = p.m.TitleIcon + p.m.TitleIconGap
	}
	lbl := p.m.Title.Label(r.Title, p.d.Width-2*marginSide-iconW)
	textW, textH := lbl.W, lbl.H
	var sub Line
	if p.progress != nil {
		sub = p.progress.completionLine(p.m.Progress)
		textW = math.Max(textW, sub.Width+2*p.m.Title.PadX)
		textH += p.m.Progress.Leading()
	}
	rowH := textH
	if icon != nil {
		rowH = math.Max(rowH, p.m.TitleIcon)
	}
	x := p.cx - (textW+iconW)/2
	if icon != nil {
		icon.Box = Rect{X: x, Y: top + (rowH-p.m.TitleIcon)/2, W: p.m.TitleIcon, H: p.m.TitleIcon}
	}
	box := Rect{X: x + iconW, Y: top + (rowH-textH)/2, W: textW, H: textH}
	lines := lbl.At(box.X+(textW-lbl.W)/2, box.Y)
	if p.progress != nil {
		sub.X = box.X + textW/2
		sub.Baseline += box.Y + lbl.H - p.m.Title.PadY
		lines = append(lines, sub)
	}
	return top + rowH, p.addNode(Node{
		ID: "title", Kind: KindTitle, Box: box, Lines: lines,
		Icon: icon, URL: r.URL, Tooltip: roadmap.PlainText(r.Description),
	})
}

// IconFor turns a model icon into a diagram icon without its box: an image
// path, resolved against dir (the roadmap file's directory), or an emoji.
// An empty icon gives nil.
func IconFor(spec, dir string) *Icon {
	spec = strings.TrimSpace(spec)
	if spec == "" {
		return nil
	}
	if !roadmap.IsImageIcon(spec) {
		return &Icon{Text: spec}
	}
	if filepath.IsAbs(spec) || strings.Contains(spec, "://") {
		return &Icon{Path: spec}
	}
	return &Icon{Path: filepath.ToSlash(filepath.Join(dir, filepath.FromSlash(spec)))}
}

// addNode appends a node; its id must be new and not empty.
func (p *placer) addNode(n Node) error {
	if n.ID == "" {
		return fmt.Errorf("layout: a %s has no id", n.Kind)
	}
	if _, dup := p.index[n.ID]; dup {
		return fmt.Errorf("layout: two nodes share the id %q", n.ID)
	}
	p.index[n.ID] = len(p.d.Nodes)
	p.d.Nodes = append(p.d.Nodes, n)
	return nil
}

// SectionLabel is the text of a section's box: its number, then its
// title, unless the title already starts with that number. index is the
// section's 0-based place, used when its Number is not set.
func SectionLabel(s *roadmap.Section, index int) string {
	num := s.Number
	if num <= 0 {
		num = index + 1
	}
	prefix := strconv.Itoa(num) + ". "
	if strings.HasPrefix(s.Title, prefix) {
		return s.Title
	}
	return prefix + s.Title
}

// block is a section measured but not yet placed: its label, icon and
// topic labels, and the half heights it needs on its own side (box and
// icon) and on the other side (its topic stack).
type block struct {
	side, other int
	label       Label
	icon        *Icon
	topics      []Label
	halfS       float64
	stackH      float64
	secX, topX  float64
}

// measure sizes section i's boxes and sets their columns.
func (p *placer) measure(i int, s *roadmap.Section) block {
	b := block{side: i % 2, other: 1 - i%2, label: p.m.Section.Label(SectionLabel(s, i), 0), icon: IconFor(s.Icon, p.dir)}
	b.topics, b.stackH = p.topicLabels(s.Topics)
	b.halfS = b.label.H / 2
	if b.icon != nil {
		b.halfS = math.Max(b.halfS, p.m.Icon/2)
	}
	b.secX = p.cx + sectionInset
	b.topX = p.cx - topicInset - p.m.Topic.Width
	if b.side == left {
		b.secX = p.cx - sectionInset - b.label.W
		b.topX = p.cx + topicInset
	}
	return b
}

// centre returns the least y of the centre of block b (section i) that
// keeps its boxes below those in both columns, its topic stack below the
// previous one, and the spine from the previous section clear of topics.
func (p *placer) centre(i int, b block) (float64, error) {
	c := p.floor[b.side] + gutter + b.halfS
	if len(b.topics) > 0 {
		c = math.Max(c, p.floor[b.other]+gutter+b.stackH/2)
		if n := len(p.prevTop); n > 0 {
			c = math.Max(c, p.prevTop[n-1].Y+p.prevTop[n-1].H+stackGap+b.stackH/2)
		}
	}
	if i == 0 {
		return c, nil
	}
	c = math.Max(c, p.prev.Y+p.prev.H+spineMin+b.label.H/2)
	return p.clearSpine(c, Rect{X: b.secX, W: b.label.W, H: b.label.H}, b.topX, b.topics, b.stackH)
}

// placeSection places section i, its icon and its topics, and joins it
// to the previous section and its topics to it.
func (p *placer) placeSection(i int, s *roadmap.Section) error {
	b := p.measure(i, s)
	c, err := p.centre(i, b)
	if err != nil {
		return err
	}
	box := Rect{X: b.secX, Y: c - b.label.H/2, W: b.label.W, H: b.label.H}
	if b.icon != nil {
		b.icon.Box = Rect{X: box.X - p.m.IconGap - p.m.Icon, Y: c - p.m.Icon/2, W: p.m.Icon, H: p.m.Icon}
		if b.side == right {
			b.icon.Box.X = box.X + box.W + p.m.IconGap
		}
	}
	node := Node{
		ID: s.ID, Kind: KindSection, Box: box, Lines: shift(b.label.Lines, box.X, box.Y),
		Icon: b.icon, URL: s.URL, Tooltip: roadmap.PlainText(s.Description), Optional: s.Optional,
	}
	if p.progress != nil {
		node.Status = p.progress.sectionStatus(i, s)
		node.Marks = marks(node.Status, box, b.side, p.m.Section.PadX)
		node.Meter = meter(p.progress.sections[i], box)
	}
	err = p.addNode(node)
	if err != nil {
		return err
	}
	if i > 0 {
		p.d.Edges = append(p.d.Edges, Edge{
			ID: "spine:" + p.prevID + "->" + s.ID, From: p.prevID, To: s.ID, Kind: EdgeSpine,
			Path: p.cubic(spineCurve(p.prev, box)),
		})
	}
	boxes, err := p.placeTopics(s, box, b, c-b.stackH/2)
	if err != nil {
		return err
	}
	p.floor[b.side] = math.Max(p.floor[b.side], c+b.halfS)
	if len(boxes) > 0 {
		p.floor[b.other] = c + b.stackH/2
	}
	p.prev, p.prevID, p.prevTop = box, s.ID, boxes
	return nil
}

// shift moves lines laid out for a box at the origin to a box at (x, y),
// in place.
func shift(lines []Line, x, y float64) []Line {
	for i := range lines {
		lines[i].X += x
		lines[i].Baseline += y
	}
	return lines
}

// topicLabels sizes the topics' boxes and returns them with the height of
// their stack.
func (p *placer) topicLabels(ts []*roadmap.Topic) ([]Label, float64) {
	if len(ts) == 0 {
		return nil, 0
	}
	ls := make([]Label, len(ts))
	h := float64(len(ts)-1) * topicGap
	for i, t := range ts {
		ls[i] = p.m.Topic.Label(t.Title, 0)
		h += ls[i].H
	}
	return ls, h
}

// placeTopics stacks a section's topics from y down and joins each to
// the section's box sec by a dashed arrow.
func (p *placer) placeTopics(s *roadmap.Section, sec Rect, b block, y float64) ([]Rect, error) {
	if len(b.topics) == 0 {
		return nil, nil
	}
	boxes := make([]Rect, len(b.topics))
	secX := sec.X + sec.W
	if b.side == right {
		secX = sec.X
	}
	for j, t := range s.Topics {
		l := b.topics[j]
		r := Rect{X: b.topX, Y: y, W: l.W, H: l.H}
		boxes[j] = r
		y += r.H + topicGap
		node := Node{
			ID: t.ID, Kind: KindTopic, Box: r, Lines: shift(l.Lines, r.X, r.Y),
			URL: t.URL, Tooltip: roadmap.PlainText(t.Description), Optional: t.Optional || s.Optional,
		}
		if p.progress != nil {
			node.Status = string(p.progress.p.Of(roadmap.Node{Section: s, Topic: t}))
			node.Marks = marks(node.Status, r, b.other, p.m.Topic.PadX)
		}
		err := p.addNode(node)
		if err != nil {
			return nil, err
		}
		tx := r.X
		if b.side == right {
			tx = r.X + r.W
		}
		p.d.Edges = append(p.d.Edges, Edge{
			ID: "topic:" + t.ID + "->" + s.ID, From: t.ID, To: s.ID, Kind: EdgeTopic,
			Path:  p.line(Point{tx, r.Y + r.H/2}, Point{secX, sec.Y + sec.H/2}),
			Arrow: true, Dashed: true,
		})
	}
	return boxes, nil
}

// line is the path of a straight line from a to b, carved from the
// placer's slabs so that a big layout makes few allocations.
func (p *placer) line(a, b Point) []Segment {
	pts := carve(&p.ptSlab, 2)
	pts[0], pts[1] = a, b
	segs := carve(&p.segSlab, 2)
	segs[0] = Segment{Op: MoveTo, Pts: pts[0:1:1]}
	segs[1] = Segment{Op: LineTo, Pts: pts[1:2:2]}
	return segs
}

// cubic is the path of a cubic Bézier curve from p0 to p3, carved from
// the placer's slabs.
func (p *placer) cubic(p0, p1, p2, p3 Point) []Segment {
	pts := carve(&p.ptSlab, 4)
	pts[0], pts[1], pts[2], pts[3] = p0, p1, p2, p3
	segs := carve(&p.segSlab, 2)
	segs[0] = Segment{Op: MoveTo, Pts: pts[0:1:1]}
	segs[1] = Segment{Op: CubicTo, Pts: pts[1:4:4]}
	return segs
}

// carve returns n fresh items from the front of *slab, refilling it when
// it runs short; the result's capacity is n, so appending to it never
// touches the slab.
func carve[T any](slab *[]T, n int) []T {
	if len(*slab) < n {
		*slab = make([]T, max(n, 64))
	}
	out := (*slab)[:n:n]
	*slab = (*slab)[n:]
	return out
}

// spineCurve returns the control points of the spine from a to b.
func spineCurve(a, b Rect) (p0, p1, p2, p3 Point) {
	p0 = Point{a.X + a.W/2, a.Y + a.H}
	p3 = Point{b.X + b.W/2, b.Y}
	k := (p3.Y - p0.Y) * spineBend
	return p0, Point{p0.X, p0.Y + k}, Point{p3.X, p3.Y - k}, p3
}

// clearSpine moves the centre c of the next section down until the spine
// from the previous section keeps spineClear away from the previous
// section's topics and from the next section's own topics (stacked at
// topX, centred on c). sec is the next section's box, at any y. It doubles
// the move until the spine is clear, then bisects back to within a px of
// the least clear move: a few dozen curve checks at most.
func (p *placer) clearSpine(c float64, sec Rect, topX float64, ls []Label, stackH float64) (float64, error) {
	clear := func(c float64) bool {
		sec.Y = c - sec.H/2
		return p.spineClear(sec, topX, c-stackH/2, ls)
	}
	if clear(c) {
		return c, nil
	}
	lo, step := c, 16.0
	for !clear(c + step) {
		lo = c + step
		step *= 2
		if step > 1e9 {
			return 0, fmt.Errorf("layout: found no room for the spine below %s", p.prevID)
		}
	}
	hi := c + step
	for hi-lo > 1 {
		mid := math.Round((lo + hi) / 2)
		if mid <= lo || mid >= hi {
			break
		}
		if clear(mid) {
			hi = mid
		} else {
			lo = mid
		}
	}
	return hi, nil
}

// spineClear reports whether the spine from the previous section to sec
// keeps clear of the topic boxes beside both.
func (p *placer) spineClear(sec Rect, topX, topY float64, ls []Label) bool {
	p0, p1, p2, p3 := spineCurve(p.prev, sec)
	y0, y1 := p0.Y-spineClear, p3.Y+spineClear
	var near []Rect
	for j := len(p.prevTop) - 1; j >= 0 && p.prevTop[j].Y+p.prevTop[j].H > y0; j-- {
		near = append(near, p.prevTop[j])
	}
	for _, l := range ls {
		if topY >= y1 {
			break
		}
		near = append(near, Rect{X: topX, Y: topY, W: l.W, H: l.H})
		topY += l.H + topicGap
	}
	if len(near) == 0 {
		return true
	}
	length := math.Hypot(p1.X-p0.X, p1.Y-p0.Y) + math.Hypot(p2.X-p1.X, p2.Y-p1.Y) + math.Hypot(p3.X-p2.X, p3.Y-p2.Y)
	steps := int(length/spineClear) + 2
	for k := 0; k <= steps; k++ {
		pt := cubicAt(p0, p1, p2, p3, float64(k)/float64(steps))
		for _, b := range near {
			if pt.X > b.X-spineClear && pt.X < b.X+b.W+spineClear && pt.Y > b.Y-spineClear && pt.Y < b.Y+b.H+spineClear {
				return false
			}
		}
	}
	return true
}

// cubicAt evaluates a cubic Bézier curve at t.
func cubicAt(p0, p1, p2, p3 Point, t float64) Point {
	u := 1 - t
	a, b, c, d := u*u*u, 3*u*u*t, 3*u*t*t, t*t*t
	return Point{
		X: a*p0.X + b*p1.X + c*p2.X + d*p3.X,
		Y: a*p0.Y + b*p1.Y + c*p2.Y + d*p3.Y,
	}
}
