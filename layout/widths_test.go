package layout

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"strings"
	"testing"

	"github.com/roadmapgo/roadmap/roadmap"
)

// Limits the layout keeps on every shape and width.
const (
	maxBand      = 160 // px: the tallest horizontal band without a box
	maxMeeting   = 6   // arrowheads within meetRadius of one point, at most
	meetRadius   = 6   // px
	minSpanShare = 0.7 // of the width that a wide layout's boxes span
)

func TestNativeHoldsOnAnyShapeAndWidth(t *testing.T) {
	for seed := uint64(1); seed <= 120; seed++ {
		rng := rand.New(rand.NewPCG(seed, 11))
		r := sizedRoadmap(rng)
		w := float64(MinWidth + rng.IntN(1920-MinWidth+1))
		if seed%5 == 0 {
			w = []float64{MinWidth, NarrowBelow - 1, NarrowBelow, WideAbove, WideAbove + 1, 1920}[seed/5%6]
		}
		d := layoutOK(t, r, Options{Width: w})
		errs := checkDiagram(d, DefaultMetrics())
		errs = append(errs, checkShape(d, r, w)...)
		if len(errs) > 0 {
			t.Fatalf("seed %d (%d sections, width %v): %d problems, first:\n%s", seed, len(r.Sections), w, len(errs), strings.Join(errs[:min(5, len(errs))], "\n"))
		}
		again, _ := json.Marshal(layoutOK(t, r, Options{Width: w}))
		if first, _ := json.Marshal(d); !bytes.Equal(first, again) {
			t.Fatalf("seed %d: two layouts of one roadmap differ", seed)
		}
	}
}

// checkShape reports breaches of the limits that hold whatever the shape
// of roadmap r laid out at width w as d.
func checkShape(d *Diagram, r *roadmap.Roadmap, w float64) []string {
	var errs []string
	if d.Width != w {
		errs = append(errs, fmt.Sprintf("width %v, asked for %v", d.Width, w))
	}
	errs = append(errs, checkBands(d)...)
	errs = append(errs, checkMeetings(d)...)
	if w < NarrowBelow {
		errs = append(errs, checkNarrow(d, r)...)
	} else {
		errs = append(errs, checkSides(d, r)...)
	}
	if w >= WideAbove {
		errs = append(errs, checkSpan(d, r)...)
	}
	return errs
}

// checkBands reports horizontal bands taller than maxBand that hold no
// node box, between the first box and the last.
func checkBands(d *Diagram) []string {
	type span struct{ top, bottom float64 }
	var ss []span
	for _, n := range d.Nodes {
		ss = append(ss, span{n.Box.Y, n.Box.Y + n.Box.H})
	}
	sort.Slice(ss, func(i, j int) bool { return ss[i].top < ss[j].top })
	var errs []string
	for i, reach := 1, ss[0].bottom; i < len(ss); i++ {
		if gap := ss[i].top - reach; gap > maxBand {
			errs = append(errs, fmt.Sprintf("no box from y %.1f to %.1f (%.1f px)", reach, ss[i].top, gap))
		}
		reach = math.Max(reach, ss[i].bottom)
	}
	return errs
}

// checkMeetings reports points where more than maxMeeting arrowheads
// meet within meetRadius.
func checkMeetings(d *Diagram) []string {
	var tips []Point
	for _, e := range d.Edges {
		if e.Arrow {
			last := e.Path[len(e.Path)-1].Pts
			tips = append(tips, last[len(last)-1])
		}
	}
	sort.Slice(tips, func(i, j int) bool { return tips[i].Y < tips[j].Y })
	var errs []string
	for i, a := range tips {
		near := 0
		for j := i; j >= 0 && a.Y-tips[j].Y <= meetRadius; j-- {
			if math.Hypot(a.X-tips[j].X, a.Y-tips[j].Y) <= meetRadius {
				near++
			}
		}
		for j := i + 1; j < len(tips) && tips[j].Y-a.Y <= meetRadius; j++ {
			if math.Hypot(a.X-tips[j].X, a.Y-tips[j].Y) <= meetRadius {
				near++
			}
		}
		if near > maxMeeting {
			errs = append(errs, fmt.Sprintf("%d arrowheads meet near %v", near, a))
			break
		}
	}
	return errs
}

