package png

import (
	"bytes"
	"image"
	"os"
	"path/filepath"
	"testing"

	"github.com/roadmapgo/roadmap/internal/tooltest"
	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/render/svg"
)

// emojiSample is a diagram of emoji icons of several sizes, at whole and
// fractional positions: single characters, a ZWJ sequence, a flag, a
// keycap and one with a variation selector.
func emojiSample() *layout.Diagram {
	d := &layout.Diagram{Width: 480, Height: 200}
	icons := []struct {
		text string
		box  layout.Rect
	}{
		{"💡", layout.Rect{X: 10, Y: 10, W: 48, H: 48}},
		{"🧑\u200d🔬", layout.Rect{X: 70.4, Y: 10.3, W: 48, H: 48}},
		{"🇫🇷", layout.Rect{X: 130, Y: 10, W: 24, H: 24}},
		{"🏗\uFE0F", layout.Rect{X: 170.5, Y: 10.5, W: 80, H: 80}},
		{"#\uFE0F\u20E3", layout.Rect{X: 260, Y: 10, W: 36, H: 36}},
		{"🤖", layout.Rect{X: 310.25, Y: 60.75, W: 120, H: 120}},
		{"📖", layout.Rect{X: 20, Y: 100, W: 60, H: 40}},
	}
	for i, ic := range icons {
		d.Nodes = append(d.Nodes, layout.Node{ID: string(rune('a' + i)), Kind: layout.KindTopic,
			Box: layout.Rect{X: 440, Y: 20, W: 5, H: 5}, Icon: &layout.Icon{Text: ic.text, Box: ic.box}})
	}
	return d
}

// emojiIcon renders one icon with text in a 100×100 box on a transparent
// 120×120 canvas; its node is a tiny box in the bottom-right corner.
func emojiIcon(t *testing.T, text string) *image.RGBA {
	t.Helper()
	d := &layout.Diagram{Width: 120, Height: 120, Nodes: []layout.Node{{ID: "n", Kind: layout.KindTopic,
		Box: layout.Rect{X: 112, Y: 112, W: 2, H: 2}, Icon: &layout.Icon{Text: text, Box: layout.Rect{X: 10, Y: 10, W: 100, H: 100}}}}}
	m, err := Image(d, Options{Transparent: true})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestEmojiIcon checks that emoji icons are drawn in colour, centred in
// their box (ink within 5 px of its centre), each sequence as its own glyph, the same on every run; and
// that text the emoji font lacks falls back to the badge.
func TestEmojiIcon(t *testing.T) {
	bulb := emojiIcon(t, "💡")
	if !hasWarmColour(bulb) {
		t.Error("💡 icon has no saturated colour: drawn as a badge?")
	}
	ink := image.Rectangle{}
	for y := 0; y < 111; y++ {
		for x := 0; x < 111; x++ {
			if bulb.RGBAAt(x, y).A > 128 {
				ink = ink.Union(image.Rect(x, y, x+1, y+1))
			}
		}
	}
	if c := ink.Min.Add(ink.Max).Div(2); ink.Dy() < 70 || c.X < 55 || c.X > 65 || c.Y < 55 || c.Y > 65 {
		t.Errorf("💡 ink covers %v, want a large glyph centred in (10,10)-(110,110)", ink)
	}
	if again := emojiIcon(t, "💡"); string(again.Pix) != string(bulb.Pix) {
		t.Error("two renderings of 💡 differ")
	}
	if string(emojiIcon(t, "🧑\u200d🔬").Pix) == string(emojiIcon(t, "🧑").Pix) {
		t.Error("🧑‍🔬 is drawn as 🧑")
	}
	for _, text := range []string{"§", "💡💡"} {
		if m := emojiIcon(t, text); hasWarmColour(m) || m.RGBAAt(60, 60).A == 0 {
			t.Errorf("icon %q: want the badge of text the emoji font cannot draw as one glyph", text)
		}
	}
}

// hasWarmColour reports whether m has an opaque pixel far redder than it
// is blue, as 💡 has and the light theme's blue badge never does.
func hasWarmColour(m *image.RGBA) bool {
	for i := 0; i+3 < len(m.Pix); i += 4 {
		p := m.Pix[i : i+4]
		if p[3] > 200 && int(p[0])-int(p[2]) > 100 {
			return true
		}
	}
	return false
}

// TestEmojiFidelityChromium checks that the PNG renderer draws emoji
// icons where, as large and as Chromium draws the SVG renderer's emoji
// text (svg.Options.EmojiText) with the same Noto Color Emoji: in each
// icon box, at scales 1 and 2, the mean absolute difference is at most 4/255 per channel (a badge
// or a glyph one pixel off gives several times more).
func TestEmojiFidelityChromium(t *testing.T) {
	tooltest.Chromium(t)
	d := emojiSample()
	var doc bytes.Buffer
	if err := svg.Write(&doc, d, svg.Options{EmojiText: true}); err != nil {
		t.Fatal(err)
	}
	for _, scale := range []float64{1, 2} {
		ours, err := Image(d, Options{Scale: scale})
		if err != nil {
			t.Fatal(err)
		}
		theirs := chromiumScreenshot(t, doc.Bytes(), int(d.Width), int(d.Height), scale)
		bad := false
		for i, box := range iconBoxes(d, scale) {
			stats := compareImages(ours.SubImage(box).(*image.RGBA), theirs.SubImage(box).(*image.RGBA), nil)
			t.Logf("scale %v, icon %q: %v", scale, d.Nodes[i].Icon.Text, stats)
			if stats.meanAbs > 4 {
				t.Errorf("scale %v, icon %q differs from Chromium: %v", scale, d.Nodes[i].Icon.Text, stats)
				bad = true
			}
		}
		if bad || os.Getenv("RENDER_KEEP") != "" {
			writePNG(t, filepath.Join("testdata", "emoji-ours.got.png"), ours)
			writePNG(t, filepath.Join("testdata", "emoji-chromium.got.png"), theirs)
		}
	}
}
