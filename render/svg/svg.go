// Package svg writes a painted diagram (see render.Paint) as a standalone
// SVG document whose structure is public: classes, ids and data-
// attributes that CSS, scripts and tools rely on (README, "The SVG it
// writes").
package svg

import (
	"fmt"
	"io"
	"strings"

	svgo "github.com/ajstarks/svgo/float"

	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/render"
)

// Options tune SVG output.
type Options struct {
	// Theme gives every colour and stroke; the zero Theme means Light.
	Theme render.Theme
	// IDPrefix is put before every id in the document (node, edge and
	// definition ids) so that several SVGs can share one HTML page. It is
	// sanitized like the ids: characters outside [A-Za-z0-9_.-] become "_".
	IDPrefix string
	// EmbedFont embeds Liberation Sans, subset to the glyphs the labels use
	// and only in the weights they use, as a data: URI in an @font-face
	// rule, so that text fits its boxes on machines that lack the font.
	EmbedFont bool
	// EmojiText writes emoji icons as text, drawn by the viewer in its
	// own emoji font (or as boxes, without one). By default each emoji
	// is the colour bitmap of the embedded Noto Color Emoji, stored once
	// as a PNG and drawn with <use>, the same in every viewer; an emoji
	// the font lacks stays text.
	EmojiText bool
	// ReadFile reads the image files of icons (Icon.Path); nil means the
	// operating system's files, each refused by its size before reading
	// when over roadmap.MaxIconSize. A server passes a Project's ReadFile
	// (roadmap.Project) so that icons are read only inside the project. Images are embedded as data: URIs, never linked.
	ReadFile func(name string) ([]byte, error)
}

// emojiFamily is the font-family of emoji icons.
const emojiFamily = "'Noto Color Emoji', 'Apple Color Emoji', 'Segoe UI Emoji', sans-serif"

// Write writes d as a standalone SVG document to w.
//
// The structure is public (see DESIGN.md, "The SVG contract"): the root
// <svg> carries width, height, viewBox, role="img" and aria-labelledby,
// and begins with <title> and <desc>; then come <defs> (shadow filter,
// arrowhead markers, the embedded font), a background rect of class
// "background", the cluster frames in <g class="clusters">, the shadows
// of all boxes (rects of class "shadow") in one <g class="shadows">
// blurred by one filter, all edges in <g class="edges"> and all nodes, in
// reading order, in <g class="nodes">; last, when emoji are drawn as
// images, a <defs> of one <symbol> per distinct emoji (see emojiUse).
// One filter on the group rather than one per box keeps rasterizers fast
// (librsvg blurs once instead of once per box).
//
// Output is deterministic: the same diagram and options give the same
// bytes. Every text and attribute is escaped, ids are sanitized, URLs
// other than http, https, mailto and relative ones are dropped, and the
// document has no script, event handler, foreignObject or external
// resource.
func Write(w io.Writer, d *layout.Diagram, opt Options) error {
	if d == nil {
		return fmt.Errorf("render: nil diagram")
	}
	if opt.ReadFile == nil {
		opt.ReadFile = render.ReadIconFile
	}
	if opt.Theme.Dark != nil {
		return writeAuto(w, d, opt)
	}
	return write(w, d, opt, nil, "")
}

// write writes d with the colours passed through pal (nil: as painted)
// and the style rules css.
func write(w io.Writer, d *layout.Diagram, opt Options, pal *palette, css string) error {
	out := newWriter(w)
	out.pal = pal
	r := &renderer{
		css:    css,
		canvas: svgo.New(out),
		out:    out,
		d:      d,
		opt:    opt,
		ids:    newIDSet(opt.IDPrefix, len(d.Nodes)+len(d.Edges)),
		emoji:  emojiSheet{ids: map[string]string{}},
	}
	// Everything that can fail happens before the first byte is written.
	fonts, err := r.fontFace()
	if err != nil {
		return err
	}
	r.fonts = fonts
	if err := r.readImages(); err != nil {
		return err
	}
	render.Paint(r, d, opt.Theme)
	return out.flush()
}

// renderer translates the painter's operations into SVG. The elements
// written once per document go through the svgo canvas; the ones written
// per node or edge are appended to out, the buffer the canvas writes to,
// in the very bytes svgo would write, without building strings.
type renderer struct {
	canvas *svgo.SVG
	out    *writer
	d      *layout.Diagram
	opt    Options
	ids    *idSet
	fonts  fontFaces
	// textEmoji are the emoji of the label being written, drawn as
	// pictures after its <text>.
	textEmoji []queuedEmoji
	// glyphs are the glyphs drawn as outlines (--embed-font).
	glyphs glyphSheet
	// nodeIDs maps model ids to document ids, for edges' data-from/to.
	nodeIDs map[string]string
	// shadowID is the id of the shadow filter; markers the ids of the
	// arrowhead markers by edge kind.
	shadowID string
	markers  map[layout.EdgeKind]string
	// images are the data: URIs of the icon files, by path.
	images map[string]string
	// linked tells whether the node or chip being written is a link.
	linked bool
	// emoji are the emoji drawn as images, defined at the end.
	emoji emojiSheet
	// css is the auto theme's style rules, after the font's; written as
	// is, for an SVG inlined in HTML does not decode entities in <style>.
	css string
}