// sectionBoxes maps each section of r to its box, and each topic id to
// its section's index.
func sectionBoxes(d *Diagram, r *roadmap.Roadmap) ([]Rect, map[string]int) {
	boxes := make([]Rect, len(r.Sections))
	of := map[string]int{}
	byID := map[string]Rect{}
	for _, n := range d.Nodes {
		byID[n.ID] = n.Box
	}
	for i, s := range r.Sections {
		boxes[i] = byID[s.ID]
		for _, t := range s.Topics {
			of[t.ID] = i
		}
	}
	return boxes, of
}

// checkSides reports, in a two-sided layout, sections not on alternate
// sides of the centre and topics not wholly on the side opposite their
// section.
func checkSides(d *Diagram, r *roadmap.Roadmap) []string {
	cx := d.Width / 2
	secs, of := sectionBoxes(d, r)
	var errs []string
	for i, b := range secs {
		if onLeft := b.X+b.W <= cx; onLeft != (i%2 == 0) || (!onLeft && b.X < cx) {
			errs = append(errs, fmt.Sprintf("section %d at %+v is not on the %s", i, b, []string{"left", "right"}[i%2]))
		}
	}
	for _, n := range d.Nodes {
		i, ok := of[n.ID]
		if !ok {
			continue
		}
		if i%2 == 0 && n.Box.X < cx || i%2 == 1 && n.Box.X+n.Box.W > cx {
			errs = append(errs, fmt.Sprintf("topic %s at %+v is not opposite section %d", n.ID, n.Box, i))
		}
	}
	return errs
}

// checkNarrow reports, in the narrow layout, text under minText px and
// topics not indented under their section, above the next one.
func checkNarrow(d *Diagram, r *roadmap.Roadmap) []string {
	secs, of := sectionBoxes(d, r)
	var errs []string
	for _, n := range d.Nodes {
		for _, l := range n.Lines {
			if l.Size < minText {
				errs = append(errs, fmt.Sprintf("%s: %q set at %v px", n.ID, l.Text, l.Size))
			}
		}
		i, ok := of[n.ID]
		if !ok {
			continue
		}
		s := secs[i]
		below := n.Box.Y >= s.Y+s.H && (i+1 == len(secs) || n.Box.Y+n.Box.H <= secs[i+1].Y)
		if !below || n.Box.X <= s.X {
			errs = append(errs, fmt.Sprintf("topic %s at %+v is not indented under section %d at %+v", n.ID, n.Box, i, s))
		}
	}
	return errs
}

