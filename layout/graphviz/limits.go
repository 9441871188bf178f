package graphviz

import (
	"fmt"

	"github.com/roadmapgo/roadmap/layout/dot"
)

// Size limits of the Graphviz engines. Graphviz runs as WebAssembly and
// cannot be interrupted, and its time and memory grow much faster than the
// graph: past these sizes a layout takes minutes and gigabytes, or fails
// with an out-of-bounds memory access. The engines refuse a larger graph
// before calling Graphviz; the native engine draws any roadmap the loader
// accepts (roadmap.MaxTopics) in well under a second.
//
// Boxes are the title, section and topic boxes handed to Graphviz; lines
// are its edges, the invisible ones that keep a topic column in order
// included. Rows (dot only) is the sum, over all lines, of the number of
// ranks each one crosses: dot routes a line through one virtual box per
// rank, so a section of many topics, or prerequisites between distant
// sections, cost far more than their boxes.
//
// Measured with roadmap-graphviz on two shared cores (a Python loop
// sampling VmHWM of the process, killed past 30-40 s; the first figure is
// wall time in s, the second peak resident memory in MB, "-" not run):
//
//	shape: sections×topics (boxes, lines, rows)  dot          neato        fdp          twopi        circo        osage
//	1×50 (52, 100, 1275)                         1.1 / 36     0.2 / 28     0.2 / 30     -            -            -
//	1×100 (102, 200, 5050)                       6.0 / 71     1.0 / 43     0.9 / 35     3.0 / 42     4.0 / 32     0.1 / 27
//	1×120 (122, 240, 7260)                       3.9 / 88     -            -            -            -            -
//	1×200 (202, 400, 20100)                      20.7 / 184   -            -            -            -            -
//	1×300 (302, 600, 45150)                      59 failed    >30 / 209    >30 / 141    -            -            -
//	20×5 (121, 200, 376)                         -            1.5 / 40     1.5 / 45     1.6 / 34     2.1 / 32     0.1 / 28
//	25×5 (151, 250, 471)                         -            2.7 / 42     2.9 / 45     8.5 / 40     6.3 / 34     -
//	30×5 (181, 300, 566)                         -            9.4 / 43     9.5 / 56     -            -            -
//	40×5 (241, 400, 756)                         -            11.5 / 56    13.3 / 81    11.0 / 67    13.1 / 49    0.1 / 29
//	100×5 (601, 1000, 1896)                      0.5 / 45     >30 / 174    >30 / 172    >20 / 138    >20 / 82     0.3 / 38
//	400×5 (2401, 4000, 7596)                     2.5 / 108    -            -            -            -            -
//	500×5 (3001, 5000, 9496)                     3.0 / 147    >30 / 174    >30 / 172    -            -            1.3 / 85
//	500×6 (3501, 6000, 12995)                    12.9 / 173   -            -            -            -            -
//	500×10 (5501, 10000, 31991)                  >40 / 415    -            -            -            -            -
//	500×20 (10501, 20000, 114481)                >40 / 1266   -            -            -            -            3.6 / 269
//	17×5 + requires (103, 246, 1804)             -            1.7 / 35     -            -            8.3 / 30     -
//	20×5 + requires (121, 291, 2386)             1.1 / 42     2.6 / 42     3.4 / 50     1.4 / 40     19.3 / 31    -
//	30×5 + requires (181, 441, 5626)             7.6 / 70     -            -            -            -            -
//	100×5 + requires (601, 1491, 84306)          >40 / 858    >30 / 518    >30 / 396    -            -            -
//	500×5 + requires (3001, 7491, 2413906)       >40 / 3362   -            -            -            -            1.6 / 106
//
// Time, not memory, binds first: each limit keeps the measured layouts
// under about 10 s, where none came near 1 GB.
const (
	// MaxNodes is the most boxes the dot engine lays out.
	MaxNodes = 4000
	// MaxEdges is the most lines the dot engine lays out.
	MaxEdges = 8000
	// MaxRows is the most rows the lines of a dot layout may cross in all.
	MaxRows = 8000

	// MaxNodesSpring is the most boxes neato, fdp, twopi and circo lay
	// out: they route every line around every box, which grows with about
	// the cube of the graph.
	MaxNodesSpring = 150
	// MaxEdgesSpring is the most lines neato, fdp, twopi and circo lay out.
	MaxEdgesSpring = 250

	// MaxNodesOsage is the most boxes osage lays out: as many as the
	// largest roadmap the loader accepts.
	MaxNodesOsage = 10600
	// MaxEdgesOsage is the most lines osage lays out.
	MaxEdgesOsage = 20000
)

