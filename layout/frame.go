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
	// From WideAbove the two-sided layout sets its topics in a grid of as
	// many columns as the width holds, its boxes no larger than at
	// DefaultWidth, so that a wider picture is a shorter one.
	WideAbove = 1200
)

// Limits of the scaled layouts.
const (
	minText    = 13  // px: no text is set smaller
	bandMax    = 150 // px: the most room a spine drop leaves without a box
	perPoint   = 5   // topic arrows that meet in one point at most
	narrowSide = 16  // px: the side margin of the narrow layout
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
	maxColumns   = 6    // the most topic columns of the wide grid; wider, its boxes widen
	stairStep    = 12   // how much lower each column of the wide grid sits than the one inside it
)

// frame is the geometry of one layout run: the canvas, the arrangement,
// the scale and the metrics and spacing at that scale.
type frame struct {
	m      Metrics // at scale s
	s      float64
	w, cx  float64
	narrow bool
	// cols is the number of topic columns beside every section in the
	// two-sided layout: 1, or 2 for big sections; in the wide layout, the
	// most columns of the grid.
	cols int
	// wide tells the wide layout, whose grids have, on each side,
	// grid[side] columns of boxes gridW wide (at scale s).
	wide bool
	grid [2]struct {
		cols int
		w    float64
	}
}

// sc scales a length of the layout.
func (f *frame) sc(v float64) float64 { return float64(v * f.s) }

// checkWidth reports a canvas width the layout cannot draw.
func checkWidth(w float64) error {
	if math.IsNaN(w) || w < MinWidth || w > MaxWidth {
		return fmt.Errorf("layout: canvas width %g is out of range: use a width from %d to %d px", w, MinWidth, MaxWidth)
	}
	return nil
}

// newFrame picks the arrangement of roadmap r for canvas width w and the
// scale that fits it with metrics m (unscaled, defaults filled in): two
// topic columns when a section has more than bigSection topics (then
// smaller, to fit them), and from WideAbove a grid of more columns.
func newFrame(m Metrics, w float64, r *roadmap.Roadmap) *frame {
	f := &frame{w: w, cx: w / 2, cols: 1}
	big := hasBigSection(r)
	if big {
		f.cols = 2
	}
	switch {
	case w < NarrowBelow:
		f.cols = 1
		f.narrow = true
		f.s = math.Min(1, w/NarrowBelow)
	case w >= WideAbove:
		f.wideGrid(m, r)
	default:
		f.s = math.Min(1, (float64(w/2)-marginSide)/halfWidth(m, f.cols))
	}
	f.m = m.Scaled(f.s)
	return f
}

// wideGrid sets the wide layout: the scale of the DefaultWidth layout
// (f.cols columns), or less where that leaves no room for one column
// more, and as many columns as fit at that scale, up to maxColumns. A
// section's topics fill their rows evenly, and the columns on each side
// widen to fill the side's half of the canvas: fewer and wider on a side
// whose sections have fewer topics.
func (f *frame) wideGrid(m Metrics, r *roadmap.Roadmap) {
	half := float64(f.w/2) - marginSide
	s0 := math.Min(1, (DefaultWidth/2-marginSide)/halfWidth(m, f.cols))
	k := 1
	for k < maxColumns && halfWidth(m, k+1)*s0 <= half {
		k++
	}
	f.s = s0
	if k <= f.cols {
		k = f.cols + 1
		f.s = half / halfWidth(m, k)
	}
	f.cols, f.wide = k, true
	most := [2]int{1, 1}
	for i, s := range r.Sections {
		most[1-i%2] = max(most[1-i%2], balanced(len(s.Topics), k))
	}
	for side, c := range most {
		f.grid[side].cols = c
		room := (half/f.s - topicInset - float64(float64(c-1)*columnGap)) / float64(c)
		f.grid[side].w = math.Max(m.Topic.Width, room) * f.s
	}
}

// balanced is the number of columns of a grid of n topics in rows of at
// most k that fills its rows evenly: as many rows as k columns need, as
// few columns as fill them.
func balanced(n, k int) int {
	if n <= k {
		return n
	}
	rows := (n + k - 1) / k
	return (n + rows - 1) / rows
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
	return math.Max(sectionInset+m.Section.Width+m.IconGap+m.Icon, topicInset+float64(c*m.Topic.Width)+float64((c-1)*columnGap))
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
