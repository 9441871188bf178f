package svg

import (
	"bytes"
	"encoding/base64"
	"image/png"
	"strconv"
	"strings"
	"testing"

	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/render"
	"github.com/roadmapgo/roadmap/render/internal/rendertest"
)

// emojiSample has emoji icons of every kind the font joins into one
// glyph (a ZWJ sequence, a flag, a keycap, a skin tone), one drawn twice,
// one written with and without U+FE0F, at several sizes, and a pair of
// emoji that is no single glyph.
func emojiSample() *layout.Diagram {
	d := &layout.Diagram{Width: 480, Height: 320, Title: "Emoji", Description: "Emoji icons."}
	icons := []struct {
		id, text string
		box      layout.Rect
	}{
		{"title", "🧑\u200d🔬", layout.Rect{X: 20, Y: 12, W: 48, H: 48}},
		{"again", "🧑\u200d🔬", layout.Rect{X: 20, Y: 92, W: 48, H: 48}},
		{"crane", "🏗", layout.Rect{X: 20, Y: 172, W: 48, H: 48}},
		{"crane-selector", "🏗\uFE0F", layout.Rect{X: 20, Y: 252, W: 48, H: 48}},
		{"flag", "🇫🇷", layout.Rect{X: 260, Y: 20, W: 32, H: 32}},
		{"keycap", "1\uFE0F\u20E3", layout.Rect{X: 260, Y: 80, W: 64, H: 64}},
		{"thumb", "👍🏽", layout.Rect{X: 260, Y: 170, W: 40, H: 40}},
		{"pair", "🧑🧑", layout.Rect{X: 260, Y: 240, W: 40, H: 40}},
	}
	for _, ic := range icons {
		kind := layout.KindTopic
		if ic.id == "title" {
			kind = layout.KindTitle
		}
		d.Nodes = append(d.Nodes, layout.Node{ID: ic.id, Kind: kind,
			Box:  layout.Rect{X: ic.box.X + ic.box.W + 8, Y: ic.box.Y + 4, W: 100, H: ic.box.H - 8},
			Icon: &layout.Icon{Text: ic.text, Box: ic.box}})
	}
	return d
}

// TestEmojiStoredOnce checks that each distinct emoji is one <symbol>
// holding its PNG, the same sequence with or without U+FE0F being one,
// and that every emoji icon is a <use> of it carrying the emoji as its
// accessible name; what the font cannot draw as one glyph stays text.
func TestEmojiStoredOnce(t *testing.T) {
	d := emojiSample()
	root := parseSVG(t, renderSVG(t, d, Options{IDPrefix: "p-"}))
	symbols := map[string]int{}
	for _, s := range root.find(func(e *xnode) bool { return e.XMLName.Local == "symbol" }) {
		symbols[s.attr("id")]++
		checkSymbolImage(t, s)
	}
	want := map[string]int{
		"p-_emoji-1f9d1-200d-1f52c": 2, "p-_emoji-1f3d7": 2, "p-_emoji-1f1eb-1f1f7": 1,
		"p-_emoji-31-20e3": 1, "p-_emoji-1f44d-1f3fd": 1,
	}
	if len(symbols) != len(want) {
		t.Errorf("symbols %v, want one each of %v", symbols, want)
	}
	uses := map[string]int{}
	for i, n := range d.Nodes {
		g := root.find(func(e *xnode) bool { return e.attr("id") == "p-"+n.ID })[0]
		icon := g.find(func(e *xnode) bool { return svgHasClass(e, "icon") })
		if len(icon) != 1 {
			t.Fatalf("node %s: %d icons", n.ID, len(icon))
		}
		u := icon[0]
		if i == len(d.Nodes)-1 {
			if u.XMLName.Local != "text" || u.Text != n.Icon.Text {
				t.Errorf("node %s: icon <%s> %q, want the text of an emoji the font lacks", n.ID, u.XMLName.Local, u.Text)
			}
			continue
		}
		id := strings.TrimPrefix(u.attr("href"), "#")
		uses[id]++
		if u.XMLName.Local != "use" || u.attr("class") != "icon emoji" || u.attr("role") != "img" ||
			u.attr("aria-label") != n.Icon.Text || symbols[id] != 1 {
			t.Errorf("node %s: icon %v, want a <use> of one symbol labelled %q", n.ID, u.Attrs, n.Icon.Text)
		}
	}
	for id, n := range want {
		if symbols[id] != 1 || uses[id] != n {
			t.Errorf("%s: %d symbols and %d uses, want 1 and %d", id, symbols[id], uses[id], n)
		}
	}
}

