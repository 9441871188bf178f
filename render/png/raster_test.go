package png

import (
	"image"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/render"
)

// alphaCanvas returns a transparent w×h canvas, whose alpha channel is the
// coverage of what is drawn on it in an opaque colour.
func alphaCanvas(w, h int) *canvas { return newCanvas(w, h) }

func (c *canvas) alpha(x, y int) float64 { return float64(c.img.Pix[c.img.PixOffset(x, y)+3]) / 255 }

// rowCoverage sums the coverage of row y.
func (c *canvas) rowCoverage(y int) float64 {
	s := 0.0
	for x := 0; x < c.img.Rect.Dx(); x++ {
		s += c.alpha(x, y)
	}
	return s
}

// A stroke is as thick as asked, at any angle and along a curve: the
// coverage of a pixel row crossing it is width / cos(angle).
func TestStrokeWidth(t *testing.T) {
	for _, deg := range []float64{0, 30, 60} {
		th := deg * math.Pi / 180
		c := alphaCanvas(120, 120)
		a, b := vec{30, 10}, vec{30 + 90*math.Sin(th), 10 + 90*math.Cos(th)}
		c.fill(strokePolyline([]vec{a, b}, 3, capButt, joinMiter), render.Color{}, 1)
		if got, want := c.rowCoverage(50), 3/math.Cos(th); math.Abs(got-want) > 0.05 {
			t.Errorf("line at %v°: row coverage %.3f, want %.3f", deg, got, want)
		}
	}
	// A gentle S curve flattened into many segments, joined with mitres:
	// overlapping pieces must not thicken it.
	segs := []layout.Segment{
		{Op: layout.MoveTo, Pts: []layout.Point{{X: 20, Y: 10}}},
		{Op: layout.CubicTo, Pts: []layout.Point{{X: 20, Y: 110}, {X: 180, Y: 50}, {X: 180, Y: 150}}},
	}
	c := alphaCanvas(200, 160)
	pl := flattenPath(segs, 1)[0]
	if len(pl) < 10 {
		t.Fatalf("the cubic flattened into %d points only", len(pl))
	}
	c.fill(strokePolyline(pl, 4, capButt, joinMiter), render.Color{}, 1)
	total := 0.0
	for y := 0; y < 160; y++ {
		total += c.rowCoverage(y)
	}
	if want := 4 * polylineLength(pl); math.Abs(total-want)/want > 0.01 {
		t.Errorf("stroked curve covers %.1f px², want width × length = %.1f", total, want)
	}
}

func polylineLength(pl []vec) float64 {
	l := 0.0
	for i := 1; i < len(pl); i++ {
		l += pl[i].sub(pl[i-1]).len()
	}
	return l
}

// Flattening keeps cubics within tolerance of the true curve.
func TestFlattenCubic(t *testing.T) {
	p0, p1, p2, p3 := vec{0, 0}, vec{0, 300}, vec{400, -100}, vec{400, 200}
	pl := flattenCubic([]vec{p0}, p0, p1, p2, p3, 0)
	for i := 0; i <= 1000; i++ {
		s := float64(i) / 1000
		u := 1 - s
		q := p0.mul(u * u * u).add(p1.mul(3 * u * u * s)).add(p2.mul(3 * u * s * s)).add(p3.mul(s * s * s))
		best := math.Inf(1)
		for j := 1; j < len(pl); j++ {
			best = math.Min(best, segDist(q, pl[j-1], pl[j]))
		}
		if best > flatTolerance+1e-9 {
			t.Fatalf("curve point %v is %.3f px from its polyline", q, best)
		}
	}
}

// Dashes follow the theme's pattern along the path, across corners,
// starting with a dash as SVG does.
func TestDashPattern(t *testing.T) {
	pl := []vec{{0, 0}, {30, 0}, {30, 40}}
	dashes := dashPolyline(pl, 12, 8)
	want := [][2]float64{{0, 12}, {20, 32}, {40, 52}, {60, 70}}
	if len(dashes) != len(want) {
		t.Fatalf("%d dashes, want %d: %v", len(dashes), len(want), dashes)
	}
	for i, d := range dashes {
		start := arcPos(pl, d[0])
		length := polylineLength(d)
		if math.Abs(start-want[i][0]) > 1e-9 || math.Abs(length-(want[i][1]-want[i][0])) > 1e-9 {
			t.Errorf("dash %d runs %.2f..%.2f, want %v", i, start, start+length, want[i])
		}
	}
	// The dash across the corner keeps both of its pieces.
	if len(dashes[1]) != 3 {
		t.Errorf("the dash over the corner has %d points, want 3", len(dashes[1]))
	}
}

// arcPos returns how far along pl the point p lies.
func arcPos(pl []vec, p vec) float64 {
	s := 0.0
	for i := 1; i < len(pl); i++ {
		if segDist(p, pl[i-1], pl[i]) < 1e-9 {
			return s + p.sub(pl[i-1]).len()
		}
		s += pl[i].sub(pl[i-1]).len()
	}
	return math.NaN()
}

