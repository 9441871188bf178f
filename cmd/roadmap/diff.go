package main

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"strings"
)

// maxDiffLines bounds how many lines of each side a text diff shows.
const maxDiffLines = 12

// describeDiff says how a committed output differs from the fresh one.
func describeDiff(format string, old, fresh []byte) string {
	if format == "png" {
		return describePNGDiff(old, fresh)
	}
	return describeTextDiff(old, fresh)
}

// maxDiffCells bounds the work of the line diff (lines of old × new);
// past it the diff shows the one changed run between common ends.
const maxDiffCells = 4_000_000

// describeTextDiff shows the lines that changed, "-" old and "+" new, each
// run under the line number where it starts in the new file.
func describeTextDiff(old, fresh []byte) string {
	a := strings.Split(string(old), "\n")
	b := strings.Split(string(fresh), "\n")
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	a, b = a[pre:len(a)-suf], b[pre:len(b)-suf]
	var sb strings.Builder
	shown := 0
	for _, h := range hunks(a, b) {
		if shown >= maxDiffLines {
			fmt.Fprintf(&sb, "  ... more changes\n")
			break
		}
		fmt.Fprintf(&sb, "  @@ line %d @@\n", pre+h.newStart+1)
		shown += writeLines(&sb, "-", a[h.oldStart:h.oldEnd], maxDiffLines-shown)
		shown += writeLines(&sb, "+", b[h.newStart:h.newEnd], maxDiffLines-shown)
	}
	return sb.String()
}

// hunk is a run of changed lines: old[oldStart:oldEnd] became
// new[newStart:newEnd].
type hunk struct{ oldStart, oldEnd, newStart, newEnd int }

// hunks finds the changed runs through a longest common subsequence of
// lines; inputs too large for it give one run.
func hunks(a, b []string) []hunk {
	if len(a)*len(b) > maxDiffCells || len(a) == 0 || len(b) == 0 {
		return []hunk{{0, len(a), 0, len(b)}}
	}
	// lcs[i][j] is the LCS length of a[i:] and b[j:].
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
	var out []hunk
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		if i < len(a) && j < len(b) && a[i] == b[j] {
			i, j = i+1, j+1
			continue
		}
		h := hunk{oldStart: i, newStart: j}
		for i < len(a) || j < len(b) {
			if i < len(a) && j < len(b) && a[i] == b[j] {
				break
			}
			if j == len(b) || (i < len(a) && lcs[i+1][j] >= lcs[i][j+1]) {
				i++
			} else {
				j++
			}
		}
		h.oldEnd, h.newEnd = i, j
		out = append(out, h)
	}
	return out
}

// writeLines writes at most limit lines with a mark and returns how many
// it wrote.
func writeLines(sb *strings.Builder, mark string, lines []string, limit int) int {
	for i, l := range lines {
		if i >= limit {
			fmt.Fprintf(sb, "  %s ... %d more lines\n", mark, len(lines)-i)
			return i
		}
		fmt.Fprintf(sb, "  %s %s\n", mark, l)
	}
	return len(lines)
}

// describePNGDiff compares two PNGs by size and pixels.
func describePNGDiff(old, fresh []byte) string {
	a, errA := png.Decode(bytes.NewReader(old))
	b, errB := png.Decode(bytes.NewReader(fresh))
	if errA != nil || errB != nil {
		return "  the committed file is not a readable PNG\n"
	}
	if a.Bounds() != b.Bounds() {
		return fmt.Sprintf("  size %dx%d, now %dx%d\n", a.Bounds().Dx(), a.Bounds().Dy(), b.Bounds().Dx(), b.Bounds().Dy())
	}
	n, box := 0, image.Rectangle{}
	r := a.Bounds()
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if a.At(x, y) != b.At(x, y) {
				n++
				box = box.Union(image.Rect(x, y, x+1, y+1))
			}
		}
	}
	if n == 0 {
		return "  same pixels, different encoding\n"
	}
	return fmt.Sprintf("  %d pixels differ, within %v\n", n, box)
}
