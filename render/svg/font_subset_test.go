package svg

import (
	"strings"
	"testing"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"github.com/roadmapgo/roadmap/layout"
)

// TestSubsetTTF checks that the subset maps every kept character to a
// glyph with the original's outline, advance and kerning, drops the rest,
// and is much smaller than the font.
func TestSubsetTTF(t *testing.T) {
	const text = "Héllo AVTo ÅÉüñ 1.–ﬁ"
	for _, bold := range []bool{false, true} {
		orig := layout.FontTTF(bold)
		sub, err := subsetTTF(orig, []rune(text))
		if err != nil {
			t.Fatal(err)
		}
		if len(sub) > len(orig)/10 {
			t.Errorf("subset is %d bytes, the font %d: not subset enough", len(sub), len(orig))
		}
		of, err := sfnt.Parse(orig)
		if err != nil {
			t.Fatal(err)
		}
		sf, err := sfnt.Parse(sub)
		if err != nil {
			t.Fatalf("subset does not parse: %v", err)
		}
		compareGlyphs(t, of, sf, text)
		checkNames(t, sf)
		var b sfnt.Buffer
		if g, _ := sf.GlyphIndex(&b, 'Z'); g != 0 {
			t.Errorf("Z was not asked for but maps to glyph %d", g)
		}
	}
}

func compareGlyphs(t *testing.T, of, sf *sfnt.Font, text string) {
	t.Helper()
	var ob, sb sfnt.Buffer
	ppem := fixed.I(1000)
	prev := [2]sfnt.GlyphIndex{}
	for i, r := range []rune(text) {
		og, err1 := of.GlyphIndex(&ob, r)
		sg, err2 := sf.GlyphIndex(&sb, r)
		if err1 != nil || err2 != nil || og == 0 || sg == 0 {
			t.Fatalf("%q: glyph %d in the font, %d in the subset (%v %v)", r, og, sg, err1, err2)
		}
		oa, _ := of.GlyphAdvance(&ob, og, ppem, font.HintingNone)
		sa, _ := sf.GlyphAdvance(&sb, sg, ppem, font.HintingNone)
		if oa != sa {
			t.Errorf("%q: advance %v, subset %v", r, oa, sa)
		}
		oseg, err1 := of.LoadGlyph(&ob, og, ppem, nil)
		oLen := len(oseg)
		sseg, err2 := sf.LoadGlyph(&sb, sg, ppem, nil)
		if err1 != nil || err2 != nil || oLen != len(sseg) {
			t.Errorf("%q: outline of %d segments, subset %d (%v %v)", r, oLen, len(sseg), err1, err2)
		}
		if i > 0 {
			ok, _ := of.Kern(&ob, prev[0], og, ppem, font.HintingNone)
			sk, _ := sf.Kern(&sb, prev[1], sg, ppem, font.HintingNone)
			if ok != sk {
				t.Errorf("kerning before %q: %v, subset %v", r, ok, sk)
			}
		}
		prev = [2]sfnt.GlyphIndex{og, sg}
	}
}

// checkNames checks that the subset no longer bears the reserved font
// name but keeps the copyright and the licence.
func checkNames(t *testing.T, f *sfnt.Font) {
	t.Helper()
	var b sfnt.Buffer
	for id, want := range map[sfnt.NameID]string{
		sfnt.NameIDFamily: "Roadmap Subset", sfnt.NameIDCopyright: "Red Hat",
		sfnt.NameIDLicense: "SIL Open Font License", sfnt.NameIDPostScript: "RoadmapSubset-",
	} {
		got, err := f.Name(&b, id)
		if err != nil || !strings.Contains(got, want) || strings.Contains(got, "Liberation") {
			t.Errorf("name %d = %q (%v), want it to contain %q and not Liberation", id, got, err, want)
		}
	}
}

func TestSubsetTTFRejectsGarbage(t *testing.T) {
	for _, b := range [][]byte{nil, []byte("not a font at all"), layout.FontTTF(false)[:300]} {
		if _, err := subsetTTF(b, []rune("abc")); err == nil {
			t.Errorf("subsetting %d garbage bytes must fail", len(b))
		}
	}
}

func BenchmarkSubsetTTF(b *testing.B) {
	runes := []rune("The LLM Scientist Roadmap 1. Architecture Tokenization Attention mechanisms")
	for b.Loop() {
		if _, err := subsetTTF(layout.FontTTF(false), runes); err != nil {
			b.Fatal(err)
		}
	}
}
