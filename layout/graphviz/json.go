package graphviz

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/roadmapgo/roadmap/layout"
)

// jsonGraph is the part of Graphviz's json0 output we read: the objects
// (subgraphs first, then nodes) and the edges, with coordinates in
// points, y pointing up.
type jsonGraph struct {
	SubgraphCnt int          `json:"_subgraph_cnt"`
	Objects     []jsonObject `json:"objects"`
	Edges       []jsonEdge   `json:"edges"`
}

type jsonObject struct {
	Name string `json:"name"`
	Pos  string `json:"pos"`
	// BB and LP are a subgraph's bounding box "x0,y0,x1,y1" and the
	// centre of its label "x,y".
	BB string `json:"bb"`
	LP string `json:"lp"`
}

type jsonEdge struct {
	ID  string `json:"id"`
	Pos string `json:"pos"`
}

// result is a parsed layout: node centres by name and edge splines by
// edge id, in points with y up.
type result struct {
	centres  map[string]layout.Point
	splines  map[string]spline
	clusters map[string]frame
}

// frame is a cluster as Graphviz placed it: its box (corners, y up) and
// the centre of its label.
type frame struct {
	x0, y0, x1, y1 float64
	label          layout.Point
}

// spline is an edge as Graphviz routes it: 1+3n cubic Bézier points from
// tail to head, and the arrow tips at either end when it has them.
type spline struct {
	pts              []layout.Point
	start, end       layout.Point
	hasStart, hasEnd bool
}

// parseJSON reads Graphviz's json0 output.
func parseJSON(data []byte) (*result, error) {
	var g jsonGraph
	if err := json.Unmarshal(data, &g); err != nil {
		return nil, fmt.Errorf("reading json0: %w", err)
	}
	res := &result{centres: map[string]layout.Point{}, splines: map[string]spline{}, clusters: map[string]frame{}}
	if g.SubgraphCnt > len(g.Objects) {
		return nil, fmt.Errorf("json0 lists %d subgraphs but %d objects", g.SubgraphCnt, len(g.Objects))
	}
	for _, o := range g.Objects[:g.SubgraphCnt] {
		if o.BB == "" {
			continue
		}
		f, err := parseFrame(o.BB, o.LP)
		if err != nil {
			return nil, fmt.Errorf("subgraph %q: %w", o.Name, err)
		}
		res.clusters[o.Name] = f
	}
	for _, o := range g.Objects[g.SubgraphCnt:] {
		p, err := parsePoint(o.Pos)
		if err != nil {
			return nil, fmt.Errorf("node %q: pos %q: %w", o.Name, o.Pos, err)
		}
		res.centres[o.Name] = p
	}
	for _, e := range g.Edges {
		if e.ID == "" || e.Pos == "" {
			continue
		}
		s, err := parseSpline(e.Pos)
		if err != nil {
			return nil, fmt.Errorf("edge %q: pos %q: %w", e.ID, e.Pos, err)
		}
		res.splines[e.ID] = s
	}
	return res, nil
}

// parseSpline reads an edge pos: optional "s,x,y" and "e,x,y" arrow tips,
// then 1+3n points. Graphviz separates several splines of one edge with
// ';'; only the first is kept (an edge of ours has one).
func parseSpline(pos string) (spline, error) {
	var s spline
	first, _, _ := strings.Cut(pos, ";")
	for _, f := range strings.Fields(first) {
		var err error
		switch {
		case strings.HasPrefix(f, "s,"):
			s.start, err = parsePoint(f[2:])
			s.hasStart = true
		case strings.HasPrefix(f, "e,"):
			s.end, err = parsePoint(f[2:])
			s.hasEnd = true
		default:
			var p layout.Point
			p, err = parsePoint(f)
			s.pts = append(s.pts, p)
		}
		if err != nil {
			return s, err
		}
	}
	if len(s.pts) < 4 || (len(s.pts)-1)%3 != 0 {
		return s, fmt.Errorf("%d control points, want 1+3n", len(s.pts))
	}
	return s, nil
}

// parseFrame reads a subgraph's bounding box and label position (the
// box's top middle when it has no label).
func parseFrame(bb, lp string) (frame, error) {
	v, err := parseFloats(bb, 4)
	if err != nil {
		return frame{}, fmt.Errorf("bb %q: %w", bb, err)
	}
	f := frame{x0: v[0], y0: v[1], x1: v[2], y1: v[3], label: layout.Point{X: (v[0] + v[2]) / 2, Y: v[3]}}
	if lp != "" {
		if f.label, err = parsePoint(lp); err != nil {
			return frame{}, fmt.Errorf("lp %q: %w", lp, err)
		}
	}
	return f, nil
}

// parsePoint reads "x,y".
func parsePoint(s string) (layout.Point, error) {
	v, err := parseFloats(s, 2)
	if err != nil {
		return layout.Point{}, err
	}
	return layout.Point{X: v[0], Y: v[1]}, nil
}

// parseFloats reads n comma-separated numbers.
func parseFloats(s string, n int) ([]float64, error) {
	parts := strings.Split(s, ",")
	if len(parts) != n {
		return nil, fmt.Errorf("want %d numbers", n)
	}
	out := make([]float64, n)
	for i, p := range parts {
		v, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}
