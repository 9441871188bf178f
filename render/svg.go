package render

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"os"
	"strings"

	svg "github.com/ajstarks/svgo/float"

	"github.com/roadmapgo/roadmap/layout"
)

// SVGOptions tune SVG output.
type SVGOptions struct {
	// Theme gives every colour and stroke; the zero Theme means Light.
	Theme Theme
	// IDPrefix is put before every id in the document (node, edge and
	// definition ids) so that several SVGs can share one HTML page. It is
	// sanitized like the ids: characters outside [A-Za-z0-9_.-] become "_".
	IDPrefix string
	// EmbedFont embeds Liberation Sans, subset to the glyphs the labels use
	// and only in the weights they use, as a data: URI in an @font-face
	// rule, so that text fits its boxes on machines that lack the font.
	EmbedFont bool
	// ReadFile reads the image files of icons (Icon.Path); nil means
	// os.ReadFile. Images are embedded as data: URIs, never linked.
	ReadFile func(name string) ([]byte, error)
}

// emojiFamily is the font-family of emoji icons.
const emojiFamily = "'Noto Color Emoji', 'Apple Color Emoji', 'Segoe UI Emoji', sans-serif"

// emojiScale is the font size of an emoji icon relative to its box height;
// emojiBaseline is where its baseline lies below the box centre, in font
// sizes (colour emoji fonts centre their glyphs about 0.35 em above it).
const (
	emojiScale    = 0.8
	emojiBaseline = 0.35
)

// SVG writes d as a standalone SVG document to w.
//
// The structure is public (see DESIGN.md, "The SVG contract"): the root
// <svg> carries width, height, viewBox, role="img" and aria-labelledby,
// and begins with <title> and <desc>; then come <defs> (shadow filter,
// arrowhead markers, the embedded font), a background rect of class
// "background", the shadows of all boxes (rects of class "shadow") in
// one <g class="shadows"> blurred by one filter, all edges in
// <g class="edges"> and all nodes, in reading order, in <g class="nodes">.
// One filter on the group rather than one per box keeps rasterizers fast
// (librsvg blurs once instead of once per box). Edges come after the
// shadows and before the nodes so that boxes cover the ends of the lines
// that meet them; readers and screen readers still meet the nodes in
// reading order because shadows and edges carry no text.
//
// Output is deterministic: the same diagram and options give the same
// bytes. Every text and attribute is escaped, ids are sanitized, URLs
// other than http, https, mailto and relative ones are dropped, and the
// document has no script, event handler, foreignObject or external
// resource.
func SVG(w io.Writer, d *layout.Diagram, opt SVGOptions) error {
	if d == nil {
		return fmt.Errorf("render: nil diagram")
	}
	if opt.Theme == (Theme{}) {
		opt.Theme = Light
	}
	if opt.ReadFile == nil {
		opt.ReadFile = os.ReadFile
	}
	bw := bufio.NewWriter(w)
	r := &svgRenderer{
		canvas: svg.New(bw),
		w:      bw,
		d:      d,
		opt:    opt,
		ids:    newIDSet(opt.IDPrefix),
	}
	if err := r.document(); err != nil {
		return err
	}
	return bw.Flush()
}

// svgRenderer holds the state of one SVG rendering.
type svgRenderer struct {
	canvas *svg.SVG
	w      *bufio.Writer
	d      *layout.Diagram
	opt    SVGOptions
	ids    *idSet
	// nodeIDs maps model ids to document ids, for edges' data-from/to.
	nodeIDs map[string]string
	// shadowID is the id of the shadow filter and shadowBoxes the boxes
	// it blurs; markers the ids of the arrowhead markers by edge kind,
	// defined in markerKinds order.
	shadowID    string
	shadowBoxes []layout.Rect
	markers     map[layout.EdgeKind]string
	markerKinds []layout.EdgeKind
	// images are the data: URIs of the icon files, by path.
	images map[string]string
}

