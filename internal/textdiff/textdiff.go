// Package textdiff finds the lines that differ between two texts and
// writes them as a unified diff, as diff -u and gofmt -d do.
package textdiff

import (
	"fmt"
	"strings"
)

// maxCells bounds the work of the line diff (changed lines of one side ×
// the other's); past it the changed middle is one hunk.
const maxCells = 4_000_000

// Hunk is a run of changed lines: Old[OldStart:OldEnd] became
// New[NewStart:NewEnd] (0-based line indexes).
type Hunk struct{ OldStart, OldEnd, NewStart, NewEnd int }

// Lines splits text into lines, each without its "\n"; a final newline
// ends the last line rather than starting an empty one.
func Lines(text string) []string {
	if text == "" {
		return nil
	}
	return strings.Split(strings.TrimSuffix(text, "\n"), "\n")
}

// Hunks finds the changed runs between a and b through a longest common
// subsequence of lines, once their common ends are set aside.
func Hunks(a, b []string) []Hunk {
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	hs := middleHunks(a[pre:len(a)-suf], b[pre:len(b)-suf])
	for i := range hs {
		hs[i].OldStart += pre
		hs[i].OldEnd += pre
		hs[i].NewStart += pre
		hs[i].NewEnd += pre
	}
	return hs
}

// middleHunks is Hunks of a and b, which differ in their first and last
// lines (or one of which is empty).
func middleHunks(a, b []string) []Hunk {
	if len(a) == 0 && len(b) == 0 {
		return nil
	}
	if len(a)*len(b) > maxCells || len(a) == 0 || len(b) == 0 {
		return []Hunk{{0, len(a), 0, len(b)}}
	}
	lcs := lcsTable(a, b)
	var out []Hunk
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		if i < len(a) && j < len(b) && a[i] == b[j] {
			i, j = i+1, j+1
			continue
		}
		h := Hunk{OldStart: i, NewStart: j}
		for (i < len(a) || j < len(b)) && !(i < len(a) && j < len(b) && a[i] == b[j]) {
			if j == len(b) || (i < len(a) && lcs[i+1][j] >= lcs[i][j+1]) {
				i++
			} else {
				j++
			}
		}
		h.OldEnd, h.NewEnd = i, j
		out = append(out, h)
	}
	return out
}

