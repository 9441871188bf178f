// Package emoji draws emoji in colour, in pure Go, from an embedded copy
// of the Noto Color Emoji font (SIL Open Font License 1.1, see
// LICENSE-OFL.txt and README.md).
//
// It reads the font itself: the character map (cmap formats 4, 12 and
// 14), the ligatures that join ZWJ sequences, flags, keycaps and skin
// tones into one glyph (GSUB lookup type 4, also through extension
// lookups), and the PNG bitmaps of the largest strike (CBLC/CBDT image
// formats 17, 18 and 19). The font is parsed on first use, so importing
// the package costs nothing at start-up; the bitmap index is read glyph by
// glyph as emoji are looked up, and each bitmap is decoded once, by the
// callers that need its pixels.
// The same sequence always gives the same pixels.
package emoji

import (
	"bytes"
	_ "embed" // the font
	"encoding/binary"
	"errors"
	"fmt"
	"image"
	"image/draw"
	"image/png"
	"math"
	"sync"
)

//go:embed NotoColorEmoji.ttf
var fontData []byte

// Glyph is the colour bitmap of an emoji and where it sits on a line of
// text.
type Glyph struct {
	// Image is the decoded bitmap, shared between callers: do not modify
	// it. Its bounds start at (0, 0). It is nil in what PNG returns.
	Image *image.RGBA
	// Width and Height are the size of the bitmap in pixels, as its PNG
	// header gives them: Image's size.
	Width, Height int
	// PPEM is the number of Image pixels per em: drawn at a font size of
	// s pixels, the bitmap is scaled by s/PPEM.
	PPEM int
	// Left and Top place the top-left corner of Image relative to the pen
	// position on the baseline, in ems, to the right and upwards.
	Left, Top float64
	// Advance is how far the pen moves past the glyph, in ems, as text
	// shapers take it from the font's horizontal metrics.
	Advance float64
}

// Lookup returns the glyph that draws seq, a single emoji: one character
// or a sequence the font joins into one glyph (ZWJ sequences, flags,
// keycaps, skin tones). Variation selectors U+FE0E and U+FE0F pick a
// variant glyph when the font has one and are otherwise ignored. It
// reports false when the font has no single glyph for seq.
func Lookup(seq string) (Glyph, bool) {
	f, err := loaded()
	if err != nil {
		return Glyph{}, false
	}
	g, ok := f.glyphOf(seq)
	if !ok {
		return Glyph{}, false
	}
	return f.render(g)
}

// Advance returns how far the pen moves past the glyph of seq, in ems,
// without decoding its bitmap; false when the font has no single glyph
// for seq (see Lookup).
func Advance(seq string) (float64, bool) {
	f, err := loaded()
	if err != nil {
		return 0, false
	}
	g, ok := f.glyphOf(seq)
	if !ok {
		return 0, false
	}
	return float64(f.advance(g)) / float64(f.upem), true
}

// Image returns the colour bitmap of seq (see Lookup), or false when the
// font has no single glyph for it. The image is shared: do not modify it.
func Image(seq string) (image.Image, bool) {
	g, ok := Lookup(seq)
	if !ok {
		return nil, false
	}
	return g.Image, true
}

// PNG returns the bitmap of seq (see Lookup) as the font stores it: PNG
// data, shared between callers (do not modify it), whose pixels are those
// of Lookup's Image, and the Glyph without its Image: PNG does not decode
// the bitmap, only reads its size from the PNG header. It reports false
// when the font has no single glyph for seq. Vector outputs embed these
// bytes as they are, which keeps them small and the same on every run.
func PNG(seq string) ([]byte, Glyph, bool) {
	f, err := loaded()
	if err != nil {
		return nil, Glyph{}, false
	}
	g, ok := f.glyphOf(seq)
	if !ok {
		return nil, Glyph{}, false
	}
	data, out, ok := f.header(g)
	if !ok {
		return nil, Glyph{}, false
	}
	return data, out, true
}

// Err returns the error of parsing the embedded font, if any; Lookup and
// Image then report false for every sequence.
func Err() error {
	_, err := loaded()
	return err
}

// font is the parsed embedded font.
type font struct {
	cmap    *charMap
	ligs    []ligatureLookup
	strike  *strike
	cbdt    []byte
	upem    int
	advance func(g uint16) int // in font units

	mu    sync.Mutex
	cache map[uint16]Glyph // decoded glyphs; absent ones are not cached
}

var (
	once    sync.Once
	theFont *font
	fontErr error
)

// loaded parses the embedded font once.
func loaded() (*font, error) {
	once.Do(func() { theFont, fontErr = parse(fontData) })
	return theFont, fontErr
}

