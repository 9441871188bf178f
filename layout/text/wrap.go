package text

import (
	"strconv"
	"strings"
	"sync"

	"github.com/go-text/typesetting/bidi"
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
// and its title). Wrap of blank text is nil. The lines are shared with
// later calls of the same arguments: do not modify them.
func (fs *Fonts) Wrap(spans []Span, size, maxWidth float64, keepFirst bool) []Line {
	key := wrapKey(spans, size, maxWidth, keepFirst)
	if lines, ok := fs.wrapped.get(key); ok {
		return lines
	}
	lines := fs.wrap(spans, size, maxWidth, keepFirst)
	fs.wrapped.put(key, lines)
	return lines
}

// wrap is Wrap, uncached.
func (fs *Fonts) wrap(spans []Span, size, maxWidth float64, keepFirst bool) []Line {
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

// wrapKey is what a wrapping is cached under.
func wrapKey(spans []Span, size, maxWidth float64, keepFirst bool) string {
	b := make([]byte, 0, 64)
	b = strconv.AppendFloat(b, size, 'g', -1, 64)
	b = append(b, ' ')
	b = strconv.AppendFloat(b, maxWidth, 'g', -1, 64)
	b = strconv.AppendBool(b, keepFirst)
	for _, s := range spans {
		b = append(b, ' ')
		b = strconv.AppendBool(b, s.Bold)
		b = strconv.AppendInt(b, int64(len(s.Text)), 10)
		b = append(b, ':')
		b = append(b, s.Text...)
	}
	return string(b)
}

// wrapCache holds wrapped labels: a layout sizes most labels more than
// once, close together (measuring a column, then filling it). It is kept
// small, so that a roadmap of thousands of topics does not hold them all:
// past maxWrapped entries it starts afresh.
type wrapCache struct {
	mu sync.Mutex
	m  map[string][]Line
}

func (c *wrapCache) get(key string) ([]Line, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	l, ok := c.m[key]
	return l, ok
}

func (c *wrapCache) put(key string, lines []Line) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil || len(c.m) >= maxWrapped {
		c.m = map[string][]Line{}
	}
	c.m[key] = lines
}

// maxWrapped bounds the cache of wrapped labels.
const maxWrapped = 512

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
	if out, ok := fastBreaks(p, keep); ok {
		return out
	}
	return breaksSegmenter(p, keep)
}

// breaksSegmenter is breaks through go-text's UAX #14 segmenter.
func breaksSegmenter(p para, keep int) []int {
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

// lvOf returns the bidi levels of p[a:b], nil when p has none.
func (p para) lvOf(a, b int) []bidi.Level {
	if p.lv == nil {
		return nil
	}
	return p.lv[a:b]
}

// width measures p[a:b], trimmed, as line sets it.
func (fs *Fonts) width(p para, a, b int, size float64) float64 {
	a, b = trim(p, a, b)
	return fs.rawWidth(p, a, b, size)
}

// rawWidth measures p[a:b] as it is, blanks included.
func (fs *Fonts) rawWidth(p para, a, b int, size float64) float64 {
	if p.lv == nil {
		if w, ok := fs.asciiWidth(p.r, p.bold, a, b, size); ok {
			return w
		}
	}
	return fs.shapeRunes(p.r[a:b], p.bold[a:b], p.lvOf(a, b), size).Width
}

// line shapes p[a:b], trimmed.
func (fs *Fonts) line(p para, a, b int, size float64) Line {
	a, b = trim(p, a, b)
	return fs.shapeRunes(p.r[a:b], p.bold[a:b], p.lvOf(a, b), size)
}

// wrapPara appends the lines of paragraph p.
func (fs *Fonts) wrapPara(lines []Line, p para, size, maxWidth float64, keep int) []Line {
	if len(p.r) == 0 {
		return lines
	}
	p.withLevels()
	if maxWidth <= 0 {
		return append(lines, fs.line(p, 0, len(p.r), size))
	}
	bs := breaks(p, keep)
	start, next := 0, 0 // next indexes bs: the first break after start
	for start < len(p.r) {
		var ln Line
		ln, start, next = fs.nextLine(p, bs, start, next, size, maxWidth)
		lines = append(lines, ln)
		for start < len(p.r) && p.r[start] == ' ' {
			start++
		}
		for next < len(bs) && bs[next] <= start {
			next++
		}
	}
	return lines
}

// nextLine sets the line of p that starts at start, through the last
// break of bs (from index next on) that fits in maxWidth, or the clusters
// of the first piece that fit when none does; it returns the line, where
// it ends, and the index of the break after it. The breaks are found by
// adding up the widths of the pieces between them, each measured once
// (a cost linear in the paragraph, whatever its text); the line found is
// then set whole, and shortened by a break while it is wider than the
// pieces added up.
func (fs *Fonts) nextLine(p para, bs []int, start, next int, size, maxWidth float64) (Line, int, int) {
	last := -1 // index in bs of the line's end
	sum, from := 0.0, start
	for j := next; j < len(bs); j++ {
		if !fs.fits(p, from, bs[j], sum, size, maxWidth) {
			break
		}
		last, sum, from = j, float64(sum+fs.rawWidth(p, from, bs[j], size)), bs[j]
	}
	if last < 0 {
		end := next
		if end >= len(bs) {
			end = len(bs) - 1
		}
		ln, stop := fs.fitClusters(p, start, bs[end], size, maxWidth)
		return ln, stop, end
	}
	ln := fs.line(p, start, bs[last], size)
	for ln.Width > maxWidth && last > next {
		last--
		ln = fs.line(p, start, bs[last], size)
	}
	return ln, bs[last], last + 1
}

// window is how many runes of a piece are looked at first: a long piece
// (a word of thousands of characters) costs only what fits of it.
const window = 64

// fits reports whether p[a:b], trimmed, fits in maxWidth after sum px,
// measuring prefixes of growing length: a piece whose first runes are
// already too wide is too wide.
func (fs *Fonts) fits(p para, a, b int, sum, size, maxWidth float64) bool {
	for n := window; ; n *= 2 {
		end := min(b, a+n)
		if float64(sum+fs.width(p, a, end, size)) > maxWidth {
			return false
		}
		if end == b {
			return true
		}
	}
}

// fitClusters sets the longest run of whole grapheme clusters of
// p[a:b] that fits in maxWidth, at least one cluster, and returns it with
// the offset where it ends; like nextLine it adds up the clusters'
// widths, then checks the line set whole. It splits window runes at a
// time into clusters, the last of each window left to the next, which
// may continue it.
func (fs *Fonts) fitClusters(p para, a, b int, size, maxWidth float64) (Line, int) {
	a, b = trim(p, a, b)
	var ends []int
	sum, end := 0.0, a
	for full := true; full && end < b; {
		cls := clusters(p.r[end:min(b, end+window)])
		if end+window < b && len(cls) > 1 {
			cls = cls[:len(cls)-1]
		}
		for _, cl := range cls {
			w := fs.rawWidth(p, end, end+len(cl), size)
			if len(ends) > 0 && float64(sum+w) > maxWidth {
				full = false
				break
			}
			sum, end = float64(sum+w), end+len(cl)
			ends = append(ends, end)
		}
	}
	ln := fs.line(p, a, end, size)
	for k := len(ends) - 1; ln.Width > maxWidth && k > 0; k-- {
		end = ends[k-1]
		ln = fs.line(p, a, end, size)
	}
	return ln, end
}
