package render

import (
	"github.com/roadmapgo/roadmap/layout"
)

// refs paints the prerequisite chips of n, as SVG does: each a pill with
// its lines of text.
func (r *rasterRenderer) refs(n *layout.Node) error {
	look := chipLook(r.t, n)
	s := r.s
	for i := range n.Refs {
		ref := &n.Refs[i]
		b := ref.Box
		pill := roundRect(b.X*s, b.Y*s, b.W*s, b.H*s, chipRadius(ref)*s)
		r.c.fill([]polygon{pill.oriented()}, look.fill, 1)
		for _, l := range ref.Lines {
			if err := r.c.drawText(r.face(l.Bold), l, s, look.text); err != nil {
				return err
			}
		}
	}
	return nil
}
