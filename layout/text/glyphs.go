package text

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/go-text/typesetting/di"
	"github.com/go-text/typesetting/language"
	"github.com/go-text/typesetting/shaping"
	"golang.org/x/image/math/fixed"
)

// Glyph is a shaped glyph of a run: its index in the run's font and its
// place, in em from the run's left end on the baseline (Y up). An emoji
// glyph has no index: Cluster is the emoji it draws.
type Glyph struct {
	ID      uint32
	X, Y    float64
	Advance float64
	Cluster string
}

// shaped is a shaped item: its advance and glyphs, in em.
type shaped struct {
	adv    float64
	glyphs []Glyph
}

// maxCached bounds the shaping cache; a process that shapes more
// distinct runs (a long-running server) starts it afresh.
const maxCached = 1 << 15

var cache = struct {
	sync.RWMutex
	m map[string]*shaped
}{m: map[string]*shaped{}}

// shapeItem shapes r in font f, right to left when rtl, cached per font,
// direction and text.
func shapeItem(f *Font, r []rune, rtl bool) *shaped {
	var b strings.Builder
	b.WriteString(f.Key)
	if rtl {
		b.WriteString("\x00r\x00")
	} else {
		b.WriteString("\x00l\x00")
	}
	b.WriteString(string(r))
	key := b.String()
	cache.RLock()
	s, ok := cache.m[key]
	cache.RUnlock()
	if ok {
		return s
	}
	s = shapeUncached(f, r, rtl)
	cache.Lock()
	if len(cache.m) >= maxCached {
		cache.m = map[string]*shaped{}
	}
	cache.m[key] = s
	cache.Unlock()
	return s
}

// shapeUncached shapes r: emoji cluster by cluster, the embedded font's
// ASCII text from its tables, anything else with HarfBuzz.
func shapeUncached(f *Font, r []rune, rtl bool) *shaped {
	if f.Emoji {
		return shapeEmoji(r, rtl)
	}
	if t := fastTableOf(f); t != nil && !rtl {
		if s, ok := t.shape(r); ok {
			return s
		}
	}
	s, err := harfbuzz(f, r, rtl)
	if err != nil {
		return notdef(r)
	}
	return s
}

// notdef sets r as missing-glyph boxes of 1 em each: what is drawn when a
// font fails to parse.
func notdef(r []rune) *shaped {
	s := &shaped{}
	for range r {
		s.glyphs = append(s.glyphs, Glyph{X: s.adv, Advance: 1})
		s.adv++
	}
	return s
}

var shapers = sync.Pool{New: func() any { return new(shaping.HarfbuzzShaper) }}

// harfbuzz shapes r with go-text's HarfBuzz port, at a size of one font
// unit per 26.6 pixel so that positions come out in font units, exactly.
// A damaged font's panic is an error.
func harfbuzz(f *Font, r []rune, rtl bool) (s *shaped, err error) {
	defer func() {
		if p := recover(); p != nil {
			s, err = nil, fmt.Errorf("text: font %s is damaged: %v", f.Family, p)
		}
	}()
	face, err := f.shapingFace()
	if err != nil {
		return nil, err
	}
	upem := f.UnitsPerEm()
	dir := di.DirectionLTR
	if rtl {
		dir = di.DirectionRTL
	}
	sc := language.Common
	for _, c := range r {
		if s := scriptOf([]rune{c}); s != language.Common {
			sc = s
			break
		}
	}
	sh := shapers.Get().(*shaping.HarfbuzzShaper)
	defer shapers.Put(sh)
	f.shapeMu.Lock()
	defer f.shapeMu.Unlock()
	out := sh.Shape(shaping.Input{Text: r, RunStart: 0, RunEnd: len(r), Direction: dir, Face: face,
		Size: fixed.I(int(upem)), Script: sc, Language: language.NewLanguage("")})
	s = &shaped{glyphs: make([]Glyph, len(out.Glyphs))}
	for i, g := range out.Glyphs {
		s.glyphs[i] = Glyph{ID: uint32(g.GlyphID), X: float64(s.adv + units(g.XOffset)/upem),
			Y: units(g.YOffset) / upem, Advance: units(g.Advance) / upem}
		s.adv = float64(s.adv + s.glyphs[i].Advance)
	}
	return s, nil
}

// units converts a 26.6 value shaped at one unit per pixel to font units.
func units(v fixed.Int26_6) float64 { return float64(v) / 64 }

// shapeEmoji sets r cluster by cluster in the embedded emoji font, the
// last cluster leftmost when right to left (glyphs are in visual order).
func shapeEmoji(r []rune, rtl bool) *shaped {
	s := &shaped{}
	cls := clusters(r)
	if rtl {
		slices.Reverse(cls)
	}
	for _, cl := range cls {
		adv, ok := emojiAdvance(cl)
		if !ok {
			adv = 1
		}
		s.glyphs = append(s.glyphs, Glyph{X: s.adv, Advance: adv, Cluster: string(cl)})
		s.adv = float64(s.adv + adv)
	}
	return s
}

// Glyphs returns the glyphs of run, as measured, and its font; the
// glyphs' places are in em, to be scaled by the line's size.
func Glyphs(run Run) ([]Glyph, *Font, error) {
	f, err := Lookup(run.Font)
	if err != nil {
		return nil, nil, fmt.Errorf("text: run %q: %w", run.Text, err)
	}
	return shapeItem(f, []rune(run.Text), run.RTL).glyphs, f, nil
}
