package dot

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/roadmap"
)

// TitleID is the node id of a roadmap's title box, as in the native
// layout: no model id can clash with it.
const TitleID = layout.TitleID

// Sizer measures the box of a node of the given kind: its size in px and
// its label wrapped into lines.
type Sizer func(kind layout.NodeKind, label string) (w, h float64, lines []string)

// FromRoadmap builds the graph of one validated roadmap.
//
// The shape it asks of dot is the one of the reference roadmaps: the title
// on top; the sections down a spine; each section's topics in a column
// that starts level with the section, on its right for odd sections and on
// its left for even ones, with a dashed connector from every topic to its
// section (arrowhead at the section); and dashed prerequisite edges, which
// do not decide ranks. Node ids are the model's ids. Each section and its
// topics form a cluster, drawn when Options.Clusters is set.
func FromRoadmap(r *roadmap.Roadmap, size Sizer) (*Graph, error) {
	b := &builder{g: &Graph{Title: r.Title}, size: size, sectionClusters: true}
	b.part(r, "", "")
	for _, n := range r.Nodes() {
		for _, ref := range n.Requires() {
			if ref.File == "" {
				b.requires(ref.ID, n.ID(), false)
			}
		}
	}
	return b.result()
}

// FromCourse builds one graph of the roadmaps of a course: each part in a
// cluster of its own, and the prerequisite edges within and across parts.
// Node ids are FILE#ID, FILE being the part's path relative to the
// directory of the first part, with forward slashes, so ids from
// different files cannot clash. Requires that point into a file that is
// not one of c.Roadmaps are left out.
func FromCourse(c *roadmap.Course, size Sizer) (*Graph, error) {
	if len(c.Roadmaps) == 0 {
		return nil, fmt.Errorf("dot: course has no roadmap")
	}
	base := filepath.Dir(c.Roadmaps[0].File)
	keys := make(map[*roadmap.Roadmap]string, len(c.Roadmaps))
	titles := make([]string, len(c.Roadmaps))
	for i, r := range c.Roadmaps {
		keys[r] = partKey(base, r.File, i)
		titles[i] = r.Title
	}
	b := &builder{g: &Graph{Title: strings.Join(titles, " · ")}, size: size}
	for _, r := range c.Roadmaps {
		b.g.Clusters = append(b.g.Clusters, Cluster{ID: keys[r], Label: r.Title})
		b.part(r, keys[r]+"#", keys[r])
	}
	for _, r := range c.Roadmaps {
		for _, n := range r.Nodes() {
			for _, ref := range n.Requires() {
				target, ok := c.Resolve(r, ref)
				if key, listed := keys[target.Roadmap]; ok && listed {
					b.requires(key+"#"+target.ID(), keys[r]+"#"+n.ID(), target.Roadmap != r)
				}
			}
		}
	}
	return b.result()
}

// partKey names a part of a course: its path relative to base, or its
// place in the course when the path cannot be made relative.
func partKey(base, file string, index int) string {
	rel, err := filepath.Rel(base, file)
	if err != nil || file == "" {
		return fmt.Sprintf("part%d", index+1)
	}
	return filepath.ToSlash(rel)
}

// meta is what a box carries besides its label.
type meta struct {
	url, description string
	optional         bool
}

// builder accumulates a graph and the first error of measuring.
type builder struct {
	g    *Graph
	size Sizer
	err  error
	// sectionClusters puts each section and its topics in a cluster.
	sectionClusters bool
}

// result returns the graph, or the first problem met while building it.
func (b *builder) result() (*Graph, error) {
	if b.err != nil {
		return nil, b.err
	}
	return b.g, nil
}

// node adds a measured box.
func (b *builder) node(id string, kind layout.NodeKind, label, cluster string, m meta) {
	w, h, lines := b.size(kind, label)
	if !(w > 0 && h > 0) && b.err == nil {
		b.err = fmt.Errorf("dot: box of %q measured %gx%g", id, w, h)
	}
	b.g.Nodes = append(b.g.Nodes, Node{ID: id, Kind: kind, Text: label, Lines: lines, W: w, H: h,
		Cluster: cluster, URL: m.url, Tooltip: roadmap.PlainText(m.description), Optional: m.optional})
}

