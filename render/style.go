package render

import (
	"math"

	"github.com/roadmapgo/roadmap/layout"
)

// edgeStyle is how one kind of edge is stroked.
type edgeStyle struct {
	color  Color
	width  float64
	dash   [2]float64
	filled bool // a filled triangle arrowhead rather than an open chevron
}

// edgeStyleOf returns the stroke of edges of kind k in theme t: the spine
// and topic connectors in their colours with open arrowheads,
// prerequisites in their own colour, with shorter dashes and filled
// arrowheads, so the kinds differ by more than colour.
func edgeStyleOf(t Theme, k layout.EdgeKind) edgeStyle {
	switch k {
	case layout.EdgeSpine:
		return edgeStyle{color: t.Spine, width: t.SpineWidth, dash: t.Dash}
	case layout.EdgeRequires:
		return edgeStyle{color: t.Requires, width: t.ConnectorWidth, dash: t.RequiresDash, filled: true}
	default:
		return edgeStyle{color: t.Connector, width: t.ConnectorWidth, dash: t.Dash}
	}
}

// shadowBoxes returns the shadow rectangle of every node that casts one,
// in diagram order: each box but the title's and the legend's, shifted by
// ShadowOffset.
// It is empty when the theme has no shadow.
func shadowBoxes(t Theme, d *layout.Diagram) []layout.Rect {
	if t.ShadowOpacity <= 0 {
		return nil
	}
	var out []layout.Rect
	for i := range d.Nodes {
		n := &d.Nodes[i]
		if skipsShadow(n) {
			continue
		}
		b := n.Box
		b.X += t.ShadowOffset
		b.Y += t.ShadowOffset
		out = append(out, b)
	}
	return out
}

// boxLook is how a node's box and label are painted.
type boxLook struct {
	filled bool // false for the title and the legend, which have no box
	fill   Color
	dashed bool // a dashed border in border (optional boxes)
	border Color
	text   Color
}

// boxLookOf returns the look of n: sections and topics in their colours,
// optional ones in a pale tint of their kind's colour with a dashed
// border, done boxes in muted fills, and skipped ones faded into the
// background (border too) with a muted label.
func boxLookOf(t Theme, n *layout.Node) boxLook {
	switch n.Kind {
	case layout.KindTitle, layout.KindLegend:
		return boxLook{text: t.TitleText}
	case layout.KindHeader:
		return headerLook(t, n)
	case layout.KindBadge:
		return badgeLook(t, n)
	}
	section := n.Kind == layout.KindSection || n.Kind == layout.KindPart
	l := boxLook{filled: true, fill: t.Topic, text: t.TopicText}
	if section {
		l.fill, l.text = t.Section, t.SectionText
	}
	switch {
	case n.Optional && section:
		l.fill, l.text, l.dashed, l.border = t.OptionalSection, t.OptionalSectionText, true, t.OptionalSectionBorder
	case n.Optional:
		l.fill, l.text, l.dashed, l.border = t.Optional, t.OptionalText, true, t.Border
	case n.Status == statusDone && section:
		l.fill = t.DoneSection
	case n.Status == statusDone:
		l.fill = t.DoneTopic
	}
	if n.Status == statusSkip {
		l.fill = mix(l.fill, t.Background, t.SkipFade)
		l.text = t.SkipText
		l.border = mix(l.border, t.Background, t.SkipFade)
	}
	if n.Dim {
		l = l.faded(t.Background)
	}
	return l
}

// meterLook is how a completion bar is painted: the inside of its track,
// and the ink of its outline and of its done part.
type meterLook struct{ track, ink Color }

// meterLookOf returns the look of n's completion bar: a track of n's box
// fill outlined in n's label colour, its done part solid in that colour,
// so that on every box (optional, done, skipped) the bar has the
// label's contrast.
func meterLookOf(t Theme, n *layout.Node) meterLook {
	l := boxLookOf(t, n)
	return meterLook{track: l.fill, ink: l.text}
}

// clusterLook is how a cluster's frame is painted: a thin border in the
// section colour around a pale tint of it, its title in the title's
// colour.
func clusterLook(t Theme) boxLook {
	return boxLook{filled: true, fill: mix(t.Section, t.Background, 0.94), dashed: false, border: t.Section, text: t.TitleText}
}

// clusterBorder is the width of a cluster's border, in px.
const clusterBorder = 1.5

// headerFade is how far a part's header band fades the section colour
// into the background.
const headerFade = 0.86

// headerLook is the look of a part's header band: a pale band of the
// section colour holding the title in its colour; an optional part's
// has a dashed border.
func headerLook(t Theme, n *layout.Node) boxLook {
	l := boxLook{filled: true, fill: mix(t.Section, t.Background, headerFade), text: t.TitleText}
	if n.Optional {
		l.dashed, l.border = true, t.Section
	}
	if n.Dim {
		l = l.faded(t.Background)
	}
	return l
}

