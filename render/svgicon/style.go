package svgicon

import (
	"fmt"
	"strconv"
	"strings"
)

// style is the computed value of the properties that are drawn, as an
// element inherits them.
type style struct {
	fill, stroke               paintSpec
	fillOpacity, strokeOpacity float64
	strokeWidth                float64 // user units
	cap                        Cap
	join                       Join
	miterLimit                 float64
	evenOdd                    bool
	color                      Color // for currentColor
	colorAlpha                 float64
	hidden                     bool // visibility: hidden or collapse
}

// initialStyle is what the root inherits: black fill, no stroke, and
// black for currentColor, as a browser draws an SVG image.
var initialStyle = style{
	fill:        paintSpec{kind: specColor, alpha: 1},
	fillOpacity: 1, strokeOpacity: 1, strokeWidth: 1, miterLimit: 4, colorAlpha: 1,
}

// unsupportedProps are properties whose value, other than none (or
// normal), would draw what this package does not.
var unsupportedProps = []struct{ name, none string }{
	{"filter", "none"}, {"mask", "none"}, {"clip-path", "none"},
	{"marker", "none"}, {"marker-start", "none"}, {"marker-mid", "none"}, {"marker-end", "none"},
	{"stroke-dasharray", "none"}, {"paint-order", "normal"}, {"mix-blend-mode", "normal"},
}

// properties returns the presentation attributes of e, overridden by
// its style attribute's declarations.
func properties(e *element) (map[string]string, error) {
	props := make(map[string]string, len(e.attrs))
	for k, v := range e.attrs {
		props[k] = strings.TrimSpace(v)
	}
	decl, ok := e.attrs["style"]
	if !ok {
		return props, nil
	}
	if strings.Contains(decl, "/*") {
		return nil, e.errorf("a CSS comment in style=%q (write plain declarations)", decl)
	}
	for _, d := range strings.Split(decl, ";") {
		if strings.TrimSpace(d) == "" {
			continue
		}
		k, v, ok := strings.Cut(d, ":")
		if !ok {
			return nil, e.errorf("style=%q: %q is not a property: value declaration", decl, strings.TrimSpace(d))
		}
		v = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "!important"))
		props[strings.ToLower(strings.TrimSpace(k))] = v
	}
	return props, nil
}

// checkProps fails on a property of props that draws what this package
// does not.
func checkProps(e *element, props map[string]string) error {
	for _, p := range unsupportedProps {
		if v, ok := props[p.name]; ok && v != p.none && v != "" && v != "inherit" && v != "initial" {
			return e.errorf("%s=%q on <%s> is not drawn (supported: paths and basic shapes, fills, strokes without dashes, gradients, opacity, transforms)", p.name, v, e.name)
		}
	}
	return nil
}

// inherit returns the style of an element with properties props whose
// parent has style parent; vb is the viewBox, for percentages.
func inherit(e *element, parent style, props map[string]string, vb Rect) (style, error) {
	st := parent
	var err error
	set := func(name string, f func(v string) error) {
		if v, ok := props[name]; ok && err == nil && v != "inherit" && v != "" {
			if e2 := f(v); e2 != nil {
				err = e.errorf("%s=%q: %v", name, v, e2)
			}
		}
	}
	set("color", func(v string) error {
		c, a, err := parseColor(v)
		st.color, st.colorAlpha = c, a
		return err
	})
	set("fill", func(v string) (err error) { st.fill, err = parsePaint(v); return err })
	set("stroke", func(v string) (err error) { st.stroke, err = parsePaint(v); return err })
	set("fill-opacity", func(v string) (err error) { st.fillOpacity, err = parseOpacity(v); return err })
	set("stroke-opacity", func(v string) (err error) { st.strokeOpacity, err = parseOpacity(v); return err })
	set("stroke-width", func(v string) (err error) { st.strokeWidth, err = parseLength(v, diagonal(vb)); return err })
	set("stroke-miterlimit", func(v string) (err error) { st.miterLimit, err = strconv.ParseFloat(v, 64); return err })
	set("stroke-linecap", func(v string) error {
		return keyword(v, &st.cap, map[string]Cap{"butt": CapButt, "round": CapRound, "square": CapSquare})
	})
	set("stroke-linejoin", func(v string) error {
		return keyword(v, &st.join, map[string]Join{"miter": JoinMiter, "miter-clip": JoinMiter, "arcs": JoinMiter, "round": JoinRound, "bevel": JoinBevel})
	})
	set("fill-rule", func(v string) error {
		return keyword(v, &st.evenOdd, map[string]bool{"nonzero": false, "evenodd": true})
	})
	set("visibility", func(v string) error {
		return keyword(v, &st.hidden, map[string]bool{"visible": false, "hidden": true, "collapse": true})
	})
	return st, err
}

// keyword sets *dst to the value of the keyword v in values.
func keyword[T any](v string, dst *T, values map[string]T) error {
	x, ok := values[v]
	if !ok {
		return fmt.Errorf("unknown value")
	}
	*dst = x
	return nil
}

// parseOpacity reads an opacity, a number or a percentage, clamped to
// 0..1.
func parseOpacity(v string) (float64, error) {
	f, err := component(v, 1)
	return clamp01(f), err
}

// lengthUnit returns the size in px of unit, an absolute unit a length
// may carry; false for any other.
func lengthUnit(unit string) (float64, bool) {
	switch unit {
	case "", "px":
		return 1, true
	case "pt":
		return 4.0 / 3, true
	case "pc":
		return 16, true
	case "in":
		return 96, true
	case "cm":
		return 96 / 2.54, true
	case "mm":
		return 96 / 25.4, true
	}
	return 0, false
}

// parseLength reads a length: a number with an absolute unit, or a
// percentage of ref.
func parseLength(v string, ref float64) (float64, error) {
	if p, ok := strings.CutSuffix(v, "%"); ok {
		f, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
		return float64(f*ref) / 100, err
	}
	num := strings.TrimRight(v, "abcdefghijklmnopqrstuvwxyz")
	k, ok := lengthUnit(v[len(num):])
	if !ok {
		return 0, fmt.Errorf("the unit %q is not read (use px, or a number)", v[len(num):])
	}
	sc := scanner{s: strings.TrimSpace(num)}
	f, err := sc.number()
	if err == nil && !sc.done() {
		err = fmt.Errorf("not a length")
	}
	return float64(f * k), err
}

// diagonal is the reference of percentages that are neither widths nor
// heights: the viewBox's diagonal over √2.
func diagonal(vb Rect) float64 {
	return sqrtHalfSum(vb.W, vb.H)
}
