package render

import (
	"fmt"
	"io"
	"math"

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
	// ReadFile reads the image files of icons (Icon.Path); nil means the
	// operating system's files, each refused by its size before reading
	// when over roadmap.MaxIconSize. A server passes a Project's ReadFile
	// (roadmap.Project) so that icons are read only inside the project. Images are embedded as data: URIs, never linked.
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
	opt.Theme = opt.Theme.ScaledFor(d)
	if opt.ReadFile == nil {
		opt.ReadFile = readIconFile
	}
	out := newSVGWriter(w)
	r := &svgRenderer{
		canvas: svg.New(out),
		out:    out,
		d:      d,
		opt:    opt,
		ids:    newIDSet(opt.IDPrefix, len(d.Nodes)+len(d.Edges)),
	}
	if err := r.document(); err != nil {
		return err
	}
	return out.flush()
}

// svgRenderer holds the state of one SVG rendering. The elements written
// once per document go through the svgo canvas; the ones written per
// node or edge are appended to out, the buffer the canvas writes to, in
// the very bytes svgo would write, without building strings.
type svgRenderer struct {
	canvas *svg.SVG
	out    *svgWriter
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

// svgo's Group and Path end their attribute lists with a space before the
// closing; the groups and paths written through svgWriter end the same
// way. Other elements end their attribute lists with emptyEnd.
const (
	groupEnd = " >\n"
	pathEnd  = " />\n"
	emptyEnd = "/>\n"
)

// document writes the whole SVG. Everything that can fail (reading icon
// files, subsetting the font) happens before the first byte is written.
func (r *svgRenderer) document() error {
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
	r.textElement("title", titleID, r.d.Title)
	r.textElement("desc", descID, r.d.Description)
	r.defs(fonts.css)
	r.filledRect(layout.Rect{W: r.d.Width, H: r.d.Height}, "background", r.opt.Theme.Background)
	r.clusters()
	r.shadows()
	r.edges()
	r.nodes()
	r.canvas.End()
	return nil
}

// textElement writes <tag id="id">text</tag> on a line of its own.
func (r *svgRenderer) textElement(tag, id, text string) {
	o := r.out
	o.str("<")
	o.str(tag)
	o.attr("id", id)
	o.str(">")
	o.text(text)
	o.str("</")
	o.str(tag)
	o.str(">\n")
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
		r.out.str(`<style type="text/css">`)
		r.out.text(css)
		r.out.str("</style>\n")
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
	r.out.str("<feGaussianBlur")
	r.out.num("stdDeviation", sigma)
	r.out.str(emptyEnd)
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
	o := r.out
	o.str("<marker")
	o.attr("id", id)
	o.attr("markerUnits", "userSpaceOnUse")
	o.attr("orient", "auto")
	o.num("markerWidth", a+2*pad)
	o.num("markerHeight", 2*half+2*pad)
	o.num("refX", refX)
	o.num("refY", pad+half)
	o.attr("overflow", "visible")
	o.str(">\n")
	d := "M" + pt(pad, pad) + " L" + pt(pad+a, pad+half) + " L" + pt(pad, pad+2*half)
	if st.filled {
		r.canvas.Path(d+" Z", attr("fill", st.color.Hex()))
	} else {
		r.canvas.Path(d, attr("fill", "none"), attr("stroke", st.color.Hex()),
			attr("stroke-width", dec2(st.width)), attr("stroke-linecap", "round"), attr("stroke-linejoin", "round"))
	}
	o.str("</marker>\n")
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
	for _, b := range r.shadowBoxes {
		r.openRect(b)
		r.out.attr("class", "shadow")
		r.out.num("rx", t.CornerRadius)
		r.out.color("fill", t.Shadow)
		r.out.str(emptyEnd)
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

// edge draws e as <g class="edge KIND"> holding its path, with the ids of
// its ends in data-from and data-to.
func (r *svgRenderer) edge(e layout.Edge) {
	o := r.out
	o.str("<g")
	o.open("class")
	o.str("edge ")
	o.token(string(e.Kind))
	o.close()
	o.attr("id", r.ids.add(e.ID))
	o.attr("data-from", r.endID(e.From))
	o.attr("data-to", r.endID(e.To))
	if e.Dim {
		o.num("opacity", edgeOpacity(&e))
	}
	o.str(groupEnd)
	r.edgePath(e)
	r.canvas.Gend()
}

// edgePath writes the <path> of e in the stroke of its kind.
func (r *svgRenderer) edgePath(e layout.Edge) {
	st := edgeStyleOf(r.opt.Theme, e.Kind)
	o := r.out
	o.str(`<path d="`)
	o.buf = appendPathData(o.buf, e.Path)
	o.str(`"`)
	o.attr("fill", "none")
	o.color("stroke", st.color)
	o.num("stroke-width", st.width)
	if e.Dashed {
		o.dashes(st.dash)
	}
	if e.Arrow {
		o.open("marker-end")
		o.str("url(#")
		o.text(r.markers[e.Kind])
		o.str(")")
		o.close()
	}
	o.str(pathEnd)
}

// endID is the document id of the node an edge starts or ends at; an end
// that names no node is sanitized the same way, for a stable data- value.
func (r *svgRenderer) endID(id string) string {
	if doc, ok := r.nodeIDs[id]; ok {
		return doc
	}
	return sanitizeID(r.opt.IDPrefix + id)
}

// appendPathData appends the SVG path of segs; a segment with too few
// points for its operation, or an unknown operation, is left out.
func appendPathData(b []byte, segs []layout.Segment) []byte {
	start := len(b)
	for _, s := range segs {
		need := 1
		if s.Op == layout.CubicTo {
			need = 3
		}
		if len(s.Pts) < need || (s.Op != layout.MoveTo && s.Op != layout.LineTo && s.Op != layout.CubicTo) {
			continue
		}
		if len(b) > start {
			b = append(b, ' ')
		}
		b = append(b, s.Op...)
		for i, p := range s.Pts[:need] {
			if i > 0 {
				b = append(b, ' ')
			}
			b = appendXY(b, p.X, p.Y)
		}
	}
	return b
}

// nodes draws every node, in reading order, in one group.
func (r *svgRenderer) nodes() {
	r.canvas.Group(attr("class", "nodes"))
	for i := range r.d.Nodes {
		r.node(&r.d.Nodes[i])
		r.refs(&r.d.Nodes[i])
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
// status marks, wrapped in a link when it has a safe URL.
func (r *svgRenderer) node(n *layout.Node) {
	o := r.out
	href, link := r.nodeHref(n)
	if link {
		o.str("<a")
		o.attr("href", href)
		o.attr("xlink:href", href)
		o.str(">\n")
	}
	o.str("<g")
	r.nodeClass(n)
	o.attr("id", r.nodeIDs[n.ID])
	o.str(groupEnd)
	if n.Tooltip != "" {
		o.str("<title>")
		o.text(n.Tooltip)
		o.str("</title>\n")
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
		o.str("</a>\n")
	}
}

// nodeClass writes the class attribute of n: "node KIND" plus "optional"
// and "status-STATUS" when set.
func (r *svgRenderer) nodeClass(n *layout.Node) {
	o := r.out
	o.open("class")
	o.str("node ")
	o.token(string(n.Kind))
	if n.Optional {
		o.str(" optional")
	}
	if n.Status != "" {
		o.str(" status-")
		o.token(n.Status)
	}
	if n.Dim {
		o.str(" dim")
	}
	o.close()
}

// box draws the box of n (its shadow is in the shadows group) in its
// look (see boxLookOf): the title and the legend have no fill; optional
// boxes have a dashed border, done and skipped ones their own fills, so
// that they differ by more than colour together with their marks.
func (r *svgRenderer) box(n *layout.Node) {
	t := r.opt.Theme
	look := boxLookOf(t, n)
	o := r.out
	r.openRect(n.Box)
	o.attr("class", "box")
	o.num("rx", t.CornerRadius)
	if look.filled {
		o.color("fill", look.fill)
	} else {
		o.attr("fill", "none")
	}
	if look.dashed {
		o.color("stroke", look.border)
		o.num("stroke-width", t.BorderWidth)
		o.dashes(t.BorderDash)
	}
	o.str(emptyEnd)
}

// label draws n's lines as one <text> with a <tspan> per line.
func (r *svgRenderer) label(n *layout.Node) {
	if len(n.Lines) == 0 {
		return
	}
	o := r.out
	o.str("<text")
	o.attr("class", "label")
	o.color("fill", boxLookOf(r.opt.Theme, n).text)
	o.str(">")
	for _, l := range n.Lines {
		r.tspan(l)
	}
	o.str("</text>\n")
}

// tspan writes one line of a label.
func (r *svgRenderer) tspan(l layout.Line) {
	o := r.out
	o.str("<tspan")
	o.num("x", l.X)
	o.num("y", l.Baseline)
	o.num("font-size", l.Size)
	o.open("text-anchor")
	if l.Anchor == "" {
		o.str(string(layout.AnchorStart))
	} else {
		o.token(string(l.Anchor))
	}
	o.close()
	if l.Bold {
		o.attr("font-weight", "bold")
	}
	o.str(">")
	o.text(l.Text)
	o.str("</tspan>")
}

// icon draws an emoji centred in its box, or an image file embedded as a
// data: URI and fitted into its box.
func (r *svgRenderer) icon(ic *layout.Icon) {
	if ic == nil {
		return
	}
	o := r.out
	b := ic.Box
	if ic.Path == "" {
		size := emojiScale * b.H
		o.str("<text")
		o.attr("class", "icon")
		o.num("x", b.X+b.W/2)
		o.num("y", b.Y+b.H/2+emojiBaseline*size)
		o.num("font-size", size)
		o.attr("text-anchor", "middle")
		o.attr("font-family", emojiFamily)
		o.str(">")
		o.text(ic.Text)
		o.str("</text>\n")
		return
	}
	o.str("<image")
	o.attr("class", "icon")
	o.num("x", b.X)
	o.num("y", b.Y)
	o.num("width", b.W)
	o.num("height", b.H)
	o.attr("xlink:href", r.images[ic.Path])
	o.str(emptyEnd)
}

// openRect writes the start of a <rect> with the geometry of b; the
// caller adds its other attributes and ends it with emptyEnd.
func (r *svgRenderer) openRect(b layout.Rect) {
	o := r.out
	o.str("<rect")
	o.num("x", b.X)
	o.num("y", b.Y)
	o.num("width", b.W)
	o.num("height", b.H)
}

// filledRect writes a <rect> of class class filled with c.
func (r *svgRenderer) filledRect(b layout.Rect, class string, c Color) {
	r.openRect(b)
	r.out.attr("class", class)
	r.out.color("fill", c)
	r.out.str(emptyEnd)
}
