package layout

import "testing"

// labels are topic titles of the kinds a course holds, for the text
// benchmarks.
var benchLabels = []string{
	"Retrieval Augmented Generation and evaluation",
	"Tokenization",
	"Parameter-efficient fine-tuning (LoRA, QLoRA)",
	"Mixture of Experts: routing, load balancing",
}

// BenchmarkMeasureLabel measures a topic title on one line; the cache of
// shaped runs holds it after the first round, as in a layout that sizes
// the same label more than once.
func BenchmarkMeasureLabel(b *testing.B) {
	st := DefaultMetrics().Topic.Text
	for b.Loop() {
		for _, s := range benchLabels {
			MeasureString(s, st)
		}
	}
}

// BenchmarkWrapLabel wraps topic titles to a topic box's width.
func BenchmarkWrapLabel(b *testing.B) {
	st := DefaultMetrics().Topic.Text
	for b.Loop() {
		for _, s := range benchLabels {
			Wrap(s, 215, st)
		}
	}
}

// BenchmarkWrapLabelCJK wraps a Chinese title, set in a system font.
func BenchmarkWrapLabelCJK(b *testing.B) {
	st := DefaultMetrics().Topic.Text
	for b.Loop() {
		Wrap("大语言模型的数学基础与线性代数矩阵运算", 215, st)
	}
}
