package layout

import (
	"fmt"
	"math"

	"github.com/roadmapgo/roadmap/roadmap"
)

// Sizes of the progress marks, in px at scale 1.
const (
	markSize       = 24 // side of a status mark
	markTop        = 4  // from a box's top to its mark
	meterHeight    = 6  // of a section's completion bar, its outline aside
	meterInset     = 2  // from a box's sides and bottom to its completion bar
	legendGap      = 12 // between the title and the legend
	legendMarkGap  = 6  // between a legend mark and its word
	legendEntryGap = 28 // between two entries of the legend
)

// LegendID is the node id of the legend; like TitleID it holds a ':',
// which no model id does.
const LegendID = ":legend"

// legendEntries are the statuses the legend explains, with their words.
var legendEntries = []struct {
	status roadmap.Status
	text   string
}{
	{roadmap.StatusDone, "done"},
	{roadmap.StatusDoing, "in progress"},
	{roadmap.StatusSkip, "skipped"},
}

// tally counts the done items of a section or roadmap among those not
// skipped.
type tally struct{ done, total int }

// add counts one item of status st.
func (t *tally) add(st roadmap.Status) {
	switch st {
	case roadmap.StatusSkip:
	case roadmap.StatusDone:
		t.done++
		t.total++
	default:
		t.total++
	}
}

// percent is the done share, rounded down so that 100 means all done;
// nothing to do counts as all done.
func (t tally) percent() int {
	if t.total == 0 {
		return 100
	}
	return 100 * t.done / t.total
}

// progress is what the layout shows of a roadmap.Progress.
type progress struct {
	p roadmap.Progress
	// sections are the tallies of each section's topics (or of the
	// section itself when it has none); all is their sum.
	sections []tally
	all      tally
}

// newProgress tallies p over r; nil p gives nil (no progress shown).
func newProgress(r *roadmap.Roadmap, p roadmap.Progress) *progress {
	if p == nil {
		return nil
	}
	pr := &progress{p: p, sections: make([]tally, len(r.Sections))}
	for i, s := range r.Sections {
		t := &pr.sections[i]
		if len(s.Topics) == 0 {
			t.add(p.Of(roadmap.Node{Roadmap: r, Section: s}))
		}
		for _, tp := range s.Topics {
			t.add(p.Of(roadmap.Node{Roadmap: r, Section: s, Topic: tp}))
		}
		pr.all.done += t.done
		pr.all.total += t.total
	}
	return pr
}

// sectionStatus is section i's own status or, without one, "done" when
// every counted item of it is done.
func (pr *progress) sectionStatus(i int, s *roadmap.Section) string {
	if st, ok := pr.p[s.ID]; ok {
		return string(st)
	}
	if t := pr.sections[i]; t.total > 0 && t.done == t.total {
		return string(roadmap.StatusDone)
	}
	return ""
}

// marks returns the badge of status st on box, a box in the given
// column: on the outer side, near the top, reaching into the box no
// further than its label's side padding pad less a px, so it never
// covers the label. The outer side is free: edges meet boxes on their
// inner side, top and bottom, and icons keep IconGap away.
func marks(st string, box Rect, side int, pad, scale float64) []Mark {
	if st == "" {
		return nil
	}
	size := float64(markSize * scale)
	in := math.Max(0, math.Min(pad-1, float64(size/2)))
	x := box.X + box.W - in
	if side == left {
		x = box.X + in - size
	}
	return []Mark{{Kind: st, Box: Rect{X: x, Y: box.Y + float64(markTop*scale), W: size, H: size}}}
}

// meter returns the completion bar of a section box with tally t, along
// its bottom side, inset by meterInset so that its outline shows; none
// when nothing is counted.
func meter(t tally, box Rect, scale float64) *Meter {
	if t.total == 0 {
		return nil
	}
	h, in := float64(meterHeight*scale), float64(meterInset*scale)
	track := Rect{X: box.X + in, Y: box.Y + box.H - in - h, W: box.W - 2*in, H: h}
	fill := track
	fill.W = track.W * float64(t.done) / float64(t.total)
	return &Meter{Done: t.done, Total: t.total, Track: track, Fill: fill}
}

// completionLine is the line under the title, placed relative to the
// origin like a Label's lines.
func (pr *progress) completionLine(st Style) Line {
	text := fmt.Sprintf("%d of %d done (%d%%)", pr.all.done, pr.all.total, pr.all.percent())
	lead := st.Leading()
	l := st.Line(text, AnchorMiddle)
	l.Baseline = float64((lead-st.Ascent()-st.Descent())/2) + st.Ascent()
	return l
}

// placeLegend centres the legend's row below top and returns its bottom.
func (p *placer) placeLegend(top float64) (float64, error) {
	bs := p.m.Legend
	lead := bs.Text.Leading()
	size := p.f.sc(markSize)
	rowH := max(size, lead)
	box := Rect{Y: top, H: rowH + 2*bs.PadY}
	centre := top + bs.PadY + float64(rowH/2)
	base := centre + float64((bs.Text.Ascent()-bs.Text.Descent())/2)
	var ms []Mark
	var lines []Line
	x := bs.PadX
	for i, e := range legendEntries {
		if i > 0 {
			x += p.f.sc(legendEntryGap)
		}
		ms = append(ms, Mark{Kind: string(e.status), Box: Rect{X: x, Y: centre - float64(size/2), W: size, H: size}})
		x += size + p.f.sc(legendMarkGap)
		l := bs.Text.Line(e.text, AnchorStart)
		l.X, l.Baseline = x, base
		lines = append(lines, l)
		x += l.Width
	}
	box.W = x + bs.PadX
	box.X = p.cx - float64(box.W/2)
	for i := range ms {
		ms[i].Box.X += box.X
		lines[i].X += box.X
	}
	err := p.addNode(Node{ID: LegendID, Kind: KindLegend, Box: box, Lines: lines, Marks: ms})
	return box.Y + box.H, err
}
