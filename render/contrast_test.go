package render

import "testing"

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
