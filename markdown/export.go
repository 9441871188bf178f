package markdown

import (
	"bufio"
	"fmt"
	"io"
	"strings"

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
// "Toggle section (optional)". Descriptions and notes are written as they
// are, since they hold Markdown. The README has no place for the roadmap's
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
	e.block("## %s", withIcon(r.Icon, escapeText(r.Title)))
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
	e.block("### %d. %s", n, withIcon(s.Icon, escapeText(s.Title)))
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

// paragraphs writes a description: its paragraphs are separated by blank
// lines.
func (e exporter) paragraphs(desc string) {
	if desc != "" {
		e.block("%s", desc)
	}
}

func (e exporter) topic(t *roadmap.Topic) {
	name := escapeText(t.Title)
	if t.URL != "" {
		name = "[" + name + "](" + destination([]byte(t.URL), nil) + ")"
	}
	line := "- **" + name + "**"
	if t.Description != "" {
		line += ": " + strings.ReplaceAll(t.Description, "\n\n", "\n\n  ")
	}
	e.w.WriteString(line + "\n")
}

func (e exporter) resource(r roadmap.Resource) {
	line := "* [" + escapeText(r.Title) + "](" + destination([]byte(r.URL), nil) + ")"
	if r.Author != "" {
		line += " by " + r.Author
	}
	if r.Note != "" {
		line += ": " + r.Note
	}
	e.w.WriteString(line + "\n")
}

// withIcon puts an emoji icon before a heading's text; icons that are
// image paths have no place in a heading and are left out.
func withIcon(icon, text string) string {
	if icon == "" || !isEmoji(icon) {
		return text
	}
	return icon + " " + text
}