// document writes the whole SVG. Everything that can fail (reading icon
// files, subsetting the font) happens before the first byte is written.
func (r *svgRenderer) document() error {
	t := r.opt.Theme
	fonts, err := r.fontFace()
	if err != nil {
		return err
	}
	if err := r.readImages(); err != nil {
		return err
	}
	titleID, descID := r.ids.add("_title"), r.ids.add("_desc")
	r.assignIDs()
	family := layout.FontFamily
	if fonts.family != "" {
		family = "'" + fonts.family + "', " + family
	}
	r.canvas.Startraw(
		attr("width", dec2(r.d.Width)),
		attr("height", dec2(r.d.Height)),
		attr("viewBox", "0 0 "+dec2(r.d.Width)+" "+dec2(r.d.Height)),
		attr("role", "img"),
		attr("aria-labelledby", titleID+" "+descID),
		attr("font-family", family),
	)
	r.printf("<title %s>%s</title>\n", attr("id", titleID), escape(r.d.Title))
	r.printf("<desc %s>%s</desc>\n", attr("id", descID), escape(r.d.Description))
	r.defs(fonts.css)
	r.rect(layout.Rect{W: r.d.Width, H: r.d.Height}, attr("class", "background"), attr("fill", t.Background.Hex()))
	r.shadows()
	r.edges()
	r.nodes()
	r.canvas.End()
	return nil
}

// printf writes formatted text; write errors stick in the bufio.Writer
// and surface at Flush.
func (r *svgRenderer) printf(format string, a ...any) {
	fmt.Fprintf(r.w, format, a...)
}

// assignIDs gives every definition, node and edge its document id, in
// document order, so that duplicates after sanitizing get stable suffixes.
func (r *svgRenderer) assignIDs() {
	r.shadowBoxes = shadowBoxes(r.opt.Theme, r.d)
	if len(r.shadowBoxes) > 0 {
		r.shadowID = r.ids.add("_shadow")
	}
	r.markers = map[layout.EdgeKind]string{}
	for _, e := range r.d.Edges {
		if e.Arrow && r.markers[e.Kind] == "" {
			r.markers[e.Kind] = r.ids.add("_arrow-" + classToken(string(e.Kind)))
			r.markerKinds = append(r.markerKinds, e.Kind)
		}
	}
	r.nodeIDs = make(map[string]string, len(r.d.Nodes))
	for _, n := range r.d.Nodes {
		if _, dup := r.nodeIDs[n.ID]; !dup {
			r.nodeIDs[n.ID] = r.ids.add(n.ID)
		}
	}
}

// defs writes the shared definitions: the embedded font, the shadow
// filter and one arrowhead marker per edge kind that has arrows.
func (r *svgRenderer) defs(css string) {
	t := r.opt.Theme
	r.canvas.Def()
	if css != "" {
		r.printf("<style type=\"text/css\">%s</style>\n", escape(css))
	}
	if r.shadowID != "" {
		r.shadowFilter(t)
	}
	for _, kind := range r.markerKinds {
		r.marker(r.markers[kind], kind)
	}
	r.canvas.DefEnd()
}

// shadowFilter defines the blur of the shadows group. Its region is the
// shadows' bounding box grown by three standard deviations, in user
// units, so that the blur is never cut and no more is blurred than needed.
func (r *svgRenderer) shadowFilter(t Theme) {
	sigma := t.ShadowBlur / 2
	reg := growRect(unionRect(r.shadowBoxes), math.Ceil(3*sigma)+1)
	r.canvas.Filter(r.shadowID, attr("filterUnits", "userSpaceOnUse"), attr("x", dec2(reg.X)), attr("y", dec2(reg.Y)),
		attr("width", dec2(reg.W)), attr("height", dec2(reg.H)))
	r.printf("<feGaussianBlur %s/>\n", attr("stdDeviation", dec2(sigma)))
	r.canvas.Fend()
}

// marker defines the arrowhead of edges of kind k, in user units so that
// it does not grow with the stroke width. Its tip sits at the end of the
// path; a filled head reaches one stroke width past it, under the box the
// edge ends at, so the butt end of the line never shows beside the tip.
func (r *svgRenderer) marker(id string, k layout.EdgeKind) {
	st := edgeStyleOf(r.opt.Theme, k)
	a := r.opt.Theme.ArrowSize
	half, pad := 0.6*a, st.width
	refX := pad + a
	if st.filled {
		refX -= st.width
	}
	r.printf("<marker %s %s %s %s %s %s %s %s>\n",
		attr("id", id), attr("markerUnits", "userSpaceOnUse"), attr("orient", "auto"),
		attr("markerWidth", dec2(a+2*pad)), attr("markerHeight", dec2(2*half+2*pad)),
		attr("refX", dec2(refX)), attr("refY", dec2(pad+half)), attr("overflow", "visible"))
	d := "M" + pt(pad, pad) + " L" + pt(pad+a, pad+half) + " L" + pt(pad, pad+2*half)
	if st.filled {
		r.canvas.Path(d+" Z", attr("fill", st.color.Hex()))
	} else {
		r.canvas.Path(d, attr("fill", "none"), attr("stroke", st.color.Hex()),
			attr("stroke-width", dec2(st.width)), attr("stroke-linecap", "round"), attr("stroke-linejoin", "round"))
	}
	r.printf("</marker>\n")
}

