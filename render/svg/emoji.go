package svg

import (
	"encoding/base64"
	"strconv"
	"strings"

	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/render"
	"github.com/roadmapgo/roadmap/render/emoji"
)

// emojiSheet holds the emoji a document draws as images: each distinct
// emoji is one <symbol> holding the colour bitmap of the embedded emoji
// font, as that font stores it (a PNG), written once in a <defs> at the
// end of the document; every occurrence is a <use> of it. Defining them
// at the end lets any drawing step add an emoji as it goes, with no pass
// over the diagram beforehand; SVG resolves references over the whole
// document.
type emojiSheet struct {
	ids  map[string]string // symbol id by key (see emojiKey); "" when drawn as text
	defs []emojiDef        // in order of first use
}

// emojiDef is one emoji's symbol: its id, its PNG data and its size in
// pixels.
type emojiDef struct {
	id   string
	png  []byte
	w, h int
}

// emojiKey is what tells two emoji apart: the sequence without U+FE0F,
// the emoji presentation selector, which changes nothing of the glyph
// drawn in colour.
func emojiKey(seq string) string { return strings.ReplaceAll(seq, "\uFE0F", "") }

// emojiName is the name of an emoji's symbol before the id prefix:
// "_emoji-" and the code points of its key in lower-case hex joined by
// "-" (🧑‍🔬 is "_emoji-1f9d1-200d-1f52c"), in the document's own
// namespace like "_shadow".
func emojiName(key string) string {
	b := []byte("_emoji")
	for _, c := range key {
		b = append(b, '-')
		b = strconv.AppendInt(b, int64(c), 16)
	}
	return string(b)
}

// emojiGlyph returns the glyph of seq when the document draws it as an
// image: not with Options.EmojiText, and only when the embedded font has
// one glyph for the whole sequence.
func (r *renderer) emojiGlyph(seq string) (emoji.Glyph, bool) {
	if r.opt.EmojiText {
		return emoji.Glyph{}, false
	}
	_, g, ok := emoji.PNG(seq) // the size and place of the bitmap, not its pixels
	return g, ok
}

// emojiUse draws the emoji seq as the embedded font's colour bitmap
// filling box (user units; emojiBox gives the box of a glyph set as
// text), as a <use> of its symbol with the given class, role="img" and
// the emoji as its aria-label, and defines the symbol the first time.
// It writes nothing and reports false when the document draws seq as
// text instead (see emojiGlyph): the caller then writes it as text. The
// <use> is a graphics element: write it outside any <text>.
func (r *renderer) emojiUse(seq string, box layout.Rect, class string) bool {
	id, ok := r.emojiSymbol(seq)
	if !ok {
		return false
	}
	o := r.out
	o.str("<use")
	o.attr("class", class)
	o.open("xlink:href")
	o.str("#")
	o.text(id)
	o.close()
	o.num("x", box.X)
	o.num("y", box.Y)
	o.num("width", box.W)
	o.num("height", box.H)
	o.attr("role", "img")
	o.attr("aria-label", seq)
	o.str(emptyEnd)
	return true
}

// emojiSymbol returns the id of the symbol of seq, taken the first time
// the emoji is drawn, or false when seq is drawn as text.
func (r *renderer) emojiSymbol(seq string) (string, bool) {
	key := emojiKey(seq)
	if id, seen := r.emoji.ids[key]; seen {
		return id, id != ""
	}
	data, g, ok := emoji.PNG(seq)
	if r.opt.EmojiText || !ok {
		r.emoji.ids[key] = ""
		return "", false
	}
	id := r.ids.add(emojiName(key))
	r.emoji.ids[key] = id
	r.emoji.defs = append(r.emoji.defs, emojiDef{id: id, png: data, w: g.Width, h: g.Height})
	return id, true
}

// emojiBox is the box that glyph g's bitmap covers when the emoji is set
// as text at font size size, its pen at x on the baseline y (user units),
// as text engines place a colour bitmap glyph.
func emojiBox(g emoji.Glyph, x, baseline, size float64) layout.Rect {
	k := size / float64(g.PPEM)
	return layout.Rect{
		X: x + float64(g.Left*size), Y: baseline - float64(g.Top*size),
		W: float64(g.Width) * k, H: float64(g.Height) * k,
	}
}

// iconEmojiBox is where an emoji icon's bitmap goes in its icon box b:
// where the viewer would draw the emoji text of --emoji text (font size
// render.EmojiScale × box height, centred on the box's middle by its
// advance, the baseline render.EmojiBaseline font sizes below it), as
// the PNG renderer draws it too.
func iconEmojiBox(g emoji.Glyph, b layout.Rect) layout.Rect {
	size := render.EmojiScale * b.H
	pen := b.X + float64(b.W/2) - float64(g.Advance*size/2)
	return emojiBox(g, pen, b.Y+float64(b.H/2)+float64(render.EmojiBaseline*size), size)
}

// emojiDefs writes the symbols of the emoji drawn, if any, in one <defs>.
func (r *renderer) emojiDefs() {
	if len(r.emoji.defs) == 0 {
		return
	}
	o := r.out
	o.str("<defs>\n")
	for _, d := range r.emoji.defs {
		o.str("<symbol")
		o.attr("id", d.id)
		o.open("viewBox")
		o.str("0 0 ")
		o.buf = strconv.AppendInt(o.buf, int64(d.w), 10)
		o.str(" ")
		o.buf = strconv.AppendInt(o.buf, int64(d.h), 10)
		o.close()
		o.str("><image")
		o.int("width", d.w)
		o.int("height", d.h)
		o.open("xlink:href")
		o.str("data:image/png;base64,")
		o.buf = base64.StdEncoding.AppendEncode(o.buf, d.png)
		o.close()
		o.str("/></symbol>\n")
	}
	o.str("</defs>\n")
}