// checkSpan reports a wide layout whose boxes and icons span less than
// minSpanShare of the width, when sections on both sides have topics.
func checkSpan(d *Diagram, r *roadmap.Roadmap) []string {
	var used [2]bool
	for i, s := range r.Sections {
		used[i%2] = used[i%2] || len(s.Topics) > 0
	}
	if !used[0] || !used[1] {
		return nil
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, b := range diagramBoxes(d) {
		lo, hi = math.Min(lo, b.r.X), math.Max(hi, b.r.X+b.r.W)
	}
	if hi-lo < minSpanShare*d.Width {
		return []string{fmt.Sprintf("boxes span %.0f of %v px", hi-lo, d.Width)}
	}
	return nil
}

func TestNativeExamplesReadableAtEveryWidth(t *testing.T) {
	for _, name := range []string{"fundamentals", "scientist", "engineer"} {
		r, err := roadmap.Load("../examples/" + name + ".yaml")
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range []float64{MinWidth, 640, DefaultWidth, WideAbove, 1440, 1920, 2560, MaxWidth} {
			d := layoutOK(t, r, Options{Width: w})
			errs := append(checkDiagram(d, DefaultMetrics()), checkShape(d, r, w)...)
			if len(errs) > 0 {
				t.Errorf("%s at %v: %s", name, w, strings.Join(errs[:min(3, len(errs))], "\n"))
			}
		}
	}
}

func TestNativeWideIsShorter(t *testing.T) {
	r, err := roadmap.Load("../examples/scientist.yaml")
	if err != nil {
		t.Fatal(err)
	}
	mid, wide := layoutOK(t, r, Options{}), layoutOK(t, r, Options{Width: 1920})
	if wide.Height >= mid.Height {
		t.Errorf("at 1920 px %v high, at 960 px %v: want the wide picture shorter", wide.Height, mid.Height)
	}
}

// wideWidths are the wide widths at which every roadmap must come out
// no taller than at DefaultWidth.
var wideWidths = []float64{WideAbove, 1440, 1920, 2560, MaxWidth}

func TestNativeWideIsShorterOnAnyShape(t *testing.T) {
	for seed := uint64(1); seed <= 80; seed++ {
		rng := rand.New(rand.NewPCG(seed, 12))
		r := sizedRoadmap(rng)
		switch seed {
		case 1:
			r = bigRoadmap([]int{4, 20, 4}) // one big section between two small ones
		case 2:
			r = bigRoadmap([]int{6, 12, 3, 4, 4, 4, 8, 3}) // shaped like a Python roadmap
		}
		mid := layoutOK(t, r, Options{Width: DefaultWidth}).Height
		for _, w := range wideWidths {
			d := layoutOK(t, r, Options{Width: w})
			if d.Height > mid || d.Height == mid && hasSectionOver(r, 2) {
				t.Errorf("seed %d at %v px: %v high, at %v px %v: want it shorter", seed, w, d.Height, DefaultWidth, mid)
			}
			errs := append(checkDiagram(d, DefaultMetrics()), checkShape(d, r, w)...)
			if len(errs) > 0 {
				t.Fatalf("seed %d (%d sections, width %v): %d problems, first:\n%s", seed, len(r.Sections), w, len(errs), strings.Join(errs[:min(5, len(errs))], "\n"))
			}
		}
	}
}

// hasSectionOver reports whether a section of r has more than n topics.
func hasSectionOver(r *roadmap.Roadmap, n int) bool {
	for _, s := range r.Sections {
		if len(s.Topics) > n {
			return true
		}
	}
	return false
}

// bigRoadmap is a generated roadmap whose sections have sizes[i] topics.
func bigRoadmap(sizes []int) *roadmap.Roadmap {
	r := generated(len(sizes), 0)
	for i, n := range sizes {
		for j := range n {
			r.Sections[i].Topics = append(r.Sections[i].Topics, &roadmap.Topic{ID: fmt.Sprintf("s%d/x%d", i, j), Title: fmt.Sprintf("Topic %d of the section", j)})
		}
	}
	return r
}

func TestNativeWidthFromRoadmap(t *testing.T) {
	r := generated(3, 4)
	r.Width = 640
	if d := layoutOK(t, r, Options{}); d.Width != 640 {
		t.Errorf("width %v, want the roadmap's 640", d.Width)
	}
	if d := layoutOK(t, r, Options{Width: 1280}); d.Width != 1280 {
		t.Errorf("width %v, want the option's 1280", d.Width)
	}
}

func TestNativeBigSectionIsCompact(t *testing.T) {
	one, big := generated(3, 4), generated(3, 4)
	for j := 4; j < 20; j++ {
		big.Sections[1].Topics = append(big.Sections[1].Topics, &roadmap.Topic{ID: fmt.Sprintf("s1/x%d", j), Title: "Another topic"})
	}
	a, b := layoutOK(t, one, Options{}), layoutOK(t, big, Options{})
	// Sixteen more topics in two columns grow the picture by about eight
	// rows of 97 px, not sixteen.
	if grow := b.Height - a.Height; grow > 8*97 {
		t.Errorf("16 more topics grow the picture by %v px", grow)
	}
	assertGeometry(t, b)
	if errs := checkShape(b, big, DefaultWidth); len(errs) > 0 {
		t.Error(strings.Join(errs, "\n"))
	}
}
