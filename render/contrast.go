package render

import (
	"fmt"

	"github.com/roadmapgo/roadmap/layout"
)

// Contrast returns the WCAG 2 contrast ratio of a and b, from 1 (the
// same luminance) to 21 (black on white).
func Contrast(a, b Color) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// luminance is the WCAG relative luminance of c, its products rounded so
// that no architecture fuses them.
func luminance(c Color) float64 {
	return float64(0.2126*linearRGB[c.R]) + float64(0.7152*linearRGB[c.G]) + float64(0.0722*linearRGB[c.B])
}

// The WCAG AA minimum contrasts: of body text, and of large text (the
// title) and of graphics that carry meaning (a completion bar).
const (
	MinTextContrast  = 4.5
	MinLargeContrast = 3
)

// ContrastPair is one foreground colour the painter sets on one
// background colour, named after where it appears.
type ContrastPair struct {
	Name     string
	Fore     Color
	Back     Color
	Min      float64 // the least ratio it needs (MinTextContrast or MinLargeContrast)
	Contrast float64
}

// String writes the pair as "name fore on back: ratio:1 (needs min)".
func (p ContrastPair) String() string {
	return fmt.Sprintf("%s %s on %s: %.2f:1 (needs %.1f)", p.Name, p.Fore.Hex(), p.Back.Hex(), p.Contrast, p.Min)
}

// pairKinds are the node kinds whose looks ContrastPairs walks.
var pairKinds = []layout.NodeKind{layout.KindTitle, layout.KindLegend, layout.KindSection, layout.KindTopic,
	layout.KindPart, layout.KindHeader}

// pairStatuses are the progress states ContrastPairs walks, none first.
var pairStatuses = []string{"", statusDone, statusDoing, statusSkip}

// ContrastPairs returns every (text, fill) pair theme t paints, taken
// from the painter's own looks: the label of each node kind, optional or
// not, in each progress state, on its box (or on the background where it
// has none); a prerequisite chip's text on its pill; a cluster's title
// on its frame; the optional badge's label on its pill and its border
// on the background; a status mark on its box and its glyph on its disc;
// and the parts of a completion bar on what they lie on.
// Nodes faded outside the focus are left out: they are meant to recede.
func ContrastPairs(t Theme) []ContrastPair {
	var out []ContrastPair
	add := func(name string, fore, back Color, min float64) {
		out = append(out, ContrastPair{Name: name, Fore: fore, Back: back, Min: min, Contrast: Contrast(fore, back)})
	}
	for _, k := range pairKinds {
		for _, opt := range []bool{false, true} {
			for _, st := range pairStatuses {
				n := &layout.Node{Kind: k, Optional: opt, Status: st}
				name := pairName(n)
				l := boxLookOf(t, n)
				back := l.fill
				if !l.filled {
					back = t.Background
				}
				min := MinTextContrast
				if k == layout.KindTitle {
					min = MinLargeContrast
				}
				add(name+" label", l.text, back, min)
				if k == layout.KindSection {
					m := meterLookOf(t, n)
					add(name+" meter outline", m.ink, l.fill, MinLargeContrast)
					add(name+" meter done", m.ink, m.track, MinLargeContrast)
				}
				if st != "" && (k == layout.KindSection || k == layout.KindTopic) {
					add(name+" mark", t.MarkInk, l.fill, MinLargeContrast)
				}
				c := chipLook(t, n)
				add(name+" chip", c.text, c.fill, MinTextContrast)
			}
		}
	}
	b := badgeLook(t, &layout.Node{Kind: layout.KindBadge, Optional: true})
	add("optional badge label", b.text, b.fill, MinTextContrast)
	add("optional badge border", b.border, t.Background, MinLargeContrast)
	add("mark glyph", t.MarkPaper, t.MarkInk, MinLargeContrast)
	add("legend mark", t.MarkInk, t.Background, MinLargeContrast)
	cl := clusterLook(t)
	add("cluster title", cl.text, cl.fill, MinTextContrast)
	return out
}

// pairName names the look of n: its kind, "optional", its status.
func pairName(n *layout.Node) string {
	s := string(n.Kind)
	if n.Optional {
		s = "optional " + s
	}
	if n.Status != "" {
		s += " " + n.Status
	}
	return s
}
