package layout

import (
	"bytes"
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/roadmapgo/roadmap/roadmap"
)

// checkRefs reports chips that leave their node's box, overlap another
// chip or the node's label, have lines outside their own box or
// mis-measured, or target a node the diagram lacks.
func checkRefs(d *Diagram) []string {
	const eps = 0.01
	ids := map[string]bool{}
	for _, n := range d.Nodes {
		ids[n.ID] = true
	}
	var errs []string
	for _, n := range d.Nodes {
		for i, ref := range n.Refs {
			b := ref.Box
			if !inside(b, n.Box, eps) {
				errs = append(errs, fmt.Sprintf("%s: chip %q %+v leaves its box %+v", n.ID, ref.Text, b, n.Box))
			}
			for _, other := range n.Refs[i+1:] {
				if overlap(b, other.Box) {
					errs = append(errs, fmt.Sprintf("%s: chips %q and %q overlap", n.ID, ref.Text, other.Text))
				}
			}
			for _, l := range n.Lines {
				st := Style{Size: l.Size, Bold: l.Bold}
				if l.Baseline+st.Descent() > b.Y+eps && l.Baseline-st.Ascent() < b.Y+b.H-eps {
					errs = append(errs, fmt.Sprintf("%s: chip %q covers the line %q", n.ID, ref.Text, l.Text))
				}
			}
			for _, l := range ref.Lines {
				st := Style{Size: l.Size, Bold: l.Bold}
				if w := remeasure(l); math.Abs(w-l.Width) > eps {
					errs = append(errs, fmt.Sprintf("%s: chip line %q width %v, measures %v", n.ID, l.Text, l.Width, w))
				}
				lb := Rect{X: l.X - l.Width/2, Y: l.Baseline - st.Ascent(), W: l.Width, H: st.Ascent() + st.Descent()}
				if !inside(lb, b, eps) {
					errs = append(errs, fmt.Sprintf("%s: chip line %q %+v leaves the chip %+v", n.ID, l.Text, lb, b))
				}
			}
			if ref.Target != "" && !ids[ref.Target] {
				errs = append(errs, fmt.Sprintf("%s: chip %q targets %q, which is not drawn", n.ID, ref.Text, ref.Target))
			}
			if ref.Target == "" && ref.File == "" && !strings.Contains(ref.To, "#") {
				errs = append(errs, fmt.Sprintf("%s: chip %q for a node of this roadmap links nowhere", n.ID, ref.Text))
			}
		}
	}
	return errs
}

// inside reports whether a lies inside b, give or take eps.
func inside(a, b Rect, eps float64) bool {
	return a.X >= b.X-eps && a.Y >= b.Y-eps && a.X+a.W <= b.X+b.W+eps && a.Y+a.H <= b.Y+b.H+eps
}

// requiresCount is how many distinct prerequisites the nodes of r name,
// themselves left out.
func requiresCount(r *roadmap.Roadmap) int {
	n := 0
	for _, node := range r.Nodes() {
		seen := map[roadmap.Ref]bool{}
		for _, ref := range node.Requires() {
			if !seen[ref] && !(ref.File == "" && ref.ID == node.ID()) {
				seen[ref] = true
				n++
			}
		}
	}
	return n
}

// chipCount is how many chips d holds.
func chipCount(d *Diagram) int {
	n := 0
	for _, nd := range d.Nodes {
		n += len(nd.Refs)
	}
	return n
}

func TestEveryPrerequisiteIsAChip(t *testing.T) {
	for seed := uint64(1); seed <= 60; seed++ {
		rng := rand.New(rand.NewPCG(seed, 5))
		r := sizedRoadmap(rng)
		w := []float64{480, 960, 1920}[seed%3]
		d := layoutOK(t, r, Options{Width: w})
		if got, want := chipCount(d), requiresCount(r); got != want {
			t.Fatalf("seed %d: %d chips for %d prerequisites", seed, got, want)
		}
		if errs := checkRefs(d); len(errs) > 0 {
			t.Fatalf("seed %d, width %v: %s", seed, w, strings.Join(errs[:min(5, len(errs))], "\n"))
		}
	}
}