// checkSymbolImage checks that a symbol holds one image, a PNG data: URI
// whose pixels fill the symbol's viewBox.
func checkSymbolImage(t *testing.T, s *xnode) {
	t.Helper()
	if len(s.Children) != 1 || s.Children[0].XMLName.Local != "image" {
		t.Fatalf("symbol %s: want one <image>", s.attr("id"))
	}
	img := &s.Children[0]
	data, ok := strings.CutPrefix(img.attr("href"), "data:image/png;base64,")
	raw, err := base64.StdEncoding.DecodeString(data)
	if !ok || err != nil {
		t.Fatalf("symbol %s: href is not a base64 PNG data: URI", s.attr("id"))
	}
	cfg, err := png.DecodeConfig(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("symbol %s: %v", s.attr("id"), err)
	}
	box := "0 0 " + img.attr("width") + " " + img.attr("height")
	if s.attr("viewBox") != box || img.attr("width") != strconv.Itoa(cfg.Width) || img.attr("height") != strconv.Itoa(cfg.Height) {
		t.Errorf("symbol %s: viewBox %q, image %sx%s, PNG %dx%d", s.attr("id"), s.attr("viewBox"),
			img.attr("width"), img.attr("height"), cfg.Width, cfg.Height)
	}
}

// TestEmojiIDsYieldToTheModel checks that a model id equal to an emoji
// symbol's name keeps it, and the symbol takes a suffix.
func TestEmojiIDsYieldToTheModel(t *testing.T) {
	d := emojiSample()
	d.Nodes[1].ID = "_emoji-1f3d7"
	out := string(renderSVG(t, d, Options{}))
	for _, want := range []string{`<g class="node topic" id="_emoji-1f3d7"`, `<symbol id="_emoji-1f3d7-2"`, `xlink:href="#_emoji-1f3d7-2"`} {
		if !strings.Contains(out, want) {
			t.Errorf("the SVG lacks %s", want)
		}
	}
}

// TestEmojiText checks that Options.EmojiText writes emoji icons as text,
// byte for byte as before emoji were images (the golden holds that
// output), with no symbol or <use>.
func TestEmojiText(t *testing.T) {
	out := renderSVG(t, rendertest.SVGSample(), Options{Theme: render.Light, EmojiText: true})
	svgCheckGolden(t, "sample-emoji-text.svg", out)
	if bytes.Contains(out, []byte("<use")) || bytes.Contains(out, []byte("<symbol")) {
		t.Error("--emoji text wrote an emoji image")
	}
	out = renderSVG(t, emojiSample(), Options{EmojiText: true})
	if n := bytes.Count(out, []byte(`<text class="icon"`)); n != len(emojiSample().Nodes) {
		t.Errorf("%d emoji texts, want one per icon", n)
	}
}

// TestEmojiDeterministicAndWellFormed renders the emoji sample twice in
// each theme, the auto one included, and checks the bytes are the same
// and safe, with each symbol written once.
func TestEmojiDeterministicAndWellFormed(t *testing.T) {
	for _, th := range []render.Theme{render.Light, render.Dark, render.Auto} {
		a := renderSVG(t, emojiSample(), Options{Theme: th})
		b := renderSVG(t, emojiSample(), Options{Theme: th})
		if !bytes.Equal(a, b) {
			t.Errorf("%s: two renderings differ", th.Name)
		}
		checkSafe(t, a)
		if n := bytes.Count(a, []byte("<symbol")); n != 5 {
			t.Errorf("%s: %d symbols, want 5", th.Name, n)
		}
	}
}
