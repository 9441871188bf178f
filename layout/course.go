package layout

import (
	"context"
	"errors"
	"math"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/roadmapgo/roadmap/roadmap"
)

// The kinds of node a course picture adds.
const (
	// KindPart is a part of a course in the overview under the course's
	// title, linking to the part's header.
	KindPart NodeKind = "part"
	// KindHeader is the band over a part of a course holding its title.
	KindHeader NodeKind = "header"
)

// Spacing of a course picture at scale 1, in px.
const (
	descGap     = 14  // from the course title to its description
	overviewGap = 44  // from the description to the overview
	partGap     = 40  // from a part's last box (and its margin) to the next header
	partPitch   = 56  // least room between two boxes of the overview
	partMaxW    = 230 // widest box of the overview
	partMinW    = 150 // narrowest box of the overview; fewer to a row below it
	headerPad   = 16  // inside a part's header band, around its title
	descSize    = 20  // the course description's text
	descMaxW    = 760 // the course description's widest line
)

// LayoutCourse draws every part of course c in one picture, no wider
// than the canvas: the course's title and description; an overview of
// its parts in the course's order, an arrow from each part to the parts
// that require it; then each part as Layout draws it, under a header
// band holding its title, its sections numbered within the part. A
// prerequisite in another part is a chip naming that part and linking to
// the node in this picture.
//
// Node ids are "KEY#ID" for a part's sections and topics (KEY the part
// file's name without its extension, made unique), "KEY#:part" for its
// header and "KEY#:overview" for its box in the overview, TitleID for the
// course's title: none can clash with another, since model ids hold no
// '#' or ':'.
func (n Native) LayoutCourse(ctx context.Context, c *roadmap.Course, opt Options) (*Diagram, error) {
	if c == nil || len(c.Roadmaps) == 0 {
		return nil, errors.New("layout: a course of no part")
	}
	w := opt.Width
	if w == 0 {
		w = DefaultWidth
	}
	if err := checkWidth(w); err != nil {
		return nil, err
	}
	keys := partKeys(c.Roadmaps)
	drawn := func(r *roadmap.Roadmap, id string) (string, bool) {
		k, ok := keys[r]
		return k + "#" + id, ok
	}
	f := newFrame(n.metrics().WithFonts(opt.Fonts), w, &roadmap.Roadmap{})
	d := &Diagram{Width: w, Scale: f.s, Title: c.Title, Description: c.Description}
	y := courseHead(d, c, keys, f)
	for _, r := range c.Roadmaps {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		part, err := n.layout(ctx, r, Options{Width: w, Course: c, Progress: partProgress(opt.CourseProgress, r), Fonts: opt.Fonts}, drawn)
		if err != nil {
			return nil, err
		}
		y = addPart(d, part, r, keys[r], y+f.sc(partGap), f)
		d.Scale = math.Min(d.Scale, scaleOf(part))
	}
	d.Height = math.Ceil(y)
	return d, nil
}

// partProgress is the progress of part r, nil when none is shown; a part
// of a course with progress but none of its own shows that nothing is
// done.
func partProgress(cp roadmap.CourseProgress, r *roadmap.Roadmap) roadmap.Progress {
	if cp == nil {
		return nil
	}
	if p := cp[r]; p != nil {
		return p
	}
	return roadmap.Progress{}
}

// scaleOf is a diagram's scale, 1 when unset.
func scaleOf(d *Diagram) float64 {
	if d.Scale <= 0 {
		return 1
	}
	return d.Scale
}

// partKeys names each part by its file's name without extension, made
// unique with "-2", "-3", ... and free of '#' and ':'.
func partKeys(rs []*roadmap.Roadmap) map[*roadmap.Roadmap]string {
	keys := make(map[*roadmap.Roadmap]string, len(rs))
	taken := map[string]bool{}
	for i, r := range rs {
		base := strings.TrimSuffix(filepath.Base(r.File), filepath.Ext(r.File))
		base = strings.NewReplacer("#", "-", ":", "-").Replace(base)
		if base == "" || base == "." {
			base = "part-" + strconv.Itoa(i+1)
		}
		k := base
		for j := 2; taken[k]; j++ {
			k = base + "-" + strconv.Itoa(j)
		}
		taken[k] = true
		keys[r] = k
	}
	return keys
}

// addPart adds part, the layout of roadmap r, to d with its ids under
// key, its header band's top at y, and returns the part's bottom,
// margin included.
func addPart(d *Diagram, part *Diagram, r *roadmap.Roadmap, key string, y float64, f *frame) float64 {
	var head []Rect // what the header band holds: the title, its icon and badge, the legend
	for _, nd := range part.Nodes {
		if nd.Kind == KindTitle || nd.Kind == KindLegend || nd.Kind == KindBadge {
			head = append(head, nd.Box)
		}
		if nd.Kind == KindTitle && nd.Icon != nil {
			head = append(head, nd.Icon.Box)
		}
	}
	if len(head) == 0 { // a roadmap built without a title has no header
		head = []Rect{{Y: f.sc(marginTop)}}
	}
	band := headerBand(head, f)
	dy := y - band.Y
	for _, nd := range part.Nodes {
		if nd.Kind == KindTitle {
			nd = headerNode(nd, band, r, key)
		} else {
			nd.ID = key + "#" + nd.ID
		}
		d.Nodes = append(d.Nodes, moveNode(nd, dy))
	}
	for _, e := range part.Edges {
		e.ID, e.From, e.To = key+"#"+e.ID, key+"#"+e.From, key+"#"+e.To
		e.Path = movePath(e.Path, dy)
		d.Edges = append(d.Edges, e)
	}
	return part.Height + dy
}

// headerBand is the band of a part's header around head, the boxes of
// its title, icon, badge and legend: the canvas width less the side
// margins.
func headerBand(head []Rect, f *frame) Rect {
	b := head[0]
	for _, h := range head[1:] {
		y0 := math.Min(b.Y, h.Y)
		y1 := math.Max(b.Y+b.H, h.Y+h.H)
		b.Y, b.H = y0, y1-y0
	}
	pad := f.sc(headerPad)
	// The title may reach the layout's side margin: the band reaches
	// half way to the canvas's edge, keeping its padding.
	side := marginSide / 2.0
	if f.narrow {
		side = narrowSide / 2.0
	}
	return Rect{X: side, Y: b.Y - pad, W: f.w - 2*side, H: b.H + 2*pad}
}

// headerNode turns the title node t of part r into its header, band,
// dashed for an optional part (whose badge stays beside the title).
func headerNode(t Node, band Rect, r *roadmap.Roadmap, key string) Node {
	t.ID, t.Kind, t.Box = key+"#:part", KindHeader, band
	t.Optional = r.Optional
	return t
}

// moveNode returns nd moved down by dy.
func moveNode(nd Node, dy float64) Node {
	nd.Box.Y += dy
	nd.Lines = shift(nd.Lines, 0, dy)
	if nd.Icon != nil {
		ic := *nd.Icon
		ic.Box.Y += dy
		nd.Icon = &ic
	}
	nd.Refs = shiftRefs(nd.Refs, 0, dy)
	for i := range nd.Marks {
		nd.Marks[i].Box.Y += dy
	}
	if nd.Meter != nil {
		m := *nd.Meter
		m.Track.Y += dy
		m.Fill.Y += dy
		nd.Meter = &m
	}
	return nd
}

// movePath returns segs moved down by dy, in place.
func movePath(segs []Segment, dy float64) []Segment {
	for _, s := range segs {
		for k := range s.Pts {
			s.Pts[k].Y += dy
		}
	}
	return segs
}
