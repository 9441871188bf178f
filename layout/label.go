package layout

import (
	"math"

	"github.com/roadmapgo/roadmap/layout/text"
)

// BoxStyle sizes a box around a wrapped label.
type BoxStyle struct {
	// Text is how the label is set.
	Text Style `json:"text"`
	// Width is the fixed box width; 0 makes the box as wide as its
	// longest line plus padding.
	Width float64 `json:"width,omitempty"`
	// MinHeight is the least box height; a label of more lines grows it.
	MinHeight float64 `json:"minHeight,omitempty"`
	// PadX and PadY are the least room kept between the label and the
	// box's sides, and top and bottom.
	PadX float64 `json:"padX"`
	PadY float64 `json:"padY"`
}

// Metrics holds the sizes, in px, that every engine gives boxes and icons.
// DefaultMetrics matches the reference roadmaps at 960 px.
type Metrics struct {
	Title   BoxStyle `json:"title"`
	Section BoxStyle `json:"section"`
	Topic   BoxStyle `json:"topic"`
	// TitleIcon is the side of the square icon left of the title, and
	// TitleIconGap the room between it and the title text.
	TitleIcon    float64 `json:"titleIcon"`
	TitleIconGap float64 `json:"titleIconGap"`
	// Icon is the side of the square icon beside a section, and IconGap
	// the room between it and the section's outer side.
	Icon    float64 `json:"icon"`
	IconGap float64 `json:"iconGap"`
	// Legend sets the legend's labels (with progress) and Progress the
	// completion line under the title.
	Legend   BoxStyle `json:"legend"`
	Progress Style    `json:"progress"`
}

// DefaultMetrics returns the sizes of the reference roadmaps at 960 px:
// bold 44 px title; 250×96 sections with bold 25 px labels; 235×74 topics
// with 23.5 px labels (sizes read off the reference images' cap heights).
func DefaultMetrics() Metrics {
	return Metrics{
		Title:        BoxStyle{Text: Style{Size: 44, Bold: true, LineHeight: 1.2}, PadX: 4, PadY: 4},
		Section:      BoxStyle{Text: Style{Size: 25, Bold: true, LineHeight: 1.2}, Width: 250, MinHeight: 96, PadX: 14, PadY: 10},
		Topic:        BoxStyle{Text: Style{Size: 23.5, LineHeight: 1.2}, Width: 235, MinHeight: 74, PadX: 10, PadY: 8},
		TitleIcon:    48,
		TitleIconGap: 24,
		Icon:         80,
		IconGap:      20,
		Legend:       BoxStyle{Text: Style{Size: 18, LineHeight: 1.2}, PadX: 8, PadY: 4},
		Progress:     Style{Size: 20, LineHeight: 1.2},
	}
}

// WithFonts returns m with every text style set in fs (nil: the
// default fonts).
func (m Metrics) WithFonts(fs *text.Fonts) Metrics {
	for _, st := range []*Style{&m.Title.Text, &m.Section.Text, &m.Topic.Text, &m.Legend.Text, &m.Progress} {
		st.Fonts = fs
	}
	return m
}

// Style returns the box style of a kind of node.
func (m Metrics) Style(kind NodeKind) BoxStyle {
	switch kind {
	case KindTitle:
		return m.Title
	case KindSection:
		return m.Section
	case KindLegend:
		return m.Legend
	default:
		return m.Topic
	}
}

// BoxFor sizes the box of a node of the given kind holding text, no wider
// than maxW px (0: no limit beyond the style's own width). A section's
// number is set in regular weight (see SectionBox).
func (m Metrics) BoxFor(kind NodeKind, text string, maxW float64) Label {
	if kind == KindSection {
		return m.Section.SectionBox(text, maxW)
	}
	return m.Style(kind).Label(text, maxW)
}

// SectionBox is Label for a section's text: its leading number ("3. ")
// in regular weight, kept on the line of the first word, and the title
// in the style's weight.
func (b BoxStyle) SectionBox(s string, maxW float64) Label {
	num, title := splitNumber(s)
	if num == "" {
		return b.Label(s, maxW)
	}
	return b.label([]text.Span{{Text: num}, {Text: title, Bold: b.Text.Bold}}, true, maxW)
}

// splitNumber cuts a leading "N. " off s.
func splitNumber(s string) (num, rest string) {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i+1 >= len(s) || s[i] != '.' || s[i+1] != ' ' {
		return "", s
	}
	return s[:i+2], s[i+2:]
}

// Label is a box size and its label lines, placed relative to the box's
// top-left corner: an engine positions the box and shifts the lines with
// At.
type Label struct {
	W     float64 `json:"w"`
	H     float64 `json:"h"`
	Lines []Line  `json:"lines"`
	// Refs are the chips of the node's prerequisites, under the lines.
	Refs []Ref `json:"refs,omitempty"`
}

// Label wraps text to fit the style's box, at most maxW px wide when
// maxW > 0, and returns the box size with the lines centred in it, both
// ways. Every line's measured extent lies inside the box, padding kept,
// unless a single glyph is wider than the room left for text.
func (b BoxStyle) Label(s string, maxW float64) Label {
	return b.label([]text.Span{{Text: s, Bold: b.Text.Bold}}, false, maxW)
}

// label wraps spans like Label; keepFirst keeps the first span with the
// word after it.
func (b BoxStyle) label(spans []text.Span, keepFirst bool, maxW float64) Label {
	w := b.Width
	if maxW > 0 && (w <= 0 || w > maxW) {
		w = maxW
	}
	room := w - 2*b.PadX
	if w <= 0 {
		room = 0
	}
	lines := b.Text.wrapSpans(spans, room, keepFirst)
	widest := 0.0
	for _, l := range lines {
		widest = math.Max(widest, l.Width)
	}
	if b.Width <= 0 {
		w = widest + 2*b.PadX
		if maxW > 0 {
			w = math.Min(w, maxW)
		}
	}
	lead := b.Text.Leading()
	h := math.Max(b.MinHeight, float64(float64(len(lines))*lead)+2*b.PadY)
	top := float64((h - float64(float64(len(lines))*lead)) / 2)
	// The baseline sits so that ascent and descent are centred in the
	// line's leading.
	base := float64((lead-b.Text.Ascent()-b.Text.Descent())/2) + b.Text.Ascent()
	for i := range lines {
		lines[i].X = w / 2
		lines[i].Baseline = top + float64(float64(i)*lead) + base
	}
	return Label{W: w, H: h, Lines: lines}
}

// At returns the label's lines shifted for a box whose top-left corner is
// at (x, y).
func (l Label) At(x, y float64) []Line {
	out := make([]Line, len(l.Lines))
	for i, ln := range l.Lines {
		ln.X += x
		ln.Baseline += y
		out[i] = ln
	}
	return out
}
