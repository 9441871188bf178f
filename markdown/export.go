package markdown

import (
	"bufio"
	"fmt"
	"io"

	"github.com/roadmapgo/roadmap/roadmap"
)

// Export writes r as one part of a course README, the shape Import reads:
//
//	## 🧑‍🔬 Title
//	description
//	### 1. 🏗️ Section
//	description
//	- **Topic**: description
//	📚 **References**:
//	* [Title](url) by Author: note
//
// An optional roadmap is wrapped in a "<details>" block whose summary says
// "Toggle section (optional)". Titles are written as plain text, every
// character of markup escaped. Descriptions, authors and notes hold
// Markdown and keep its safe subset (see safeInline): text, emphasis,
// code, and links to what roadmap.SafeLink accepts; raw HTML shows as
// text, and a link to anything else as its text alone. Line breaks
// become spaces, except the blank lines between the paragraphs of a
// description, so no text adds a heading, a list item or any other block.
// Topic and resource links whose url is not safe are left out, their
// titles kept. The README has no place for the roadmap's
// url, ids, requires, the optional flag of sections and topics, topic
// resources, section urls or icons that are image paths: Export leaves
// them out.
func Export(w io.Writer, r *roadmap.Roadmap) error {
	bw := bufio.NewWriter(w)
	e := exporter{w: bw}
	e.roadmap(r)
	return bw.Flush()
}

type exporter struct {
	w *bufio.Writer
}

// block writes one Markdown block followed by a blank line.
func (e exporter) block(format string, args ...any) {
	fmt.Fprintf(e.w, format, args...)
	e.w.WriteString("\n\n")
}

func (e exporter) roadmap(r *roadmap.Roadmap) {
	e.block("## %s", withIcon(r.Icon, safeHeading(r.Title)))
	e.paragraphs(r.Description)
	if r.Optional {
		e.block("<details>\n<summary>Toggle section (optional)</summary>")
	}
	for i, s := range r.Sections {
		if i > 0 {
			e.block("---")
		}
		e.section(i+1, s)
	}
	if r.Optional {
		e.block("</details>")
	}
}

func (e exporter) section(n int, s *roadmap.Section) {
	e.block("### %d. %s", n, withIcon(s.Icon, safeHeading(s.Title)))
	e.paragraphs(s.Description)
	if len(s.Topics) > 0 {
		for _, t := range s.Topics {
			e.topic(t)
		}
		e.w.WriteString("\n")
	}
	if len(s.Resources) > 0 {
		e.block("📚 **References**:")
		for _, r := range s.Resources {
			e.resource(r)
		}
		e.w.WriteString("\n")
	}
}

// paragraphs writes a description, one block per paragraph.
func (e exporter) paragraphs(desc string) {
	for _, p := range safeParagraphs(desc) {
		e.block("%s", p)
	}
}

func (e exporter) topic(t *roadmap.Topic) {
	line := "- **" + link(safeText(t.Title), t.URL) + "**"
	for i, p := range splitParagraphs(t.Description) {
		if i == 0 {
			line += ": " + safeInline(p)
		} else if p = safeParagraph(p); p != "" {
			line += "\n\n  " + p
		}
	}
	e.w.WriteString(line + "\n")
}

func (e exporter) resource(r roadmap.Resource) {
	line := "* " + guardLineStart(link(safeText(r.Title), r.URL))
	if author := safeInline(r.Author); author != "" {
		line += " by " + author
	}
	if note := safeInline(r.Note); note != "" {
		line += ": " + note
	}
	e.w.WriteString(line + "\n")
}

// link writes "[text](url)", or the text alone when url is empty or not
// a safe link.
func link(text, url string) string {
	if url == "" || !roadmap.SafeLink(url) {
		return text
	}
	return "[" + text + "](" + linkDestination(url, "") + ")"
}

// withIcon puts an emoji icon before a heading's text; icons that are
// image paths have no place in a heading and are left out.
func withIcon(icon, text string) string {
	if icon == "" || !isEmoji(icon) {
		return text
	}
	return icon + " " + text
}
