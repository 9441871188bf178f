package pdf

import (
	"strconv"
	"strings"

	"github.com/roadmapgo/roadmap/render"
	"github.com/roadmapgo/roadmap/roadmap"
)

// The type sizes of the outline, in points, and its leading.
const (
	titleSize   = 20
	partSize    = 16
	sectionSize = 13
	topicSize   = 10.5
	textSize    = 9.5
	leading     = 1.35
)

// outline prints o after the diagram, from a new page, with automatic
// page breaks: the title and description, then each part (a bookmark),
// each section (a bookmark) with its number, description and resources,
// and its topics with theirs. Each entry is where its box in the diagram
// links to, and links back to its box.
func (doc *document) outline(o *render.Outline) {
	f := doc.f
	f.SetAutoPageBreak(true, margin)
	f.AddPage()
	f.SetTextColor(0x22, 0x22, 0x22)
	doc.heading(o.Title, titleSize, "")
	doc.paragraph(o.Description)
	doc.link(o.URL)
	level := 0
	for _, p := range o.Parts {
		if p.HeaderID != "" {
			f.Ln(8)
			f.Bookmark(clean(p.Title), 0, -1)
			title := p.Title
			if p.Optional {
				title += " (optional)"
			}
			doc.heading(title, partSize, p.HeaderID)
			doc.paragraph(p.Description)
			doc.link(p.URL)
			level = 1
		}
		for _, s := range p.Sections {
			doc.section(s, level)
		}
	}
}

// section prints one section with its topics.
func (doc *document) section(s render.OutlineSection, level int) {
	f := doc.f
	f.Ln(6)
	title := strconv.Itoa(s.Number) + ". " + s.Title
	f.Bookmark(clean(title), level, -1)
	doc.heading(optional(title, s.Optional), sectionSize, s.ID)
	doc.paragraph(s.Description)
	doc.link(s.URL)
	doc.resources(s.Resources)
	for _, t := range s.Topics {
		f.Ln(2)
		doc.heading(optional(t.Title, t.Optional), topicSize, t.ID)
		doc.paragraph(t.Description)
		doc.link(t.URL)
		doc.resources(t.Resources)
	}
}

// optional marks an optional entry's title.
func optional(title string, opt bool) string {
	if opt {
		return title + " (optional)"
	}
	return title
}

// heading prints a bold title; for an entry of the diagram (id set) it is
// the target of the box's link and links back to the box.
func (doc *document) heading(text string, size float64, id string) {
	if text == "" {
		return
	}
	f := doc.f
	f.SetFont(family, "B", size)
	h := float64(size * leading)
	if f.GetY()+h > doc.pageH-margin {
		f.AddPage()
	}
	link, ok := doc.nodeLinks[id]
	if ok {
		f.SetLink(doc.entryLinks[id], f.GetY(), -1)
	}
	f.SetX(margin)
	if ok {
		f.WriteLinkID(h, clean(text), link)
	} else {
		f.Write(h, clean(text))
	}
	f.Ln(h)
}

// paragraph prints text as wrapped lines; blank lines part paragraphs.
func (doc *document) paragraph(text string) {
	text = strings.TrimSpace(text)
	if text == "" {
		return
	}
	f := doc.f
	f.SetFont(family, "", textSize)
	f.SetX(margin)
	f.MultiCell(0, textSize*leading, clean(text), "", "L", false)
}

// link prints a URL as a link to itself.
func (doc *document) link(url string) {
	u, ok := render.SafeURL(url)
	if !ok {
		return
	}
	f := doc.f
	f.SetFont(family, "", textSize)
	f.SetX(margin)
	f.SetTextColor(0x1a, 0x4f, 0xd6)
	f.WriteLinkString(textSize*leading, clean(u), u)
	f.SetTextColor(0x22, 0x22, 0x22)
	f.Ln(textSize * leading)
}

// resources prints each resource as a bullet: its title linking to its
// URL, its author and its note.
func (doc *document) resources(rs []roadmap.Resource) {
	f := doc.f
	h := textSize * leading
	for _, r := range rs {
		f.SetFont(family, "", textSize)
		f.SetX(margin + 10)
		f.Write(h, "• ")
		if u, ok := render.SafeURL(r.URL); ok {
			f.SetTextColor(0x1a, 0x4f, 0xd6)
			f.WriteLinkString(h, clean(r.Title), u)
			f.SetTextColor(0x22, 0x22, 0x22)
		} else {
			f.Write(h, clean(r.Title))
		}
		if r.Author != "" {
			f.Write(h, " — "+clean(r.Author))
		}
		if r.Note != "" {
			f.SetFont(family, "", textSize-1)
			f.Write(h, " ("+clean(r.Note)+")")
		}
		f.Ln(h)
	}
}

// clean is printable's text alone.
func clean(s string) string {
	out, _ := printable(s)
	return out
}
