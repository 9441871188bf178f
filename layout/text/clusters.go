package text

import "github.com/go-text/typesetting/segmenter"

// clusters splits r into grapheme clusters (UAX #29).
func clusters(r []rune) [][]rune {
	var seg segmenter.Segmenter
	seg.Init(r)
	gi := seg.GraphemeIterator()
	var out [][]rune
	for gi.Next() {
		g := gi.Grapheme()
		out = append(out, r[g.Offset:g.Offset+len(g.Text)])
	}
	return out
}
