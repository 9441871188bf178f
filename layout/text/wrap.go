package text

import (
	"strings"

	"github.com/go-text/typesetting/segmenter"
)

// Wrap sets spans in lines no wider than maxWidth px at size px (no limit
// when maxWidth <= 0): paragraphs at explicit newlines, then lines broken
// at the opportunities of UAX #14 (at spaces, after hyphens, between CJK
// characters, never before closing punctuation), greedily filled. Runs of
// blanks collapse to one space and lines carry no leading or trailing
// blank. A word wider than maxWidth on its own is broken between grapheme
// clusters, without adding a hyphen. When keepFirst is set no break falls
// between the first span and the first word after it (a section's number
// and its title). Wrap of blank text is nil.
func (fs *Fonts) Wrap(spans []Span, size, maxWidth float64, keepFirst bool) []Line {
	var lines []Line
	for i, par := range splitParagraphs(spans) {
		p, keep := newPara(par)
		if !keepFirst || i > 0 {
			keep = 0
		}
		lines = fs.wrapPara(lines, p, size, maxWidth, keep)
	}
	return lines
}

// splitParagraphs cuts spans at newlines.
func splitParagraphs(spans []Span) [][]Span {
	out := [][]Span{nil}
	for _, s := range spans {
		parts := strings.Split(s.Text, "\n")
		for i, t := range parts {
			if i > 0 {
				out = append(out, nil)
			}
			out[len(out)-1] = append(out[len(out)-1], Span{Text: t, Bold: s.Bold})
		}
	}
	return out
}

// breaks returns the rune offsets after which p may break (UAX #14),
// leaving out those within the first keep runes, and the end of p last.
func breaks(p para, keep int) []int {
	var seg segmenter.Segmenter
	seg.Init(p.r)
	it := seg.LineIterator()
	var out []int
	for it.Next() {
		ln := it.Line()
		end := ln.Offset + len(ln.Text)
		if end <= keep || end >= len(p.r) {
			continue
		}
		out = append(out, end)
	}
	return append(out, len(p.r))
}

// trim returns [a, b) without blanks at either end.
func trim(p para, a, b int) (int, int) {
	for a < b && p.r[a] == ' ' {
		a++
	}
	for b > a && p.r[b-1] == ' ' {
		b--
	}
	return a, b
}

// line shapes p[a:b], trimmed.
func (fs *Fonts) line(p para, a, b int, size float64) Line {
	a, b = trim(p, a, b)
	return fs.shapeRunes(p.r[a:b], p.bold[a:b], size)
}

// wrapPara appends the lines of paragraph p.
func (fs *Fonts) wrapPara(lines []Line, p para, size, maxWidth float64, keep int) []Line {
	if len(p.r) == 0 {
		return lines
	}
	if maxWidth <= 0 {
		return append(lines, fs.line(p, 0, len(p.r), size))
	}
	bs := breaks(p, keep)
	start, next := 0, 0 // next indexes bs: the first break after start
	for start < len(p.r) {
		var best Line
		bestEnd := -1
		for j := next; j < len(bs); j++ {
			ln := fs.line(p, start, bs[j], size)
			if ln.Width > maxWidth && bestEnd >= 0 {
				break
			}
			if ln.Width > maxWidth {
				best, bestEnd = fs.fitClusters(p, start, bs[j], size, maxWidth)
				break
			}
			best, bestEnd, next = ln, bs[j], j+1
		}
		lines = append(lines, best)
		start = bestEnd
		for start < len(p.r) && p.r[start] == ' ' {
			start++
		}
		for next < len(bs) && bs[next] <= start {
			next++
		}
	}
	return lines
}

// fitClusters sets the longest run of whole grapheme clusters of
// p[a:b] that fits in maxWidth, at least one cluster, and returns it with
// the offset where it ends.
func (fs *Fonts) fitClusters(p para, a, b int, size, maxWidth float64) (Line, int) {
	a, b = trim(p, a, b)
	cls := clusters(p.r[a:b])
	end := a + len(cls[0])
	best := fs.line(p, a, end, size)
	for _, cl := range cls[1:] {
		ln := fs.line(p, a, end+len(cl), size)
		if ln.Width > maxWidth {
			break
		}
		best, end = ln, end+len(cl)
	}
	return best, end
}
