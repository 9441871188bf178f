package render

import (
	"bytes"
	"fmt"
	"image"
	_ "image/gif"  // icons may be GIF
	_ "image/jpeg" // icons may be JPEG
	_ "image/png"  // icons may be PNG

	_ "golang.org/x/image/webp" // icons may be WebP
	"path/filepath"
	"strings"

	xdraw "golang.org/x/image/draw"

	"github.com/roadmapgo/roadmap/layout"
)

// icon paints ic: an image file scaled into its box, or the badge of an
// emoji or an SVG file (see PNG).
func (r *rasterRenderer) icon(ic *layout.Icon) error {
	s := r.s
	box := layout.Rect{X: ic.Box.X * s, Y: ic.Box.Y * s, W: ic.Box.W * s, H: ic.Box.H * s}
	if ic.Path == "" {
		return r.badge(box, ic.Text)
	}
	data, err := r.opt.ReadFile(ic.Path)
	if err != nil {
		return fmt.Errorf("icon: %w", err)
	}
	if isSVGIcon(ic.Path, data) {
		return r.badge(box, "")
	}
	src, _, err := image.Decode(bytes.NewReader(data))
	if err != nil {
		return fmt.Errorf("icon %s: %w", ic.Path, err)
	}
	if src.Bounds().Empty() || box.W <= 0 || box.H <= 0 {
		return nil
	}
	dst := fitRect(box, src.Bounds())
	xdraw.CatmullRom.Scale(r.c.img, dst, src, src.Bounds(), xdraw.Over, nil)
	return nil
}

// isSVGIcon reports whether an icon file is an SVG image, by its extension or
// its first bytes.
func isSVGIcon(path string, data []byte) bool {
	if strings.EqualFold(filepath.Ext(path), ".svg") {
		return true
	}
	head := strings.TrimSpace(string(data[:min(len(data), 512)]))
	return strings.HasPrefix(head, "<svg") || (strings.HasPrefix(head, "<?xml") && strings.Contains(head, "<svg"))
}
