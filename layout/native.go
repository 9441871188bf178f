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
	Metrics Metrics
}

// Spacing of the native layout, in px.
const (
	marginTop    = 70  // above the title
	marginBottom = 70  // below the lowest box
	marginSide   = 20  // beside the icons
	titleGap     = 70  // from the title to the first box
	sectionInset = 70  // from the canvas centre to a section's inner side
	topicInset   = 125 // from the canvas centre to a topic's inner side
	topicGap     = 23  // between two topics of a stack
	gutter       = 25  // between boxes of different sections in one column
	stackGap     = 4   // between the stacks of two sections, column to column
	spineMin     = 100 // between a section's bottom and the next one's top
	spineBend    = 0.55
	spineClear   = 12 // between the spine and any topic box
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
	m := n.Metrics
	if m == (Metrics{}) {
		m = DefaultMetrics()
	}
	w := opt.Width
	if w == 0 {
		w = DefaultWidth
	}
	if least := MinWidth(m); w < least || math.IsNaN(w) || math.IsInf(w, 0) {
		return nil, fmt.Errorf("layout: canvas width %g is too narrow: the native layout needs at least %g px", w, least)
	}
	p := newPlacer(m, w, r)
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

// MinWidth returns the narrowest canvas, in px, that the native layout
// fits with metrics m: two section columns with their icons outside.
func MinWidth(m Metrics) float64 {
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
}

func newPlacer(m Metrics, w float64, r *roadmap.Roadmap) *placer {
	nodes := 1 + len(r.Sections)
	for _, s := range r.Sections {
		nodes += len(s.Topics)
	}
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
	}
}

// placeTitle centres the title and its icon at the top of the canvas and
// sets both column floors below it.
func (p *placer) placeTitle(r *roadmap.Roadmap) error {
	top := float64(marginTop)
	if strings.TrimSpace(r.Title) == "" {
		p.floor = [2]float64{top - gutter, top - gutter}
		return nil
	}
	icon := p.icon(r.Icon)
	iconW := 0.0
	if icon != nil {
		iconW = p.m.TitleIcon + p.m.TitleIconGap
	}
	lbl := p.m.Title.Label(r.Title, p.d.Width-2*marginSide-iconW)
	rowH := lbl.H
	if icon != nil {
		rowH = math.Max(rowH, p.m.TitleIcon)
	}
	x := p.cx - (lbl.W+iconW)/2
	if icon != nil {
		icon.Box = Rect{X: x, Y: top + (rowH-p.m.TitleIcon)/2, W: p.m.TitleIcon, H: p.m.TitleIcon}
	}
	box := Rect{X: x + iconW, Y: top + (rowH-lbl.H)/2, W: lbl.W, H: lbl.H}
	bottom := top + rowH + titleGap - gutter
	p.floor = [2]float64{bottom, bottom}
	return p.addNode(Node{
		ID: "title", Kind: KindTitle, Box: box, Lines: lbl.At(box.X, box.Y),
		Icon: icon, URL: r.URL, Tooltip: r.Description,
	})
}

// icon turns a model icon into a diagram icon without its box: an image
// path (resolved against the roadmap's directory) or an emoji.
func (p *placer) icon(spec string) *Icon {
	spec = strings.TrimSpace(spec)
	if spec == "" {
		return nil
	}
	if !isImagePath(spec) {
		return &Icon{Text: spec}
	}
	if filepath.IsAbs(spec) || strings.Contains(spec, "://") {
		return &Icon{Path: spec}
	}
	return &Icon{Path: filepath.ToSlash(filepath.Join(p.dir, filepath.FromSlash(spec)))}
}

