package emoji

import (
	"bytes"
	"image"
	"image/draw"
	"image/png"
	"testing"
)

// TestLookup checks that the emoji a roadmap uses as icons come back as
// whole colour glyphs: single characters, ZWJ sequences, flags, keycaps,
// skin tones and sequences with variation selectors.
func TestLookup(t *testing.T) {
	for _, seq := range []string{
		"💡",              // single character
		"🧑\u200d🔬",       // ZWJ sequence: scientist
		"🇫🇷",             // flag: regional indicator pair
		"🏗\uFE0F",        // emoji presentation selector
		"1\uFE0F\u20E3",  // keycap
		"👍🏽",             // skin tone modifier
		"🏳\uFE0F\u200d🌈", // ZWJ sequence with a selector inside
	} {
		g, ok := Lookup(seq)
		if !ok {
			t.Errorf("Lookup(%q): not found", seq)
			continue
		}
		if g.Image.Rect.Min != (image.Point{}) || g.Image.Rect.Dx() < 64 || g.Image.Rect.Dy() < 64 {
			t.Errorf("Lookup(%q): image bounds %v, want a large bitmap at the origin", seq, g.Image.Rect)
		}
		if g.PPEM <= 0 || g.Advance <= 0 || g.Top <= 0 {
			t.Errorf("Lookup(%q): metrics %d ppem, advance %.3f em, top %.3f em", seq, g.PPEM, g.Advance, g.Top)
		}
		if !colourful(g.Image) {
			t.Errorf("Lookup(%q): bitmap has no saturated colour", seq)
		}
	}
}

// TestSequencesAreWhole checks that a sequence is drawn as its own glyph,
// not as its first character: the scientist is not just a person, France
// is not a letter F, and the selector changes nothing of the crane.
func TestSequencesAreWhole(t *testing.T) {
	for _, c := range []struct{ a, b string }{
		{"🧑\u200d🔬", "🧑"},
		{"🇫🇷", "🇩🇪"},
		{"👍🏽", "👍"},
	} {
		a, _ := Image(c.a)
		b, _ := Image(c.b)
		if a == nil || b == nil || same(a.(*image.RGBA), b.(*image.RGBA)) {
			t.Errorf("Image(%q) and Image(%q) are not two different bitmaps", c.a, c.b)
		}
	}
	a, _ := Image("🏗\uFE0F")
	b, _ := Image("🏗")
	if a == nil || a != b {
		t.Error("🏗 with and without U+FE0F are not the same bitmap")
	}
}

// TestUnknown checks that what the font cannot draw as one glyph reports
// false: plain text, unassigned code points, two emoji, a broken sequence.
func TestUnknown(t *testing.T) {
	for _, seq := range []string{"", "a", "\uFE0F", "\U0010FFFF", "💡💡", "🧑\u200d🔬x", "\u200d", "🇫🇷🇫"} {
		if m, ok := Image(seq); ok || m != nil {
			t.Errorf("Image(%q) = %v, %v; want nil, false", seq, m != nil, ok)
		}
	}
}

// TestPNG checks that the font's own PNG data of a sequence decodes to the
// very pixels of Lookup's Glyph, that PNG's Glyph places and sizes it
// alike, and that what Image lacks PNG lacks too.
func TestPNG(t *testing.T) {
	for _, seq := range []string{"💡", "🧑\u200d🔬", "🇫🇷", "1\uFE0F\u20E3", "👍🏽"} {
		data, g, ok := PNG(seq)
		if !ok {
			t.Fatalf("PNG(%q): not found", seq)
		}
		m, err := png.Decode(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("PNG(%q): %v", seq, err)
		}
		rgba := image.NewRGBA(image.Rect(0, 0, m.Bounds().Dx(), m.Bounds().Dy()))
		draw.Draw(rgba, rgba.Rect, m, m.Bounds().Min, draw.Src)
		want, _ := Lookup(seq)
		if !same(rgba, want.Image) {
			t.Errorf("PNG(%q): the data decodes to other pixels than the glyph's", seq)
		}
		if g.Image != nil {
			t.Errorf("PNG(%q): decoded the bitmap", seq)
		}
		if want.Image = nil; g != want || g.Width != rgba.Rect.Dx() || g.Height != rgba.Rect.Dy() {
			t.Errorf("PNG(%q) = %+v, Lookup = %+v, bitmap %v; want the same metrics", seq, g, want, rgba.Rect)
		}
	}
	if data, _, ok := PNG("💡💡"); ok || data != nil {
		t.Error("PNG of two emoji: found")
	}
}

