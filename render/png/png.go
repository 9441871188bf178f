// Package png draws a painted diagram (see render.Paint) as a PNG image
// in pure Go, pixel for pixel what a browser draws of the SVG.
package png

import (
	"errors"
	"fmt"
	"image"
	"io"
	"math"

	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/render"
)

// Options tune PNG output.
type Options struct {
	// Theme gives every colour and stroke; the zero Theme means Light.
	Theme render.Theme
	// Scale multiplies every length: the image is Width×Scale by
	// Height×Scale pixels (rounded up) and lines, text and shadows grow
	// with it, so Scale 2 gives crisp output for high-density screens.
	// 0 means 1; negative, NaN and infinite scales are errors.
	Scale float64
	// Transparent leaves the background transparent instead of painting
	// it in Theme.Background; shadows then darken only what they fall on.
	Transparent bool
	// ReadFile reads the image files of icons (Icon.Path); nil means the
	// operating system's files, each refused by its size before reading
	// when over roadmap.MaxIconSize. A server passes a Project's ReadFile
	// (roadmap.Project) so that icons are read only inside the project.
	ReadFile func(name string) ([]byte, error)
}

// maxPixels bounds the image size (about 1 GiB of RGBA), so that a huge
// diagram or scale fails with an error instead of exhausting memory.
const maxPixels = 1 << 28

// Write draws d as a PNG image to w, in pure Go: shapes, strokes, dashes
// and shadows through an anti-aliasing rasterizer, text with the very
// font the layout measured, placed at the layout's sub-pixel positions.
// It draws what SVG draws, in the same order and theme, so the two agree
// pixel for pixel up to anti-aliasing and text hinting. Icons:
//   - emoji icons are drawn in colour from Noto Color Emoji, embedded in
//     package render/emoji (ZWJ sequences, flags, keycaps and skin tones
//     included), at the size and place where Chromium draws the SVG's
//     icon text with that font; text the font has no single glyph for is
//     drawn as a neutral round badge (in the painter's badge colours) holding its first character when the text font has it, or
//     else a four-pointed star; never an empty box;
//   - PNG, JPEG, GIF and WebP icons are decoded and scaled (Catmull-Rom)
//     into their box, keeping their aspect ratio and centred, like SVG's
//     default preserveAspectRatio;
//   - SVG icons are drawn as vector shapes (see package render/svgicon
//     for what they may hold), fitted into their box as an SVG <image>
//     fits them and clipped to it; one using a feature that package
//     does not draw is an error naming it, never a stand-in.
//
// The same diagram and options always give the same bytes, on amd64,
// arm64 and 386 alike (see "The same bits on every machine" in package
// layout): products are rounded before they are added, and shapes are
// rasterized in tiles small enough for fixed-point coverage.
func Write(w io.Writer, d *layout.Diagram, opt Options) error {
	img, err := Image(d, opt)
	if err != nil {
		return err
	}
	// An opaque background stays opaque under source-over painting.
	if err := encodePNG(w, img, !opt.Transparent); err != nil {
		return fmt.Errorf("render: encode png: %w", err)
	}
	return nil
}

// Image draws d into a new RGBA image (premultiplied alpha), as PNG
// encodes it; see Write for what is drawn and Options for the options.
func Image(d *layout.Diagram, opt Options) (*image.RGBA, error) {
	if d == nil {
		return nil, errors.New("render: nil diagram")
	}
	if opt.Scale == 0 {
		opt.Scale = 1
	}
	if opt.ReadFile == nil {
		opt.ReadFile = render.ReadIconFile
	}
	w, h, err := pixelSize(d, opt.Scale)
	if err != nil {
		return nil, err
	}
	if err := checkCoordinates(d, opt.Scale); err != nil {
		return nil, err
	}
	r := &renderer{
		c:       newCanvas(w, h),
		s:       opt.Scale,
		opt:     opt,
		opacity: 1,
		faces:   typefaces{},
	}
	render.Paint(r, d, opt.Theme)
	if r.err != nil {
		return nil, r.err
	}
	return r.c.img, nil
}

// pixelSize returns the image size of d at scale s.
func pixelSize(d *layout.Diagram, s float64) (int, int, error) {
	if s < 0 || math.IsNaN(s) || math.IsInf(s, 0) {
		return 0, 0, fmt.Errorf("render: invalid scale %v", s)
	}
	fw, fh := math.Ceil(float64(d.Width*s)-1e-9), math.Ceil(float64(d.Height*s)-1e-9)
	if !(fw >= 1 && fh >= 1) {
		return 0, 0, fmt.Errorf("render: empty canvas %v×%v at scale %v", d.Width, d.Height, s)
	}
	if fw*fh > maxPixels {
		return 0, 0, fmt.Errorf("render: a PNG of %.0f×%.0f px is over the limit of %d million pixels; draw it as SVG, at a lower scale, or split the roadmap into several files", fw, fh, maxPixels/1_000_000)
	}
	return int(fw), int(fh), nil
}

// maxCoordinate bounds every coordinate, in device pixels, so that the
// rasterizer's arithmetic stays exact and its loops short.
const maxCoordinate = 1 << 20

// checkCoordinates fails on a coordinate of d that is not a number, is
// infinite, or lies absurdly far from the canvas.
func checkCoordinates(d *layout.Diagram, s float64) error {
	bad := func(vs ...float64) bool {
		for _, v := range vs {
			if math.IsNaN(v) || math.Abs(v*s) > maxCoordinate {
				return true
			}
		}
		return false
	}
	for _, n := range d.Nodes {
		b := n.Box
		if bad(b.X, b.Y, b.W, b.H) {
			return fmt.Errorf("render: node %q: box out of range", n.ID)
		}
		for _, l := range n.Lines {
			if bad(l.X, l.Baseline, l.Size, l.Width) {
				return fmt.Errorf("render: node %q: line %q out of range", n.ID, l.Text)
			}
		}
		if ic := n.Icon; ic != nil && (bad(ic.Box.X, ic.Box.Y) || !(ic.Box.W <= d.Width && ic.Box.H <= d.Height)) {
			return fmt.Errorf("render: node %q: icon out of range", n.ID)
		}
	}
	for _, e := range d.Edges {
		for _, sg := range e.Path {
			for _, p := range sg.Pts {
				if bad(p.X, p.Y) {
					return fmt.Errorf("render: edge %q: path out of range", e.ID)
				}
			}
		}
	}
	return nil
}

// renderer translates the painter's operations into pixels.
type renderer struct {
	c     *canvas
	s     float64 // device pixels per user unit
	opt   Options
	faces typefaces
	// opacity is the opacity of the group being painted; shadowPolys
	// collects the shapes of the shadows group, inShadows while in it.
	opacity     float64
	shadowPolys []polygon
	inShadows   bool
	// node is the id of the node being painted, for errors; err is the
	// first error.
	node string
	err  error
	// shadowSum and shadowMask are the shadow layer of one band, blurBuf
	// the blur's scratch space, all reused from band to band.
	shadowSum  []uint16
	shadowMask image.Alpha
	blurBuf    []float32
}