// isImagePath reports whether an icon names an image file rather than
// being an emoji, by the same rule as the roadmap checker.
func isImagePath(icon string) bool {
	lower := strings.ToLower(icon)
	for _, ext := range []string{".png", ".jpg", ".jpeg", ".svg", ".gif"} {
		if strings.HasSuffix(lower, ext) {
			return true
		}
	}
	return strings.ContainsAny(icon, `/\`)
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

// sectionLabel is the text of a section's box: its number, then its
// title.
func sectionLabel(i int, s *roadmap.Section) string {
	num := s.Number
	if num <= 0 {
		num = i + 1
	}
	prefix := strconv.Itoa(num) + ". "
	if strings.HasPrefix(s.Title, prefix) {
		return s.Title
	}
	return prefix + s.Title
}

// placeSection places section i, its icon and its topics, and joins it
// to the previous section and its topics to it.
func (p *placer) placeSection(i int, s *roadmap.Section) error {
	side := i % 2
	other := 1 - side
	lbl := p.m.Section.Label(sectionLabel(i, s), 0)
	tops, stackH := p.topicLabels(s.Topics)
	icon := p.icon(s.Icon)
	halfS := lbl.H / 2
	if icon != nil {
		halfS = math.Max(halfS, p.m.Icon/2)
	}
	c := p.floor[side] + gutter + halfS
	if len(tops) > 0 {
		c = math.Max(c, p.floor[other]+gutter+stackH/2)
		if n := len(p.prevTop); n > 0 {
			c = math.Max(c, p.prevTop[n-1].Y+p.prevTop[n-1].H+stackGap+stackH/2)
		}
	}
	secX := p.cx + sectionInset
	topX := p.cx - topicInset - p.m.Topic.Width
	if side == left {
		secX = p.cx - sectionInset - lbl.W
		topX = p.cx + topicInset
	}
	if i > 0 {
		c = math.Max(c, p.prev.Y+p.prev.H+spineMin+lbl.H/2)
		var err error
		if c, err = p.clearSpine(c, Rect{X: secX, W: lbl.W, H: lbl.H}, topX, tops, stackH); err != nil {
			return err
		}
	}
	box := Rect{X: secX, Y: c - lbl.H/2, W: lbl.W, H: lbl.H}
	if icon != nil {
		icon.Box = Rect{X: box.X - p.m.IconGap - p.m.Icon, Y: c - p.m.Icon/2, W: p.m.Icon, H: p.m.Icon}
		if side == right {
			icon.Box.X = box.X + box.W + p.m.IconGap
		}
	}
	err := p.addNode(Node{
		ID: s.ID, Kind: KindSection, Box: box, Lines: lbl.At(box.X, box.Y),
		Icon: icon, URL: s.URL, Tooltip: s.Description, Optional: s.Optional,
	})
	if err != nil {
		return err
	}
	if i > 0 {
		p.d.Edges = append(p.d.Edges, Edge{
			ID: "spine:" + p.prevID + "->" + s.ID, From: p.prevID, To: s.ID, Kind: EdgeSpine,
			Path: spinePath(p.prev, box),
		})
	}
	boxes, err := p.placeTopics(s, box, side, topX, c-stackH/2, tops)
	if err != nil {
		return err
	}
	p.floor[side] = math.Max(p.floor[side], c+halfS)
	if len(boxes) > 0 {
		p.floor[other] = c + stackH/2
	}
	p.prev, p.prevID, p.prevTop = box, s.ID, boxes
	return nil
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

// placeTopics stacks a section's topics from y down at x and joins each
// to the section by a dashed arrow.
func (p *placer) placeTopics(s *roadmap.Section, sec Rect, side int, x, y float64, ls []Label) ([]Rect, error) {
	if len(ls) == 0 {
		return nil, nil
	}
	boxes := make([]Rect, len(ls))
	secX := sec.X + sec.W
	if side == right {
		secX = sec.X
	}
	for j, t := range s.Topics {
		b := Rect{X: x, Y: y, W: ls[j].W, H: ls[j].H}
		boxes[j] = b
		y += b.H + topicGap
		err := p.addNode(Node{
			ID: t.ID, Kind: KindTopic, Box: b, Lines: ls[j].At(b.X, b.Y),
			URL: t.URL, Tooltip: t.Description, Optional: t.Optional || s.Optional,
		})
		if err != nil {
			return nil, err
		}
		tx := b.X
		if side == right {
			tx = b.X + b.W
		}
		p.d.Edges = append(p.d.Edges, Edge{
			ID: "topic:" + t.ID + "->" + s.ID, From: t.ID, To: s.ID, Kind: EdgeTopic,
			Path: []Segment{
				{Op: MoveTo, Pts: []Point{{tx, b.Y + b.H/2}}},
				{Op: LineTo, Pts: []Point{{secX, sec.Y + sec.H/2}}},
			},
			Arrow: true, Dashed: true,
		})
	}
	return boxes, nil
}

// spinePath is the S-curve from the bottom centre of a to the top centre
// of b.
func spinePath(a, b Rect) []Segment {
	p0, p1, p2, p3 := spineCurve(a, b)
	return []Segment{
		{Op: MoveTo, Pts: []Point{p0}},
		{Op: CubicTo, Pts: []Point{p1, p2, p3}},
	}
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
