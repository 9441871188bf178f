package render

import (
	"math"
	"testing"

	"github.com/roadmapgo/roadmap/layout"
)

func TestContrastOfKnownColours(t *testing.T) {
	for _, c := range []struct {
		a, b Color
		want float64
	}{
		{Color{0, 0, 0}, Color{0xff, 0xff, 0xff}, 21},
		{Color{0xff, 0xff, 0xff}, Color{0x18, 0x79, 0x4e}, 5.41},
		{Color{0x77, 0x77, 0x77}, Color{0xff, 0xff, 0xff}, 4.48},
		{Color{0x12, 0x34, 0x56}, Color{0x12, 0x34, 0x56}, 1},
	} {
		if got := Contrast(c.a, c.b); got < c.want-0.01 || got > c.want+0.01 {
			t.Errorf("Contrast(%s, %s) = %.3f, want %.2f", c.a.Hex(), c.b.Hex(), got, c.want)
		}
	}
}

// TestBuiltInThemesMeetAA checks every pair of colours each built-in
// theme sets text or a meter on: a label under WCAG AA is hard to read.
func TestBuiltInThemesMeetAA(t *testing.T) {
	for _, name := range ThemeNames() {
		th, err := ThemeByName(name)
		if err != nil {
			t.Fatal(err)
		}
		pairs := ContrastPairs(th)
		if len(pairs) < 50 {
			t.Fatalf("%s: only %d pairs", name, len(pairs))
		}
		for _, p := range pairs {
			if p.Contrast < p.Min {
				t.Errorf("%s theme: %s", name, p)
			}
		}
	}
}

// hue is the hue of c in degrees, 0..360.
func hue(c Color) float64 {
	r, g, b := float64(c.R)/255, float64(c.G)/255, float64(c.B)/255
	hi, lo := math.Max(r, math.Max(g, b)), math.Min(r, math.Min(g, b))
	if hi == lo {
		return 0
	}
	var h float64
	switch hi {
	case r:
		h = math.Mod((g-b)/(hi-lo), 6)
	case g:
		h = (b-r)/(hi-lo) + 2
	default:
		h = (r-g)/(hi-lo) + 4
	}
	return math.Mod(h*60+360, 360)
}

// TestOptionalKeepsKindHue checks that an optional section or topic is a
// tint of its kind's colour, dashed, rather than one grey for both.
func TestOptionalKeepsKindHue(t *testing.T) {
	for _, name := range ThemeNames() {
		th, _ := ThemeByName(name)
		for _, c := range []struct {
			kind layout.NodeKind
			hue  Color
		}{{layout.KindSection, th.Section}, {layout.KindTopic, th.Topic}, {layout.KindPart, th.Section}} {
			l := boxLookOf(th, &layout.Node{Kind: c.kind, Optional: true})
			for what, col := range map[string]Color{"fill": l.fill, "border": l.border, "text": l.text} {
				if d := math.Abs(hue(col) - hue(c.hue)); math.Min(d, 360-d) > 15 {
					t.Errorf("%s: optional %s %s %s has hue %.0f°, its kind %s %.0f°", name, c.kind, what, col.Hex(), hue(col), c.hue.Hex(), hue(c.hue))
				}
			}
			if !l.dashed || l.fill == c.hue {
				t.Errorf("%s: optional %s is not a dashed tint: %+v", name, c.kind, l)
			}
		}
	}
}
