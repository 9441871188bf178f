package text_test

import (
	"fmt"

	"github.com/roadmapgo/roadmap/layout/text"
)

// A section's label: its number in regular weight, kept with the first
// word of its bold title, wrapped to a box 200 px wide at 25 px.
func ExampleFonts_Wrap() {
	fonts, err := text.New(text.Options{NoSystem: true})
	if err != nil {
		panic(err)
	}
	spans := []text.Span{{Text: "3. "}, {Text: "Mathematics for Machine Learning", Bold: true}}
	for _, l := range fonts.Wrap(spans, 25, 200, true) {
		fmt.Printf("%q %.1f px, %d runs\n", l.Text, l.Width, len(l.Runs))
	}
	// Output:
	// "3. Mathematics" 179.2 px, 2 runs
	// "for Machine" 140.3 px, 1 runs
	// "Learning" 105.6 px, 1 runs
}

// Shape orders the runs of a line by the bidirectional algorithm: in a
// Hebrew label the Latin word is left of the Hebrew one.
func ExampleFonts_Shape() {
	fonts, err := text.New(text.Options{NoSystem: true})
	if err != nil {
		panic(err)
	}
	line := fonts.Shape([]text.Span{{Text: "שלום GPT"}}, 20)
	for _, r := range line.Runs {
		fmt.Printf("%q rtl=%v x=%.1f\n", r.Text, r.RTL, r.X)
	}
	// Output:
	// "שלום " rtl=true x=41.1
	// "GPT" rtl=false x=0.0
}