// TestPNGSize checks the size read from a PNG header, and that what is
// not a PNG header gives none rather than a size.
func TestPNGSize(t *testing.T) {
	data, _, ok := PNG("💡")
	if !ok {
		t.Fatal("💡: not found")
	}
	m, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if w, h, ok := pngSize(data); !ok || w != m.Bounds().Dx() || h != m.Bounds().Dy() {
		t.Errorf("pngSize = %d×%d, %v; the image is %v", w, h, ok, m.Bounds())
	}
	zeroWide := bytes.Clone(data)
	copy(zeroWide[16:20], []byte{0, 0, 0, 0})
	notIHDR := bytes.Clone(data)
	copy(notIHDR[12:16], "IDAT")
	for name, bad := range map[string][]byte{
		"cut short": data[:23], "not PNG": append([]byte("GIF89a"), data[6:]...),
		"no IHDR first": notIHDR, "0 wide": zeroWide,
	} {
		if w, h, ok := pngSize(bad); ok {
			t.Errorf("pngSize of %s data = %d×%d, want none", name, w, h)
		}
	}
}

// TestDamagedFont checks that a truncated font is an error, not a panic.
func TestDamagedFont(t *testing.T) {
	for _, n := range []int{0, 11, 200, 15_000, len(fontData) / 2, len(fontData) - 3} {
		if _, err := parse(fontData[:n]); err == nil {
			t.Errorf("parse of the first %d bytes of the font: no error", n)
		}
	}
	if err := Err(); err != nil {
		t.Errorf("embedded font: %v", err)
	}
}

// TestDamagedIndex checks that a bitmap index cut short, which parse no
// longer reads whole, leaves the glyphs it lost missing, not a panic nor
// a wrong bitmap: what is still found is what the whole index gives.
func TestDamagedIndex(t *testing.T) {
	f, err := loaded()
	if err != nil {
		t.Fatal(err)
	}
	whole := *f.strike
	records := whole.array + 8*whole.count
	for _, tt := range []struct {
		n         int
		someFound bool
	}{{records, false}, {len(whole.cblc) / 2, true}, {len(whole.cblc) - 1, true}} {
		cut := whole
		cut.cblc = whole.cblc[:tt.n]
		found := 0
		for g := range 1 << 16 {
			ref, ok := cut.find(uint16(g))
			if !ok {
				continue
			}
			found++
			if want, _ := whole.find(uint16(g)); ref != want {
				t.Fatalf("index cut at %d bytes: glyph %d at %+v, want %+v", tt.n, g, ref, want)
			}
		}
		if (found > 0) != tt.someFound {
			t.Errorf("index cut at %d of %d bytes: %d glyphs found", tt.n, len(whole.cblc), found)
		}
	}
}

// FuzzImage checks that no string makes Image panic, and that a found
// bitmap is never empty.
func FuzzImage(f *testing.F) {
	for _, s := range []string{"💡", "🧑\u200d🔬", "🇫🇷", "🏗\uFE0F", "a", "\xff", "\u200d\u200d", "#\uFE0F\u20E3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if m, ok := Image(s); ok && m.Bounds().Empty() {
			t.Errorf("Image(%q): empty bitmap", s)
		}
	})
}

// BenchmarkParse measures the one-time cost of parsing the font.
func BenchmarkParse(b *testing.B) {
	for b.Loop() {
		if _, err := parse(fontData); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLookup measures a cached lookup of a ZWJ sequence.
func BenchmarkLookup(b *testing.B) {
	for b.Loop() {
		if _, ok := Lookup("🧑\u200d🔬"); !ok {
			b.Fatal("not found")
		}
	}
}

// colourful reports whether m has an opaque pixel whose channels differ
// widely, as a grey badge's never do.
func colourful(m *image.RGBA) bool {
	for i := 0; i+3 < len(m.Pix); i += 4 {
		r, g, b, a := int(m.Pix[i]), int(m.Pix[i+1]), int(m.Pix[i+2]), int(m.Pix[i+3])
		if a > 200 && max(r, g, b)-min(r, g, b) > 50 {
			return true
		}
	}
	return false
}

func same(a, b *image.RGBA) bool {
	return a.Rect == b.Rect && string(a.Pix) == string(b.Pix)
}