// part adds the title, sections and topics of r, their ids prefixed.
func (b *builder) part(r *roadmap.Roadmap, prefix, cluster string) {
	title := prefix + TitleID
	b.node(title, layout.KindTitle, r.Title, cluster, meta{r.URL, r.Description, r.Optional})
	prev := title
	for i, s := range r.Sections {
		id := prefix + s.ID
		sc := cluster
		if b.sectionClusters {
			sc = id
			b.g.Clusters = append(b.g.Clusters, Cluster{ID: id, Label: layout.SectionLabel(s, i)})
		}
		b.node(id, layout.KindSection, layout.SectionLabel(s, i), sc, meta{s.URL, s.Description, s.Optional})
		b.spine(prev, id, prev == title)
		b.topics(s, prefix, sc, i%2 == 1)
		prev = id
	}
}

// spine links a section to the one before it (or to the title, by an
// invisible edge that only keeps the title on top). The column of topics
// of the previous section sets the rank distance, so the next section
// starts below the last topic.
func (b *builder) spine(from, to string, fromTitle bool) {
	e := Edge{ID: edgeID(layout.EdgeSpine, from, to), Tail: from, Head: to, Kind: layout.EdgeSpine, Dir: DirNone}
	if fromTitle {
		e.ID, e.Kind, e.Invisible = edgeID("", from, to), "", true
	} else {
		e.MinLen = b.columnLength(from)
	}
	b.g.Edges = append(b.g.Edges, e)
}

// columnLength is the number of ranks the topics of section id take.
func (b *builder) columnLength(id string) int {
	n := 0
	for _, e := range b.g.Edges {
		if e.Kind == layout.EdgeTopic && (e.Tail == id || e.Head == id) {
			n++
		}
	}
	return max(n, 1)
}

// topics adds the topics of s in a column beside it: the first level with
// the section, the others below it, chained by invisible edges. The
// connector's tail is on the left, so left puts the column on the left.
func (b *builder) topics(s *roadmap.Section, prefix, cluster string, left bool) {
	sid := prefix + s.ID
	var column []string
	for _, t := range s.Topics {
		id := prefix + t.ID
		b.node(id, layout.KindTopic, t.Title, cluster, meta{t.URL, t.Description, t.Optional || s.Optional})
		e := Edge{ID: edgeID(layout.EdgeTopic, id, sid), Tail: sid, Head: id, Kind: layout.EdgeTopic, Dir: DirBack}
		if left {
			e.Tail, e.Head, e.Dir = id, sid, DirForward
		}
		if len(column) > 0 {
			e.NoConstraint = true
			prev := column[len(column)-1]
			b.g.Edges = append(b.g.Edges, Edge{ID: edgeID("", prev, id), Tail: prev, Head: id, Invisible: true, Dir: DirNone})
		}
		b.g.Edges = append(b.g.Edges, e)
		column = append(column, id)
	}
	if len(column) > 0 {
		b.g.SameRank = append(b.g.SameRank, []string{sid, column[0]})
	}
}

// requires adds a prerequisite edge. Within a part it does not decide
// ranks (the spine does); across parts it does, so that a part that
// depends on another is drawn below it.
func (b *builder) requires(prereq, dependent string, acrossParts bool) {
	b.g.Edges = append(b.g.Edges, Edge{ID: edgeID(layout.EdgeRequires, prereq, dependent), Tail: prereq, Head: dependent,
		Kind: layout.EdgeRequires, Dir: DirForward, NoConstraint: !acrossParts})
}

// edgeID names an edge by its kind ("hidden" for an invisible one) and
// its ends as the native engine does ("spine:FROM->TO",
// "topic:TOPIC->SECTION", "requires:PREREQ->NODE"), so that a spine link
// and a requires between the same two sections get different ids.
func edgeID(kind layout.EdgeKind, from, to string) string {
	if kind == "" {
		kind = "hidden"
	}
	return string(kind) + ":" + from + "->" + to
}
