package layout_test

import (
	"context"
	"fmt"

	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/roadmap"
)

func ExampleMeasureString() {
	st := layout.Style{Size: 20}
	fmt.Printf("%.2f\n", layout.MeasureString("AV", st))
	fmt.Printf("%.2f\n", layout.MeasureString("A", st)+layout.MeasureString("V", st))
	// Output:
	// 25.20
	// 26.68
}

func ExampleWrap() {
	st := layout.Style{Size: 20}
	for _, line := range layout.Wrap("Understand the evolution from encoder-decoder Transformers", 200, st) {
		fmt.Println(line)
	}
	// Output:
	// Understand the
	// evolution from
	// encoder-decoder
	// Transformers
}

func ExampleMetrics_BoxFor() {
	m := layout.DefaultMetrics()
	l := m.BoxFor(layout.KindTopic, "Direct Preference Optimization", 0)
	fmt.Printf("%gx%g\n", l.W, l.H)
	for _, line := range l.At(100, 40) {
		fmt.Printf("%q centred at x=%g, baseline %.1f\n", line.Text, line.X, line.Baseline)
	}
	// Output:
	// 235x74
	// "Direct Preference" centred at x=217.5, baseline 71.0
	// "Optimization" centred at x=217.5, baseline 99.2
}

func ExampleNative_Layout() {
	r := &roadmap.Roadmap{Title: "Tiny course", Sections: []*roadmap.Section{
		{ID: "basics", Title: "Basics", Topics: []*roadmap.Topic{{ID: "basics/python", Title: "Python"}}},
		{ID: "models", Title: "Models", Topics: []*roadmap.Topic{
			{ID: "models/mlp", Title: "MLP", Requires: []roadmap.Ref{{ID: "basics/python"}}},
		}},
	}}
	d, err := layout.Native{}.Layout(context.Background(), r, layout.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, n := range d.Nodes {
		fmt.Printf("%s %s %q\n", n.Kind, n.ID, n.Lines[0].Text)
		for _, ref := range n.Refs {
			fmt.Printf("  chip %q links to %s\n", ref.Text, ref.Target)
		}
	}
	for _, e := range d.Edges {
		fmt.Println(e.ID)
	}
	// Output:
	// title :title "Tiny course"
	// section basics "1. Basics"
	// topic basics/python "Python"
	// section models "2. Models"
	// topic models/mlp "MLP"
	//   chip "← Python" links to basics/python
	// topic:basics/python->basics
	// spine:basics->models
	// topic:models/mlp->models
}
