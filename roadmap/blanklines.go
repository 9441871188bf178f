package roadmap

import (
	"bytes"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Format keeps the blank lines that separate entries: the YAML library
// drops them, so Format marks, before formatting, each key and list item
// that a blank line precedes (above its head comment, when it has one),
// and after emitting puts one blank line back above each marked node
// (but the first entry of a mapping or list: a blank line there separates
// it from what the entry holding it starts with, not from an entry). A
// run of blank lines becomes one; blank lines inside a value, such as a
// literal block, are the value's own and kept by the library.

// blankMarks returns the nodes of doc, parsed from src, that a blank line
// precedes in src.
func blankMarks(doc *yaml.Node, src []byte) map[*yaml.Node]bool {
	lines := bytes.Split(src, []byte("\n"))
	marks := map[*yaml.Node]bool{}
	for _, n := range entryNodes(doc) {
		above := n.Line - 1 - commentLineCount(n.HeadComment) // 1-based line above the entry
		if above >= 1 && above <= len(lines) && len(bytes.TrimSpace(lines[above-1])) == 0 {
			marks[n] = true
		}
	}
	return marks
}

// restoreBlanks returns out, the emitted text of doc, with a blank line
// above each entry of doc that marks holds. It leaves out as it is when
// out does not parse back to the shape of doc.
func restoreBlanks(out []byte, doc *yaml.Node, marks map[*yaml.Node]bool) []byte {
	if len(marks) == 0 {
		return out
	}
	var back yaml.Node
	if yaml.Unmarshal(out, &back) != nil {
		return out
	}
	before, after := entryNodes(doc), entryNodes(&back)
	if len(before) != len(after) {
		return out
	}
	lines := strings.SplitAfter(string(out), "\n")
	blank := map[int]bool{} // 0-based indexes of the lines to put a blank line above
	for i, n := range before {
		if marks[n] {
			if at := blankAt(lines, after[i].Line, commentLineCount(n.HeadComment)); at > 0 {
				blank[at] = true
			}
		}
	}
	var b strings.Builder
	for i, l := range lines {
		if blank[i] {
			b.WriteString("\n")
		}
		b.WriteString(l)
	}
	return []byte(b.String())
}

// blankAt returns the 0-based index of the line to put a blank line
// above, for the entry on 1-based line line of lines, with head comment
// lines above it: the first of its comment lines, or 0 when the line
// above is blank already or is the start of the file.
func blankAt(lines []string, line, head int) int {
	at := line - 1
	for k := 0; k < head && at > 0 && isCommentLine(lines[at-1]); k++ {
		at--
	}
	if at <= 0 || at > len(lines) || strings.TrimSpace(lines[at-1]) == "" {
		return 0
	}
	return at
}

// isCommentLine reports whether l holds a comment alone.
func isCommentLine(l string) bool {
	return strings.HasPrefix(strings.TrimSpace(l), "#")
}

// entryNodes lists, in document order, the keys of every mapping and the
// items of every sequence under n, but for the first of each: the entries
// a blank line can separate from the one before.
func entryNodes(n *yaml.Node) []*yaml.Node {
	var out []*yaml.Node
	var walk func(n *yaml.Node)
	walk = func(n *yaml.Node) {
		for i, c := range n.Content {
			if n.Kind == yaml.SequenceNode && i > 0 || n.Kind == yaml.MappingNode && i%2 == 0 && i > 0 {
				out = append(out, c)
			}
			walk(c)
		}
	}
	walk(n)
	return out
}

// commentLineCount is the number of lines comment spans.
func commentLineCount(comment string) int {
	if comment == "" {
		return 0
	}
	return strings.Count(comment, "\n") + 1
}
