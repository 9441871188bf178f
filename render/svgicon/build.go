package svgicon

import (
	"fmt"
	"strings"
)

// errTooManySegments says that an icon has more than MaxSegments path
// segments.
var errTooManySegments error = tooManySegments{}

// tooManySegments is errTooManySegments, its message made when it is
// read rather than at init.
type tooManySegments struct{}

func (tooManySegments) Error() string {
	return fmt.Sprintf("more than %d path segments (MaxSegments)", MaxSegments)
}

// builder turns the element tree into items, counting what it draws.
type builder struct {
	ids     map[string]*element
	viewBox Rect
	shapes  int
	segs    int
	visited int
	// using holds the elements being drawn through <use>, against
	// loops.
	using map[*element]bool
}

// The element tables below are switches, not maps: a map literal is
// built at init, in every process, icons or not.

// isSkipped reports whether the element name draws nothing where it
// stands: its content is drawn only where it is referred to, if at all.
func isSkipped(name string) bool {
	switch name {
	case "title", "desc", "metadata", "defs", "stop", "linearGradient", "radialGradient", "symbol",
		"clipPath", "mask", "filter", "pattern", "marker":
		return true
	}
	return false
}

// isShape reports whether the element name draws an outline.
func isShape(name string) bool {
	switch name {
	case "path", "rect", "circle", "ellipse", "line", "polyline", "polygon":
		return true
	}
	return false
}

// unsupportedElement names what the element name, which this package
// does not draw, would draw, for the error; false for the others.
func unsupportedElement(name string) (string, bool) {
	switch name {
	case "text", "tspan", "textPath":
		return "text", true
	case "image":
		return "an embedded image", true
	case "foreignObject":
		return "foreign content", true
	case "switch":
		return "conditional content", true
	case "script":
		return "a script", true
	case "style":
		return "a CSS style sheet (write its rules as attributes)", true
	case "animate", "animateTransform", "animateMotion", "set":
		return "an animation", true
	case "video":
		return "a video", true
	case "audio":
		return "audio", true
	case "iframe":
		return "a frame", true
	case "canvas":
		return "a canvas", true
	case "svg":
		return "a nested <svg>", true
	}
	return "", false
}

// build makes the icon of the tree rooted at root.
func build(root *element, ids map[string]*element) (*Icon, error) {
	if err := checkAnywhere(root); err != nil {
		return nil, err
	}
	vb, err := viewBox(root)
	if err != nil {
		return nil, err
	}
	b := &builder{ids: ids, viewBox: vb, using: map[*element]bool{}}
	props, err := properties(root)
	if err != nil {
		return nil, err
	}
	items, err := b.group(root, initialStyle, props, Identity)
	if err != nil {
		return nil, err
	}
	return &Icon{ViewBox: vb, Items: items}, nil
}

// checkAnywhere fails on a script or a style sheet anywhere in the tree,
// even among definitions: they change what everything else draws.
func checkAnywhere(e *element) error {
	for _, c := range e.children {
		if c.name == "script" || c.name == "style" {
			what, _ := unsupportedElement(c.name)
			return c.errorf("<%s> is %s, which is not read", c.name, what)
		}
		if err := checkAnywhere(c); err != nil {
			return err
		}
	}
	return nil
}

// viewBox returns the viewBox of the root, or 0 0 width height.
func viewBox(root *element) (Rect, error) {
	if v, ok := root.attrs["viewBox"]; ok {
		n, err := numberList(v)
		if err != nil || len(n) != 4 || !(n[2] > 0 && n[3] > 0) {
			return Rect{}, root.errorf("viewBox=%q is not four numbers min-x min-y width height, with a positive width and height", v)
		}
		return Rect{n[0], n[1], n[2], n[3]}, nil
	}
	w, errW := parseLength(strings.TrimSpace(root.attrs["width"]), 0)
	h, errH := parseLength(strings.TrimSpace(root.attrs["height"]), 0)
	if errW != nil || errH != nil || !(w > 0 && h > 0) {
		return Rect{}, root.errorf("an icon needs a viewBox, or a width and a height in px")
	}
	return Rect{0, 0, w, h}, nil
}

// element returns the items of e, drawn with the parent's style and
// transforms.
func (b *builder) element(e *element, parent style, ctm Matrix) ([]Item, error) {
	if isSkipped(e.name) {
		return nil, nil
	}
	if b.visited++; b.visited > MaxElements {
		return nil, e.errorf("more than %d elements drawn (MaxElements), each <use> counting its elements again", MaxElements)
	}
	if what, ok := unsupportedElement(e.name); ok {
		return nil, e.errorf("<%s> is %s, which is not drawn (supported: paths and basic shapes, groups, <use>, gradients)", e.name, what)
	}
	if e.name != "g" && e.name != "a" && e.name != "use" && !isShape(e.name) {
		return nil, e.errorf("<%s> is not an SVG element this package draws", e.name)
	}
	props, err := properties(e)
	if err != nil {
		return nil, err
	}
	if props["display"] == "none" {
		return nil, nil
	}
	if v, ok := props["transform"]; ok {
		m, err := parseTransform(v)
		if err != nil {
			return nil, e.errorf("%v", err)
		}
		ctm = m.Then(ctm)
	}
	return b.group(e, parent, props, ctm)
}

