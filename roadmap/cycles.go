package roadmap

import (
	"path/filepath"
	"slices"
	"strings"
)

// reqKey names a section or topic across files.
type reqKey struct{ file, id string }

// reqEdge is one requires: to the prerequisite, written at pos.
type reqEdge struct {
	to  int
	pos Pos
}

// reqGraph is the graph of requires alone, from a dependent to its
// prerequisites, over nodes numbered in file order.
type reqGraph struct {
	keys  []reqKey
	index map[reqKey]int
	out   [][]reqEdge
}

func newReqGraph() *reqGraph {
	return &reqGraph{index: map[reqKey]int{}}
}

func (g *reqGraph) addNode(k reqKey) {
	if _, ok := g.index[k]; !ok {
		g.index[k] = len(g.keys)
		g.keys = append(g.keys, k)
		g.out = append(g.out, nil)
	}
}

// addEdge adds a requires between known nodes; others are left out, as
// they are reported elsewhere.
func (g *reqGraph) addEdge(from, to reqKey, pos Pos) {
	f, ok1 := g.index[from]
	t, ok2 := g.index[to]
	if ok1 && ok2 {
		g.out[f] = append(g.out[f], reqEdge{t, pos})
	}
}

// cycle is a closed walk of requires: steps[i] goes from node i of the
// walk to node i+1, the last one back to the first.
type cycle []reqEdge

// cycles returns one cycle for every strongly connected component that
// has one, each starting at its earliest node, in file order.
func (g *reqGraph) cycles() []cycle {
	var out []cycle
	for _, comp := range g.components() {
		start := slices.Min(comp)
		if c := g.shortestCycle(start, comp); c != nil {
			out = append(out, c)
		}
	}
	slices.SortFunc(out, func(a, b cycle) int { return a[len(a)-1].to - b[len(b)-1].to })
	return out
}

// components returns the strongly connected components (Tarjan).
func (g *reqGraph) components() [][]int {
	n := len(g.keys)
	index, low := make([]int, n), make([]int, n)
	onStack := make([]bool, n)
	for i := range index {
		index[i] = -1
	}
	var stack []int
	var comps [][]int
	next := 0
	var visit func(v int)
	visit = func(v int) {
		index[v], low[v] = next, next
		next++
		stack = append(stack, v)
		onStack[v] = true
		for _, e := range g.out[v] {
			if index[e.to] < 0 {
				visit(e.to)
				low[v] = min(low[v], low[e.to])
			} else if onStack[e.to] {
				low[v] = min(low[v], index[e.to])
			}
		}
		if low[v] == index[v] {
			var comp []int
			for {
				w := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				onStack[w] = false
				comp = append(comp, w)
				if w == v {
					break
				}
			}
			comps = append(comps, comp)
		}
	}
	for v := range n {
		if index[v] < 0 {
			visit(v)
		}
	}
	return comps
}

// shortestCycle finds the shortest cycle through start inside comp, by a
// breadth-first search that tries edges in file order; nil if none.
func (g *reqGraph) shortestCycle(start int, comp []int) cycle {
	in := map[int]bool{}
	for _, v := range comp {
		in[v] = true
	}
	via := map[int]reqEdge{} // how each node was reached: the edge into it
	from := map[int]int{}
	queue := []int{start}
	for len(queue) > 0 {
		v := queue[0]
		queue = queue[1:]
		for _, e := range g.out[v] {
			if e.to == start {
				return g.walkBack(start, v, e, via, from)
			}
			if _, seen := via[e.to]; seen || !in[e.to] {
				continue
			}
			via[e.to], from[e.to] = e, v
			queue = append(queue, e.to)
		}
	}
	return nil
}

// walkBack rebuilds the cycle found by shortestCycle, ending with last.
func (g *reqGraph) walkBack(start, v int, last reqEdge, via map[int]reqEdge, from map[int]int) cycle {
	c := cycle{last}
	for v != start {
		c = append(c, via[v])
		v = from[v]
	}
	slices.Reverse(c)
	return c
}

// describe prints the cycle as "a -> b -> c -> a", naming nodes of other
// files than the first as FILE#ID, FILE relative to the first file.
func (g *reqGraph) describe(c cycle) string {
	first := g.keys[c[len(c)-1].to]
	names := []string{first.id}
	for _, e := range c {
		k := g.keys[e.to]
		if k.file == first.file {
			names = append(names, k.id)
		} else {
			names = append(names, relPath(first.file, k.file)+"#"+k.id)
		}
	}
	return strings.Join(names, " -> ")
}

// report records one error per cycle, at the first requires of it.
func (g *reqGraph) report(errorAt func(Pos, string, ...any), cs []cycle) {
	for _, c := range cs {
		errorAt(c[0].pos, "cycle in requires: %s (each requires the next); remove one of these requires", g.describe(c))
	}
}

// relPath is target relative to the directory of from, as a FILE#ID
// reference in from would write it.
func relPath(from, target string) string {
	if rel, err := filepath.Rel(filepath.Dir(from), target); err == nil {
		return filepath.ToSlash(rel)
	}
	return target
}