// badgeLook is the look of the optional badge beside a roadmap's title:
// an optional section's tint, dashed border and label.
func badgeLook(t Theme, n *layout.Node) boxLook {
	l := boxLook{filled: true, fill: t.OptionalSection, text: t.OptionalSectionText, dashed: true, border: t.OptionalSectionBorder}
	if n.Dim {
		l = l.faded(t.Background)
	}
	return l
}

// boxRadius is the corner radius of n's box: the theme's, or a pill's
// for the optional badge.
func boxRadius(t Theme, n *layout.Node) float64 {
	if n.Kind == layout.KindBadge {
		return n.Box.H / 2
	}
	return t.CornerRadius
}

// dimFade is how far nodes and edges outside the focus fade into the
// background: a node's colours move toward it, an edge (arrowhead
// included) is painted at 1 - dimFade opacity, which over the background
// is the same.
const dimFade = 0.72

// edgeOpacity is the opacity edge e is painted at.
func edgeOpacity(e *layout.Edge) float64 {
	if e.Dim {
		return 1 - dimFade
	}
	return 1
}

// faded returns the look moved toward the background bg by dimFade.
func (l boxLook) faded(bg Color) boxLook {
	l.fill = mix(l.fill, bg, dimFade)
	l.text = mix(l.text, bg, dimFade)
	l.border = mix(l.border, bg, dimFade)
	return l
}

// chipLook is how a prerequisite chip is painted: a
// pill in the background colour with the title's colour for text, so
// that it reads as a tag on any box; faded with its node.
func chipLook(t Theme, n *layout.Node) boxLook {
	l := boxLook{filled: true, fill: t.Background, text: t.TitleText}
	if n.Dim {
		l = l.faded(t.Background)
		l.fill = mix(t.Background, boxLookOf(t, n).fill, 0.5)
	}
	return l
}

// chipRadius is the corner radius of a chip's box: rounder for a larger
// text, a pill at most.
func chipRadius(ref *layout.Ref) float64 {
	size := 13.0
	if len(ref.Lines) > 0 {
		size = ref.Lines[0].Size
	}
	return math.Min(ref.Box.H/2, 0.4*size)
}

// The statuses of layout.Node.Status and layout.Mark.Kind.
const (
	statusDone  = "done"
	statusDoing = "doing"
	statusSkip  = "skip"
)

// mix returns a moved toward b by k (0: a, 1: b), rounded.
func mix(a, b Color, k float64) Color {
	k = math.Max(0, math.Min(1, k))
	ch := func(x, y uint8) uint8 { return uint8(math.Round(float64(x) + float64((float64(y)-float64(x))*k))) }
	return Color{ch(a.R, b.R), ch(a.G, b.G), ch(a.B, b.B)}
}

// markGlyph is the drawing of a status mark, in user units, shared by
// every output: a disc of radius r at c in ink; for "doing" and "skip"
// a paper disc of radius inner inside it (leaving an ink ring); for
// "doing" the left half of that inner disc in ink; for "done" a check
// mark and for "skip" a slash, stroked along line with width stroke, in
// paper and in ink respectively.
type markGlyph struct {
	c         layout.Point
	r, inner  float64
	halfInner bool
	line      []layout.Point
	lineInk   bool
	stroke    float64
}

// markGlyphOf returns the glyph of m, inscribed in its box.
func markGlyphOf(m layout.Mark) markGlyph {
	b := m.Box
	size := math.Min(b.W, b.H)
	c := layout.Point{X: b.X + float64(b.W/2), Y: b.Y + float64(b.H/2)}
	g := markGlyph{c: c, r: float64(size / 2), stroke: 0.13 * size}
	at := func(dx, dy float64) layout.Point {
		return layout.Point{X: c.X + float64(dx*size), Y: c.Y + float64(dy*size)}
	}
	switch m.Kind {
	case statusDone:
		g.line = []layout.Point{at(-0.22, 0.01), at(-0.07, 0.16), at(0.22, -0.15)}
	case statusDoing:
		g.inner, g.halfInner = g.r-float64(0.1*size), true
	default: // skip, and any kind this version does not know
		g.inner = g.r - float64(0.1*size)
		g.line, g.lineInk = []layout.Point{at(-0.2, 0.2), at(0.2, -0.2)}, true
		g.stroke = 0.1 * size
	}
	return g
}

// skipsShadow reports whether n casts no shadow: the title and the legend
// have no box, a header and the optional badge lie flat on the page, and
// a node outside the focus is faded flat.
func skipsShadow(n *layout.Node) bool {
	return n.Kind == layout.KindTitle || n.Kind == layout.KindLegend || n.Kind == layout.KindHeader || n.Kind == layout.KindBadge || n.Dim
}
