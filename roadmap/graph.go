package roadmap

import (
	"container/heap"
	"sort"
)

// EdgeKind tells why one node of a Graph leads to another.
type EdgeKind int

const (
	// SpineEdge joins section i to section i+1 of a roadmap.
	SpineEdge EdgeKind = iota
	// TopicEdge joins a section to each of its topics.
	TopicEdge
	// RequiresEdge joins a prerequisite to the section or topic that
	// requires it.
	RequiresEdge
)

// String returns "spine", "topic" or "requires", the names the SVG uses.
func (k EdgeKind) String() string {
	switch k {
	case TopicEdge:
		return "topic"
	case RequiresEdge:
		return "requires"
	}
	return "spine"
}

// Edge is a directed edge of a Graph, between indices into Graph.Nodes.
type Edge struct {
	From, To int
	Kind     EdgeKind
}

// Graph is the dependency graph of one roadmap or of a course: its
// sections and topics in reading order, and the edges of the reading
// order and of requires, without duplicates, in the order of their
// source nodes.
type Graph struct {
	Nodes []Node
	Edges []Edge
	index map[graphKey]int
}

// graphKey names a node: ids are unique within a roadmap only.
type graphKey struct {
	r  *Roadmap
	id string
}

// NewGraph builds the graph of one validated roadmap. Requires naming
// another file are left out; use Course.Graph for those.
func NewGraph(r *Roadmap) *Graph {
	g := newGraph([]*Roadmap{r})
	g.addRequires(r, func(ref Ref) (Node, bool) {
		if ref.File != "" {
			return Node{}, false
		}
		i, ok := g.Index(r, ref.ID)
		if !ok {
			return Node{}, false
		}
		return g.Nodes[i], true
	})
	return g
}

// Graph builds the graph of all the roadmaps of the course, one after
// the other, with the requires between them. The roadmaps are not joined
// by spine edges; requires naming a file outside c.Roadmaps are left out.
func (c *Course) Graph() *Graph {
	g := newGraph(c.Roadmaps)
	for _, r := range c.Roadmaps {
		g.addRequires(r, func(ref Ref) (Node, bool) { return c.Resolve(r, ref) })
	}
	return g
}

// newGraph adds the nodes of the roadmaps and their spine and topic edges.
func newGraph(rs []*Roadmap) *Graph {
	g := &Graph{index: map[graphKey]int{}}
	for _, r := range rs {
		prev := -1
		for _, n := range r.Nodes() {
			i := len(g.Nodes)
			g.Nodes = append(g.Nodes, n)
			g.index[graphKey{r, n.ID()}] = i
			if n.Topic == nil {
				if prev >= 0 {
					g.Edges = append(g.Edges, Edge{prev, i, SpineEdge})
				}
				prev = i
			} else {
				g.Edges = append(g.Edges, Edge{prev, i, TopicEdge})
			}
		}
	}
	return g
}

// addRequires adds an edge from each prerequisite of r that resolve
// finds in the graph to its dependent, then orders the edges by source.
func (g *Graph) addRequires(r *Roadmap, resolve func(Ref) (Node, bool)) {
	seen := map[Edge]bool{}
	for _, e := range g.Edges {
		seen[e] = true
	}
	for _, n := range r.Nodes() {
		to, _ := g.Index(r, n.ID())
		for _, ref := range n.Requires() {
			target, ok := resolve(ref)
			if !ok {
				continue
			}
			from, ok := g.Index(target.Roadmap, target.ID())
			if e := (Edge{from, to, RequiresEdge}); ok && !seen[e] {
				seen[e] = true
				g.Edges = append(g.Edges, e)
			}
		}
	}
	sort.SliceStable(g.Edges, func(i, j int) bool { return g.Edges[i].From < g.Edges[j].From })
}

// Index returns the index in g.Nodes of the section or topic id of r.
func (g *Graph) Index(r *Roadmap, id string) (int, bool) {
	i, ok := g.index[graphKey{r, id}]
	return i, ok
}

// TopologicalOrder returns the indices of all nodes so that every edge
// goes forward, breaking ties by reading order, so that the same graph
// always gives the same order. Requires cycles are refused by the
// loader, but a requires naming a later node of the reading order makes
// a cycle with the spine; then the earliest node left in reading order
// is taken next, and the order stays total and deterministic.
func (g *Graph) TopologicalOrder() []int {
	indeg := make([]int, len(g.Nodes))
	out := make([][]int, len(g.Nodes))
	for _, e := range g.Edges {
		indeg[e.To]++
		out[e.From] = append(out[e.From], e.To)
	}
	ready := &intHeap{}
	for i, d := range indeg {
		if d == 0 {
			heap.Push(ready, i)
		}
	}
	done := make([]bool, len(g.Nodes))
	order := make([]int, 0, len(g.Nodes))
	earliest := 0 // no node before it is left
	for len(order) < len(g.Nodes) {
		var v int
		if ready.Len() > 0 {
			v = heap.Pop(ready).(int)
		} else {
			for done[earliest] {
				earliest++
			}
			v = earliest
		}
		if done[v] {
			continue
		}
		done[v] = true
		order = append(order, v)
		for _, w := range out[v] {
			if indeg[w]--; indeg[w] == 0 && !done[w] {
				heap.Push(ready, w)
			}
		}
	}
	return order
}

// intHeap is a min-heap of node indices.
type intHeap []int

func (h intHeap) Len() int           { return len(h) }
func (h intHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h intHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *intHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *intHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}
