package png

import (
	"fmt"
	_ "image/gif"  // icons may be GIF
	_ "image/jpeg" // icons may be JPEG
	_ "image/png"  // icons may be PNG

	xdraw "golang.org/x/image/draw"
	_ "golang.org/x/image/webp" // icons may be WebP

	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/render"
	"github.com/roadmapgo/roadmap/render/emoji"
)

// icon paints ic: an emoji in colour, an image file scaled into its box,
// an SVG file drawn as vector shapes into its box, or the badge of an
// emoji the emoji font lacks (see Write).
func (r *renderer) icon(op *render.Icon) error {
	ic := op.Icon
	s := r.s
	box := layout.Rect{X: ic.Box.X * s, Y: ic.Box.Y * s, W: ic.Box.W * s, H: ic.Box.H * s}
	if ic.Path == "" {
		if g, ok := emoji.Lookup(ic.Text); ok {
			r.emoji(ic.Box, g)
			return nil
		}
		return r.badge(box, ic.Text, op.BadgeFill, op.BadgeRing)
	}
	data, err := render.ReadIcon(r.opt.ReadFile, ic.Path)
	if err != nil {
		return fmt.Errorf("icon: %w", err)
	}
	if render.IsSVGIcon(ic.Path, data) {
		svg, err := render.ParseSVGIcon(ic.Path, data)
		if err != nil {
			return err
		}
		r.svgIcon(svg, box)
		return nil
	}
	src, err := render.DecodeIcon(ic.Path, data)
	if err != nil {
		return err
	}
	if src.Bounds().Empty() || box.W <= 0 || box.H <= 0 {
		return nil
	}
	dst := fitRect(box, src.Bounds())
	xdraw.CatmullRom.Scale(r.c.img, dst, src, src.Bounds(), xdraw.Over, nil)
	return nil
}

// emoji paints glyph g where Chromium draws the SVG renderer's emoji
// text for an icon box (user units): at font size EmojiScale×box height,
// centred on the box's middle by its advance, its baseline render.EmojiBaseline
// font sizes below the middle. Like Chromium, it snaps the pen position
// and the baseline to whole device pixels, then scales the font's
// bitmap (it has one size) to the font size: by area when shrinking it,
// linearly when enlarging it (see drawScaled).
func (r *renderer) emoji(box layout.Rect, g emoji.Glyph) {
	size := render.EmojiScale * box.H * r.s
	midX, midY := box.X+float64(box.W/2), box.Y+float64(box.H/2)
	pen := float64(midX*r.s) - float64(g.Advance*size/2)
	baseline := float64(midY*r.s) + float64(render.EmojiBaseline*size)
	r.c.drawEmoji(g, pen, baseline, size)
}
