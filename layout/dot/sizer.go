package dot

import "github.com/roadmapgo/roadmap/layout"

// TitleMargin is the space kept on each side of the title box, in px.
const TitleMargin = 24

// MeasuredSizer sizes boxes as the native engine does, with the default
// metrics; a title is wrapped to the canvas width less TitleMargin on
// each side.
func MeasuredSizer(width float64) Sizer {
	m := layout.DefaultMetrics()
	return func(kind layout.NodeKind, text string) (w, h float64, lines []string) {
		maxW := 0.0
		if kind == layout.KindTitle {
			maxW = width - 2*TitleMargin
		}
		l := m.BoxFor(kind, text, maxW)
		lines = make([]string, len(l.Lines))
		for i, ln := range l.Lines {
			lines[i] = ln.Text
		}
		return l.W, l.H, lines
	}
}
