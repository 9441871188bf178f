package layout

import (
	"fmt"
	"math"

	"github.com/roadmapgo/roadmap/roadmap"
)

// The canvas widths the native layout draws, and where it changes its
// arrangement, in px.
const (
	// MinWidth and MaxWidth bound the canvas width.
	MinWidth = 480
	MaxWidth = 4096
	// Below NarrowBelow the layout is one-sided: the spine down the left,
	// each section followed by its topics, indented.
	NarrowBelow = 800
	// Above WideAbove the two-sided layout sets two topic columns beside
	// each section and grows its boxes up to maxScale.
	WideAbove = 1200
)

// Limits of the scaled layouts.
const (
	minText    = 13   // px: no text is set smaller
	maxScale   = 1.25 // the largest scale of the wide layout
	bandMax    = 150  // px: the most room a spine drop leaves without a box
	perPoint   = 5    // topic arrows that meet in one point at most
	narrowSide = 16   // px: the side margin of the narrow layout
)

// Spacing of the native layout at scale 1, in px.
const (
	marginTop    = 70   // above the title
	marginBottom = 70   // below the lowest box
	marginSide   = 20   // beside the outermost boxes and icons
	titleGap     = 70   // from the title to the first box
	sectionInset = 70   // from the canvas centre to a section's inner side
	topicInset   = 125  // from the canvas centre to a topic's inner side
	topicGap     = 23   // between two topics of a column
	columnGap    = 16   // between two topic columns
	gutter       = 25   // between boxes of different sections in one column
	stackGap     = 4    // between the stacks of two sections, column to column
	spineMin     = 260  // between a section's bottom and the next one's top, as in the reference
	spineBend    = 0.55 // spine control points lie this fraction of the drop below and above its ends
	spineClear   = 12   // between the spine and any topic box
	bendReach    = 300  // the drop beyond which the spine's bends stop growing
	maxLead      = 240  // the most a stack reaches above its section's centre
	bigSection   = 6    // a roadmap with a section of more topics sets two topic columns
)

// frame is the geometry of one layout run: the canvas, the arrangement,
// the scale and the metrics and spacing at that scale.
type frame struct {
	m      Metrics // at scale s
	s      float64
	w, cx  float64
	narrow bool
	// cols is the number of topic columns beside every section in the
	// two-sided layout (1, or 2 when wide).
	cols int
}

// sc scales a length of the layout.
func (f *frame) sc(v float64) float64 { return v * f.s }

// checkWidth reports a canvas width the layout cannot draw.
func checkWidth(w float64) error {
	if math.IsNaN(w) || w < MinWidth || w > MaxWidth {
		return fmt.Errorf("layout: canvas width %g is out of range: use a width from %d to %d px", w, MinWidth, MaxWidth)
	}
	return nil
}

// newFrame picks the arrangement for canvas width w and the scale that
// fits it with metrics m (unscaled, defaults filled in): two topic
// columns when wide, or when a section has more than bigSection topics
// (then smaller, to fit two columns).
func newFrame(m Metrics, w float64, big bool) *frame {
	f := &frame{w: w, cx: w / 2, cols: 1}
	switch {
	case w < NarrowBelow:
		f.narrow = true
		f.s = math.Min(1, w/NarrowBelow)
	case w > WideAbove:
		f.cols = 2
		f.s = math.Min(maxScale, (w/2-marginSide)/halfWidth(m, 2))
	case big:
		f.cols = 2
		f.s = math.Min(1, (w/2-marginSide)/halfWidth(m, 2))
	default:
		f.s = math.Min(1, (w/2-marginSide)/halfWidth(m, 1))
	}
	f.m = m.Scaled(f.s)
	return f
}

// hasBigSection reports whether a section of r has more than bigSection
// topics.
func hasBigSection(r *roadmap.Roadmap) bool {
	for _, s := range r.Sections {
		if len(s.Topics) > bigSection {
			return true
		}
	}
	return false
}

// halfWidth is the room, at scale 1, that the two-sided layout needs on
// either side of the canvas centre with cols topic columns.
func halfWidth(m Metrics, cols int) float64 {
	c := float64(cols)
	return math.Max(sectionInset+m.Section.Width+m.IconGap+m.Icon, topicInset+c*m.Topic.Width+(c-1)*columnGap)
}

// Scaled returns the metrics with every length multiplied by s and no
// text smaller than 13 px.
func (m Metrics) Scaled(s float64) Metrics {
	if s == 1 || s <= 0 {
		return m
	}
	m.Title = m.Title.scaled(s)
	m.Section = m.Section.scaled(s)
	m.Topic = m.Topic.scaled(s)
	m.Legend = m.Legend.scaled(s)
	m.Progress = m.Progress.scaled(s)
	m.TitleIcon *= s
	m.TitleIconGap *= s
	m.Icon *= s
	m.IconGap *= s
	return m
}

func (b BoxStyle) scaled(s float64) BoxStyle {
	b.Text = b.Text.scaled(s)
	b.Width *= s
	b.MinHeight *= s
	b.PadX *= s
	b.PadY *= s
	return b
}

func (st Style) scaled(s float64) Style {
	st.Size = math.Max(minText, st.Size*s)
	return st
}
