package layout

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/roadmapgo/roadmap/layout/text"
	"github.com/roadmapgo/roadmap/roadmap"
)

func BenchmarkNativeScientist(b *testing.B) {
	r, err := roadmap.Load(filepath.Join("..", "examples", "scientist.yaml"))
	if err != nil {
		b.Skipf("Load: %v", err)
	}
	benchLayout(b, r)
}

func BenchmarkNative1kTopics(b *testing.B)  { benchLayout(b, generated(100, 10)) }
func BenchmarkNative10kTopics(b *testing.B) { benchLayout(b, generated(1000, 10)) }

func benchLayout(b *testing.B, r *roadmap.Roadmap) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := (Native{}).Layout(context.Background(), r, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNativeWidths lays out a roadmap with a section of 20 topics
// and one of 10,000 topics at 480, 960, 1920 and 4096 px, and reports each time
// also as a ratio to the 960 px layout of the same roadmap in the same
// run (the x960 column).
func BenchmarkNativeWidths(b *testing.B) {
	twenty := generated(3, 4)
	for j := 4; j < 20; j++ {
		twenty.Sections[1].Topics = append(twenty.Sections[1].Topics, &roadmap.Topic{ID: fmt.Sprintf("s1/x%d", j), Title: "Another topic of the section"})
	}
	for _, sh := range []struct {
		name string
		r    *roadmap.Roadmap
	}{{"20topics", twenty}, {"10kTopics", generated(1000, 10)}} {
		base := 0.0
		for _, w := range []float64{960, 480, 1920, 4096} {
			b.Run(fmt.Sprintf("%s/%g", sh.name, w), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					if _, err := (Native{}).Layout(context.Background(), sh.r, Options{Width: w}); err != nil {
						b.Fatal(err)
					}
				}
				ns := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
				if w == DefaultWidth {
					base = ns
				}
				b.ReportMetric(ns/base, "x960")
			})
		}
	}
}

// BenchmarkNativeScientistFreshFonts lays out the scientist roadmap with
// a new set of fonts each time, so that no wrapping is cached from the
// round before: the cost of one layout in a process of its own.
func BenchmarkNativeScientistFreshFonts(b *testing.B) {
	r, err := roadmap.Load(filepath.Join("..", "examples", "scientist.yaml"))
	if err != nil {
		b.Skipf("Load: %v", err)
	}
	b.ReportAllocs()
	for b.Loop() {
		fonts, err := text.New(text.Options{})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := (Native{}).Layout(context.Background(), r, Options{Fonts: fonts}); err != nil {
			b.Fatal(err)
		}
	}
}
