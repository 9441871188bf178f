package svg

import (
	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/render"
)

// edge opens <g class="edge KIND"> with the ids of its ends in data-from
// and data-to, faded by its opacity.
func (r *renderer) edge(g *render.Group) {
	e := g.Edge
	o := r.out
	o.str("<g")
	o.open("class")
	o.str("edge ")
	o.token(string(e.Kind))
	o.close()
	o.attr("id", r.ids.add(e.ID))
	o.attr("data-from", r.endID(e.From))
	o.attr("data-to", r.endID(e.To))
	if g.Opacity < 1 {
		o.num("opacity", g.Opacity)
	}
	o.str(groupEnd)
}

// endID is the document id of the node an edge starts or ends at; an end
// that names no node is sanitized the same way, for a stable data- value.
func (r *renderer) endID(id string) string {
	if doc, ok := r.nodeIDs[id]; ok {
		return doc
	}
	return render.SanitizeID(r.opt.IDPrefix + id)
}

// href is where a node or chip links: the node of this picture it
// targets, or its URL; "" for neither.
func (r *renderer) href(g *render.Group) string {
	if g.Target != "" {
		return "#" + r.nodeIDs[g.Target]
	}
	return g.Link
}

// node opens a box: <g class="node KIND" id="ID"> holding its tooltip,
// wrapped in an <a> when it links.
func (r *renderer) node(g *render.Group) {
	o := r.out
	href := r.href(g)
	r.linked = href != ""
	if r.linked {
		o.str("<a")
		o.attr("href", href)
		o.attr("xlink:href", href)
		o.str(">\n")
	}
	o.str("<g")
	r.nodeClass(g.Node)
	o.attr("id", r.nodeIDs[g.ID])
	o.str(groupEnd)
	if g.Tooltip != "" {
		o.str("<title>")
		o.text(g.Tooltip)
		o.str("</title>\n")
	}
}

// nodeClass writes the class attribute of n: "node KIND" plus "optional",
// "status-STATUS" and "dim" when set.
func (r *renderer) nodeClass(n *layout.Node) {
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

// meter opens a section's completion bar as <g class="meter"> with the
// counts in data-done and data-total.
func (r *renderer) meter(m *layout.Meter) {
	o := r.out
	o.str("<g")
	o.attr("class", "meter")
	o.int("data-done", m.Done)
	o.int("data-total", m.Total)
	o.str(groupEnd)
}

// mark opens a status badge as <g class="mark KIND">.
func (r *renderer) mark(m *layout.Mark) {
	o := r.out
	o.str("<g")
	o.open("class")
	o.str("mark ")
	o.token(m.Kind)
	o.close()
	o.str(groupEnd)
}

// ref opens a prerequisite chip as <a class="ref" href="#ID" data-from
// data-to> (a <g class="ref"> when the prerequisite has no picture to
// link to) holding its full name as a tooltip.
func (r *renderer) ref(g *render.Group) {
	o := r.out
	href := r.href(g)
	r.linked = href != ""
	if r.linked {
		o.str("<a")
	} else {
		o.str("<g")
	}
	o.attr("class", "ref")
	if r.linked {
		o.attr("href", href)
		o.attr("xlink:href", href)
	}
	o.attr("data-from", r.endID(g.Ref.From))
	o.attr("data-to", render.SanitizeID(r.opt.IDPrefix+g.Ref.To))
	o.str(">\n<title>")
	o.text(g.Tooltip)
	o.str("</title>\n")
}