// prerequisiteRoadmap is testdata/prerequisites.yaml: 5 sections of 4
// topics whose 20 prerequisites reach across every section, near and far.
func prerequisiteRoadmap(t *testing.T) *roadmap.Roadmap {
	t.Helper()
	r, err := roadmap.Load("testdata/prerequisites.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestPrerequisitesCrossLittle(t *testing.T) {
	r := prerequisiteRoadmap(t)
	if n := requiresCount(r); n != 20 {
		t.Fatalf("the test roadmap has %d prerequisites, want 20", n)
	}
	for _, w := range []float64{480, 960, 1920} {
		d := layoutOK(t, r, Options{Width: w})
		n := Crossings(d)
		if n > 30 {
			t.Errorf("width %v: %d crossings between drawn lines, want at most 30", w, n)
		}
		t.Logf("width %v: %d crossings between drawn lines", w, n)
		if got := chipCount(d); got != 20 {
			t.Errorf("width %v: %d chips for 20 prerequisites", w, got)
		}
		if errs := checkDiagram(d, DefaultMetrics()); len(errs) > 0 {
			t.Errorf("width %v: %s", w, strings.Join(errs[:min(5, len(errs))], "\n"))
		}
	}
}

// randomCourse writes 2 to 4 random parts with requires within and across
// them, and the course file joining them, and loads it.
func randomCourse(t *testing.T, rng *rand.Rand) *roadmap.Course {
	t.Helper()
	n := 2 + rng.IntN(3)
	parts := make([]*roadmap.Roadmap, n)
	fsys := fstest.MapFS{}
	var names []string
	for i := range parts {
		parts[i] = sizedRoadmap(rng)
		if len(parts[i].Sections) > 8 {
			parts[i].Sections = parts[i].Sections[:8]
		}
		parts[i].Optional = rng.IntN(3) == 0
		pruneRequires(parts[i])
		names = append(names, fmt.Sprintf("p%d.yaml", i))
	}
	for i := 1; i < n; i++ {
		for range 1 + rng.IntN(4) {
			j := rng.IntN(i)
			target := parts[j].Sections[rng.IntN(len(parts[j].Sections))]
			id := target.ID
			if len(target.Topics) > 0 && rng.IntN(2) == 0 {
				id = target.Topics[rng.IntN(len(target.Topics))].ID
			}
			s := parts[i].Sections[rng.IntN(len(parts[i].Sections))]
			ref := roadmap.Ref{File: names[j], ID: id}
			reqs := &s.Requires
			if len(s.Topics) > 0 && rng.IntN(2) == 0 {
				reqs = &s.Topics[rng.IntN(len(s.Topics))].Requires
			}
			if !slices.ContainsFunc(*reqs, func(r roadmap.Ref) bool { return r.File == ref.File && r.ID == ref.ID }) {
				*reqs = append(*reqs, ref)
			}
		}
	}
	for i, p := range parts {
		var b bytes.Buffer
		if err := roadmap.Encode(&b, p); err != nil {
			t.Fatal(err)
		}
		fsys[names[i]] = &fstest.MapFile{Data: b.Bytes()}
	}
	fsys["course.yaml"] = &fstest.MapFile{Data: []byte("course: A random course\ndescription: Parts that need each other.\nparts: [" + strings.Join(names, ", ") + "]\n")}
	c, err := roadmap.NewProject(fsys).LoadCourse("course.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// pruneRequires keeps, of the requires of r, those that name an earlier
// node of r in reading order, so that the loader finds no cycle and no
// file outside the course.
func pruneRequires(r *roadmap.Roadmap) {
	earlier := map[string]bool{}
	keep := func(refs []roadmap.Ref) []roadmap.Ref {
		var out []roadmap.Ref
		for _, ref := range refs {
			if ref.File == "" && earlier[ref.ID] {
				out = append(out, ref)
			}
		}
		return out
	}
	for _, s := range r.Sections {
		s.Requires = keep(s.Requires)
		earlier[s.ID] = true
		for _, tp := range s.Topics {
			tp.Requires = keep(tp.Requires)
			earlier[tp.ID] = true
		}
	}
}

func TestCourseHoldsOnRandomCourses(t *testing.T) {
	for seed := uint64(1); seed <= 25; seed++ {
		rng := rand.New(rand.NewPCG(seed, 3))
		c := randomCourse(t, rng)
		w := []float64{480, 960, 1440}[seed%3]
		opt := Options{Width: w}
		if seed%2 == 0 {
			opt.CourseProgress = randomCourseProgress(rng, c)
		}
		d, err := Native{}.LayoutCourse(context.Background(), c, opt)
		if err != nil {
			t.Fatal(err)
		}
		errs := checkDiagram(d, DefaultMetrics())
		if d.Width != w {
			errs = append(errs, fmt.Sprintf("width %v, want %v", d.Width, w))
		}
		want := 0
		for _, r := range c.Roadmaps {
			want += requiresCount(r)
		}
		if got := chipCount(d); got != want {
			errs = append(errs, fmt.Sprintf("%d chips for %d prerequisites", got, want))
		}
		headers := 0
		for _, n := range d.Nodes {
			if n.Kind == KindHeader {
				headers++
			}
			for _, ref := range n.Refs {
				if strings.Contains(ref.To, "#") && ref.Target == "" {
					errs = append(errs, fmt.Sprintf("%s: the chip of %s links outside the course picture", n.ID, ref.To))
				}
			}
		}
		if headers != len(c.Roadmaps) {
			errs = append(errs, fmt.Sprintf("%d headers for %d parts", headers, len(c.Roadmaps)))
		}
		if len(errs) > 0 {
			t.Fatalf("seed %d (%d parts, width %v): %s", seed, len(c.Roadmaps), w, strings.Join(errs[:min(5, len(errs))], "\n"))
		}
	}
}

func TestCrossingsCountsAnX(t *testing.T) {
	line := func(id string, a, b Point) Edge {
		return Edge{ID: id, From: id + "a", To: id + "b", Path: []Segment{{Op: MoveTo, Pts: []Point{a}}, {Op: LineTo, Pts: []Point{b}}}}
	}
	d := &Diagram{Edges: []Edge{
		line("x", Point{0, 0}, Point{100, 100}),
		line("y", Point{0, 100}, Point{100, 0}),
		line("z", Point{200, 0}, Point{300, 0}),
	}}
	if n := Crossings(d); n != 1 {
		t.Errorf("an X and a lone line: %d crossings, want 1", n)
	}
}

// randomCourseProgress marks a random third of the nodes of c's parts.
func randomCourseProgress(rng *rand.Rand, c *roadmap.Course) roadmap.CourseProgress {
	cp := roadmap.CourseProgress{}
	statuses := []roadmap.Status{roadmap.StatusDone, roadmap.StatusDoing, roadmap.StatusSkip}
	for _, r := range c.Roadmaps[1:] {
		cp[r] = roadmap.Progress{}
		for _, n := range r.Nodes() {
			if rng.IntN(3) == 0 {
				cp[r][n.ID()] = statuses[rng.IntN(3)]
			}
		}
	}
	return cp
}
