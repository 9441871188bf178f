package graphviz

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/roadmap"
)

// examples are the roadmaps the properties are checked on: the parts of
// the example course, and a synthetic one.
func examples(t testing.TB) map[string]*roadmap.Roadmap {
	t.Helper()
	c, err := roadmap.LoadCourse("../../examples/course.yaml")
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]*roadmap.Roadmap{}
	for _, r := range c.Roadmaps {
		out[filepath.Base(r.File)] = r
	}
	out["synthetic-40"] = synthetic(8, 4)
	return out
}

// synthetic builds a valid roadmap of sections×(1+topics) nodes whose
// later sections require earlier topics.
func synthetic(sections, topics int) *roadmap.Roadmap {
	r := &roadmap.Roadmap{Title: fmt.Sprintf("Synthetic roadmap of %d nodes", sections*(topics+1))}
	for i := range sections {
		s := &roadmap.Section{ID: fmt.Sprintf("s%d", i), Title: fmt.Sprintf("Section number %d of the course", i+1), Number: i + 1}
		for j := range topics {
			s.Topics = append(s.Topics, &roadmap.Topic{ID: fmt.Sprintf("s%d/t%d", i, j), Title: fmt.Sprintf("Topic %d.%d", i+1, j+1)})
		}
		if i >= 2 {
			s.Requires = []roadmap.Ref{{ID: fmt.Sprintf("s%d/t0", i-2)}}
		}
		r.Sections = append(r.Sections, s)
	}
	return r
}