// shadows draws the shadow of every box, in diagram order, in one group
// under one blur filter. A shadow is a copy of the box's shape shifted
// down and right, never a filter on the box itself; the group's opacity
// applies to the blurred whole, as the PNG renderer composites it.
func (r *svgRenderer) shadows() {
	if r.shadowID == "" {
		return
	}
	t := r.opt.Theme
	r.canvas.Group(attr("class", "shadows"), attr("filter", "url(#"+r.shadowID+")"),
		attr("opacity", dec2(t.ShadowOpacity)))
	rx := attr("rx", dec2(t.CornerRadius))
	for _, b := range r.shadowBoxes {
		r.rect(b, attr("class", "shadow"), rx, attr("fill", t.Shadow.Hex()))
	}
	r.canvas.Gend()
}

// edges draws every edge, in diagram order, in one group.
func (r *svgRenderer) edges() {
	r.canvas.Group(attr("class", "edges"))
	for _, e := range r.d.Edges {
		r.edge(e)
	}
	r.canvas.Gend()
}

func (r *svgRenderer) edge(e layout.Edge) {
	st := edgeStyleOf(r.opt.Theme, e.Kind)
	r.canvas.Group(attr("class", "edge "+classToken(string(e.Kind))), attr("id", r.ids.add(e.ID)),
		attr("data-from", r.endID(e.From)), attr("data-to", r.endID(e.To)))
	a := []string{attr("fill", "none"), attr("stroke", st.color.Hex()), attr("stroke-width", dec2(st.width))}
	if e.Dashed {
		a = append(a, attr("stroke-dasharray", dec2(st.dash[0])+" "+dec2(st.dash[1])))
	}
	if e.Arrow {
		a = append(a, attr("marker-end", "url(#"+r.markers[e.Kind]+")"))
	}
	r.canvas.Path(pathData(e.Path), a...)
	r.canvas.Gend()
}

// endID is the document id of the node an edge starts or ends at; an end
// that names no node is sanitized the same way, for a stable data- value.
func (r *svgRenderer) endID(id string) string {
	if doc, ok := r.nodeIDs[id]; ok {
		return doc
	}
	return sanitizeID(r.opt.IDPrefix + id)
}

