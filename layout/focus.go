package layout

import (
	"github.com/roadmapgo/roadmap/roadmap"
)

// Focus dims everything in d but a learning path (roadmap.Course.PathTo):
// the nodes of path drawn in d, the sections of its topics, the title
// and its badge, and in a course the headers (badges included) and
// overview boxes of the parts it passes through, stay as they are; every other node, and every edge that does
// not join two nodes kept, is marked Dim. d is the diagram of one of
// c's roadmaps (Layout) or of course c (LayoutCourse).
func Focus(d *Diagram, c *roadmap.Course, path []roadmap.Node) {
	id := func(n roadmap.Node) string { return n.ID() }
	if c != nil && isCourseDiagram(d) {
		keys := partKeys(c.Roadmaps)
		id = func(n roadmap.Node) string { return keys[n.Roadmap] + "#" + n.ID() }
	}
	keep := map[string]bool{TitleID: true, BadgeID: true}
	for _, n := range path {
		keep[id(n)] = true
		keep[id(roadmap.Node{Roadmap: n.Roadmap, Section: n.Section})] = true
		if k := partOf(id(n)); k != "" {
			keep[k+"#:part"], keep[k+"#:overview"], keep[k+"#"+BadgeID] = true, true, true
		}
	}
	for i := range d.Nodes {
		d.Nodes[i].Dim = !keep[d.Nodes[i].ID]
	}
	for i := range d.Edges {
		e := &d.Edges[i]
		e.Dim = !keep[e.From] || !keep[e.To]
	}
}

// isCourseDiagram reports whether d is the picture of a whole course.
func isCourseDiagram(d *Diagram) bool {
	for _, n := range d.Nodes {
		if n.Kind == KindHeader {
			return true
		}
	}
	return false
}

// partOf is the part key of a course diagram's node id, "" for an id of
// a roadmap's diagram.
func partOf(id string) string {
	for i := 0; i < len(id); i++ {
		if id[i] == '#' {
			return id[:i]
		}
	}
	return ""
}
