package cli

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"strings"

	"github.com/roadmapgo/roadmap/internal/textdiff"
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

// describeTextDiff shows the lines that changed, "-" old and "+" new, each
// run under the line number where it starts in the new file.
func describeTextDiff(old, fresh []byte) string {
	a := strings.Split(string(old), "\n")
	b := strings.Split(string(fresh), "\n")
	var sb strings.Builder
	shown := 0
	for _, h := range textdiff.Hunks(a, b) {
		if shown >= maxDiffLines {
			fmt.Fprintf(&sb, "  ... more changes\n")
			break
		}
		fmt.Fprintf(&sb, "  @@ line %d @@\n", h.NewStart+1)
		shown += writeLines(&sb, "-", a[h.OldStart:h.OldEnd], maxDiffLines-shown)
		shown += writeLines(&sb, "+", b[h.NewStart:h.NewEnd], maxDiffLines-shown)
	}
	return sb.String()
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
