package svgicon

import (
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// svgDoc wraps body in an <svg> root with a 24×24 viewBox.
func svgDoc(body string) []byte {
	return []byte(`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 24 24">` + body + `</svg>`)
}

// parse parses an icon body, failing the test on an error.
func parse(t *testing.T, body string) *Icon {
	t.Helper()
	ic, err := Parse(svgDoc(body))
	if err != nil {
		t.Fatalf("%s: %v", body, err)
	}
	return ic
}

// The test icons parse, with the shapes and paints they draw.
func TestTestIcons(t *testing.T) {
	want := map[string]struct{ shapes, gradients, groups int }{
		"brand.svg": {1, 0, 0}, "material.svg": {2, 0, 0}, "emoji.svg": {7, 0, 0},
		"gradient.svg": {3, 3, 0}, "outline.svg": {7, 0, 0}, "groups.svg": {8, 0, 1},
	}
	for name, w := range want {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		ic, err := Parse(data)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var shapes, grads, groups int
		var walk func([]Item)
		walk = func(items []Item) {
			for _, it := range items {
				if it.Group != nil {
					groups++
					walk(it.Group.Items)
					continue
				}
				shapes++
				if it.Shape.Fill.Kind == PaintGradient {
					grads++
				}
			}
		}
		walk(ic.Items)
		if shapes != w.shapes || grads != w.gradients || groups != w.groups {
			t.Errorf("%s: %d shapes, %d gradient fills, %d groups; want %v", name, shapes, grads, groups, w)
		}
	}
}

// Path data is read in all its forms: relative commands, implicit
// linetos, numbers run together, smooth curves and arcs.
func TestPathData(t *testing.T) {
	ends := func(body string) []Point {
		ic := parse(t, body)
		var out []Point
		for _, sp := range ic.Items[0].Shape.Path {
			out = append(out, sp.Start)
			for _, s := range sp.Segs {
				out = append(out, s.P)
			}
		}
		return out
	}
	near := func(got []Point, want ...Point) bool {
		if len(got) != len(want) {
			return false
		}
		for i := range got {
			if math.Abs(got[i].X-want[i].X) > 1e-9 || math.Abs(got[i].Y-want[i].Y) > 1e-9 {
				return false
			}
		}
		return true
	}
	cases := []struct {
		d    string
		want []Point
	}{
		{"M1 2 3 4l1 1h2v-3H0V1z", []Point{{1, 2}, {3, 4}, {4, 5}, {6, 5}, {6, 2}, {0, 2}, {0, 1}}},
		{"m1.5.5-1-2.5e1,1 2", []Point{{1.5, 0.5}, {0.5, -24.5}, {1.5, -22.5}}},
		{"M0 0c1 1 2 1 3 0s2-1 3 0", []Point{{0, 0}, {3, 0}, {6, 0}}},
		{"M0 0q1 2 2 0t2 0", []Point{{0, 0}, {2, 0}, {4, 0}}},
		// A half circle of radius 5: two quarter-turn cubics.
		{"M2 12a5 5 0 0 1 10 0", []Point{{2, 12}, {7, 7}, {12, 12}}},
		// Flags run together; radii too small are scaled up; sweep 1 turns
		// clockwise on screen, over the top.
		{"M0 0a1 1 0 1110 0", []Point{{0, 0}, {5, -5}, {10, 0}}},
		// After z a command continues from the subpath's start.
		{"M5 5h2z l1 1", []Point{{5, 5}, {7, 5}, {5, 5}, {6, 6}}},
	}
	for _, c := range cases {
		if got := ends(`<path d="` + c.d + `"/>`); !near(got, c.want...) {
			t.Errorf("%s: points %v, want %v", c.d, got, c.want)
		}
	}
	// The arc's middle lies on the circle.
	ic := parse(t, `<path d="M2 12a5 5 0 0 1 10 0"/>`)
	s := ic.Items[0].Shape.Path[0].Segs[0]
	if mid := cubicAt(Point{2, 12}, s, 0.5); math.Abs(math.Hypot(mid.X-7, mid.Y-12)-5) > 0.01 {
		t.Errorf("the arc strays from its circle: %v", mid)
	}
}

// Styles inherit, style="" overrides attributes, colours are read in all
// their forms, and transforms compose.
func TestStyleAndTransforms(t *testing.T) {
	ic := parse(t, `<g fill="red" stroke-width="2" transform="translate(10 0)" color="#00f">`+
		`<rect width="2" height="2" style="fill: rgb(0, 128, 255) !important; stroke: currentColor"/>`+
		`<circle r="1" transform="scale(2)" fill-opacity="50%" stroke="#0f08"/><path d="M0 0h1" fill="none" stroke="lime"/></g>`)
	a, b, c := ic.Items[0].Shape, ic.Items[1].Shape, ic.Items[2].Shape
	if a.Fill.Color != (Color{0, 128, 255}) || a.Stroke.Color != (Color{0, 0, 255}) || a.StrokeWidth != 2 {
		t.Errorf("rect: fill %v stroke %v width %v", a.Fill, a.Stroke, a.StrokeWidth)
	}
	if a.Path[0].Start != (Point{10, 0}) {
		t.Errorf("rect starts at %v, want translated to 10,0", a.Path[0].Start)
	}
	if b.Fill.Color != (Color{255, 0, 0}) || b.Fill.Opacity != 0.5 || b.StrokeWidth != 4 || math.Abs(b.Stroke.Opacity-0x88/255.0) > 1e-9 {
		t.Errorf("circle: fill %v stroke %v width %v", b.Fill, b.Stroke, b.StrokeWidth)
	}
	if b.Path[0].Start != (Point{12, 0}) {
		t.Errorf("circle starts at %v, want 12,0", b.Path[0].Start)
	}
	if c.Fill.Kind != PaintNone || c.Stroke.Color != (Color{0, 255, 0}) {
		t.Errorf("path: fill %v stroke %v", c.Fill, c.Stroke)
	}
}

// What would draw what this package does not is an error naming it and
// its line; nothing is ever fetched.
func TestUnsupported(t *testing.T) {
	cases := []struct{ body, want string }{
		{`<text x="1" y="10">A</text>`, "<text> is text"},
		{`<image href="a.png" width="4" height="4"/>`, "<image> is an embedded image"},
		{`<style>path{fill:red}</style><path d="M0 0h1v1z"/>`, "<style> is a CSS style sheet"},
		{`<defs><script>alert(1)</script></defs>`, "<script> is a script"},
		{`<circle r="4" filter="url(#f)"/>`, `filter="url(#f)" on <circle> is not drawn`},
		{`<g mask="url(#m)"><circle r="4"/></g>`, `mask="url(#m)" on <g>`},
		{`<g style="clip-path:url(#c)"><circle r="4"/></g>`, `clip-path="url(#c)" on <g>`},
		{`<path d="M0 0h9" stroke="red" stroke-dasharray="2 1"/>`, "stroke-dasharray"},
		{`<path d="M0 0h9" marker-end="url(#a)"/>`, "marker-end"},
		{`<defs><pattern id="p"/></defs><rect width="4" height="4" fill="url(#p)"/>`, "refers to a <pattern>, which is not drawn"},
		{`<use href="other.svg#x"/>`, "refers to another file, which is never fetched"},
		{`<rect width="4" height="4" fill="url(http://example.com/g.svg#a)"/>`, "refers to another file"},
		{`<use href="#nope"/>`, `the file has no element with the id "nope"`},
		{`<rect width="4" height="4" fill="hsl(0, 50%, 50%)"/>`, `colour "hsl(0, 50%, 50%)"`},
		{`<rect width="1em" height="4"/>`, `the unit "em" is not read`},
		{`<svg/>`, "a nested <svg>"},
		{`<foo/>`, "<foo> is not an SVG element this package draws"},
		{`<g id="a"><use href="#a"/></g>`, "loops"},
	}
	for _, c := range cases {
		_, err := Parse(svgDoc(c.body))
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.HasPrefix(err.Error(), "line 1:") {
			t.Errorf("%s: got %v, want an error at line 1 with %q", c.body, err, c.want)
		}
	}
	for _, doc := range []string{`<svg xmlns="http://www.w3.org/2000/svg"/>`, `<html/>`, `<svg viewBox="0 0 -1 4"/>`, `<svg`} {
		if _, err := Parse([]byte(doc)); err == nil {
			t.Errorf("%s: no error", doc)
		}
	}
}

// A hostile file fails fast with the limit it passes, instead of taking
// the machine's time or memory: deep nesting, entities, <use> bombs and
// huge paths.
func TestHostile(t *testing.T) {
	bomb := `<defs><g id="a0">` + strings.Repeat(`<path d="M0 0h1v1z"/>`, 30) + `</g>`
	for i := 1; i <= 12; i++ {
		bomb += strings.ReplaceAll(`<g id="aN">`, "N", strconv.Itoa(i)) + strings.Repeat(`<use href="#a`+strconv.Itoa(i-1)+`"/>`, 10) + `</g>`
	}
	bomb += `</defs><use href="#a12"/>`
	emptyBomb := strings.ReplaceAll(bomb, `<path d="M0 0h1v1z"/>`, "<g/>")
	cases := []struct{ name, doc, want string }{
		{"nesting", string(svgDoc(strings.Repeat("<g>", 100) + strings.Repeat("</g>", 100))), "MaxDepth"},
		{"entities", `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><title>&b;</title></svg>`, "DOCTYPE declaring entities"},
		{"undeclared entity", string(svgDoc(`<title>&lol;</title>`)), "entity"},
		{"use bomb", string(svgDoc(bomb)), "MaxShapes"},
		{"empty use bomb", string(svgDoc(emptyBomb)), "MaxElements"},
		{"huge path", string(svgDoc(`<path d="M0 0` + strings.Repeat("l1 1", MaxSegments+1) + `"/>`)), "MaxSegments"},
		{"huge polygon", string(svgDoc(`<polygon points="` + strings.Repeat("1 1 ", MaxSegments+2) + `"/>`)), "MaxSegments"},
		{"many elements", string(svgDoc(strings.Repeat("<g/>", MaxElements+1))), "MaxElements"},
		{"huge number", string(svgDoc(`<path d="M0 0h1e300"/>`)), "out of range"},
	}
	for _, c := range cases {
		start := time.Now()
		_, err := Parse([]byte(c.doc))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want an error with %q", c.name, err, c.want)
		}
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("%s took %v", c.name, d)
		}
	}
}