// svgo's Group and Path end their attribute lists with a space before the
// closing; the groups and paths written through writer end the same
// way. Other elements end their attribute lists with emptyEnd.
const (
	groupEnd = " >\n"
	pathEnd  = " />\n"
	emptyEnd = "/>\n"
)

// Begin opens the element of a group.
func (r *renderer) Begin(g *render.Group) {
	switch g.Kind {
	case render.GroupDocument:
		r.document(g)
	case render.GroupClusters:
		r.canvas.Group(attr("class", "clusters"))
	case render.GroupCluster:
		r.out.str("<g")
		r.out.attr("class", "cluster")
		r.out.attr("id", r.ids.add(g.ID))
		r.out.str(groupEnd)
	case render.GroupShadows:
		r.canvas.Group(attr("class", "shadows"), attr("filter", "url(#"+r.shadowID+")"),
			attr("opacity", dec2(g.Opacity)))
	case render.GroupEdges:
		r.canvas.Group(attr("class", "edges"))
	case render.GroupEdge:
		r.edge(g)
	case render.GroupNodes:
		r.canvas.Group(attr("class", "nodes"))
	case render.GroupNode:
		r.node(g)
	case render.GroupMeter:
		r.meter(g.Meter)
	case render.GroupMark:
		r.mark(g.Mark)
	case render.GroupRef:
		r.ref(g)
	}
}

// End closes the element of a group.
func (r *renderer) End(g *render.Group) {
	switch g.Kind {
	case render.GroupDocument:
		r.emojiDefs()
		r.glyphDefs()
		r.canvas.End()
	case render.GroupNode:
		r.canvas.Gend()
		if r.linked {
			r.out.str("</a>\n")
		}
	case render.GroupRef:
		if r.linked {
			r.out.str("</a>\n")
		} else {
			r.canvas.Gend()
		}
	default:
		r.canvas.Gend()
	}
}

// document writes the start of the SVG: the root element, its title and
// description, and the definitions.
func (r *renderer) document(g *render.Group) {
	r.assignIDs(g)
	titleID, descID := r.ids.add("_svg-title"), r.ids.add("_svg-desc")
	family := r.fontFamily()
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
	r.defs(g)
}

// textElement writes <tag id="id">text</tag> on a line of its own.
func (r *renderer) textElement(tag, id, text string) {
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

// assignIDs gives every node and definition its document id: first the
// nodes of the model, in document order, so that each keeps its id
// (sanitized) whatever the made-up ids are; then the nodes the layout made
// up (their ids hold a ':' or a '#'), then the definitions. A later id
// that sanitizes to one taken gets a stable suffix.
func (r *renderer) assignIDs(g *render.Group) {
	r.nodeIDs = make(map[string]string, len(r.d.Nodes))
	for _, made := range []bool{false, true} {
		for _, n := range r.d.Nodes {
			if _, dup := r.nodeIDs[n.ID]; !dup && madeUp(n.ID) == made {
				r.nodeIDs[n.ID] = r.ids.add(n.ID)
			}
		}
	}
	if g.Shadow != nil {
		r.shadowID = r.ids.add("_shadow")
	}
	r.markers = map[layout.EdgeKind]string{}
	for _, a := range g.Arrows {
		r.markers[a.Kind] = r.ids.add("_arrow-" + classToken(string(a.Kind)))
	}
}

// madeUp reports whether a node id is one the layout made up rather than
// the model's.
func madeUp(id string) bool { return strings.ContainsAny(id, ":#") }

// defs writes the shared definitions: the embedded font, the shadow
// filter and one arrowhead marker per edge kind that has arrows.
func (r *renderer) defs(g *render.Group) {
	r.canvas.Def()
	if r.fonts.css != "" || r.css != "" {
		r.out.str(`<style type="text/css">`)
		r.out.text(r.fonts.css)
		r.out.str(r.css) // hex colours, brackets and quotes: nothing to escape
		r.out.str("</style>\n")
	}
	if g.Shadow != nil {
		r.shadowFilter(g.Shadow)
	}
	for _, a := range g.Arrows {
		r.marker(r.markers[a.Kind], a)
	}
	r.canvas.DefEnd()
}

// readImages reads every icon file once and keeps it as a data: URI.
func (r *renderer) readImages() error {
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
