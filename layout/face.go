package layout

import (
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

//go:generate go test -run TestFaceTables -update .

// The range of runes whose kerning is tabulated up front: printable ASCII.
const (
	pairLo = 0x20
	pairHi = 0x7f
	pairN  = pairHi - pairLo
)

// faceTable is what text measuring needs of one font without parsing it,
// in em: precomputed at build time into facetables.go, so that a process
// measuring Latin text never parses the font.
type faceTable struct {
	upem    float64
	ascent  float64
	descent float64
	// latin holds the advance of runes below len(latin).
	latin [0x250]float64
	// kernL and kernR index the printable ASCII runes that kern at all,
	// as the left and the right rune of a pair (0: never), and kernTab
	// holds the kerning of those pairs, kernW columns a row: a table
	// small enough to stay in cache.
	kernL, kernR [pairN]uint8
	kernW        int
	kernTab      []float64
}

// fontFace holds one font's precomputed table and the advances and
// kerning of other runes measured so far, in em. The font itself is parsed
// on the first rune outside the table. It is safe for concurrent use.
type fontFace struct {
	*faceTable
	ttf []byte

	parse sync.Once
	f     *sfnt.Font // nil when the font fails to parse

	mu    sync.RWMutex
	other map[rune]float64
	kern  map[[2]rune]float64
	bufs  sync.Pool
}

var (
	faceOnce [2]sync.Once
	faces    [2]*fontFace
)

// face returns the embedded font, regular or bold.
func face(bold bool) *fontFace {
	i := 0
	if bold {
		i = 1
	}
	faceOnce[i].Do(func() { faces[i] = newFace(FontTTF(bold), &faceTables[i]) })
	return faces[i]
}

// newFace returns the face of font ttf whose table is t.
func newFace(ttf []byte, t *faceTable) *fontFace {
	ff := &fontFace{
		faceTable: t,
		ttf:       ttf,
		other:     map[rune]float64{},
		kern:      map[[2]rune]float64{},
	}
	ff.bufs.New = func() any { return new(sfnt.Buffer) }
	return ff
}

// font returns the parsed font. The fonts are compiled into the binary,
// so a parse failure is a build defect; it then returns nil and measuring
// falls back to fixed metrics (every rune 0.5em) rather than failing.
func (ff *fontFace) font() *sfnt.Font {
	ff.parse.Do(func() {
		if f, err := sfnt.Parse(ff.ttf); err == nil {
			ff.f = f
		}
	})
	return ff.f
}

// ppem asks sfnt for values in font units: at a ppem of upem/64 px, one
// 26.6 fixed-point unit is one font unit.
func (ff *fontFace) ppem() fixed.Int26_6 { return fixed.Int26_6(ff.upem) }

// load measures the advance of r in em, straight from the font.
func (ff *fontFace) load(r rune) float64 {
	if w, ok := specialWidth(r); ok {
		return w
	}
	f := ff.font()
	if f == nil {
		return 0.5
	}
	buf := ff.bufs.Get().(*sfnt.Buffer)
	defer ff.bufs.Put(buf)
	g, err := f.GlyphIndex(buf, r)
	if err != nil || g == 0 {
		if isEmoji(r) {
			return emojiWidth
		}
		return missingWidth
	}
	adv, err := f.GlyphAdvance(buf, g, ff.ppem(), font.HintingNone)
	if err != nil {
		return missingWidth
	}
	return float64(adv) / ff.upem
}

// glyphKern reads the kerning between glyphs a and b of f in em; 0 when
// either is missing.
func (ff *fontFace) glyphKern(f *sfnt.Font, buf *sfnt.Buffer, a, b sfnt.GlyphIndex) float64 {
	if a == 0 || b == 0 {
		return 0
	}
	k, err := f.Kern(buf, a, b, ff.ppem(), font.HintingNone)
	if err != nil {
		return 0
	}
	return float64(k) / ff.upem
}

// loadKern reads the kerning between runes a and b in em from the font.
func (ff *fontFace) loadKern(a, b rune) float64 {
	f := ff.font()
	if f == nil {
		return 0
	}
	buf := ff.bufs.Get().(*sfnt.Buffer)
	defer ff.bufs.Put(buf)
	ga, errA := f.GlyphIndex(buf, a)
	gb, errB := f.GlyphIndex(buf, b)
	if errA != nil || errB != nil {
		return 0
	}
	return ff.glyphKern(f, buf, ga, gb)
}

// advance returns the advance of r in em, cached.
func (ff *fontFace) advance(r rune) float64 {
	if r >= 0 && int(r) < len(ff.latin) {
		return ff.latin[r]
	}
	ff.mu.RLock()
	w, ok := ff.other[r]
	ff.mu.RUnlock()
	if ok {
		return w
	}
	w = ff.load(r)
	ff.mu.Lock()
	ff.other[r] = w
	ff.mu.Unlock()
	return w
}

// pairKern returns the kerning between a and b in em, cached.
func (ff *fontFace) pairKern(a, b rune) float64 {
	if a >= pairLo && a < pairHi && b >= pairLo && b < pairHi {
		return ff.kernTab[int(ff.kernL[a-pairLo])*ff.kernW+int(ff.kernR[b-pairLo])]
	}
	if a < 0 || b < 0 {
		return 0
	}
	key := [2]rune{a, b}
	ff.mu.RLock()
	k, ok := ff.kern[key]
	ff.mu.RUnlock()
	if ok {
		return k
	}
	k = ff.loadKern(a, b)
	ff.mu.Lock()
	ff.kern[key] = k
	ff.mu.Unlock()
	return k
}