// group returns the items of e, whose properties are props, wrapped in
// a Group when e has an opacity below 1.
func (b *builder) group(e *element, parent style, props map[string]string, ctm Matrix) ([]Item, error) {
	if err := checkProps(e, props); err != nil {
		return nil, err
	}
	st, err := inherit(e, parent, props, b.viewBox)
	if err != nil {
		return nil, err
	}
	var items []Item
	switch {
	case e.name == "use":
		items, err = b.use(e, st, props, ctm)
	case isShape(e.name):
		items, err = b.shape(e, st, props, ctm)
	default:
		for _, c := range e.children {
			it, err := b.element(c, st, ctm)
			if err != nil {
				return nil, err
			}
			items = append(items, it...)
		}
	}
	if err != nil || len(items) == 0 {
		return items, err
	}
	op := 1.0
	if v, ok := props["opacity"]; ok {
		if op, err = parseOpacity(v); err != nil {
			return nil, e.errorf("opacity=%q is not a number", v)
		}
	}
	if op < 1 {
		return []Item{{Group: &Group{Opacity: op, Items: items}}}, nil
	}
	return items, nil
}

// use draws the element e refers to, moved by its x and y.
func (b *builder) use(e *element, st style, props map[string]string, ctm Matrix) ([]Item, error) {
	target, err := b.ref(e, props["href"])
	if err != nil {
		return nil, err
	}
	if target.name == "symbol" || target.name == "svg" {
		return nil, e.errorf("<use> of a <%s> is not drawn (refer to a <g> or a shape)", target.name)
	}
	if b.using[target] || len(b.using) >= MaxDepth {
		return nil, e.errorf("<use> of %q loops, or nests deeper than %d (MaxDepth)", props["href"], MaxDepth)
	}
	var xy [2]float64
	for i, k := range []string{"x", "y"} {
		if v, ok := props[k]; ok {
			if xy[i], err = parseLength(v, [2]float64{b.viewBox.W, b.viewBox.H}[i]); err != nil {
				return nil, e.errorf("%s=%q: %v", k, v, err)
			}
		}
	}
	b.using[target] = true
	defer delete(b.using, target)
	return b.element(target, st, Matrix{1, 0, 0, 1, xy[0], xy[1]}.Then(ctm))
}

// ref returns the element of the file that href (#id) names.
func (b *builder) ref(e *element, href string) (*element, error) {
	href = strings.TrimSpace(href)
	id, ok := strings.CutPrefix(href, "#")
	if !ok {
		return nil, e.errorf("href=%q refers to another file, which is never fetched", href)
	}
	t := b.ids[id]
	if t == nil {
		return nil, e.errorf("href=%q: the file has no element with the id %q", href, id)
	}
	return t, nil
}

// shape returns the item of a path or basic shape.
func (b *builder) shape(e *element, st style, props map[string]string, ctm Matrix) ([]Item, error) {
	pb, err := shapePath(e, props, b.viewBox)
	if err != nil {
		return nil, err
	}
	if st.hidden || len(pb.subs) == 0 {
		return nil, nil
	}
	if b.shapes++; b.shapes > MaxShapes {
		return nil, e.errorf("more than %d shapes (MaxShapes), each <use> counting its shapes again", MaxShapes)
	}
	if b.segs += pb.segs; b.segs > MaxSegments {
		return nil, e.errorf("%v", errTooManySegments)
	}
	s := &Shape{EvenOdd: st.evenOdd, Cap: st.cap, Join: st.join, MiterLimit: st.miterLimit,
		StrokeWidth: float64(st.strokeWidth * ctm.meanScale())}
	if s.Fill, err = b.paint(e, st.fill, st.fillOpacity, st, pb.subs, ctm); err != nil {
		return nil, err
	}
	if s.Stroke, err = b.paint(e, st.stroke, st.strokeOpacity, st, pb.subs, ctm); err != nil {
		return nil, err
	}
	if !(s.StrokeWidth > 0) {
		s.Stroke = Paint{}
	}
	if s.Fill.Kind == PaintNone && s.Stroke.Kind == PaintNone {
		return nil, nil
	}
	s.Path = transformed(pb.subs, ctm)
	return []Item{{Shape: s}}, nil
}

// paint resolves a fill or stroke for a shape with the outline local.
func (b *builder) paint(e *element, p paintSpec, opacity float64, st style, local []Subpath, ctm Matrix) (Paint, error) {
	switch p.kind {
	case specColor:
		return Paint{Kind: PaintColor, Color: p.color, Opacity: float64(opacity * p.alpha)}, nil
	case specCurrent:
		return Paint{Kind: PaintColor, Color: st.color, Opacity: float64(opacity * st.colorAlpha)}, nil
	case specRef:
		t, err := b.ref(e, "#"+p.ref)
		if err != nil {
			if p.fallback != nil {
				return b.paint(e, *p.fallback, opacity, st, local, ctm)
			}
			return Paint{}, err
		}
		if t.name != "linearGradient" && t.name != "radialGradient" {
			return Paint{}, e.errorf("paint url(#%s) refers to a <%s>, which is not drawn (supported: linearGradient, radialGradient)", p.ref, t.name)
		}
		g, err := b.gradient(t, local, ctm)
		if err != nil || g == nil {
			return Paint{}, err
		}
		return Paint{Kind: PaintGradient, Gradient: g, Opacity: opacity}, nil
	}
	return Paint{}, nil
}
