package pdf

import (
	"bytes"
	"fmt"
	"image"
	stdpng "image/png"
	"math"
	"strconv"
	"strings"

	"github.com/go-pdf/fpdf"
	xdraw "golang.org/x/image/draw"

	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/layout/text"
	"github.com/roadmapgo/roadmap/render"
	"github.com/roadmapgo/roadmap/render/emoji"
	"github.com/roadmapgo/roadmap/render/png"
)

// Text writes each line run by run: left-to-right runs in the embedded
// font as real text (see realText), emoji as their colour pictures, and
// other runs (other fonts, right-to-left text) as the outlines of the
// glyphs the layout measured.
func (c *canvas) Text(t *render.Text) {
	c.doc.f.SetTextColor(int(t.Fill.R), int(t.Fill.G), int(t.Fill.B))
	for _, l := range t.Lines {
		if !c.shows(l.Baseline-l.Size, l.Baseline+float64(l.Size/2)) || l.Text == "" {
			continue
		}
		left := l.Left()
		for _, run := range l.Pieces() {
			glyphs, f, err := text.Glyphs(run)
			if err != nil {
				c.fail(err)
				continue
			}
			x := left + run.X
			switch {
			case f.Emoji:
				c.emojiRun(glyphs, x, l)
			case (f.Key == text.KeyRegular || f.Key == text.KeyBold) && !run.RTL:
				c.realText(run, x, l)
			default:
				c.fail(c.outlineRun(f, glyphs, x, l, t.Fill))
			}
		}
	}
}

// realText writes a run in the embedded font as text, from x on l's
// baseline, stretched or narrowed to the width the layout measured (which
// counts kerning) so that it fills its box as in the SVG.
func (c *canvas) realText(run text.Run, x float64, l layout.Line) {
	f := c.doc.f
	style := ""
	if run.Bold {
		style = "B"
	}
	f.SetFont(family, style, c.l(l.Size))
	txt, cut := printable(run.Text)
	natural := f.GetStringWidth(txt)
	width := c.l(run.Width)
	if run.Width <= 0 || cut {
		width = natural
	}
	stretch := natural > 0 && math.Abs(width/natural-1) > 0.001
	if stretch {
		f.RawWriteStr(strconv.FormatFloat(100*width/natural, 'f', 2, 64) + " Tz\n")
	}
	f.Text(c.x(x), c.y(l.Baseline), txt)
	if stretch {
		f.RawWriteStr("100 Tz\n")
	}
}

// Icon draws an emoji as its colour picture, an image file (an SVG one
// rasterized) fitted into its box, and an emoji without a picture as the
// badge.
func (c *canvas) Icon(i *render.Icon) {
	ic := i.Icon
	b := ic.Box
	if !c.shows(b.Y, b.Y+b.H) {
		return
	}
	if ic.Path == "" {
		if img, ok := emoji.Image(ic.Text); ok {
			size := float64(render.EmojiScale * b.H)
			box := layout.Rect{X: b.X + float64((b.W-size)/2), Y: b.Y + float64((b.H-size)/2), W: size, H: size}
			c.fail(c.image("emoji:"+ic.Text, img, nil, box))
			return
		}
		c.badge(i)
		return
	}
	data, err := render.ReadIcon(c.doc.opt.ReadFile, ic.Path)
	if err != nil {
		c.fail(fmt.Errorf("icon: %w", err))
		return
	}
	if render.IsSVGIcon(ic.Path, data) {
		c.fail(c.svgIcon(ic.Path, data, b))
		return
	}
	img, err := render.DecodeIcon(ic.Path, data)
	if err != nil {
		c.fail(err)
		return
	}
	c.fail(c.image("file:"+ic.Path, img, data, fitted(b, img.Bounds())))
}