// The blur follows SVG's three-box approximation and neither darkens nor
// lightens a shadow: it only spreads it.
func TestBlur(t *testing.T) {
	if got := blurBoxes(2); len(got) != 3 || got[0] != [2]int{2, 1} || got[1] != [2]int{1, 2} || got[2] != [2]int{2, 2} {
		t.Errorf("boxes for σ=2: %v, want SVG's d=4: (2,1) (1,2) (2,2)", got)
	}
	if got := blurBoxes(2.5); len(got) != 3 || got[0] != [2]int{2, 2} || got[2] != [2]int{2, 2} {
		t.Errorf("boxes for σ=2.5: %v, want three of d=5", got)
	}
	c := alphaCanvas(1, 1)
	rect := image.Rect(0, 0, 60, 60)
	m := c.coverage([]polygon{roundRect(20, 20, 20, 20, 2).oriented()}, rect)
	before := 0.0
	for _, v := range m.Pix {
		before += float64(v)
	}
	b := blurAlpha(m, 2, nil)
	after := 0.0
	for _, v := range b {
		after += float64(v)
	}
	if math.Abs(after-before)/before > 0.01 {
		t.Errorf("blur changed the shadow's mass from %.0f to %.0f", before, after)
	}
	at := func(x, y int) float32 { return b[y*60+x] }
	if at(30, 30) < 254.5 || at(20, 30) < 100 || at(20, 30) > 160 || at(16, 30) < 0.5 {
		t.Errorf("blurred square: centre %.1f, edge %.1f, outside %.1f; want solid, half, soft",
			at(30, 30), at(20, 30), at(16, 30))
	}
}

// inkBounds returns the bounding box of pixels with coverage over 1/2.
func inkBounds(c *canvas) image.Rectangle {
	r := image.Rectangle{}
	for y := 0; y < c.img.Rect.Dy(); y++ {
		for x := 0; x < c.img.Rect.Dx(); x++ {
			if c.alpha(x, y) > 0.5 {
				r = r.Union(image.Rect(x, y, x+1, y+1))
			}
		}
	}
	return r
}

// Text is drawn where the layout placed it: anchored at X (start, middle
// or end of the measured width), on its baseline, at its size, and twice
// as large at scale 2.
func TestTextPlacement(t *testing.T) {
	text := "Hello, Tokenization"
	st := layout.Style{Size: 20}
	w := layout.MeasureString(text, st)
	for _, a := range []layout.Anchor{layout.AnchorStart, layout.AnchorMiddle, layout.AnchorEnd} {
		c := alphaCanvas(400, 80)
		l := layout.Line{Text: text, X: 200, Baseline: 50, Size: 20, Anchor: a, Width: w}
		if err := c.drawLine(typefaces{}, l, 1, render.Color{}); err != nil {
			t.Fatal(err)
		}
		ink := inkBounds(c)
		left := map[layout.Anchor]float64{layout.AnchorStart: 200, layout.AnchorMiddle: 200 - w/2, layout.AnchorEnd: 200 - w}[a]
		if math.Abs(float64(ink.Min.X)-left) > 3 || math.Abs(float64(ink.Max.X)-(left+w)) > 3 {
			t.Errorf("anchor %s: ink spans x %d..%d, want about %.1f..%.1f", a, ink.Min.X, ink.Max.X, left, left+w)
		}
		if ink.Max.Y < 49 || ink.Max.Y > 55 || ink.Min.Y > 36 || ink.Min.Y < 30 {
			t.Errorf("anchor %s: ink spans y %d..%d, want cap height above baseline 50 and commas below", a, ink.Min.Y, ink.Max.Y)
		}
	}
	one, two := alphaCanvas(400, 80), alphaCanvas(800, 160)
	l := layout.Line{Text: text, X: 10, Baseline: 50, Size: 20, Anchor: layout.AnchorStart, Width: w}
	if err := one.drawLine(typefaces{}, l, 1, render.Color{}); err != nil {
		t.Fatal(err)
	}
	if err := two.drawLine(typefaces{}, l, 2, render.Color{}); err != nil {
		t.Fatal(err)
	}
	b1, b2 := inkBounds(one), inkBounds(two)
	if d := b2.Dx() - 2*b1.Dx(); d < -2 || d > 2 {
		t.Errorf("text at scale 2 is %d px wide, at scale 1 %d px", b2.Dx(), b1.Dx())
	}
}

// Image icons, raster and SVG, keep their aspect ratio, centred in their
// box; emoji (in colour, see TestEmojiIcon) are visible, never an empty
// box.
func TestIcons(t *testing.T) {
	dir := t.TempDir()
	pngIcon := writeRasterIcon(t, dir) // 32×24, red and navy squares
	svgIcon := filepath.Join(dir, "logo.svg")
	if err := os.WriteFile(svgIcon, []byte(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 12"><rect width="16" height="12" fill="navy"/></svg>`), 0o644); err != nil {
		t.Fatal(err)
	}
	box := layout.Rect{X: 20, Y: 20, W: 80, H: 80}
	for _, tc := range []struct {
		name string
		icon layout.Icon
	}{
		{"png", layout.Icon{Path: pngIcon, Box: box}},
		{"svg", layout.Icon{Path: svgIcon, Box: box}},
		{"emoji", layout.Icon{Text: "🧪", Box: box}},
		{"symbol in the font", layout.Icon{Text: "§", Box: box}},
	} {
		d := &layout.Diagram{Width: 120, Height: 120, Nodes: []layout.Node{{ID: "n", Kind: layout.KindTopic,
			Box: layout.Rect{X: 110, Y: 110, W: 5, H: 5}, Icon: &tc.icon}}}
		m, err := Image(d, Options{Transparent: true})
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		ink := image.Rectangle{}
		for y := 0; y < 110; y++ {
			for x := 0; x < 110; x++ {
				if m.RGBAAt(x, y).A > 128 {
					ink = ink.Union(image.Rect(x, y, x+1, y+1))
				}
			}
		}
		switch tc.name {
		case "png", "svg":
			if want := image.Rect(20, 30, 100, 90); ink != want {
				t.Errorf("%s icon drawn over %v, want %v (80×60, centred)", tc.name, ink, want)
			}
		default:
			if ink.Dx() < 50 || ink.Dy() < 50 || !(image.Point{60, 60}).In(ink) {
				t.Errorf("%s icon: ink covers %v, want a visible icon centred in %v", tc.name, ink, box)
			}
		}
	}
}
