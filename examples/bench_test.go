package examples

import (
	"context"
	"fmt"
	"io"
	"testing"
	"time"

	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/render"
	"github.com/roadmapgo/roadmap/render/html"
	"github.com/roadmapgo/roadmap/render/pdf"
	"github.com/roadmapgo/roadmap/render/svg"
	"github.com/roadmapgo/roadmap/roadmap"
)

// benchLayoutSVG lays r out natively and draws it as SVG, b.N times.
func benchLayoutSVG(b *testing.B, r *roadmap.Roadmap) {
	b.ReportAllocs()
	for b.Loop() {
		d, err := layout.Native{}.Layout(context.Background(), r, layout.Options{})
		if err != nil {
			b.Fatal(err)
		}
		if err := svg.Write(io.Discard, d, svg.Options{Theme: render.Light}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLayoutSVGScientist is the whole in-process pipeline after
// loading, on the Scientist roadmap (target: under 2 ms).
func BenchmarkLayoutSVGScientist(b *testing.B) {
	r, err := roadmap.Load("scientist.yaml")
	if err != nil {
		b.Fatal(err)
	}
	benchLayoutSVG(b, r)
}

// BenchmarkLayoutSVGTopics runs the pipeline on generated roadmaps of
// 1,000 and 10,000 topics (targets: 10,000 under 0.5 s and 200 MB, and
// at most 12 times the time of 1,000).
func BenchmarkLayoutSVGTopics(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("%d", n), func(b *testing.B) { benchLayoutSVG(b, generated(n)) })
	}
}

// generated returns a roadmap of n topics, ten to a section, with a
// prerequisite between neighbouring sections now and then.
func generated(n int) *roadmap.Roadmap {
	r := &roadmap.Roadmap{Title: "Generated roadmap", File: "generated.yaml"}
	for i := 0; i < n/10; i++ {
		s := &roadmap.Section{ID: fmt.Sprintf("s%d", i), Title: fmt.Sprintf("Section number %d of the course", i), Number: i + 1}
		for j := 0; j < 10; j++ {
			s.Topics = append(s.Topics, &roadmap.Topic{ID: fmt.Sprintf("s%d/t%d", i, j), Title: fmt.Sprintf("Topic %d with a longer title", j)})
		}
		if i > 0 && i%7 == 0 {
			s.Topics[0].Requires = []roadmap.Ref{{ID: fmt.Sprintf("s%d/t3", i-1)}}
		}
		r.Sections = append(r.Sections, s)
	}
	return r
}

// BenchmarkOutputsScientist draws the laid-out Scientist roadmap as SVG,
// PDF (with its outline) and HTML, each in turn within every iteration,
// and reports the PDF's and the HTML's time as ratios to the SVG's in the
// same run (pdf/svg, html/svg), so that machines of any speed compare.
func BenchmarkOutputsScientist(b *testing.B) {
	r, err := roadmap.Load("scientist.yaml")
	if err != nil {
		b.Fatal(err)
	}
	d, err := layout.Native{}.Layout(context.Background(), r, layout.Options{})
	if err != nil {
		b.Fatal(err)
	}
	outline := render.OutlineOf(d, nil, r)
	outputs := []func() error{
		func() error { return svg.Write(io.Discard, d, svg.Options{}) },
		func() error { return pdf.Write(io.Discard, d, pdf.Options{Outline: outline}) },
		func() error { return html.Write(io.Discard, d, html.Options{Outline: outline}) },
	}
	var spent [3]time.Duration
	for b.Loop() {
		for i, draw := range outputs {
			start := time.Now()
			if err := draw(); err != nil {
				b.Fatal(err)
			}
			spent[i] += time.Since(start)
		}
	}
	b.ReportMetric(float64(spent[1])/float64(spent[0]), "pdf/svg")
	b.ReportMetric(float64(spent[2])/float64(spent[0]), "html/svg")
}
