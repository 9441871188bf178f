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
	laneCount    = 11 // lanes in the middle corridor, alternating around the centre
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
			a, b := p.d.Nodes[from].Box, p.d.Nodes[p.index[to]].Box
			reqs = append(reqs, requirement{
				edge: Edge{ID: id, From: ref.ID, To: to, Kind: EdgeRequires, Arrow: true},
				a:    a, b: b, y0: a.Y + a.H/4, y1: b.Y + b.H*3/4,
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
	lanes := assignLanes(reqs)
	for i, q := range reqs {
		q.edge.Path = orthoPath(Point{p.innerX(q.a), q.y0}, p.cx+laneOffset(lanes[i]), Point{p.innerX(q.b), q.y1})
		p.d.Edges = append(p.d.Edges, q.edge)
	}
	return nil
}

// assignLanes gives each arrow a lane of the corridor so that arrows
// whose vertical runs overlap take different lanes while there are lanes
// to spare: arrows sorted by the top of their run take the lowest lane
// free by then, or, when none is, the lane that frees first.
func assignLanes(reqs []requirement) []int {
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
	var freeAt [laneCount]float64
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

// laneOffset is the x of lane k from the canvas centre: 0, +10, -10,
// +20, -20, ...
func laneOffset(k int) float64 {
	off := float64((k+1)/2) * laneStep
	if k%2 == 1 {
		return off
	}
	return -off
}

// innerX is the x of a box's side that faces the middle of the canvas.
func (p *placer) innerX(b Rect) float64 {
	if b.X+b.W/2 < p.cx {
		return b.X + b.W
	}
	return b.X
}

// orthoPath goes from a horizontally to the vertical line at x, along it,
// then horizontally to b, rounding both bends. The corridor that x lies
// in holds no box, and a box's inner side looks onto it, so the path
// crosses no box.
func orthoPath(a Point, x float64, b Point) []Segment {
	r := math.Min(cornerRadius, math.Min(math.Abs(b.Y-a.Y)/2, math.Min(math.Abs(x-a.X), math.Abs(x-b.X))))
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
