package svgicon

import (
	"math"
)

// kappa places the control points of a cubic Bézier that draws a quarter
// of a circle.
const kappa = 0.5522847498307936

// sqrtHalfSum is √((a²+b²)/2).
func sqrtHalfSum(a, b float64) float64 {
	return math.Sqrt((float64(a*a) + float64(b*b)) / 2)
}

// shapePath returns the outline of a path or basic shape in its user
// space; nil draws nothing.
func shapePath(e *element, props map[string]string, vb Rect) (*pathBuilder, error) {
	b := &pathBuilder{}
	var n []float64
	var err error
	lengths := func(names ...string) {
		n = make([]float64, len(names))
		for i, name := range names {
			v, ok := props[name]
			if !ok || err != nil {
				continue
			}
			ref := diagonal(vb)
			switch name {
			case "x", "cx", "x1", "x2", "width", "rx":
				ref = vb.W
			case "y", "cy", "y1", "y2", "height", "ry":
				ref = vb.H
			}
			if n[i], err = parseLength(v, ref); err != nil {
				err = e.errorf("%s=%q: %v", name, v, err)
			}
		}
	}
	switch e.name {
	case "path":
		if err := parsePathData(props["d"], b); err != nil {
			return nil, e.errorf("%v", err)
		}
	case "rect":
		lengths("x", "y", "width", "height", "rx", "ry")
		if err == nil {
			_, hasRX := props["rx"]
			_, hasRY := props["ry"]
			rect(b, n, hasRX, hasRY)
		}
	case "circle":
		lengths("cx", "cy", "r")
		ellipse(b, n[0], n[1], n[2], n[2])
	case "ellipse":
		lengths("cx", "cy", "rx", "ry")
		ellipse(b, n[0], n[1], n[2], n[3])
	case "line":
		lengths("x1", "y1", "x2", "y2")
		b.moveTo(Point{n[0], n[1]})
		b.lineTo(Point{n[2], n[3]})
	case "polyline", "polygon":
		if err := polyPoints(b, props["points"], e.name == "polygon"); err != nil {
			return nil, e.errorf("points: %v", err)
		}
	}
	return b, err
}

// rect draws x y width height rx ry; a missing radius takes the other's
// value, and both are limited to half the sides, as SVG says.
func rect(b *pathBuilder, n []float64, hasRX, hasRY bool) {
	x, y, w, h, rx, ry := n[0], n[1], n[2], n[3], n[4], n[5]
	if !(w > 0 && h > 0) {
		return
	}
	if !hasRX {
		rx = ry
	}
	if !hasRY {
		ry = rx
	}
	rx, ry = math.Max(0, math.Min(rx, w/2)), math.Max(0, math.Min(ry, h/2))
	if rx == 0 || ry == 0 {
		b.moveTo(Point{x, y})
		b.lineTo(Point{x + w, y})
		b.lineTo(Point{x + w, y + h})
		b.lineTo(Point{x, y + h})
		b.close()
		return
	}
	kx, ky := float64(kappa*rx), float64(kappa*ry)
	r, bt := x+w, y+h
	b.moveTo(Point{x + rx, y})
	b.lineTo(Point{r - rx, y})
	b.cubicTo(Point{r - rx + kx, y}, Point{r, y + ry - ky}, Point{r, y + ry})
	b.lineTo(Point{r, bt - ry})
	b.cubicTo(Point{r, bt - ry + ky}, Point{r - rx + kx, bt}, Point{r - rx, bt})
	b.lineTo(Point{x + rx, bt})
	b.cubicTo(Point{x + rx - kx, bt}, Point{x, bt - ry + ky}, Point{x, bt - ry})
	b.lineTo(Point{x, y + ry})
	b.cubicTo(Point{x, y + ry - ky}, Point{x + rx - kx, y}, Point{x + rx, y})
	b.close()
}

// ellipse draws the ellipse at cx, cy with radii rx, ry from its
// rightmost point, clockwise on screen, as SVG does.
func ellipse(b *pathBuilder, cx, cy, rx, ry float64) {
	if !(rx > 0 && ry > 0) {
		return
	}
	kx, ky := float64(kappa*rx), float64(kappa*ry)
	b.moveTo(Point{cx + rx, cy})
	b.cubicTo(Point{cx + rx, cy + ky}, Point{cx + kx, cy + ry}, Point{cx, cy + ry})
	b.cubicTo(Point{cx - kx, cy + ry}, Point{cx - rx, cy + ky}, Point{cx - rx, cy})
	b.cubicTo(Point{cx - rx, cy - ky}, Point{cx - kx, cy - ry}, Point{cx, cy - ry})
	b.cubicTo(Point{cx + kx, cy - ry}, Point{cx + rx, cy - ky}, Point{cx + rx, cy})
	b.close()
}

// polyPoints draws the points of a polyline, closed for a polygon; an
// odd last number is left out, as SVG says.
func polyPoints(b *pathBuilder, points string, closed bool) error {
	nums, err := numberList(points)
	if err != nil {
		return err
	}
	if len(nums)/2 > MaxSegments {
		return errTooManySegments
	}
	for i := 0; i+1 < len(nums); i += 2 {
		p := Point{nums[i], nums[i+1]}
		if i == 0 {
			b.moveTo(p)
		} else {
			b.lineTo(p)
		}
	}
	if closed && len(nums) >= 2 {
		b.close()
	}
	return nil
}
