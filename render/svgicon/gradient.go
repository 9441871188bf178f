package svgicon

import (
	"strings"
)

// gradientAttrs are the attributes a gradient takes from the gradients
// it refers to with href when it lacks them.
var gradientAttrs = []string{"x1", "y1", "x2", "y2", "cx", "cy", "r", "fx", "fy", "fr", "gradientUnits", "gradientTransform", "spreadMethod"}

// gradient resolves the gradient element g for a shape whose user-space
// outline is local and whose transforms are ctm. It returns nil for a
// gradient that paints nothing (no stops, or a bounding box of no area
// with objectBoundingBox units), and a one-stop gradient for one that
// paints one colour.
func (b *builder) gradient(g *element, local []Subpath, ctm Matrix) (*Gradient, error) {
	attrs, stopsOf, err := b.gradientChain(g)
	if err != nil {
		return nil, err
	}
	stops, err := gradientStops(stopsOf)
	if err != nil || len(stops) == 0 {
		return nil, err
	}
	gr := &Gradient{Radial: g.name == "radialGradient", Stops: stops}
	space := Identity
	if v, ok := attrs["gradientTransform"]; ok {
		if space, err = parseTransform(v); err != nil {
			return nil, g.errorf("gradientTransform: %v", err)
		}
	}
	obb := attrs["gradientUnits"] != "userSpaceOnUse"
	w, h, d := b.viewBox.W, b.viewBox.H, diagonal(b.viewBox)
	if obb {
		box, ok := bbox(local)
		if !ok || box.W == 0 || box.H == 0 {
			return nil, nil
		}
		space = space.Then(Matrix{box.W, 0, 0, box.H, box.X, box.Y})
		w, h, d = 1, 1, 1
	}
	gr.ToViewBox = space.Then(ctm)
	num := func(name, def string, ref float64) float64 {
		v, ok := attrs[name]
		if !ok {
			v = def
		}
		f, e := parseLength(v, ref)
		if e != nil && err == nil {
			err = g.errorf("%s=%q: %v", name, v, e)
		}
		return f
	}
	gr.X1, gr.Y1, gr.X2, gr.Y2 = num("x1", "0%", w), num("y1", "0%", h), num("x2", "100%", w), num("y2", "0%", h)
	gr.CX, gr.CY, gr.R = num("cx", "50%", w), num("cy", "50%", h), num("r", "50%", d)
	gr.FX, gr.FY = gr.CX, gr.CY
	if _, ok := attrs["fx"]; ok {
		gr.FX = num("fx", "", w)
	}
	if _, ok := attrs["fy"]; ok {
		gr.FY = num("fy", "", h)
	}
	if fr := num("fr", "0", d); fr != 0 && err == nil {
		err = g.errorf("fr=%q (a focal radius) is not drawn", attrs["fr"])
	}
	if err == nil {
		err = keyword(strings.TrimSpace(attrs["spreadMethod"]), &gr.Spread, map[string]Spread{"": SpreadPad, "pad": SpreadPad, "reflect": SpreadReflect, "repeat": SpreadRepeat})
		if err != nil {
			err = g.errorf("spreadMethod=%q: %v", attrs["spreadMethod"], err)
		}
	}
	return gr, err
}

// gradientChain follows the href of g through other gradients: the
// attributes, each from the first gradient of the chain that has it,
// and the first gradient with stops.
func (b *builder) gradientChain(g *element) (map[string]string, *element, error) {
	attrs := map[string]string{}
	var stopsOf *element
	seen := map[*element]bool{}
	for e := g; e != nil; {
		if seen[e] || len(seen) >= MaxDepth {
			return nil, nil, g.errorf("the gradient's href chain loops or is longer than %d (MaxDepth)", MaxDepth)
		}
		seen[e] = true
		if e.name != "linearGradient" && e.name != "radialGradient" {
			return nil, nil, g.errorf("href=%q refers to a <%s>, not a gradient", g.attrs["href"], e.name)
		}
		for _, k := range gradientAttrs {
			if v, ok := e.attrs[k]; ok {
				if _, have := attrs[k]; !have {
					attrs[k] = v
				}
			}
		}
		if stopsOf == nil && hasStops(e) {
			stopsOf = e
		}
		href, ok := e.attrs["href"]
		if !ok {
			break
		}
		next, err := b.ref(e, href)
		if err != nil {
			return nil, nil, err
		}
		e = next
	}
	return attrs, stopsOf, nil
}

// hasStops reports whether e holds <stop> elements.
func hasStops(e *element) bool {
	for _, c := range e.children {
		if c.name == "stop" {
			return true
		}
	}
	return false
}

// gradientStops reads the stops of g (none for nil): offsets clamped to
// 0..1 and made increasing, colours with their opacity.
func gradientStops(g *element) ([]Stop, error) {
	if g == nil {
		return nil, nil
	}
	var stops []Stop
	last := 0.0
	for _, s := range g.children {
		if s.name != "stop" {
			continue
		}
		props, err := properties(s)
		if err != nil {
			return nil, err
		}
		st := Stop{Opacity: 1}
		if v, ok := props["offset"]; ok {
			f, err := component(v, 1)
			if err != nil {
				return nil, s.errorf("offset=%q is not a number or a percentage", v)
			}
			st.Offset = clamp01(f)
		}
		st.Offset = max(st.Offset, last)
		last = st.Offset
		alpha := 1.0
		if v, ok := props["stop-color"]; ok && v != "currentColor" {
			if st.Color, alpha, err = parseColor(v); err != nil {
				return nil, s.errorf("stop-color: %v", err)
			}
		}
		if v, ok := props["stop-opacity"]; ok {
			if st.Opacity, err = parseOpacity(v); err != nil {
				return nil, s.errorf("stop-opacity=%q is not a number", v)
			}
		}
		st.Opacity = float64(st.Opacity * alpha)
		stops = append(stops, st)
	}
	return stops, nil
}
