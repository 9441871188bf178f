// Package dot writes a roadmap as Graphviz DOT text: boxes of fixed,
// already measured sizes, the spine between sections, the connectors from
// sections to their topics and the prerequisite edges. It only produces
// text; package layout/graphviz runs Graphviz on it, and `roadmap export -f
// dot` hands it to users.
//
// Every node is a fixed-size box (shape=box, fixedsize=true, width and
// height in inches from the measured size in px, 72 px to the inch), so
// Graphviz never changes a box from its own guess of the text width. The
// label is still written, wrapped exactly as measured, so that a reader who
// runs `dot -Tsvg` on the export sees the text; fixedsize makes it inert for
// the geometry.
package dot

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/roadmap"
)

// PxPerInch is the scale between our px and Graphviz inches; Graphviz
// points are 1/72 inch, so one point is one px.
const PxPerInch = 72

// Node is one box of the graph.
type Node struct {
	ID   string
	Kind layout.NodeKind
	// Text is the label as given to the Sizer, before wrapping.
	Text string
	// Lines is the label as measured and wrapped, one entry per line.
	Lines []string
	// W and H are the measured box size in px.
	W, H float64
	// Cluster is the ID of the cluster the node belongs to, "" for none.
	Cluster string
	// URL makes the box a link; Write leaves out a URL that
	// roadmap.SafeLink refuses.
	URL     string
	Tooltip string
	// Optional boxes get a dashed border.
	Optional bool
}

// Dir tells at which end Graphviz draws an edge's arrowhead.
type Dir string

// The arrowhead placements.
const (
	DirForward Dir = "forward" // at Head
	DirBack    Dir = "back"    // at Tail
	DirNone    Dir = "none"    // no arrowhead
)

// Edge is a line between two nodes, written "Tail -> Head". Invisible
// edges are layout constraints (the title above the first section, the
// column of a section's topics) that are never drawn.
type Edge struct {
	ID         string
	Tail, Head string
	// Kind is "" for an invisible edge.
	Kind      layout.EdgeKind
	Dir       Dir
	Invisible bool
	// NoConstraint keeps the edge from deciding ranks (dot only).
	NoConstraint bool
	// MinLen is the minimum rank distance (dot only); 0 means 1.
	MinLen int
}

// Cluster is a named group of nodes drawn in a box of its own.
type Cluster struct {
	ID    string
	Label string
}

// Graph is what Write turns into DOT: nodes in reading order, then edges,
// then the clusters and the groups of nodes that share a rank.
type Graph struct {
	Title    string
	Nodes    []Node
	Edges    []Edge
	Clusters []Cluster
	// SameRank lists groups of node IDs that dot must place on one row.
	SameRank [][]string
}

// Options tune the DOT text.
type Options struct {
	// Clusters draws the nodes of each cluster inside a box ("cluster_"
	// subgraphs); otherwise Graph.Clusters is ignored.
	Clusters bool
}

// Spacing between boxes, in px: NodeSep between boxes of one rank, RankSep
// between ranks.
const (
	NodeSep = 24
	RankSep = 36
)

// Write writes g as a DOT digraph. The output depends only on g and opt:
// nodes, edges and attributes come in a fixed order with fixed number
// formatting. Nodes are declared in the order of g.Nodes (Graphviz numbers
// them in that order), edges in the order of g.Edges.
func Write(w io.Writer, g *Graph, opt Options) error {
	if err := check(g); err != nil {
		return err
	}
	b := bufio.NewWriter(w)
	writeHeader(b, g)
	if opt.Clusters && len(g.Clusters) > 0 {
		writeClustered(b, g)
	} else {
		for i := range g.Nodes {
			writeNode(b, "\t", &g.Nodes[i])
		}
		for _, group := range g.SameRank {
			writeSameRank(b, "\t", group)
		}
	}
	for i := range g.Edges {
		writeEdge(b, &g.Edges[i])
	}
	b.WriteString("}\n")
	return b.Flush()
}

// check reports edges and clusters that name unknown nodes, duplicate ids,
// and sizes Graphviz cannot take.
func check(g *Graph) error {
	ids := make(map[string]bool, len(g.Nodes))
	for i := range g.Nodes {
		n := &g.Nodes[i]
		if ids[n.ID] {
			return fmt.Errorf("dot: duplicate node id %q", n.ID)
		}
		ids[n.ID] = true
		if strings.ContainsRune(n.ID, '\\') {
			return fmt.Errorf("dot: node id %q contains a backslash", n.ID)
		}
		if !(n.W > 0 && n.H > 0) {
			return fmt.Errorf("dot: node %q has size %gx%g", n.ID, n.W, n.H)
		}
	}
	for _, e := range g.Edges {
		if !ids[e.Tail] || !ids[e.Head] {
			return fmt.Errorf("dot: edge %q joins unknown nodes %q and %q", e.ID, e.Tail, e.Head)
		}
	}
	for _, group := range g.SameRank {
		for _, id := range group {
			if !ids[id] {
				return fmt.Errorf("dot: rank group names unknown node %q", id)
			}
		}
	}
	return nil
}

