package layout

import (
	"github.com/roadmapgo/roadmap/layout/text"
)

// DefaultLineHeight is the line advance, as a multiple of the font size,
// of a Style whose LineHeight is zero.
const DefaultLineHeight = 1.3

// Style is how a piece of text is set: its font size in px, its weight,
// its line advance as a multiple of Size (0 means DefaultLineHeight) and
// the fonts it is set in (nil means text.Default()).
type Style struct {
	Size       float64     `json:"size"`
	Bold       bool        `json:"bold,omitempty"`
	LineHeight float64     `json:"lineHeight,omitempty"`
	Fonts      *text.Fonts `json:"-"`
}

// fonts returns the fonts of st.
func (st Style) fonts() *text.Fonts {
	if st.Fonts == nil {
		return text.Default()
	}
	return st.Fonts
}

// Leading returns the distance in px between the baselines of two lines.
func (st Style) Leading() float64 {
	if st.LineHeight <= 0 {
		return float64(st.Size * DefaultLineHeight)
	}
	return float64(st.Size * st.LineHeight)
}

// Ascent returns the embedded font's ascent at st.Size: the distance in
// px from the baseline up to the top of the tallest glyphs.
func (st Style) Ascent() float64 {
	a, _ := text.Metrics(st.Bold)
	return float64(a * st.Size)
}

// Descent returns the embedded font's descent at st.Size: the distance
// in px from the baseline down to the bottom of the lowest glyphs.
func (st Style) Descent() float64 {
	_, d := text.Metrics(st.Bold)
	return float64(d * st.Size)
}

// MeasureString returns the advance width of s in px, shaped in the
// style's fonts (blanks collapsed and trimmed, as labels are set).
func MeasureString(s string, st Style) float64 {
	return st.fonts().Measure(s, st.Size, st.Bold)
}

// Line sets s on one line in style st, with the given anchor; X and
// Baseline are left to the caller.
func (st Style) Line(s string, anchor Anchor) Line {
	return st.fromShaped(st.fonts().Shape([]text.Span{{Text: s, Bold: st.Bold}}, st.Size), anchor)
}

// Lines wraps s into lines no wider than maxWidth px (no limit when
// maxWidth <= 0), anchored in the middle; X and Baseline are left to the
// caller.
func (st Style) Lines(s string, maxWidth float64) []Line {
	return st.wrapSpans([]text.Span{{Text: s, Bold: st.Bold}}, maxWidth, false)
}

// wrapSpans wraps spans like Lines, keeping the first span with the
// word after it when keepFirst is set.
func (st Style) wrapSpans(spans []text.Span, maxWidth float64, keepFirst bool) []Line {
	shaped := st.fonts().Wrap(spans, st.Size, maxWidth, keepFirst)
	if len(shaped) == 0 {
		return nil
	}
	out := make([]Line, len(shaped))
	for i, s := range shaped {
		out[i] = st.fromShaped(s, AnchorMiddle)
	}
	return out
}

// fromShaped makes a Line of a shaped line. A line that is one
// left-to-right run in the embedded font at the line's weight carries no
// runs: renderers draw its text as it is.
func (st Style) fromShaped(s text.Line, anchor Anchor) Line {
	l := Line{Text: s.Text, Size: st.Size, Bold: st.Bold, Anchor: anchor, Width: s.Width, Runs: s.Runs}
	if len(s.Runs) == 1 && s.Runs[0].Font == embeddedKey(st.Bold) && s.Runs[0].Bold == st.Bold && !s.Runs[0].RTL {
		l.Runs = nil
	}
	return l
}

// embeddedKey is the key of the embedded font of a weight.
func embeddedKey(bold bool) string {
	if bold {
		return text.KeyBold
	}
	return text.KeyRegular
}

// Wrap breaks s into lines no wider than maxWidth px: paragraphs at
// newlines, lines at UAX #14 opportunities (see text.Fonts.Wrap). A
// maxWidth of 0 or less means no limit. Wrap of a blank string is nil.
func Wrap(s string, maxWidth float64, st Style) []string {
	lines := st.Lines(s, maxWidth)
	if lines == nil {
		return nil
	}
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = l.Text
	}
	return out
}

// Pieces returns the runs of l: its Runs, or its whole text as one run in
// the embedded font at its weight.
func (l Line) Pieces() []text.Run {
	if len(l.Runs) > 0 {
		return l.Runs
	}
	return []text.Run{{Text: l.Text, Font: embeddedKey(l.Bold), Bold: l.Bold, Width: l.Width}}
}

// Left returns the x of the left edge of l's measured extent.
func (l Line) Left() float64 {
	switch l.Anchor {
	case AnchorMiddle:
		return l.X - float64(l.Width/2)
	case AnchorEnd:
		return l.X - l.Width
	}
	return l.X
}
