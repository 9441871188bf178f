package pdf

// The rounded rectangles and circles are drawn as paths of lines and
// cubic Béziers here rather than with fpdf's RoundedRect and Circle,
// whose arithmetic arm64 compiles with fused multiply-adds and whose
// circles go through math.Sin and math.Cos: a page must be the same bytes
// on every machine (see Write).

// kappa places the control points of a cubic Bézier that draws a quarter
// circle.
const kappa = 0.5522847498

// roundedRect draws the rectangle at x, y (points, y down) of size w×h
// with corners of radius r, from the top edge clockwise, in style ("F",
// "D" or "FD").
func (c *canvas) roundedRect(x, y, w, h, r float64, style string) {
	f := c.doc.f
	k := float64(kappa * r)
	right, bottom := x+w, y+h
	f.MoveTo(x+r, y)
	f.LineTo(right-r, y)
	f.CurveBezierCubicTo(right-r+k, y, right, y+r-k, right, y+r)
	f.LineTo(right, bottom-r)
	f.CurveBezierCubicTo(right, bottom-r+k, right-r+k, bottom, right-r, bottom)
	f.LineTo(x+r, bottom)
	f.CurveBezierCubicTo(x+r-k, bottom, x, bottom-r+k, x, bottom-r)
	f.LineTo(x, y+r)
	f.CurveBezierCubicTo(x, y+r-k, x+r-k, y, x+r, y)
	f.ClosePath()
	f.DrawPath(style)
}

// circle draws the circle of radius r at x, y (points) in style, as four
// quarter-circle curves.
func (c *canvas) circle(x, y, r float64, style string) {
	f := c.doc.f
	k := float64(kappa * r)
	f.MoveTo(x+r, y)
	f.CurveBezierCubicTo(x+r, y+k, x+k, y+r, x, y+r)
	f.CurveBezierCubicTo(x-k, y+r, x-r, y+k, x-r, y)
	f.CurveBezierCubicTo(x-r, y-k, x-k, y-r, x, y-r)
	f.CurveBezierCubicTo(x+k, y-r, x+r, y-k, x+r, y)
	f.ClosePath()
	f.DrawPath(style)
}
