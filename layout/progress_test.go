package layout

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/roadmapgo/roadmap/roadmap"
)

// randomProgress gives a random status to about half of r's sections and
// topics; now and then it is empty.
func randomProgress(rng *rand.Rand, r *roadmap.Roadmap) roadmap.Progress {
	p := roadmap.Progress{}
	if rng.IntN(8) == 0 {
		return p
	}
	sts := []roadmap.Status{roadmap.StatusDone, roadmap.StatusDoing, roadmap.StatusSkip}
	for _, n := range r.Nodes() {
		if rng.IntN(2) == 0 {
			p[n.ID()] = sts[rng.IntN(len(sts))]
		}
	}
	return p
}

// TestNativeProgressProperties lays random roadmaps out with random
// progress and checks the geometry invariants (marks and bars included),
// that every node carries its status and mark, that the legend lies
// between the title and the first section, and that the title counts
// what is done.
func TestNativeProgressProperties(t *testing.T) {
	widths := []float64{0, MinWidth, 1200, 1600}
	for seed := uint64(1); seed <= 200; seed++ {
		rng := rand.New(rand.NewPCG(seed, 7))
		r := randomRoadmap(rng)
		p := randomProgress(rng, r)
		opt := Options{Width: widths[rng.IntN(len(widths))], Progress: p}
		d, err := Native{}.Layout(context.Background(), r, opt)
		if err != nil {
			t.Fatalf("seed %d: Layout: %v", seed, err)
		}
		if errs := checkDiagram(d, DefaultMetrics()); len(errs) > 0 {
			t.Fatalf("seed %d: %d problems, first: %s", seed, len(errs), strings.Join(errs[:min(5, len(errs))], "\n"))
		}
		checkStatuses(t, seed, r, p, d)
	}
}

// checkStatuses checks each topic's status and mark against p, each
// section's bar, the legend's place and the title's count.
func checkStatuses(t *testing.T, seed uint64, r *roadmap.Roadmap, p roadmap.Progress, d *Diagram) {
	t.Helper()
	byID := map[string]*Node{}
	for i := range d.Nodes {
		byID[d.Nodes[i].ID] = &d.Nodes[i]
	}
	legend := byID[LegendID]
	if legend == nil || len(legend.Marks) != 3 || len(legend.Lines) != 3 {
		t.Fatalf("seed %d: legend %+v, want three marks and three words", seed, legend)
	}
	done, total := 0, 0
	for _, s := range r.Sections {
		sec := byID[s.ID]
		if sec.Box.Y < legend.Box.Y+legend.Box.H {
			t.Errorf("seed %d: section %s above the legend's bottom", seed, s.ID)
		}
		sd, st := 0, 0
		for _, tp := range s.Topics {
			want := p.Of(roadmap.Node{Roadmap: r, Section: s, Topic: tp})
			n := byID[tp.ID]
			if n.Status != string(want) || (want != "") != (len(n.Marks) == 1) || (want != "" && n.Marks[0].Kind != string(want)) {
				t.Fatalf("seed %d: topic %s status %q marks %+v, want %q", seed, tp.ID, n.Status, n.Marks, want)
			}
			if want != roadmap.StatusSkip {
				st++
				if want == roadmap.StatusDone {
					sd++
				}
			}
		}
		if len(s.Topics) == 0 && p[s.ID] != roadmap.StatusSkip {
			st = 1
			if p[s.ID] == roadmap.StatusDone {
				sd = 1
			}
		}
		if (st > 0) != (sec.Meter != nil) || (sec.Meter != nil && (sec.Meter.Done != sd || sec.Meter.Total != st)) {
			t.Fatalf("seed %d: section %s meter %+v, want %d/%d", seed, s.ID, sec.Meter, sd, st)
		}
		done, total = done+sd, total+st
	}
	if title := byID["title"]; title != nil {
		last := title.Lines[len(title.Lines)-1].Text
		pct := 100
		if total > 0 {
			pct = 100 * done / total
		}
		if want := fmt.Sprintf("%d of %d done (%d%%)", done, total, pct); last != want {
			t.Errorf("seed %d: title's last line %q, want %q", seed, last, want)
		}
	}
}