// parse reads the tables this package uses from an sfnt font file.
func parse(data []byte) (*font, error) {
	t, err := tables(data)
	if err != nil {
		return nil, err
	}
	for _, tag := range []string{"cmap", "GSUB", "CBLC", "CBDT", "head", "hhea", "hmtx"} {
		if t[tag] == nil {
			return nil, fmt.Errorf("emoji: font has no %s table", tag)
		}
	}
	f := &font{cbdt: t["CBDT"], cache: map[uint16]Glyph{}}
	if f.cmap, err = parseCmap(t["cmap"]); err != nil {
		return nil, err
	}
	if f.ligs, err = parseGSUB(t["GSUB"]); err != nil {
		return nil, err
	}
	if f.strike, err = parseCBLC(t["CBLC"]); err != nil {
		return nil, err
	}
	head, hhea, hmtx := &reader{b: t["head"]}, &reader{b: t["hhea"]}, &reader{b: t["hmtx"]}
	f.upem = head.u16(18)
	metrics := hhea.u16(34)
	if head.err != nil || hhea.err != nil || f.upem == 0 || metrics == 0 {
		return nil, errors.New("emoji: bad head or hhea table")
	}
	f.advance = func(g uint16) int { return hmtx.u16(4 * min(int(g), metrics-1)) }
	return f, nil
}

// Variation selectors: text and emoji presentation.
const (
	textSelector  = '\uFE0E'
	emojiSelector = '\uFE0F'
)

// glyphOf maps seq to a single glyph with a bitmap, through the
// character map and the ligatures.
func (f *font) glyphOf(seq string) (uint16, bool) {
	var glyphs []uint16
	var prev rune
	for _, c := range seq {
		if c == textSelector || c == emojiSelector {
			if v, ok := f.cmap.variant(prev, c); ok && len(glyphs) > 0 {
				glyphs[len(glyphs)-1] = v
			}
			continue
		}
		g := f.cmap.glyph(c)
		if g == 0 {
			return 0, false
		}
		glyphs, prev = append(glyphs, g), c
	}
	glyphs = apply(f.ligs, glyphs)
	if len(glyphs) != 1 {
		return 0, false
	}
	_, ok := f.strike.find(glyphs[0])
	return glyphs[0], ok
}

// header returns the PNG data of glyph g and its Glyph without Image,
// placed from the font's metrics and sized from the PNG header.
func (f *font) header(g uint16) ([]byte, Glyph, bool) {
	ref, ok := f.strike.find(g)
	if !ok {
		return nil, Glyph{}, false
	}
	data, m, err := bitmap(f.cbdt, ref)
	if err != nil {
		return nil, Glyph{}, false
	}
	w, h, ok := pngSize(data)
	if !ok {
		return nil, Glyph{}, false
	}
	ppem := float64(f.strike.ppem)
	return data, Glyph{PPEM: f.strike.ppem, Width: w, Height: h,
		Left: float64(m.bearingX) / ppem, Top: float64(m.bearingY) / ppem,
		Advance: float64(f.advance(g)) / float64(f.upem)}, true
}

// pngSize reads the width and height of a PNG image from its IHDR chunk,
// which the PNG signature must be followed by; false when data is not so
// or gives a size of 0 or over 2³¹-1 (which the PNG format forbids).
// png.DecodeConfig would also read the palette, which the size needs not.
func pngSize(data []byte) (w, h int, ok bool) {
	const signature = "\x89PNG\r\n\x1a\n"
	if len(data) < 24 || string(data[:8]) != signature || string(data[12:16]) != "IHDR" {
		return 0, 0, false
	}
	w, h = int(binary.BigEndian.Uint32(data[16:])), int(binary.BigEndian.Uint32(data[20:]))
	return w, h, w > 0 && h > 0 && w <= math.MaxInt32 && h <= math.MaxInt32
}

// render returns glyph g decoded, from the cache or the font.
func (f *font) render(g uint16) (Glyph, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if out, ok := f.cache[g]; ok {
		return out, true
	}
	data, out, ok := f.header(g)
	if !ok {
		return Glyph{}, false
	}
	src, err := png.Decode(bytes.NewReader(data))
	if err != nil || src.Bounds().Dx() != out.Width || src.Bounds().Dy() != out.Height {
		return Glyph{}, false
	}
	img := image.NewRGBA(image.Rect(0, 0, out.Width, out.Height))
	draw.Draw(img, img.Rect, src, src.Bounds().Min, draw.Src)
	out.Image = img
	f.cache[g] = out
	return out, true
}
