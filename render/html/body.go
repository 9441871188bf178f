package html

import (
	"fmt"
	"html"
	"strings"

	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/render"
	"github.com/roadmapgo/roadmap/roadmap"
)

// body writes the page's visible part: the bar with the search box and
// the export button, the live preview's problems, both pictures, the
// side panel and the export dialog.
func (p *Page) body(b *strings.Builder, live *Live) {
	if live != nil {
		fmt.Fprintf(b, "<body data-version=\"%d\" data-svg-version=\"%d\">\n", live.Version, live.PictureVersion)
	} else {
		b.WriteString("<body>\n")
	}
	b.WriteString(`<header id="bar">`)
	if live != nil && live.Index {
		b.WriteString(`<a href="/">all files</a>`)
	}
	fmt.Fprintf(b, `<h1>%s</h1>`, html.EscapeString(p.title))
	b.WriteString(`<input type="search" id="search" placeholder="Search topics (/)" aria-label="Search topics" autocomplete="off">`)
	b.WriteString(`<span id="count" aria-live="polite"></span>`)
	b.WriteString(`<button type="button" id="export">Export progress</button><span id="status"></span></header>` + "\n")
	if live != nil {
		b.WriteString(`<pre id="errors"`)
		if len(live.Errors) == 0 {
			b.WriteString(" hidden")
		}
		b.WriteString(">")
		for _, e := range live.Errors {
			b.WriteString(html.EscapeString(e) + "\n")
		}
		b.WriteString("</pre>\n")
	}
	b.WriteString(`<main id="map"><div class="picture light">`)
	b.Write(p.light)
	b.WriteString(`</div><div class="picture dark">`)
	b.Write(p.dark)
	b.WriteString("</div></main>\n")
	b.WriteString(panelHTML)
}

// panelHTML is the side panel and the export dialog, filled by the script.
const panelHTML = `<aside id="panel" hidden aria-labelledby="panel-title" tabindex="-1">
<button type="button" id="close" aria-label="Close">×</button>
<p id="panel-kind"></p><h2 id="panel-title"></h2>
<div id="ticks" role="group" aria-label="Your progress">
<button type="button" data-status="done" aria-pressed="false">✓ Done</button>
<button type="button" data-status="doing" aria-pressed="false">◐ Doing</button>
<button type="button" data-status="skip" aria-pressed="false">⊘ Skip</button>
</div>
<p id="panel-desc"></p><p id="panel-url"></p>
<h3 id="panel-res-title">Resources</h3><ul id="panel-res"></ul>
</aside>
<dialog id="export-dialog" aria-labelledby="export-title"><h2 id="export-title">Your progress</h2>
<p>Save it as a file and draw it with <code>roadmap render --progress FILE</code>.</p>
<textarea id="export-text" readonly rows="12"></textarea>
<p><a id="export-download" download="progress.yaml" href="#">Download</a> <button type="button" id="export-close">Close</button></p>
</dialog>
`

// data is what the script knows of the roadmap.
type data struct {
	Key   string          `json:"key"`
	Items map[string]item `json:"items"`
	// Order lists the items' ids in reading order.
	Order []string `json:"order"`
	// Doc maps the id of a node in the pictures to its item's id.
	Doc map[string]string `json:"doc"`
}

// item is a section or topic of the roadmap.
type item struct {
	Kind        string     `json:"kind"`
	Label       string     `json:"label"`
	Title       string     `json:"title"`
	Description string     `json:"description,omitempty"`
	URL         string     `json:"url,omitempty"`
	Optional    bool       `json:"optional,omitempty"`
	Progress    string     `json:"progress"`
	Resources   []resource `json:"resources,omitempty"`
}

// resource is a link of an item; URL is "" when it is not a safe link.
type resource struct {
	Title  string `json:"title"`
	URL    string `json:"url,omitempty"`
	Author string `json:"author,omitempty"`
	Note   string `json:"note,omitempty"`
}

// pageData collects the items of the outline that the diagram draws.
func pageData(d *layout.Diagram, opt Options) data {
	out := data{Key: opt.Key, Items: map[string]item{}, Doc: map[string]string{}}
	o := opt.Outline
	if o == nil {
		return out
	}
	if out.Key == "" {
		out.Key = o.Title
	}
	drawn := map[string]bool{}
	for _, n := range d.Nodes {
		drawn[n.ID] = true
	}
	add := func(it render.OutlineItem, kind, label string) {
		if !drawn[it.ID] {
			return
		}
		out.Items[it.ID] = item{Kind: kind, Label: label, Title: it.Title, Description: it.Description,
			URL: safe(it.URL), Optional: it.Optional, Progress: it.ProgressKey, Resources: resources(it.Resources)}
		out.Order = append(out.Order, it.ID)
		out.Doc[render.SanitizeID(it.ID)] = it.ID
		out.Doc[render.SanitizeID(darkPrefix+it.ID)] = it.ID
	}
	for _, p := range o.Parts {
		for _, s := range p.Sections {
			where := p.Title
			if where != "" {
				where += " · "
			}
			add(s.OutlineItem, "section", fmt.Sprintf("%sSection %d", where, s.Number))
			for _, t := range s.Topics {
				add(t, "topic", fmt.Sprintf("%sTopic of %d. %s", where, s.Number, s.Title))
			}
		}
	}
	return out
}

// resources keeps the links of rs that are safe.
func resources(rs []roadmap.Resource) []resource {
	out := make([]resource, 0, len(rs))
	for _, r := range rs {
		out = append(out, resource{Title: r.Title, URL: safe(r.URL), Author: r.Author, Note: r.Note})
	}
	return out
}

// safe returns u when it may be a link, else "".
func safe(u string) string {
	if s, ok := render.SafeURL(u); ok {
		return s
	}
	return ""
}
