package svgicon

import (
	"fmt"
	"math"
	"strings"

	"github.com/roadmapgo/roadmap/render/internal/exactmath"
)

// Matrix is an affine map {a, b, c, d, e, f}, as SVG writes it:
// x' = a·x + c·y + e, y' = b·x + d·y + f.
type Matrix [6]float64

// Identity is the matrix that maps every point to itself.
var Identity = Matrix{1, 0, 0, 1, 0, 0}

// Apply maps p.
func (m Matrix) Apply(p Point) Point {
	return Point{
		float64(m[0]*p.X) + float64(m[2]*p.Y) + m[4],
		float64(m[1]*p.X) + float64(m[3]*p.Y) + m[5],
	}
}

// Then returns the map that applies m, then n.
func (m Matrix) Then(n Matrix) Matrix {
	return Matrix{
		float64(n[0]*m[0]) + float64(n[2]*m[1]),
		float64(n[1]*m[0]) + float64(n[3]*m[1]),
		float64(n[0]*m[2]) + float64(n[2]*m[3]),
		float64(n[1]*m[2]) + float64(n[3]*m[3]),
		float64(n[0]*m[4]) + float64(n[2]*m[5]) + n[4],
		float64(n[1]*m[4]) + float64(n[3]*m[5]) + n[5],
	}
}

// Det returns the determinant of m's linear part.
func (m Matrix) Det() float64 { return float64(m[0]*m[3]) - float64(m[1]*m[2]) }

// Invert returns the inverse of m, and false when m squashes the plane.
func (m Matrix) Invert() (Matrix, bool) {
	det := m.Det()
	if det == 0 || math.IsNaN(det) || math.IsInf(det, 0) {
		return Matrix{}, false
	}
	a, b, c, d := m[3]/det, -m[1]/det, -m[2]/det, m[0]/det
	return Matrix{a, b, c, d, -(float64(a*m[4]) + float64(c*m[5])), -(float64(b*m[4]) + float64(d*m[5]))}, true
}

// meanScale is how much m scales lengths, on average over directions:
// √|det|.
func (m Matrix) meanScale() float64 { return math.Sqrt(math.Abs(m.Det())) }

// parseTransform reads a transform list: matrix, translate, scale,
// rotate, skewX and skewY, applied right to left as SVG does.
func parseTransform(v string) (Matrix, error) {
	m := Identity
	s := strings.TrimSpace(v)
	for s != "" {
		open := strings.IndexByte(s, '(')
		end := strings.IndexByte(s, ')')
		if open < 0 || end < open {
			return m, fmt.Errorf("transform %q is not a list of name(numbers)", v)
		}
		name := strings.TrimSpace(s[:open])
		args, err := numberList(s[open+1 : end])
		if err != nil {
			return m, fmt.Errorf("transform %q: %v", v, err)
		}
		t, err := transformFunc(name, args)
		if err != nil {
			return m, fmt.Errorf("transform %q: %v", v, err)
		}
		m = t.Then(m)
		s = strings.TrimLeft(s[end+1:], " \t\r\n,")
	}
	return m, nil
}

// transformFunc returns the matrix of one transform function.
func transformFunc(name string, a []float64) (Matrix, error) {
	n := len(a)
	switch {
	case name == "matrix" && n == 6:
		return Matrix{a[0], a[1], a[2], a[3], a[4], a[5]}, nil
	case name == "translate" && (n == 1 || n == 2):
		a = append(a, 0)
		return Matrix{1, 0, 0, 1, a[0], a[1]}, nil
	case name == "scale" && (n == 1 || n == 2):
		a = append(a, a[0])
		return Matrix{a[0], 0, 0, a[1], 0, 0}, nil
	case name == "rotate" && (n == 1 || n == 3):
		r := float64(a[0]*math.Pi) / 180
		cs, sn := exactmath.Cos(r), exactmath.Sin(r)
		rot := Matrix{cs, sn, -sn, cs, 0, 0}
		if n == 3 {
			return Matrix{1, 0, 0, 1, -a[1], -a[2]}.Then(rot).Then(Matrix{1, 0, 0, 1, a[1], a[2]}), nil
		}
		return rot, nil
	case (name == "skewX" || name == "skewY") && n == 1:
		r := float64(a[0]*math.Pi) / 180
		t := exactmath.Sin(r) / exactmath.Cos(r)
		if name == "skewX" {
			return Matrix{1, 0, t, 1, 0, 0}, nil
		}
		return Matrix{1, t, 0, 1, 0, 0}, nil
	}
	return Matrix{}, fmt.Errorf("%s with %d numbers is not a transform", name, n)
}

// numberList reads numbers separated by commas or white space.
func numberList(s string) ([]float64, error) {
	sc := scanner{s: s}
	var out []float64
	for sc.skipSep(); !sc.done(); sc.skipSep() {
		f, err := sc.number()
		if err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, nil
}
