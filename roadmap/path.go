package roadmap

import (
	"container/heap"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Number is the number a section or topic is drawn with: "3" for the
// third section of its roadmap, "3.2" for the second topic of it.
func (n Node) Number() string {
	si := sectionIndex(n.Roadmap, n.Section)
	if n.Topic == nil {
		return strconv.Itoa(si + 1)
	}
	for i, t := range n.Section.Topics {
		if t == n.Topic {
			return strconv.Itoa(si+1) + "." + strconv.Itoa(i+1)
		}
	}
	return strconv.Itoa(si + 1)
}

// sectionIndex is the index of s in r.
func sectionIndex(r *Roadmap, s *Section) int {
	for i, x := range r.Sections {
		if x == s {
			return i
		}
	}
	return 0
}

// Find returns the section or topic that id names in the course: an id of
// one of its roadmaps, "FILE#ID" for the roadmap whose file ends in FILE,
// the last part of a topic id ("attention" for "architecture/attention")
// when only one topic has it, or a number ("3", "3.2") as drawn. An unknown or ambiguous id is an error that
// says what to write instead.
func (c *Course) Find(id string) (Node, error) {
	file, id := splitRef(id)
	var exact, tail, numbered []Node
	var ids []string
	for _, r := range c.Roadmaps {
		if file != "" && !strings.HasSuffix(strings.ReplaceAll(r.File, `\`, "/"), file) {
			continue
		}
		for _, n := range r.Nodes() {
			ids = append(ids, n.ID())
			switch {
			case n.ID() == id:
				exact = append(exact, n)
			case strings.HasSuffix(n.ID(), "/"+id):
				tail = append(tail, n)
			case n.Number() == id:
				numbered = append(numbered, n)
			}
		}
	}
	if len(exact) == 0 {
		exact = tail
	}
	if len(exact) == 0 {
		exact = numbered
	}
	switch len(exact) {
	case 1:
		return exact[0], nil
	case 0:
		return Node{}, fmt.Errorf("no section or topic has the id %s%s", quote(id), didYouMean(id, ids))
	}
	var names []string
	for _, n := range exact {
		names = append(names, n.Roadmap.File+"#"+n.ID())
	}
	return Node{}, fmt.Errorf("the id %s names %d places: %s; write one of them", quote(id), len(exact), strings.Join(names, ", "))
}

// splitRef splits "FILE#ID" into its file and id; a plain id has no file.
func splitRef(s string) (file, id string) {
	if i := strings.LastIndexByte(s, '#'); i >= 0 {
		return s[:i], s[i+1:]
	}
	return "", s
}

// PathTo returns what a learner must know before n, transitively and
// across the files of the course, followed by n itself, in an order in
// which each step comes after its prerequisites. The prerequisites of a
// node are its requires and, for a topic, those of its section; a
// section required stands for itself and all its topics. Ties go to the
// reading order (the course's parts in order, then the files reached
// only through references).
func (c *Course) PathTo(n Node) []Node {
	p := &pathFinder{c: c, rank: map[nodeKey]int{}, deps: map[nodeKey][]Node{}}
	p.rankAll()
	p.visit(n)
	return p.order()
}

// nodeKey names a node across files.
type nodeKey struct {
	r  *Roadmap
	id string
}

func keyOf(n Node) nodeKey { return nodeKey{n.Roadmap, n.ID()} }

// pathFinder collects the prerequisites of a node.
type pathFinder struct {
	c     *Course
	rank  map[nodeKey]int // reading order across the course
	deps  map[nodeKey][]Node
	nodes []Node // every node reached, in the order first reached
}

// rankAll numbers every node of every file loaded, parts first.
func (p *pathFinder) rankAll() {
	seen := map[*Roadmap]bool{}
	add := func(r *Roadmap) {
		if r == nil || seen[r] {
			return
		}
		seen[r] = true
		for _, n := range r.Nodes() {
			p.rank[keyOf(n)] = len(p.rank)
		}
	}
	for _, r := range p.c.Roadmaps {
		add(r)
	}
	for _, f := range p.c.loaded {
		add(f.r)
	}
}

// visit records n and, depth first, its prerequisites.
func (p *pathFinder) visit(n Node) {
	k := keyOf(n)
	if _, done := p.deps[k]; done {
		return
	}
	p.deps[k] = nil
	p.nodes = append(p.nodes, n)
	deps := p.direct(n)
	p.deps[k] = deps
	for _, d := range deps {
		p.visit(d)
	}
}

// direct lists the prerequisites of n itself: its requires and, for a
// topic, its section's, each section expanded into itself and its topics
// (leaving out n and its own section's topics).
func (p *pathFinder) direct(n Node) []Node {
	refs := n.Requires()
	if n.Topic != nil {
		refs = append(append([]Ref(nil), refs...), n.Section.Requires...)
	}
	var out []Node
	for _, ref := range refs {
		d, ok := p.c.Resolve(n.Roadmap, ref)
		if !ok || d.Section == n.Section && d.Roadmap == n.Roadmap && (d.Topic == nil || d.Topic == n.Topic) {
			continue
		}
		out = append(out, d)
		if d.Topic == nil {
			for _, t := range d.Section.Topics {
				out = append(out, Node{Roadmap: d.Roadmap, Section: d.Section, Topic: t})
			}
		}
	}
	return out
}

// order sorts the nodes reached so that each comes after its
// prerequisites, the earliest in reading order first; where inherited
// requires make a circle, the earliest node left is taken.
func (p *pathFinder) order() []Node {
	idx := map[nodeKey]int{}
	for i, n := range p.nodes {
		idx[keyOf(n)] = i
	}
	left := make([]int, len(p.nodes)) // prerequisites not yet placed
	users := make([][]int, len(p.nodes))
	for i, n := range p.nodes {
		for _, d := range p.deps[keyOf(n)] {
			left[i]++
			users[idx[keyOf(d)]] = append(users[idx[keyOf(d)]], i)
		}
	}
	byRank := make([]int, len(p.nodes)) // node indices in reading order
	for i := range byRank {
		byRank[i] = i
	}
	rank := func(i int) int { return p.rank[keyOf(p.nodes[i])] }
	slices.SortFunc(byRank, func(a, b int) int { return rank(a) - rank(b) })
	ready := &rankHeap{rank: rank}
	for i := range p.nodes {
		if left[i] == 0 {
			heap.Push(ready, i)
		}
	}
	placed := make([]bool, len(p.nodes))
	out := make([]Node, 0, len(p.nodes))
	earliest := 0
	for len(out) < len(p.nodes) {
		var v int
		if ready.Len() > 0 {
			v = heap.Pop(ready).(int)
		} else {
			for placed[byRank[earliest]] {
				earliest++
			}
			v = byRank[earliest]
		}
		if placed[v] {
			continue
		}
		placed[v] = true
		out = append(out, p.nodes[v])
		for _, u := range users[v] {
			if left[u]--; left[u] == 0 && !placed[u] {
				heap.Push(ready, u)
			}
		}
	}
	return out
}

// rankHeap is a min-heap of node indices by reading order.
type rankHeap struct {
	items []int
	rank  func(int) int
}

func (h *rankHeap) Len() int           { return len(h.items) }
func (h *rankHeap) Less(i, j int) bool { return h.rank(h.items[i]) < h.rank(h.items[j]) }
func (h *rankHeap) Swap(i, j int)      { h.items[i], h.items[j] = h.items[j], h.items[i] }
func (h *rankHeap) Push(x any)         { h.items = append(h.items, x.(int)) }
func (h *rankHeap) Pop() any {
	x := h.items[len(h.items)-1]
	h.items = h.items[:len(h.items)-1]
	return x
}