// pathData is the SVG path of segs; a segment with too few points for its
// operation, or an unknown operation, is left out.
func pathData(segs []layout.Segment) string {
	var b strings.Builder
	for _, s := range segs {
		need := 1
		if s.Op == layout.CubicTo {
			need = 3
		}
		if len(s.Pts) < need || (s.Op != layout.MoveTo && s.Op != layout.LineTo && s.Op != layout.CubicTo) {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(string(s.Op))
		for i, p := range s.Pts[:need] {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(pt(p.X, p.Y))
		}
	}
	return b.String()
}

// nodes draws every node, in reading order, in one group.
func (r *svgRenderer) nodes() {
	r.canvas.Group(attr("class", "nodes"))
	for i := range r.d.Nodes {
		r.node(&r.d.Nodes[i])
	}
	r.canvas.Gend()
}

// readImages reads every icon file once and keeps it as a data: URI.
func (r *svgRenderer) readImages() error {
	r.images = map[string]string{}
	for _, n := range r.d.Nodes {
		if n.Icon == nil || n.Icon.Path == "" || r.images[n.Icon.Path] != "" {
			continue
		}
		uri, err := r.dataURI(n.Icon.Path)
		if err != nil {
			return fmt.Errorf("render: icon of node %q: %w", n.ID, err)
		}
		r.images[n.Icon.Path] = uri
	}
	return nil
}

// node draws one box: its tooltip, box, completion bar, label, icon and
// status marks, wrapped
// in a link when it has a safe URL.
func (r *svgRenderer) node(n *layout.Node) {
	href, link := safeURL(n.URL)
	if link {
		r.printf("<a %s %s>\n", attr("href", href), attr("xlink:href", href))
	}
	r.canvas.Group(attr("class", nodeClass(n)), attr("id", r.nodeIDs[n.ID]))
	if n.Tooltip != "" {
		r.printf("<title>%s</title>\n", escape(n.Tooltip))
	}
	r.box(n)
	r.meter(n.Meter)
	r.label(n)
	r.icon(n.Icon)
	for _, m := range n.Marks {
		r.mark(m)
	}
	r.canvas.Gend()
	if link {
		r.printf("</a>\n")
	}
}

// nodeClass is "node KIND" plus "optional" and "status-STATUS" when set.
func nodeClass(n *layout.Node) string {
	c := "node " + classToken(string(n.Kind))
	if n.Optional {
		c += " optional"
	}
	if n.Status != "" {
		c += " status-" + classToken(n.Status)
	}
	return c
}

// box draws the box of n (its shadow is in the shadows group) in its
// look (see boxLookOf): the title and the legend have no fill; optional
// boxes have a dashed border, done and skipped ones their own fills, so
// that they differ by more than colour together with their marks.
func (r *svgRenderer) box(n *layout.Node) {
	t := r.opt.Theme
	look := boxLookOf(t, n)
	a := []string{attr("class", "box"), attr("rx", dec2(t.CornerRadius)), attr("fill", "none")}
	if look.filled {
		a[2] = attr("fill", look.fill.Hex())
	}
	if look.dashed {
		a = append(a, attr("stroke", look.border.Hex()), attr("stroke-width", dec2(t.BorderWidth)),
			attr("stroke-dasharray", dec2(t.BorderDash[0])+" "+dec2(t.BorderDash[1])))
	}
	r.rect(n.Box, a...)
}

// label draws n's lines as one <text> with a <tspan> per line.
func (r *svgRenderer) label(n *layout.Node) {
	if len(n.Lines) == 0 {
		return
	}
	r.printf("<text %s %s>", attr("class", "label"), attr("fill", boxLookOf(r.opt.Theme, n).text.Hex()))
	for _, l := range n.Lines {
		anchor := classToken(string(l.Anchor))
		if l.Anchor == "" {
			anchor = string(layout.AnchorStart)
		}
		weight := ""
		if l.Bold {
			weight = " " + attr("font-weight", "bold")
		}
		r.printf("<tspan %s %s %s %s%s>%s</tspan>", attr("x", dec2(l.X)), attr("y", dec2(l.Baseline)),
			attr("font-size", dec2(l.Size)), attr("text-anchor", anchor), weight, escape(l.Text))
	}
	r.printf("</text>\n")
}

// icon draws an emoji centred in its box, or an image file embedded as a
// data: URI and fitted into its box.
func (r *svgRenderer) icon(ic *layout.Icon) {
	if ic == nil {
		return
	}
	b := ic.Box
	if ic.Path == "" {
		size := emojiScale * b.H
		r.printf("<text %s %s %s %s %s %s>%s</text>\n", attr("class", "icon"),
			attr("x", dec2(b.X+b.W/2)), attr("y", dec2(b.Y+b.H/2+emojiBaseline*size)),
			attr("font-size", dec2(size)), attr("text-anchor", "middle"),
			attr("font-family", emojiFamily), escape(ic.Text))
		return
	}
	r.printf("<image %s %s %s %s %s %s/>\n", attr("class", "icon"), attr("x", dec2(b.X)), attr("y", dec2(b.Y)),
		attr("width", dec2(b.W)), attr("height", dec2(b.H)), attr("xlink:href", r.images[ic.Path]))
}

// rect writes a <rect> with the geometry of b and the given attributes.
func (r *svgRenderer) rect(b layout.Rect, attrs ...string) {
	r.printf("<rect %s %s %s %s %s/>\n", attr("x", dec2(b.X)), attr("y", dec2(b.Y)),
		attr("width", dec2(b.W)), attr("height", dec2(b.H)), strings.Join(attrs, " "))
}