func writeHeader(b *bufio.Writer, g *Graph) {
	b.WriteString("digraph " + QuoteLabel([]string{g.Title}) + " {\n")
	fmt.Fprintf(b, "\tgraph [rankdir=TB, nodesep=%s, ranksep=%s, overlap=false, splines=spline, outputorder=edgesfirst];\n",
		Inches(NodeSep), Inches(RankSep))
	b.WriteString("\tnode [shape=box, fixedsize=true, fontname=\"Liberation Sans\", fontsize=14];\n")
}

// ClusterFontSize is the size of a cluster's title, in px.
const ClusterFontSize = 16

// writeClustered writes the nodes outside any cluster, then each cluster
// with its nodes, keeping the relative order of g.Nodes inside each group.
// A group of SameRank goes where its first node is, as dot wants rank
// constraints inside the cluster they constrain.
func writeClustered(b *bufio.Writer, g *Graph) {
	cluster := make(map[string]string, len(g.Nodes))
	for i := range g.Nodes {
		cluster[g.Nodes[i].ID] = g.Nodes[i].Cluster
	}
	writeGroup(b, g, "\t", "", cluster)
	for _, c := range g.Clusters {
		b.WriteString("\tsubgraph " + Quote("cluster_"+c.ID) + " {\n")
		b.WriteString("\t\tlabel=" + QuoteLabel([]string{c.Label}) + ";\n")
		b.WriteString("\t\tfontname=\"Liberation Sans Bold\"; fontsize=" + strconv.Itoa(ClusterFontSize) + ";\n")
		writeGroup(b, g, "\t\t", c.ID, cluster)
		b.WriteString("\t}\n")
	}
}

// writeGroup writes the nodes and rank groups of one cluster ("" for the
// nodes outside clusters).
func writeGroup(b *bufio.Writer, g *Graph, indent, id string, cluster map[string]string) {
	for i := range g.Nodes {
		if g.Nodes[i].Cluster == id {
			writeNode(b, indent, &g.Nodes[i])
		}
	}
	for _, group := range g.SameRank {
		if len(group) > 0 && cluster[group[0]] == id {
			writeSameRank(b, indent, group)
		}
	}
}

func writeNode(b *bufio.Writer, indent string, n *Node) {
	attrs := []string{
		"class=" + Quote(string(n.Kind)),
		"width=" + Inches(n.W),
		"height=" + Inches(n.H),
		"label=" + QuoteLabel(n.Lines),
	}
	if n.Optional {
		attrs = append(attrs, "style=dashed")
	}
	if n.URL != "" && roadmap.SafeLink(n.URL) {
		attrs = append(attrs, "URL="+QuoteLabel([]string{n.URL}))
	}
	if n.Tooltip != "" {
		attrs = append(attrs, "tooltip="+QuoteLabel([]string{n.Tooltip}))
	}
	b.WriteString(indent + Quote(n.ID) + " [" + strings.Join(attrs, ", ") + "];\n")
}

func writeSameRank(b *bufio.Writer, indent string, group []string) {
	quoted := make([]string, len(group))
	for i, id := range group {
		quoted[i] = Quote(id)
	}
	b.WriteString(indent + "{rank=same; " + strings.Join(quoted, "; ") + "}\n")
}

func writeEdge(b *bufio.Writer, e *Edge) {
	attrs := []string{"id=" + QuoteLabel([]string{e.ID})}
	if e.Kind != "" {
		attrs = append(attrs, "class="+Quote(string(e.Kind)))
	}
	switch {
	case e.Invisible:
		attrs = append(attrs, "style=invis")
	case e.Kind == layout.EdgeTopic || e.Kind == layout.EdgeRequires:
		attrs = append(attrs, "style=dashed")
	}
	if e.Dir != "" && e.Dir != DirForward {
		attrs = append(attrs, "dir="+string(e.Dir))
	}
	if e.Kind == layout.EdgeSpine {
		attrs = append(attrs, "weight=8")
	}
	if e.NoConstraint {
		attrs = append(attrs, "constraint=false")
	}
	if e.MinLen > 1 {
		attrs = append(attrs, "minlen="+strconv.Itoa(e.MinLen))
	}
	b.WriteString("\t" + Quote(e.Tail) + " -> " + Quote(e.Head) + " [" + strings.Join(attrs, ", ") + "];\n")
}

// Inches formats a length in px as inches with four decimals, trailing
// zeros trimmed.
func Inches(px float64) string {
	s := strconv.FormatFloat(px/PxPerInch, 'f', 4, 64)
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}

// Quote returns s as a DOT quoted string for a node or cluster name. DOT
// unescapes only \" in names and keeps every other backslash as written, so
// Quote escapes quotes only; names with a backslash cannot round-trip and
// Write rejects them.
func Quote(s string) string {
	return `"` + strings.ReplaceAll(s, `"`, `\"`) + `"`
}

// QuoteLabel returns lines as a DOT escString (label, tooltip, URL, id):
// backslashes and quotes escaped, lines joined by "\n" so that each is
// centred.
func QuoteLabel(lines []string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i, line := range lines {
		if i > 0 {
			b.WriteString(`\n`)
		}
		for _, r := range line {
			switch r {
			case '"':
				b.WriteString(`\"`)
			case '\\':
				b.WriteString(`\\`)
			case '\n':
				b.WriteString(`\n`)
			case '\r':
			default:
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}
