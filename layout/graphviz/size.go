package graphviz

import (
	"github.com/roadmapgo/roadmap/layout"
)

// labelKey names a measured label: the same text of the same kind always
// measures the same.
type labelKey struct {
	kind layout.NodeKind
	text string
}

// measurer sizes boxes with the engine's metrics before Graphviz runs and
// remembers each label's lines to place them once Graphviz has placed the
// boxes. It serves one layout.
type measurer struct {
	m      layout.Metrics
	titleW float64
	labels map[labelKey]layout.Label
}

func newMeasurer(m layout.Metrics, width float64) *measurer {
	if m == (layout.Metrics{}) {
		m = layout.DefaultMetrics()
	}
	if width <= 0 {
		width = layout.DefaultWidth
	}
	return &measurer{m: m, titleW: width - 2*Margin,
		labels: map[labelKey]layout.Label{}}
}

// size is the dot.Sizer of the engine: the box of a node as the native
// engine would size it (a title no wider than the canvas).
func (ms *measurer) size(kind layout.NodeKind, text string) (w, h float64, lines []string) {
	key := labelKey{kind, text}
	l, ok := ms.labels[key]
	if !ok {
		maxW := 0.0
		if kind == layout.KindTitle {
			maxW = ms.titleW
		}
		l = ms.m.BoxFor(kind, text, maxW)
		ms.labels[key] = l
	}
	lines = make([]string, len(l.Lines))
	for i, ln := range l.Lines {
		lines[i] = ln.Text
	}
	return l.W, l.H, lines
}

// label returns the measured label of a node of the given kind and text.
func (ms *measurer) label(kind layout.NodeKind, text string) layout.Label {
	return ms.labels[labelKey{kind, text}]
}
