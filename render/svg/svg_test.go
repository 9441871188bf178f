package svg

import (
	"bytes"
	"encoding/xml"
	"path/filepath"
	"strings"
	"testing"

	"github.com/roadmapgo/roadmap/internal/golden"
	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/render"
	"github.com/roadmapgo/roadmap/render/internal/rendertest"
)

func renderSVG(t testing.TB, d *layout.Diagram, opt Options) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, d, opt); err != nil {
		t.Fatalf("SVG: %v", err)
	}
	return b.Bytes()
}

// svgCheckGolden compares got with testdata/name (see package golden).
func svgCheckGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	golden.Check(t, filepath.Join("testdata", name), got)
}

func TestSVGGolden(t *testing.T) {
	for _, tc := range []struct {
		name string
		opt  Options
	}{
		{"sample-light.svg", Options{Theme: render.Light}},
		{"sample-dark.svg", Options{Theme: render.Dark, IDPrefix: "rm-"}},
		{"sample-embed.svg", Options{Theme: render.Light, EmbedFont: true}},
		{"sample-auto.svg", Options{Theme: render.Auto}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			svgCheckGolden(t, tc.name, renderSVG(t, rendertest.SVGSample(), tc.opt))
		})
	}
}

func TestSVGDeterministic(t *testing.T) {
	opt := Options{Theme: render.Dark, IDPrefix: "x-", EmbedFont: true}
	a := renderSVG(t, rendertest.SVGSample(), opt)
	b := renderSVG(t, rendertest.SVGSample(), opt)
	if !bytes.Equal(a, b) {
		t.Fatal("two renderings of the same diagram differ")
	}
}

// xnode is a generic XML element, for structure checks.
type xnode struct {
	XMLName  xml.Name
	Attrs    []xml.Attr `xml:",any,attr"`
	Children []xnode    `xml:",any"`
	Text     string     `xml:",chardata"`
}