// limit is the largest graph one algorithm lays out; rows 0 means rows
// are not counted.
type limit struct{ nodes, edges, rows int }

// limitOf returns the limit of a Graphviz algorithm.
func limitOf(algorithm string) limit {
	switch algorithm {
	case "dot":
		return limit{MaxNodes, MaxEdges, MaxRows}
	case "osage":
		return limit{MaxNodesOsage, MaxEdgesOsage, 0}
	default:
		return limit{MaxNodesSpring, MaxEdgesSpring, 0}
	}
}

// checkSize refuses a graph larger than the algorithm lays out in bounded
// time and memory. file names the input in the message ("" for none).
func checkSize(file, algorithm string, g *dot.Graph) error {
	lim := limitOf(algorithm)
	nodes, edges := len(g.Nodes), len(g.Edges)
	rows := 0
	if lim.rows > 0 {
		rows = rowsCrossed(g)
	}
	if nodes <= lim.nodes && edges <= lim.edges && rows <= lim.rows {
		return nil
	}
	prefix := ""
	if file != "" {
		prefix = file + ": "
	}
	size := fmt.Sprintf("%d boxes and %d lines", nodes, edges)
	most := fmt.Sprintf("at most %d boxes, %d lines", lim.nodes, lim.edges)
	if lim.rows > 0 {
		size = fmt.Sprintf("%d boxes and %d lines crossing %d rows", nodes, edges, rows)
		most += fmt.Sprintf(", %d rows", lim.rows)
	}
	return fmt.Errorf("%s%s is more than the %s engine lays out in bounded memory (%s); draw it with the native engine (omit --engine)",
		prefix, size, algorithm, most)
}

// rowsCrossed estimates the rows dot's lines cross: it ranks the boxes by
// longest path along the edges that constrain ranks (each at least its
// MinLen below its tail; SameRank groups on one rank), then sums the rank
// distance between the ends of every edge. Boxes on a cycle, which dot
// would break, keep the rank they reached.
func rowsCrossed(g *dot.Graph) int {
	rep := sameRankReps(g)
	next := map[string][]dot.Edge{}
	indeg := map[string]int{}
	for _, e := range g.Edges {
		if t, h := rep(e.Tail), rep(e.Head); !e.NoConstraint && t != h {
			next[t] = append(next[t], e)
			indeg[h]++
		}
	}
	rank := map[string]int{}
	var queue []string
	for _, n := range g.Nodes {
		if id := rep(n.ID); id == n.ID && indeg[id] == 0 {
			queue = append(queue, id)
		}
	}
	for len(queue) > 0 {
		id := queue[0]
		queue = queue[1:]
		for _, e := range next[id] {
			h := rep(e.Head)
			rank[h] = max(rank[h], rank[id]+max(e.MinLen, 1))
			if indeg[h]--; indeg[h] == 0 {
				queue = append(queue, h)
			}
		}
	}
	rows := 0
	for _, e := range g.Edges {
		d := rank[rep(e.Head)] - rank[rep(e.Tail)]
		rows += max(d, -d)
	}
	return rows
}

// sameRankReps returns a function naming, for each box, the first box of
// its SameRank group (itself when in none).
func sameRankReps(g *dot.Graph) func(string) string {
	parent := map[string]string{}
	var find func(string) string
	find = func(id string) string {
		p, ok := parent[id]
		if !ok || p == id {
			return id
		}
		root := find(p)
		parent[id] = root
		return root
	}
	for _, group := range g.SameRank {
		for _, id := range group[1:] {
			a, b := find(group[0]), find(id)
			if a != b {
				parent[b] = a
			}
		}
	}
	return find
}