func mustNew(t testing.TB, algorithm string) *Engine {
	t.Helper()
	e, err := New(algorithm)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func TestNewRejectsUnknownAlgorithm(t *testing.T) {
	_, err := New("sfdpp")
	if err == nil {
		t.Fatal("New accepted an unknown algorithm")
	}
	for _, a := range Algorithms() {
		if !strings.Contains(err.Error(), a) {
			t.Errorf("error %q does not list %s", err, a)
		}
		if _, err := New(a); err != nil {
			t.Errorf("New(%q): %v", a, err)
		}
	}
}

// TestProperties checks what a reader of the picture would notice: boxes
// that overlap, text out of its box, anything off the canvas, the title
// not on top, a node or edge missing. Edges through boxes that are not
// their ends are logged, not failed: Graphviz routes around boxes but the
// non-dot algorithms draw some edges straight.
func TestProperties(t *testing.T) {
	for _, alg := range Algorithms() {
		e := mustNew(t, alg)
		for name, r := range examples(t) {
			d, err := e.Layout(context.Background(), r, layout.Options{})
			if err != nil {
				t.Fatalf("%s %s: %v", alg, name, err)
			}
			where := alg + " " + name
			checkComplete(t, where, r, d)
			checkBoxes(t, where, d)
			checkTitleOnTop(t, where, d)
			if alg == "dot" && r.Icon != "" && d.Nodes[0].Icon == nil {
				t.Errorf("%s: the title lost its icon", where)
			}
			if n := edgeCrossings(d); len(n) > 0 {
				t.Logf("%s: %d edges pass through a box that is not their end, e.g. %s", where, len(n), n[0])
			}
		}
	}
}

func checkComplete(t *testing.T, where string, r *roadmap.Roadmap, d *layout.Diagram) {
	t.Helper()
	if got, want := len(d.Nodes), 1+len(r.Nodes()); got != want {
		t.Errorf("%s: %d nodes, want %d", where, got, want)
	}
	topics := len(r.Nodes()) - len(r.Sections)
	kinds := map[layout.EdgeKind]int{}
	for _, e := range d.Edges {
		kinds[e.Kind]++
		if len(e.Path) < 2 || e.Path[0].Op != layout.MoveTo {
			t.Errorf("%s: edge %s has path %v", where, e.ID, e.Path)
		}
		if e.Kind == layout.EdgeTopic && (!e.Arrow || !e.Dashed) {
			t.Errorf("%s: topic edge %s should be a dashed arrow", where, e.ID)
		}
	}
	if kinds[layout.EdgeTopic] != topics || kinds[layout.EdgeSpine] != len(r.Sections)-1 {
		t.Errorf("%s: edges %v, want %d topic and %d spine", where, kinds, topics, len(r.Sections)-1)
	}
}

func checkBoxes(t *testing.T, where string, d *layout.Diagram) {
	t.Helper()
	const eps = 0.01
	for i, a := range d.Nodes {
		if a.Box.X < -eps || a.Box.Y < -eps || a.Box.X+a.Box.W > d.Width+eps || a.Box.Y+a.Box.H > d.Height+eps {
			t.Errorf("%s: box %s %v is off the %gx%g canvas", where, a.ID, a.Box, d.Width, d.Height)
		}
		for _, l := range a.Lines {
			left := l.X - l.Width/2
			if left < a.Box.X-eps || left+l.Width > a.Box.X+a.Box.W+eps || l.Baseline < a.Box.Y || l.Baseline > a.Box.Y+a.Box.H {
				t.Errorf("%s: line %q sticks out of box %s", where, l.Text, a.ID)
			}
		}
		for _, b := range d.Nodes[i+1:] {
			if overlap(a.Box, b.Box, eps) {
				t.Errorf("%s: boxes %s %v and %s %v overlap", where, a.ID, a.Box, b.ID, b.Box)
			}
		}
		checkIcon(t, where, d, a)
	}
	for _, e := range d.Edges {
		samplePath(e.Path, 16, func(p layout.Point) {
			if p.X < -eps || p.Y < -eps || p.X > d.Width+eps || p.Y > d.Height+eps {
				t.Errorf("%s: edge %s leaves the canvas at %v", where, e.ID, p)
			}
		})
	}
}

// checkIcon checks that n's icon, if any, lies on the canvas and covers
// no box.
func checkIcon(t *testing.T, where string, d *layout.Diagram, n layout.Node) {
	t.Helper()
	if n.Icon == nil {
		return
	}
	ib := n.Icon.Box
	if ib.X < 0 || ib.Y < 0 || ib.X+ib.W > d.Width || ib.Y+ib.H > d.Height {
		t.Errorf("%s: icon of %s %v is off the canvas", where, n.ID, ib)
	}
	for _, b := range d.Nodes {
		if overlap(ib, b.Box, 0.01) {
			t.Errorf("%s: icon of %s covers box %s", where, n.ID, b.ID)
		}
	}
}

func checkTitleOnTop(t *testing.T, where string, d *layout.Diagram) {
	t.Helper()
	title := d.Nodes[0]
	if title.Kind != layout.KindTitle || title.ID != layout.TitleID {
		t.Fatalf("%s: first node %s is not the title", where, title.ID)
	}
	for _, n := range d.Nodes[1:] {
		if n.Box.Y < title.Box.Y+title.Box.H {
			t.Errorf("%s: %s is not below the title", where, n.ID)
		}
	}
}

func overlap(a, b layout.Rect, eps float64) bool {
	return a.X+eps < b.X+b.W && b.X+eps < a.X+a.W && a.Y+eps < b.Y+b.H && b.Y+eps < a.Y+a.H
}

// edgeCrossings lists edges whose path passes through the inside of a box
// other than their ends (sampled along every segment, 2 px inset).
func edgeCrossings(d *layout.Diagram) []string {
	var out []string
	for _, e := range d.Edges {
		for _, n := range d.Nodes {
			if n.ID == e.From || n.ID == e.To {
				continue
			}
			inner := layout.Rect{X: n.Box.X + 2, Y: n.Box.Y + 2, W: n.Box.W - 4, H: n.Box.H - 4}
			if pathHits(e.Path, inner) {
				out = append(out, e.ID+" through "+n.ID)
			}
		}
	}
	return out
}

func pathHits(path []layout.Segment, r layout.Rect) bool {
	hit := false
	samplePath(path, 16, func(p layout.Point) {
		hit = hit || p.X > r.X && p.X < r.X+r.W && p.Y > r.Y && p.Y < r.Y+r.H
	})
	return hit
}

// TestDotEdgesAvoidBoxes holds dot, the default Graphviz algorithm, to
// the rule the native engine keeps: no edge through a box that is not its
// end.
func TestDotEdgesAvoidBoxes(t *testing.T) {
	e := mustNew(t, "dot")
	for name, r := range examples(t) {
		d, err := e.Layout(context.Background(), r, layout.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if c := edgeCrossings(d); len(c) > 0 {
			t.Errorf("%s: %d edges pass through boxes: %s", name, len(c), strings.Join(c, "; "))
		}
	}
}

// TestArrowsEndAtTheirTarget checks that a path ends at the box the
// arrowhead points to: the section for a topic connector, the dependent
// for a requires.
func TestArrowsEndAtTheirTarget(t *testing.T) {
	d, err := mustNew(t, "dot").Layout(context.Background(), synthetic(4, 3), layout.Options{})
	if err != nil {
		t.Fatal(err)
	}
	boxes := boxesByID(d.Nodes)
	for _, e := range d.Edges {
		if !e.Arrow {
			continue
		}
		last := e.Path[len(e.Path)-1].Pts
		tip := last[len(last)-1]
		to := boxes[e.To]
		grown := layout.Rect{X: to.X - 3, Y: to.Y - 3, W: to.W + 6, H: to.H + 6}
		if !(tip.X >= grown.X && tip.X <= grown.X+grown.W && tip.Y >= grown.Y && tip.Y <= grown.Y+grown.H) {
			t.Errorf("edge %s ends at %v, not at %s %v", e.ID, tip, e.To, to)
		}
	}
}

// TestParallelLayouts runs layouts of several roadmaps with several
// algorithms at once (go test -race) and checks each equals the same
// layout run alone.
func TestParallelLayouts(t *testing.T) {
	rs := examples(t)
	type job struct {
		alg, name string
	}
	want := map[job][]byte{}
	for _, alg := range []string{"dot", "neato", "osage"} {
		for name, r := range rs {
			d, err := mustNew(t, alg).Layout(context.Background(), r, layout.Options{})
			if err != nil {
				t.Fatal(err)
			}
			want[job{alg, name}] = mustJSON(t, d)
		}
	}
	var wg sync.WaitGroup
	errs := make(chan error, 4*len(want))
	for range 4 {
		for j := range want {
			wg.Go(func() {
				d, err := mustNew(t, j.alg).Layout(context.Background(), rs[j.name], layout.Options{})
				if err != nil {
					errs <- err
					return
				}
				if got, _ := json.Marshal(d); string(got) != string(want[j]) {
					errs <- fmt.Errorf("%s %s: parallel layout differs from the serial one", j.alg, j.name)
				}
			})
		}
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func mustJSON(t testing.TB, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestCancelledContextThenSuccess(t *testing.T) {
	e := mustNew(t, "dot")
	r := synthetic(3, 2)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if d, err := e.Layout(ctx, r, layout.Options{}); !errors.Is(err, context.Canceled) || d != nil {
		t.Fatalf("cancelled layout returned %v, %v; want nil, context.Canceled", d, err)
	}
	d, err := e.Layout(context.Background(), r, layout.Options{})
	if err != nil {
		t.Fatalf("layout after a cancelled one: %v", err)
	}
	if len(d.Nodes) != 1+3*3 {
		t.Errorf("layout after a cancelled one has %d nodes, want 10", len(d.Nodes))
	}
}

func TestGraphvizErrorsAreWrapped(t *testing.T) {
	_, err := runJSON(context.Background(), "dot", []byte("digraph { a -> "))
	if err == nil || !strings.HasPrefix(err.Error(), "graphviz dot: ") {
		t.Fatalf("error %v, want one starting with \"graphviz dot: \"", err)
	}
	if _, err := runJSON(context.Background(), "dot", []byte("digraph { a -> b }")); err != nil {
		t.Fatalf("engine unusable after an error: %v", err)
	}
}

func TestDeterministic(t *testing.T) {
	r := examples(t)["scientist.yaml"]
	e := mustNew(t, "dot")
	a, err := e.Layout(context.Background(), r, layout.Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := e.Layout(context.Background(), r, layout.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if string(mustJSON(t, a)) != string(mustJSON(t, b)) {
		t.Error("two layouts of the same roadmap differ")
	}
}

// TestNativeDoesNotImportGraphviz keeps go-graphviz, whose import compiles
// a WebAssembly module at process start, out of everything but this
// package and the companion program: the roadmap command links none of it,
// so its start-up never pays for Graphviz.
func TestNativeDoesNotImportGraphviz(t *testing.T) {
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go command not found:", err)
	}
	out, err := exec.Command(goBin, "list", "-deps", "../../cmd/roadmap", "../../layout", "../../render", "../../roadmap", "../../layout/dot", "../../markdown", "../../export").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, pkg := range strings.Fields(string(out)) {
		if strings.HasPrefix(pkg, "github.com/goccy/go-graphviz") || strings.HasPrefix(pkg, "github.com/tetratelabs/wazero") {
			t.Errorf("%s is linked into the roadmap command or a library package", pkg)
		}
	}
}

func TestCanvasWidensToOptionWidth(t *testing.T) {
	r := synthetic(2, 1)
	d, err := mustNew(t, "dot").Layout(context.Background(), r, layout.Options{Width: 1500})
	if err != nil {
		t.Fatal(err)
	}
	if d.Width != 1500 {
		t.Errorf("canvas width %g, want the asked 1500", d.Width)
	}
	minX, maxX := math.Inf(1), math.Inf(-1)
	for _, n := range d.Nodes {
		minX, maxX = math.Min(minX, n.Box.X), math.Max(maxX, n.Box.X+n.Box.W)
	}
	if math.Abs(minX-(d.Width-maxX)) > 1 {
		t.Errorf("drawing not centred: %g px left, %g px right", minX, d.Width-maxX)
	}
}
