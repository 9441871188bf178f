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

// clusters paints the frames of clusters, as SVG does.
func (r *rasterRenderer) clusters(cs []layout.Cluster) error {
	look := clusterLook(r.t)
	s := r.s
	for _, c := range cs {
		b := c.Box
		outline := roundRect(b.X*s, b.Y*s, b.W*s, b.H*s, r.t.CornerRadius*s)
		r.c.fill([]polygon{outline.oriented()}, look.fill, 1)
		r.c.fill(strokeOutline(outline, clusterBorder*s, 0, 0), look.border, 1)
		for _, l := range c.Lines {
			if err := r.c.drawText(r.face(l.Bold), l, s, look.text); err != nil {
				return err
			}
		}
	}
	return nil
}
