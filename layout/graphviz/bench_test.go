package graphviz

import (
	"bytes"
	"context"
	"os/exec"
	"testing"

	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/layout/dot"
	"github.com/roadmapgo/roadmap/roadmap"
)

// BenchmarkScientist compares the engines on the largest example roadmap.
func BenchmarkScientist(b *testing.B) {
	r := examples(b)["scientist.yaml"]
	engines := []struct {
		name string
		e    layout.Engine
	}{{"native", layout.Native{}}}
	for _, alg := range []string{"dot", "neato"} {
		engines = append(engines, struct {
			name string
			e    layout.Engine
		}{"graphviz-" + alg, mustNew(b, alg)})
	}
	for _, en := range engines {
		b.Run(en.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := en.e.Layout(context.Background(), r, layout.Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// dotSource is the DOT the dot engine hands Graphviz for r.
func dotSource(b *testing.B, r *roadmap.Roadmap) []byte {
	b.Helper()
	m := dot.NewMeasurer(layout.Metrics{}, 0)
	g, err := dot.FromRoadmap(r, m.Size)
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	if err := dot.Write(&buf, g, dot.Options{}); err != nil {
		b.Fatal(err)
	}
	return buf.Bytes()
}

// BenchmarkDotLibraryVsCLI lays the same DOT out through go-graphviz
// (WebAssembly, in process) and through the dot command (native code, one
// process per layout), at about 40 and 1,000 nodes.
func BenchmarkDotLibraryVsCLI(b *testing.B) {
	sizes := []struct {
		name             string
		sections, topics int
	}{{"40-nodes", 8, 4}, {"1000-nodes", 100, 9}}
	for _, sz := range sizes {
		src := dotSource(b, synthetic(sz.sections, sz.topics))
		b.Run("go-graphviz/"+sz.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := runJSON(context.Background(), "dot", src); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run("dot-cli/"+sz.name, func(b *testing.B) {
			bin, err := exec.LookPath("dot")
			if err != nil {
				b.Skip("dot command not found; install graphviz to compare:", err)
			}
			for b.Loop() {
				cmd := exec.Command(bin, "-Tjson0")
				cmd.Stdin = bytes.NewReader(src)
				if out, err := cmd.Output(); err != nil || len(out) == 0 {
					b.Fatalf("dot -Tjson0: %v", err)
				}
			}
		})
	}
}

// BenchmarkEngine1000 is the whole engine (measure, DOT, Graphviz, read
// back) against the native engine on a 1,000-node roadmap.
func BenchmarkEngine1000(b *testing.B) {
	r := synthetic(100, 9)
	b.Run("native", func(b *testing.B) {
		for b.Loop() {
			if _, err := (layout.Native{}).Layout(context.Background(), r, layout.Options{}); err != nil {
				b.Fatal(err)
			}
		}
	})
	e := mustNew(b, "dot")
	b.Run("graphviz-dot", func(b *testing.B) {
		for b.Loop() {
			if _, err := e.Layout(context.Background(), r, layout.Options{}); err != nil {
				b.Fatal(err)
			}
		}
	})
}
