// Package export writes roadmaps in text formats other tools read: a
// Mermaid flowchart (rendered by GitHub inside a ```mermaid block) and the
// JSON of the model.
package export

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"

	"github.com/roadmapgo/roadmap/roadmap"
)

// Mermaid writes r as a Mermaid "flowchart TD": the roadmap's title as the
// diagram title, sections chained in reading order ("s1 --> s2"), each
// topic joined to its section by a plain line ("s1 --- s1t1"), and each
// requires as a dotted arrow from the prerequisite ("s1t2 -.-> s3"). A
// requires naming another file points from a node labelled FILE#ID.
// A section's label starts with its number ("1.\u00a0Title", a no-break
// space after the dot). Sections and topics get the classes section and topic, optional ones
// also optional. Node ids are s<section number> and s<n>t<topic number>,
// so the output depends only on the model.
func Mermaid(w io.Writer, r *roadmap.Roadmap) error {
	bw := bufio.NewWriter(w)
	m := mermaid{w: bw, g: roadmap.NewGraph(r)}
	m.write(r)
	return bw.Flush()
}

type mermaid struct {
	w   *bufio.Writer
	g   *roadmap.Graph
	ids []string // Mermaid id of each graph node
}

func (m *mermaid) write(r *roadmap.Roadmap) {
	if title := withIcon(r.Icon, r.Title); title != "" {
		fmt.Fprintf(m.w, "---\ntitle: %s\n---\n", mermaidTitle(title))
	}
	m.w.WriteString("flowchart TD\n")
	classes := map[string][]string{}
	order := []string{"section", "topic", "optional"}
	section, topic := 0, 0
	for _, n := range m.g.Nodes {
		var id, label string
		if n.Topic == nil {
			section, topic = section+1, 0
			id = fmt.Sprintf("s%d", section)
			label = withIcon(n.Section.Icon, sectionLabel(section, n.Section.Title))
		} else {
			topic++
			id = fmt.Sprintf("s%dt%d", section, topic)
			label = n.Topic.Title
		}
		m.ids = append(m.ids, id)
		kind := n.Kind().String()
		classes[kind] = append(classes[kind], id)
		if r.Optional || n.Section.Optional || n.Topic != nil && n.Topic.Optional {
			classes["optional"] = append(classes["optional"], id)
		}
		fmt.Fprintf(m.w, "  %s[\"%s\"]\n", id, mermaidLabel(label))
	}
	m.edges()
	m.external()
	m.w.WriteString("  classDef section fill:#3d6ff5,stroke:#2b55cc,color:#fff\n")
	m.w.WriteString("  classDef topic fill:#2fc18c,stroke:#23a070,color:#fff\n")
	m.w.WriteString("  classDef optional stroke-dasharray:5 5\n")
	for _, c := range order {
		if len(classes[c]) > 0 {
			fmt.Fprintf(m.w, "  class %s %s\n", strings.Join(classes[c], ","), c)
		}
	}
}

var arrows = map[roadmap.EdgeKind]string{
	roadmap.SpineEdge:    "-->",
	roadmap.TopicEdge:    "---",
	roadmap.RequiresEdge: "-.->",
}

func (m *mermaid) edges() {
	for _, e := range m.g.Edges {
		fmt.Fprintf(m.w, "  %s %s %s\n", m.ids[e.From], arrows[e.Kind], m.ids[e.To])
	}
}

// external draws the requires that name another file, which the graph of
// one roadmap leaves out, from one node per distinct FILE#ID.
func (m *mermaid) external() {
	ext := map[string]string{}
	for i, n := range m.g.Nodes {
		for _, ref := range n.Requires() {
			if ref.File == "" {
				continue
			}
			key := ref.File + "#" + ref.ID
			id, ok := ext[key]
			if !ok {
				id = fmt.Sprintf("x%d", len(ext)+1)
				ext[key] = id
				fmt.Fprintf(m.w, "  %s[\"%s\"]\n", id, mermaidLabel(key))
			}
			fmt.Fprintf(m.w, "  %s -.-> %s\n", id, m.ids[i])
		}
	}
}

// labelEscaper turns the characters that end or alter a quoted Mermaid
// label into Mermaid entity codes: the quote, the markup characters (HTML
// and Markdown labels), "#" of the codes themselves, and "%", so that no
// label holds the "%%" of a comment or a "%%{init: ...}%%" directive,
// which Mermaid looks for anywhere in the text. Line breaks become
// spaces, so a label cannot end its statement.
var labelEscaper = strings.NewReplacer(
	`#`, "#35;",
	`"`, "#quot;",
	`&`, "#amp;",
	`<`, "#lt;",
	`>`, "#gt;",
	"`", "#96;",
	`%`, "#37;",
	"\n", " ",
	"\r", " ",
	"\u2028", " ",
	"\u2029", " ",
)

func mermaidLabel(s string) string {
	return labelEscaper.Replace(s)
}

// mermaidTitle quotes the diagram title for the front matter (a YAML
// double-quoted string, which has no entity codes): every run of "%" is
// made one, so that the title holds no comment or directive either.
func mermaidTitle(s string) string {
	for strings.Contains(s, "%%") {
		s = strings.ReplaceAll(s, "%%", "%")
	}
	return strconv.Quote(s)
}

// sectionLabel is the label of section number n: "1.\u00a0Title". The
// space after the number is a no-break space, so that Mermaid, which reads
// labels as Markdown, does not take "1. Title" for a list item and number
// it again; a title that starts with its own number ("1. Title", "1)
// Title") is not numbered a second time.
func sectionLabel(n int, title string) string {
	num := strconv.Itoa(n)
	if rest, ok := strings.CutPrefix(strings.TrimSpace(title), num); ok && len(rest) > 1 &&
		(rest[0] == '.' || rest[0] == ')') && unicode.IsSpace(rune(rest[1])) {
		title = strings.TrimSpace(rest[1:])
	}
	return num + ".\u00a0" + title
}

// withIcon puts an emoji icon before a label; icons that are image paths
// are left out.
func withIcon(icon, text string) string {
	if icon == "" || strings.ContainsAny(icon, "./") || !hasSymbol(icon) {
		return text
	}
	return icon + " " + text
}

func hasSymbol(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.So, r) {
			return true
		}
	}
	return false
}
