package svg

import (
	"bytes"
	"fmt"
	"image"
	"image/draw"
	"image/png"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/roadmapgo/roadmap/internal/tooltest"
	"github.com/roadmapgo/roadmap/layout"
	rpng "github.com/roadmapgo/roadmap/render/png"
)

// withoutFonts points fontconfig, for the programs the test starts, at an
// empty font directory: a viewer with no emoji font, as on many Linux
// desktops and CI machines.
func withoutFonts(t *testing.T) {
	dir := t.TempDir()
	conf := filepath.Join(dir, "fonts.conf")
	xml := `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><dir>` +
		filepath.Join(dir, "none") + `</dir><cachedir>` + filepath.Join(dir, "cache") + `</cachedir></fontconfig>`
	if err := os.WriteFile(conf, []byte(xml), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("FONTCONFIG_FILE", conf)
}

// emojiDiff is the mean absolute difference per channel (0..255) between
// two renderings of d over its emoji icon boxes, grown by 2 px, the pair
// of emoji the font cannot draw as one glyph left out.
func emojiDiff(d *layout.Diagram, a, b image.Image) float64 {
	var sum, n int
	for _, nd := range d.Nodes[:len(d.Nodes)-1] {
		bx := nd.Icon.Box
		r := image.Rect(int(math.Floor(bx.X))-2, int(math.Floor(bx.Y))-2, int(math.Ceil(bx.X+bx.W))+2, int(math.Ceil(bx.Y+bx.H))+2)
		for y := r.Min.Y; y < r.Max.Y; y++ {
			for x := r.Min.X; x < r.Max.X; x++ {
				r1, g1, b1, _ := a.At(x, y).RGBA()
				r2, g2, b2, _ := b.At(x, y).RGBA()
				for _, p := range [][2]uint32{{r1, r2}, {g1, g2}, {b1, b2}} {
					d := int(p[0]>>8) - int(p[1]>>8)
					sum += max(d, -d)
				}
				n += 3
			}
		}
	}
	return float64(sum) / float64(n)
}

// emojiViewers are the programs the raster tests draw the SVG with; each
// returns its rendering of the SVG file at path, 480×320 px.
var emojiViewers = []struct {
	name string
	draw func(t *testing.T, path string) image.Image
}{
	{"librsvg", func(t *testing.T, path string) image.Image {
		out, err := exec.Command(tooltest.Find(t, "librsvg2-bin", "rsvg-convert"), path).Output()
		if err != nil {
			t.Fatalf("rsvg-convert: %v", err)
		}
		img, err := png.Decode(bytes.NewReader(out))
		if err != nil {
			t.Fatal(err)
		}
		return img
	}},
	// In an <img>, as GitHub shows a README's pictures: no external
	// resource, no script.
	{"chromium-img", func(t *testing.T, path string) image.Image {
		page := path + ".html"
		html := `<!DOCTYPE html><html><body style="margin:0"><img src="` + filepath.Base(path) + `"></body></html>`
		if err := os.WriteFile(page, []byte(html), 0o644); err != nil {
			t.Fatal(err)
		}
		return chromiumShot(t, tooltest.Chromium(t), page, path+".png", nil)
	}},
}

// TestEmojiRasterizes draws the emoji sample in librsvg and Chromium on a
// machine without any font, and compares the icon boxes with the PNG
// renderer's, which draws the same bitmaps: they must match, emoji as
// images being in colour without an emoji font. The same SVG with emoji
// as text must not match, which shows that the viewer truly has none.
func TestEmojiRasterizes(t *testing.T) {
	d := emojiSample()
	want, err := rpng.Image(d, rpng.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range emojiViewers {
		t.Run(v.name, func(t *testing.T) {
			withoutFonts(t)
			for _, text := range []bool{false, true} {
				path := filepath.Join(t.TempDir(), fmt.Sprintf("emoji-text-%v.svg", text))
				if err := os.WriteFile(path, renderSVG(t, d, Options{EmojiText: text}), 0o644); err != nil {
					t.Fatal(err)
				}
				got := v.draw(t, path)
				diff := emojiDiff(d, want, got)
				t.Logf("emoji as text %v: mean |Δ| %.2f/255 over the icon boxes", text, diff)
				if text && diff < 20 {
					t.Errorf("emoji as text match the PNG's (%.2f/255) though the viewer has no font", diff)
				}
				if !text && diff > 6 {
					keepPNG(t, v.name, got)
					t.Errorf("emoji images differ from the PNG renderer's: mean |Δ| %.2f/255", diff)
				}
			}
		})
	}
}

// keepPNG leaves a failing rendering in testdata for a look.
func keepPNG(t *testing.T, name string, img image.Image) {
	rgba := image.NewRGBA(img.Bounds())
	draw.Draw(rgba, rgba.Rect, img, img.Bounds().Min, draw.Src)
	var b bytes.Buffer
	if err := png.Encode(&b, rgba); err == nil {
		_ = os.WriteFile(filepath.Join("testdata", "emoji-"+name+".got.png"), b.Bytes(), 0o644)
	}
}