// lcsTable returns lcs, where lcs[i][j] is the length of a longest common
// subsequence of a[i:] and b[j:].
func lcsTable(a, b []string) [][]int32 {
	lcs := make([][]int32, len(a)+1)
	for i := range lcs {
		lcs[i] = make([]int32, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	return lcs
}

// Unified returns the unified diff of old and new text, named oldName and
// newName in its header, with context lines of context around each
// change; "" when they are equal. At most maxLines lines of changes and
// context are written (0: no limit), then a line saying how many more
// were left out.
func Unified(oldName, newName, old, new string, context, maxLines int) string {
	d := &doc{a: Lines(old), b: Lines(new), aOpen: old != "" && !strings.HasSuffix(old, "\n"), bOpen: new != "" && !strings.HasSuffix(new, "\n")}
	hs := Hunks(compared(d.a, d.aOpen), compared(d.b, d.bOpen))
	if len(hs) == 0 {
		return ""
	}
	a, b := d.a, d.b
	var sb strings.Builder
	fmt.Fprintf(&sb, "--- %s\n+++ %s\n", oldName, newName)
	w := &limitWriter{sb: &sb, max: maxLines}
	for _, g := range group(hs, context, len(a), len(b)) {
		d.writeGroup(w, g)
	}
	if w.skipped > 0 {
		fmt.Fprintf(&sb, "... %d more lines\n", w.skipped)
	}
	return sb.String()
}

// compared returns the lines to compare of a text: lines, with the last
// one told apart when it has no newline (open), so that adding or removing
// the final newline is a change.
func compared(lines []string, open bool) []string {
	if !open {
		return lines
	}
	out := append([]string(nil), lines...)
	out[len(out)-1] += "\x00"
	return out
}

// group gathers hunks whose contexts touch into one group each, a span of
// old and new lines with its hunks.
func group(hs []Hunk, context, na, nb int) [][]Hunk {
	var out [][]Hunk
	for _, h := range hs {
		if n := len(out); n > 0 {
			last := out[n-1][len(out[n-1])-1]
			if h.OldStart-last.OldEnd <= 2*context {
				out[n-1] = append(out[n-1], h)
				continue
			}
		}
		out = append(out, []Hunk{h})
	}
	for i, g := range out {
		first, last := g[0], g[len(g)-1]
		lead := min(context, first.OldStart, first.NewStart)
		trail := min(context, na-last.OldEnd, nb-last.NewEnd)
		span := Hunk{first.OldStart - lead, last.OldEnd + trail, first.NewStart - lead, last.NewEnd + trail}
		out[i] = append([]Hunk{span}, g...)
	}
	return out
}

// doc is the two texts of a diff as lines; aOpen and bOpen tell a text
// whose last line has no newline.
type doc struct {
	a, b         []string
	aOpen, bOpen bool
}

// noNewline is the line that follows, in a unified diff, a last line
// without a newline.
const noNewline = `\ No newline at end of file`

// writeGroup writes one group: its header, then its lines. g[0] is the
// group's span, the rest its hunks.
func (d *doc) writeGroup(w *limitWriter, g []Hunk) {
	span := g[0]
	w.header(fmt.Sprintf("@@ -%s +%s @@\n", rangeText(span.OldStart, span.OldEnd), rangeText(span.NewStart, span.NewEnd)))
	i := span.OldStart
	for _, h := range g[1:] {
		for ; i < h.OldStart; i++ {
			d.common(w, i, h.NewStart-(h.OldStart-i))
		}
		for k := h.OldStart; k < h.OldEnd; k++ {
			d.side(w, "-", d.a, k, d.aOpen)
		}
		for k := h.NewStart; k < h.NewEnd; k++ {
			d.side(w, "+", d.b, k, d.bOpen)
		}
		i = h.OldEnd
	}
	for j := span.NewEnd - (span.OldEnd - i); i < span.OldEnd; i, j = i+1, j+1 {
		d.common(w, i, j)
	}
}

// common writes line i of old, which is line j of new, as context.
func (d *doc) common(w *limitWriter, i, j int) {
	w.line(" " + d.a[i])
	if i == len(d.a)-1 && d.aOpen || j == len(d.b)-1 && d.bOpen {
		w.line(noNewline)
	}
}

// side writes line k of one side with its mark.
func (d *doc) side(w *limitWriter, mark string, lines []string, k int, open bool) {
	w.line(mark + lines[k])
	if k == len(lines)-1 && open {
		w.line(noNewline)
	}
}

// rangeText is a hunk range of a unified diff: "start,count", start
// 1-based (the line before, for an empty range).
func rangeText(start, end int) string {
	if end-start == 1 {
		return fmt.Sprint(start + 1)
	}
	if end == start {
		return fmt.Sprintf("%d,0", start)
	}
	return fmt.Sprintf("%d,%d", start+1, end-start)
}

// limitWriter writes lines up to a limit and counts the rest.
type limitWriter struct {
	sb      *strings.Builder
	max     int
	written int
	skipped int
}

// header writes a hunk header unless the limit is reached.
func (w *limitWriter) header(s string) {
	if w.max > 0 && w.written >= w.max {
		return
	}
	w.sb.WriteString(s)
}

// line writes one diff line and its newline, or counts it past the limit.
func (w *limitWriter) line(s string) {
	if w.max > 0 && w.written >= w.max {
		w.skipped++
		return
	}
	w.sb.WriteString(s + "\n")
	w.written++
}