// image draws img (data when it is already a PNG or JPEG file) into box,
// registering it once under name.
//
// An image is scaled down to printDPI at its size on the page. fpdf
// writes its images in the order of their widths, and images of one
// width in map order; so that the bytes are the same on every run, each
// image gets a width of its own, an image whose width is taken being
// scaled to the next free one (a pixel or two more, which no one sees
// once it is fitted into its box).
func (c *canvas) image(name string, img image.Image, data []byte, box layout.Rect) error {
	f := c.doc.f
	if f.GetImageInfo(name) == nil {
		b := img.Bounds()
		w := min(b.Dx(), int(math.Ceil(c.l(box.W)*printDPI/72)))
		for c.doc.widths[w] {
			w++
		}
		c.doc.widths[w] = true
		if w != b.Dx() {
			h := max(1, int(math.Round(float64(b.Dy())*float64(w)/float64(b.Dx()))))
			dst := image.NewNRGBA(image.Rect(0, 0, w, h))
			xdraw.CatmullRom.Scale(dst, dst.Rect, img, b, xdraw.Src, nil)
			img, data = dst, nil
		}
		kind := render.RasterType(data)
		if kind != "image/png" && kind != "image/jpeg" {
			var buf bytes.Buffer
			enc := stdpng.Encoder{CompressionLevel: stdpng.BestSpeed} // fpdf compresses it again
			if err := enc.Encode(&buf, img); err != nil {
				return err
			}
			data, kind = buf.Bytes(), "image/png"
		}
		tp := "PNG"
		if kind == "image/jpeg" {
			tp = "JPG"
		}
		f.RegisterImageOptionsReader(name, fpdf.ImageOptions{ImageType: tp}, bytes.NewReader(data))
		if err := f.Error(); err != nil {
			return err
		}
	}
	f.ImageOptions(name, c.x(box.X), c.y(box.Y), c.l(box.W), c.l(box.H), false, fpdf.ImageOptions{}, 0, "")
	return f.Error()
}

// svgIcon draws the SVG icon file name, of contents data, fitted into
// box: rasterized by render/png at printDPI, so that it looks as in the
// PNG and the same on every machine, gradients and opacity included.
func (c *canvas) svgIcon(name string, data []byte, box layout.Rect) error {
	ic, err := render.ParseSVGIcon(name, data)
	if err != nil {
		return err
	}
	vb := ic.ViewBox
	k := math.Min(box.W/vb.W, box.H/vb.H)
	fit := layout.Rect{W: float64(vb.W * k), H: float64(vb.H * k)}
	fit.X, fit.Y = box.X+float64((box.W-fit.W)/2), box.Y+float64((box.H-fit.H)/2)
	px := func(v float64) int { return max(1, min(maxIconSide, int(math.Ceil(float64(c.l(v)*printDPI)/72)))) }
	img := png.IconImage(ic, px(fit.W), px(fit.H))
	return c.image("file:"+name, img, nil, fit)
}

// maxIconSide bounds the side of an SVG icon's raster, in pixels: a
// poster-sized page must not make a huge image of a small icon.
const maxIconSide = 2048

// printDPI is the resolution images are kept at, in pixels per inch of
// the page.
const printDPI = 300

// fitted returns the largest rectangle of the aspect of src centred in
// box, like SVG's default preserveAspectRatio.
func fitted(box layout.Rect, src image.Rectangle) layout.Rect {
	sw, sh := float64(src.Dx()), float64(src.Dy())
	if sw <= 0 || sh <= 0 {
		return box
	}
	k := math.Min(box.W/sw, box.H/sh)
	w, h := float64(sw*k), float64(sh*k)
	return layout.Rect{X: box.X + float64((box.W-w)/2), Y: box.Y + float64((box.H-h)/2), W: w, H: h}
}

// badge draws the painter's badge for an icon shown as neither an emoji
// picture nor an image: a disc with a ring.
func (c *canvas) badge(i *render.Icon) {
	b := i.Icon.Box
	d := 0.8 * math.Min(b.W, b.H)
	if d <= 0 {
		return
	}
	c.fill(i.BadgeFill)
	c.setStroke(&render.Stroke{Color: i.BadgeRing, Width: d / 20})
	c.circle(c.x(b.X+float64(b.W/2)), c.y(b.Y+float64(b.H/2)), c.l(float64(d/2)-d/40), "FD")
}

// printable returns s without what the embedded font cannot show and
// fpdf cannot encode (characters outside the Basic Multilingual Plane,
// such as most emoji, with their joiners and variation selectors), and
// whether anything was left out.
func printable(s string) (string, bool) {
	clean := true
	for _, r := range s {
		if dropped(r) {
			clean = false
			break
		}
	}
	if clean {
		return s, false
	}
	var b strings.Builder
	for _, r := range s {
		if !dropped(r) {
			b.WriteRune(r)
		}
	}
	return strings.TrimSpace(b.String()), true
}

// dropped reports whether printable leaves r out.
func dropped(r rune) bool {
	return r > 0xffff || r == 0x200d || r >= 0xfe00 && r <= 0xfe0f || r == 0x20e3
}
