package text

import "testing"

var benchTitles = []string{
	"Retrieval Augmented Generation and evaluation",
	"Parameter-efficient fine-tuning (LoRA, QLoRA)",
	"Mixture of Experts: routing, load balancing",
}

// BenchmarkWrapUncached wraps topic titles to a topic box's width
// without the cache of wrapped labels: the cost of a label's first
// wrapping.
func BenchmarkWrapUncached(b *testing.B) {
	fs := Default()
	for b.Loop() {
		for _, s := range benchTitles {
			fs.wrap([]Span{{Text: s}}, 23.5, 215, false)
		}
	}
}

// BenchmarkShapeArabicUncached shapes an Arabic title with HarfBuzz,
// bypassing the cache of shaped runs.
func BenchmarkShapeArabicUncached(b *testing.B) {
	fs := Default()
	ln := fs.Shape([]Span{{Text: "التعلم العميق والشبكات العصبية"}}, 20)
	f, err := Lookup(ln.Runs[0].Font)
	if err != nil {
		b.Fatal(err)
	}
	r := []rune(ln.Runs[0].Text)
	for b.Loop() {
		shapeUncached(f, r, true)
	}
}
