package png

import (
	"image"
	"slices"
	"testing"

	"github.com/roadmapgo/roadmap/render"
)

// shadowLayer paints the shadows of polys on a transparent w×h canvas
// and returns it.
func shadowLayer(w, h int, polys ...polygon) *image.RGBA {
	r := &renderer{c: newCanvas(w, h), s: 1, opacity: 1}
	r.shadows(polys, &render.Shadow{Color: render.Color{R: 0x20, G: 0x30, B: 0x40}, Sigma: 3, Opacity: 0.5})
	return r.c.img
}

// TestShadowsUnion checks that the shadow layer is the blur of the union
// of its shapes: two overlapping boxes cast the shadow of the one box
// they make together, not a darker band where they overlap; two boxes
// apart cast each the shadow of one box alone, however many share its
// blur; and a shadow cut by the canvas edge is the same as uncut.
func TestShadowsUnion(t *testing.T) {
	box := func(x, y, w, h float64) polygon { return roundRect(x, y, w, h, 0).oriented() }
	whole := shadowLayer(120, 60, box(10.3, 10.5, 60, 30))
	halves := shadowLayer(120, 60, box(10.3, 10.5, 40, 30), box(30.3, 10.5, 40, 30))
	if off := countOff(whole, halves, 1); off > 0 {
		t.Errorf("two overlapping boxes: %d pixels differ from the shadow of their union", off)
	}
	one := shadowLayer(300, 60, box(10.3, 10.5, 60, 30))
	three := shadowLayer(300, 60, box(10.3, 10.5, 60, 30), box(110.3, 10.5, 60, 30), box(210.3, 10.5, 60, 30))
	cut := shadowLayer(50, 60, box(10.3, 10.5, 60, 30))
	for _, c := range []struct {
		name string
		img  *image.RGBA
		dx   int
	}{{"box 1 of 3", three, 0}, {"box 2 of 3", three, 100}, {"box 3 of 3", three, 200}, {"cut by the canvas edge", cut, 0}} {
		for y := range 60 {
			for x := range min(100, c.img.Rect.Dx()) {
				if got, want := c.img.RGBAAt(x+c.dx, y), one.RGBAAt(x, y); got != want {
					t.Fatalf("%s: (%d, %d) = %v, want %v as for one box alone", c.name, x, y, got, want)
				}
			}
		}
	}
}

// TestTouching checks the grouping of shapes whose pixels may touch.
func TestTouching(t *testing.T) {
	rects := []image.Rectangle{
		image.Rect(0, 0, 10, 10),
		image.Rect(50, 0, 60, 10),
		image.Rect(5, 5, 20, 20),   // overlaps 0
		image.Rect(100, 0, 110, 5), // alone
		image.Rect(15, 15, 55, 30), // overlaps 2, and so joins 0 with …
		image.Rect(54, 9, 70, 16),  // … 1 through this one
	}
	got := touching(rects)
	want := [][]int{{0, 1, 2, 4, 5}, {3}}
	if !slices.EqualFunc(got, want, slices.Equal[[]int]) {
		t.Errorf("touching = %v, want %v", got, want)
	}
}