func (n *xnode) attr(name string) string {
	for _, a := range n.Attrs {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// walk calls f on n and its descendants, depth first in document order.
func (n *xnode) walk(f func(*xnode)) {
	f(n)
	for i := range n.Children {
		n.Children[i].walk(f)
	}
}

// find returns the elements under n for which keep is true.
func (n *xnode) find(keep func(*xnode) bool) []*xnode {
	var out []*xnode
	n.walk(func(e *xnode) {
		if keep(e) {
			out = append(out, e)
		}
	})
	return out
}

func svgHasClass(e *xnode, c string) bool {
	for _, w := range strings.Fields(e.attr("class")) {
		if w == c {
			return true
		}
	}
	return false
}

func parseSVG(t testing.TB, b []byte) *xnode {
	t.Helper()
	var root xnode
	if err := xml.Unmarshal(b, &root); err != nil {
		t.Fatalf("output is not well-formed XML: %v", err)
	}
	return &root
}

func TestSVGStructure(t *testing.T) {
	d := rendertest.SVGSample()
	root := parseSVG(t, renderSVG(t, d, Options{IDPrefix: "p-"}))
	if root.XMLName.Local != "svg" || root.attr("role") != "img" || root.attr("width") != "480.00" ||
		root.attr("height") != "320.00" || root.attr("viewBox") != "0 0 480.00 320.00" {
		t.Fatalf("root attributes wrong: %v", root.Attrs)
	}
	if root.attr("font-family") != layout.FontFamily {
		t.Errorf("font-family = %q, want %q", root.attr("font-family"), layout.FontFamily)
	}
	kids := root.Children
	if len(kids) < 6 || kids[0].XMLName.Local != "title" || kids[1].XMLName.Local != "desc" {
		t.Fatalf("svg must begin with <title> and <desc>, got %v", kids[0].XMLName)
	}
	if kids[0].Text != d.Title || kids[1].Text != d.Description {
		t.Errorf("title/desc = %q/%q", kids[0].Text, kids[1].Text)
	}
	if want := kids[0].attr("id") + " " + kids[1].attr("id"); root.attr("aria-labelledby") != want {
		t.Errorf("aria-labelledby = %q, want %q", root.attr("aria-labelledby"), want)
	}
	if len(kids) < 7 || kids[2].XMLName.Local != "defs" || !svgHasClass(&kids[3], "background") ||
		!svgHasClass(&kids[4], "shadows") || !svgHasClass(&kids[5], "edges") || !svgHasClass(&kids[6], "nodes") {
		t.Fatalf("order must be title, desc, defs, background, shadows, edges, nodes")
	}
	if kids[3].attr("fill") != render.Light.Background.Hex() {
		t.Errorf("background fill = %q", kids[3].attr("fill"))
	}
	checkShadows(t, d, &kids[4])
	checkNodes(t, d, &kids[6])
	checkEdges(t, d, &kids[5])
}

// checkShadows checks that every box but the title's casts one shadow, all
// in the one group under the one blur filter, and none carries a filter of
// its own (a filter per box makes librsvg many times slower).
func checkShadows(t *testing.T, d *layout.Diagram, group *xnode) {
	t.Helper()
	if group.attr("filter") != "url(#p-_shadow)" {
		t.Errorf("shadows group filter = %q, want url(#p-_shadow)", group.attr("filter"))
	}
	want := 0
	for _, n := range d.Nodes {
		if n.Kind != layout.KindTitle {
			want++
		}
	}
	shadows := group.find(func(e *xnode) bool { return svgHasClass(e, "shadow") })
	if len(shadows) != want {
		t.Errorf("%d shadows, want one per box but the title's (%d)", len(shadows), want)
	}
	for _, s := range shadows {
		if s.attr("filter") != "" {
			t.Errorf("shadow %v has its own filter %q", s.Attrs, s.attr("filter"))
		}
	}
}

func checkNodes(t *testing.T, d *layout.Diagram, group *xnode) {
	nodes := group.find(func(e *xnode) bool { return svgHasClass(e, "node") })
	if len(nodes) != len(d.Nodes) {
		t.Fatalf("%d node groups, want %d", len(nodes), len(d.Nodes))
	}
	for i, g := range nodes {
		n := d.Nodes[i]
		if g.attr("id") != "p-"+n.ID || !svgHasClass(g, string(n.Kind)) || svgHasClass(g, "optional") != n.Optional {
			t.Errorf("node %d: id %q class %q", i, g.attr("id"), g.attr("class"))
		}
		if n.Status != "" && !svgHasClass(g, "status-"+n.Status) {
			t.Errorf("node %s lacks class status-%s", n.ID, n.Status)
		}
		boxes := g.find(func(e *xnode) bool { return e.XMLName.Local == "rect" && svgHasClass(e, "box") })
		if len(boxes) != 1 || boxes[0].attr("filter") != "" {
			t.Errorf("node %s: want one unfiltered rect.box, got %d", n.ID, len(boxes))
		}
		spans := g.find(func(e *xnode) bool { return e.XMLName.Local == "tspan" })
		if len(spans) != len(n.Lines) {
			t.Fatalf("node %s: %d tspans, want %d", n.ID, len(spans), len(n.Lines))
		}
		for j, s := range spans {
			l := n.Lines[j]
			if s.Text != l.Text || s.attr("text-anchor") != string(l.Anchor) || (s.attr("font-weight") == "bold") != l.Bold {
				t.Errorf("node %s line %d: %q anchor %q weight %q", n.ID, j, s.Text, s.attr("text-anchor"), s.attr("font-weight"))
			}
		}
		if n.Tooltip != "" && (g.Children[0].XMLName.Local != "title" || g.Children[0].Text != n.Tooltip) {
			t.Errorf("node %s: tooltip must be the first child <title>", n.ID)
		}
		if n.Icon != nil && len(g.find(func(e *xnode) bool { return svgHasClass(e, "icon") })) != 1 {
			t.Errorf("node %s: no element of class icon", n.ID)
		}
	}
	links := group.find(func(e *xnode) bool { return e.XMLName.Local == "a" })
	if len(links) != 1 || links[0].attr("href") != d.Nodes[1].URL || !svgHasClass(&links[0].Children[0], "node") {
		t.Errorf("want the linked node wrapped in one <a href>, got %d links", len(links))
	}
}

func checkEdges(t *testing.T, d *layout.Diagram, group *xnode) {
	edges := group.find(func(e *xnode) bool { return svgHasClass(e, "edge") })
	if len(edges) != len(d.Edges) {
		t.Fatalf("%d edge groups, want %d", len(edges), len(d.Edges))
	}
	for i, g := range edges {
		e := d.Edges[i]
		if !svgHasClass(g, string(e.Kind)) || g.attr("data-from") != "p-"+e.From || g.attr("data-to") != "p-"+e.To {
			t.Errorf("edge %d: class %q from %q to %q", i, g.attr("class"), g.attr("data-from"), g.attr("data-to"))
		}
		if len(g.Children) != 1 || g.Children[0].XMLName.Local != "path" || g.Children[0].attr("fill") != "none" {
			t.Errorf("edge %s: want exactly one unfilled <path>", e.ID)
		}
		if (g.Children[0].attr("stroke-dasharray") != "") != e.Dashed {
			t.Errorf("edge %s: dashed is %v in the model", e.ID, e.Dashed)
		}
	}
}
