package dot

import "github.com/roadmapgo/roadmap/layout"

// TitleMargin is the space kept on each side of the title box, in px.
const TitleMargin = 24

// labelKey names a measured label: the same text of the same kind always
// measures the same.
type labelKey struct {
	kind layout.NodeKind
	text string
}

// Measurer sizes boxes as the native engine does, before Graphviz runs,
// and remembers each label's lines so that an engine can place them once
// Graphviz has placed the boxes. A title is wrapped to the canvas width
// less TitleMargin on each side. It serves one layout at a time.
type Measurer struct {
	m      layout.Metrics
	titleW float64
	labels map[labelKey]layout.Label
}

// NewMeasurer returns a measurer with metrics m (the zero value means
// layout.DefaultMetrics) for a canvas width px wide (0 means
// layout.DefaultWidth).
func NewMeasurer(m layout.Metrics, width float64) *Measurer {
	if m.WithFonts(nil) == (layout.Metrics{}) {
		m = layout.DefaultMetrics().WithFonts(m.Title.Text.Fonts)
	}
	if width <= 0 {
		width = layout.DefaultWidth
	}
	return &Measurer{m: m, titleW: width - 2*TitleMargin, labels: map[labelKey]layout.Label{}}
}

// Size is a Sizer: the box of a node and its label's lines.
func (ms *Measurer) Size(kind layout.NodeKind, text string) (w, h float64, lines []string) {
	l := ms.Label(kind, text)
	lines = make([]string, len(l.Lines))
	for i, ln := range l.Lines {
		lines[i] = ln.Text
	}
	return l.W, l.H, lines
}

// Metrics returns the metrics the measurer sizes boxes with.
func (ms *Measurer) Metrics() layout.Metrics { return ms.m }

// Label returns the measured label of a node of the given kind and text.
func (ms *Measurer) Label(kind layout.NodeKind, text string) layout.Label {
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
	return l
}
