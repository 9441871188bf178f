package render

import (
	"path/filepath"
	"strings"

	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/roadmap"
)

// Outline is the text of a roadmap or course in reading order, for the
// outputs that show more than the picture: the PDF's pages after the
// diagram, the HTML page's side panel. Ids are those of the diagram's
// nodes, so that an entry and its box can point at each other.
type Outline struct {
	Title       string
	Description string
	URL         string
	// Parts are the parts of a course; a roadmap is one part without a
	// header (HeaderID "").
	Parts []OutlinePart
}

// OutlinePart is one roadmap of a course.
type OutlinePart struct {
	// HeaderID is the id of the part's header band in the diagram, ""
	// for a roadmap drawn alone.
	HeaderID    string
	Title       string
	Description string
	URL         string
	Optional    bool
	Sections    []OutlineSection
}

// OutlineSection is a numbered section with its topics.
type OutlineSection struct {
	OutlineItem
	Number int
	Topics []OutlineItem
}

// OutlineItem is a section or a topic: its diagram id, the key of its
// status in a progress file (see roadmap.ParseProgress and
// roadmap.LoadCourseProgress), its texts (descriptions and notes as plain
// text, see roadmap.PlainText) and its resources.
type OutlineItem struct {
	ID          string
	ProgressKey string
	Title       string
	Description string
	URL         string
	Optional    bool
	Resources   []roadmap.Resource
}

// OutlineOf returns the outline of what d draws: the course c when it is
// a course file (c.File set; its parts' ids as the native layout gives
// them, read from d's header bands), else the roadmap r.
func OutlineOf(d *layout.Diagram, c *roadmap.Course, r *roadmap.Roadmap) *Outline {
	if c == nil || c.File == "" {
		o := &Outline{Title: r.Title, Description: roadmap.PlainText(r.Description), URL: r.URL}
		o.Parts = []OutlinePart{part(r, "", "")}
		o.Parts[0].Title, o.Parts[0].Description, o.Parts[0].URL = "", "", ""
		return o
	}
	o := &Outline{Title: c.Title, Description: roadmap.PlainText(c.Description)}
	keys := headerKeys(d)
	for i, pr := range c.Roadmaps {
		key := ""
		if i < len(keys) {
			key = keys[i]
		}
		o.Parts = append(o.Parts, part(pr, key, filepath.Base(pr.File)+"#"))
	}
	return o
}

// headerKeys returns the keys of the parts of a course diagram, in
// order: the ids of its header bands less "#:part".
func headerKeys(d *layout.Diagram) []string {
	var keys []string
	for _, n := range d.Nodes {
		if n.Kind == layout.KindHeader {
			keys = append(keys, strings.TrimSuffix(n.ID, "#:part"))
		}
	}
	return keys
}

// plainNotes returns the resources with their notes as plain text (the
// Markdown of an imported README's links and emphasis left out).
func plainNotes(rs []roadmap.Resource) []roadmap.Resource {
	out := make([]roadmap.Resource, len(rs))
	for i, r := range rs {
		r.Note = roadmap.PlainText(r.Note)
		out[i] = r
	}
	return out
}

// part returns the outline of roadmap r, its node ids under key ("" for
// none) and its progress keys under progress.
func part(r *roadmap.Roadmap, key, progress string) OutlinePart {
	p := OutlinePart{Title: r.Title, Description: roadmap.PlainText(r.Description), URL: r.URL, Optional: r.Optional}
	id := func(s string) string {
		if key == "" {
			return s
		}
		return key + "#" + s
	}
	if key != "" {
		p.HeaderID = key + "#:part"
	}
	for _, s := range r.Sections {
		sec := OutlineSection{Number: s.Number, OutlineItem: OutlineItem{ID: id(s.ID), ProgressKey: progress + s.ID,
			Title: s.Title, Description: roadmap.PlainText(s.Description), URL: s.URL, Optional: s.Optional, Resources: plainNotes(s.Resources)}}
		for _, t := range s.Topics {
			sec.Topics = append(sec.Topics, OutlineItem{ID: id(t.ID), ProgressKey: progress + t.ID,
				Title: t.Title, Description: roadmap.PlainText(t.Description), URL: t.URL, Optional: t.Optional, Resources: plainNotes(t.Resources)})
		}
		p.Sections = append(p.Sections, sec)
	}
	return p
}
