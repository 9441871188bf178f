package graphviz

import (
	"path/filepath"

	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/layout/dot"
	"github.com/roadmapgo/roadmap/roadmap"
)

// iconSpecs maps the ids of r's title and sections, prefixed, to their
// icons, resolved as the native engine resolves them: an image path
// relative to the roadmap's directory, or an emoji.
func iconSpecs(r *roadmap.Roadmap, prefix string, into map[string]layout.Icon) {
	dir := ""
	if r.File != "" {
		dir = filepath.Dir(r.File)
	}
	add := func(id, spec string) {
		if ic := layout.IconFor(spec, dir); ic != nil {
			into[prefix+id] = *ic
		}
	}
	add(dot.TitleID, r.Icon)
	for _, s := range r.Sections {
		add(s.ID, s.Icon)
	}
}

// placeIcons puts each node's icon beside its box, as the native engine
// does: left of the title; beside a section, on the side away from its
// first topic. Graphviz did not reserve room for icons, so a side is used
// only where the icon overlaps no box and no other icon; where neither
// side is free the icon is left out. Call it before fitCanvas, which then
// makes room for the icons on the canvas.
func placeIcons(d *layout.Diagram, icons map[string]layout.Icon, m layout.Metrics) {
	var taken []layout.Rect
	for _, n := range d.Nodes {
		taken = append(taken, n.Box)
	}
	for i := range d.Nodes {
		n := &d.Nodes[i]
		icon, ok := icons[n.ID]
		if !ok || n.Kind == layout.KindTopic {
			continue
		}
		for _, box := range iconCandidates(d, n, m) {
			if !overlapsAny(box, taken) {
				icon.Box = box
				n.Icon = &icon
				taken = append(taken, box)
				break
			}
		}
	}
}

// iconCandidates lists where n's icon may go, best first.
func iconCandidates(d *layout.Diagram, n *layout.Node, m layout.Metrics) []layout.Rect {
	size, gap := m.Icon, m.IconGap
	if n.Kind == layout.KindTitle {
		size, gap = m.TitleIcon, m.TitleIconGap
	}
	y := n.Box.Y + float64((n.Box.H-size)/2)
	left := layout.Rect{X: n.Box.X - gap - size, Y: y, W: size, H: size}
	right := layout.Rect{X: n.Box.X + n.Box.W + gap, Y: y, W: size, H: size}
	if n.Kind == layout.KindSection && topicsLeftOf(d, n) {
		return []layout.Rect{right, left}
	}
	return []layout.Rect{left, right}
}

// topicsLeftOf reports whether the first topic joined to section n lies
// left of it.
func topicsLeftOf(d *layout.Diagram, n *layout.Node) bool {
	for _, e := range d.Edges {
		if e.Kind == layout.EdgeTopic && e.To == n.ID {
			for _, t := range d.Nodes {
				if t.ID == e.From {
					return t.Box.X < n.Box.X
				}
			}
		}
	}
	return false
}

func overlapsAny(r layout.Rect, boxes []layout.Rect) bool {
	for _, b := range boxes {
		if r.X < b.X+b.W && b.X < r.X+r.W && r.Y < b.Y+b.H && b.Y < r.Y+r.H {
			return true
		}
	}
	return false
}
