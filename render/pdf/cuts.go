package pdf

import (
	"sort"

	"github.com/roadmapgo/roadmap/layout"
)

// cutPad is the room kept free around a box where a page may end, in
// diagram units: its shadow and a little air.
const cutPad = 8

// cuts splits the height of d into bands of at most bandH, each ending
// where no box (with its icon, chips and shadow) is cut, at the lowest
// such place; a box taller than a page is cut at the page's end.
func cuts(d *layout.Diagram, bandH float64) [][2]float64 {
	spans := blocked(d)
	var bands [][2]float64
	for top := 0.0; top < d.Height; {
		end := top + bandH
		if end >= d.Height {
			bands = append(bands, [2]float64{top, d.Height})
			break
		}
		for _, s := range spans {
			if s[0] < end && end < s[1] {
				if s[0] > top {
					end = s[0]
				}
				break
			}
		}
		bands = append(bands, [2]float64{top, end})
		top = end
	}
	return bands
}

// blocked returns the vertical spans a page may not end in, merged and
// sorted: every node's box and icon, grown by cutPad.
func blocked(d *layout.Diagram) [][2]float64 {
	var spans [][2]float64
	add := func(r layout.Rect) {
		spans = append(spans, [2]float64{r.Y - cutPad, r.Y + r.H + cutPad})
	}
	for _, n := range d.Nodes {
		add(n.Box)
		if n.Icon != nil {
			add(n.Icon.Box)
		}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i][0] < spans[j][0] })
	var merged [][2]float64
	for _, s := range spans {
		if k := len(merged) - 1; k >= 0 && s[0] <= merged[k][1] {
			merged[k][1] = max(merged[k][1], s[1])
			continue
		}
		merged = append(merged, s)
	}
	return merged
}
