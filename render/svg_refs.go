package render

import (
	"github.com/roadmapgo/roadmap/layout"
)

// refs draws the prerequisite chips of n after its group, each as
// <a class="ref" href="#ID" data-from data-to> (a <g class="ref"> when
// the prerequisite has no picture to link to) holding its full name as a
// tooltip, its pill and its text. They stand outside the node's group so
// that no link nests in the node's own.
func (r *svgRenderer) refs(n *layout.Node) {
	for i := range n.Refs {
		r.ref(n, &n.Refs[i])
	}
}

// ref draws one chip.
func (r *svgRenderer) ref(n *layout.Node, ref *layout.Ref) {
	o := r.out
	href := r.refHref(ref)
	tag := "g"
	if href != "" {
		tag = "a"
	}
	o.str("<" + tag)
	o.attr("class", "ref")
	if href != "" {
		o.attr("href", href)
		o.attr("xlink:href", href)
	}
	o.attr("data-from", r.endID(ref.From))
	o.attr("data-to", sanitizeID(r.opt.IDPrefix+ref.To))
	o.str(">\n<title>")
	o.text(ref.Text)
	o.str("</title>\n")
	look := chipLook(r.opt.Theme, n)
	r.openRect(ref.Box)
	o.attr("class", "chip")
	o.num("rx", chipRadius(ref))
	o.color("fill", look.fill)
	o.str(emptyEnd)
	o.str("<text")
	o.color("fill", look.text)
	o.str(">")
	for _, l := range ref.Lines {
		r.tspan(l)
	}
	o.str("</text>\n</" + tag + ">\n")
}

// refHref is where a chip links: "#ID" for a node of this picture, the
// other picture's path and "#ID" for one drawn there, "" for neither.
func (r *svgRenderer) refHref(ref *layout.Ref) string {
	if ref.Target != "" {
		if doc, ok := r.nodeIDs[ref.Target]; ok {
			return "#" + doc
		}
	}
	if ref.File == "" {
		return ""
	}
	if u, ok := safeURL(ref.File + "#" + sanitizeID(ref.Fragment)); ok {
		return u
	}
	return ""
}

// nodeHref is where a node links: its url when safe, or the node it
// targets in this picture.
func (r *svgRenderer) nodeHref(n *layout.Node) (string, bool) {
	if n.Target != "" {
		if doc, ok := r.nodeIDs[n.Target]; ok {
			return "#" + doc, true
		}
	}
	return safeURL(n.URL)
}

// clusters draws the frames of the diagram's clusters, under everything
// but the background, each as <g class="cluster" id="ID"> holding its
// <rect class="frame"> and its title's <text>.
func (r *svgRenderer) clusters() {
	if len(r.d.Clusters) == 0 {
		return
	}
	look := clusterLook(r.opt.Theme)
	o := r.out
	r.canvas.Group(attr("class", "clusters"))
	for _, c := range r.d.Clusters {
		o.str("<g")
		o.attr("class", "cluster")
		o.attr("id", r.ids.add(c.ID))
		o.str(groupEnd)
		r.openRect(c.Box)
		o.attr("class", "frame")
		o.num("rx", r.opt.Theme.CornerRadius)
		o.color("fill", look.fill)
		o.color("stroke", look.border)
		o.num("stroke-width", clusterBorder)
		o.str(emptyEnd)
		o.str("<text")
		o.color("fill", look.text)
		o.str(">")
		for _, l := range c.Lines {
			r.tspan(l)
		}
		o.str("</text>\n")
		r.canvas.Gend()
	}
	r.canvas.Gend()
}
