package layout

import (
	"fmt"
	"math"
	"sort"

	"github.com/roadmapgo/roadmap/roadmap"
)

// Routing of `requires` arrows in the native layout.
const (
	laneStep     = 10 // between two lanes of requires arrows, in px
	laneCount    = 11 // lanes in the middle corridor, alternating around its middle
	cornerRadius = 10 // of the bends of requires arrows, in px
	laneGap      = 12 // least vertical room between two arrows sharing a lane
)

// requirement is one arrow to route: from the prerequisite's box a to the
// requiring node's box b.
type requirement struct {
	edge Edge
	a, b Rect
	// y0, y1 are where the arrow leaves a and enters b.
	y0, y1 float64
}

// routeRequires draws an arrow for every same-file `requires`, from the
// prerequisite to the node that requires it, in reading order; cross-file
// references and repeats are left out.
func (p *placer) routeRequires(r *roadmap.Roadmap) error {
	var reqs []requirement
	seen := map[string]bool{}
	add := func(to string, refs []roadmap.Ref) error {
		for _, ref := range refs {
			if ref.File != "" || ref.ID == to {
				continue
			}
			from, ok := p.index[ref.ID]
			if !ok || ref.ID == "title" {
				return fmt.Errorf("layout: %s requires %q, which is no section or topic of this roadmap", to, ref.ID)
			}
			id := "requires:" + ref.ID + "->" + to
			if seen[id] {
				continue
			}
			seen[id] = true
			at := p.index[to]
			a, b := p.d.Nodes[from].Box, p.d.Nodes[at].Box
			reqs = append(reqs, requirement{
				edge: Edge{ID: id, From: ref.ID, To: to, Kind: EdgeRequires, Arrow: true},
				a:    a, b: b, y0: p.portY(from, a, true), y1: p.portY(at, b, false),
			})
		}
		return nil
	}
	for _, s := range r.Sections {
		if err := add(s.ID, s.Requires); err != nil {
			return err
		}
		for _, t := range s.Topics {
			if err := add(t.ID, t.Requires); err != nil {
				return err
			}
		}
	}
	count := laneCount
	if p.f.narrow {
		count = narrowLanes
	}
	lanes := assignLanes(reqs, count)
	for i, q := range reqs {
		x := p.corridor + laneOffset(lanes[i])*p.f.s
		q.edge.Path = orthoPath(Point{p.innerX(q.a), q.y0}, x, Point{p.innerX(q.b), q.y1}, p.f.sc(cornerRadius))
		p.d.Edges = append(p.d.Edges, q.edge)
	}
	return nil
}

// assignLanes gives each arrow a lane of the corridor so that arrows
// whose vertical runs overlap take different lanes while there are lanes
// to spare: arrows sorted by the top of their run take the lowest lane
// free by then, or, when none is, the lane that frees first.
func assignLanes(reqs []requirement, count int) []int {
	order := make([]int, len(reqs))
	for i := range order {
		order[i] = i
	}
	span := func(i int) (float64, float64) {
		return math.Min(reqs[i].y0, reqs[i].y1), math.Max(reqs[i].y0, reqs[i].y1)
	}
	sort.SliceStable(order, func(x, y int) bool {
		tx, _ := span(order[x])
		ty, _ := span(order[y])
		return tx < ty
	})
	lanes := make([]int, len(reqs))
	freeAt := make([]float64, count)
	for k := range freeAt {
		freeAt[k] = math.Inf(-1)
	}
	for _, i := range order {
		top, bottom := span(i)
		best := 0
		for k := range freeAt {
			if freeAt[k] <= top-laneGap {
				best = k
				break
			}
			if freeAt[k] < freeAt[best] {
				best = k
			}
		}
		lanes[i] = best
		freeAt[best] = bottom
	}
	return lanes
}

// laneOffset is the x of lane k from the corridor's middle at scale 1:
// 0, +10, -10, +20, -20, ...
func laneOffset(k int) float64 {
	off := float64((k+1)/2) * laneStep
	if k%2 == 1 {
		return off
	}
	return -off
}

// portY is the height at which a requires arrow leaves (or enters) the
// box b of node i (its index): a quarter down (three quarters when entering), or,
// for a topic of an outer column, just below (above) the height of its
// topic arrow, which runs through a gap of the inner column; in the
// narrow layout lower, clear of the status mark at the top right.
func (p *placer) portY(i int, b Rect, leaving bool) float64 {
	if i < len(p.ports) && p.ports[i] > 0 {
		y := p.ports[i]
		if leaving {
			return y + p.f.sc(topicGap)/4
		}
		return y - p.f.sc(topicGap)/4
	}
	switch {
	case p.f.narrow && leaving:
		return b.Y + b.H*0.62
	case p.f.narrow:
		return b.Y + b.H*0.86
	case leaving:
		return b.Y + b.H/4
	}
	return b.Y + b.H*3/4
}

// hasLocalRequires reports whether any section or topic of r requires
// a node of the same file.
func hasLocalRequires(r *roadmap.Roadmap) bool {
	local := func(refs []roadmap.Ref) bool {
		for _, ref := range refs {
			if ref.File == "" {
				return true
			}
		}
		return false
	}
	for _, s := range r.Sections {
		if local(s.Requires) {
			return true
		}
		for _, t := range s.Topics {
			if local(t.Requires) {
				return true
			}
		}
	}
	return false
}

// innerX is the x of a box's side that faces the requires corridor: the
// middle of the canvas, or the right in the narrow layout.
func (p *placer) innerX(b Rect) float64 {
	if p.f.narrow || b.X+b.W/2 < p.cx {
		return b.X + b.W
	}
	return b.X
}

// orthoPath goes from a horizontally to the vertical line at x, along it,
// then horizontally to b, rounding both bends with the given radius. The corridor that x lies
// in holds no box, and a box's inner side looks onto it, so the path
// crosses no box.
func orthoPath(a Point, x float64, b Point, radius float64) []Segment {
	r := math.Min(radius, math.Min(math.Abs(b.Y-a.Y)/2, math.Min(math.Abs(x-a.X), math.Abs(x-b.X))))
	dirA := math.Copysign(1, x-a.X)
	dirB := math.Copysign(1, b.X-x)
	dirY := math.Copysign(1, b.Y-a.Y)
	segs := []Segment{{Op: MoveTo, Pts: []Point{a}}}
	if r <= 0 {
		return append(segs,
			Segment{Op: LineTo, Pts: []Point{{x, a.Y}}},
			Segment{Op: LineTo, Pts: []Point{{x, b.Y}}},
			Segment{Op: LineTo, Pts: []Point{b}})
	}
	return append(segs,
		Segment{Op: LineTo, Pts: []Point{{x - dirA*r, a.Y}}},
		Segment{Op: CubicTo, Pts: []Point{{x - dirA*r/2, a.Y}, {x, a.Y + dirY*r/2}, {x, a.Y + dirY*r}}},
		Segment{Op: LineTo, Pts: []Point{{x, b.Y - dirY*r}}},
		Segment{Op: CubicTo, Pts: []Point{{x, b.Y - dirY*r/2}, {x + dirB*r/2, b.Y}, {x + dirB*r, b.Y}}},
		Segment{Op: LineTo, Pts: []Point{b}})
}
