// Package text is the one text engine of roadmap: it finds the fonts that
// set a piece of text (the user's fonts, the embedded Liberation Sans,
// system fonts, the embedded colour emoji font), orders right-to-left runs
// by the Unicode bidirectional algorithm, shapes every run with OpenType
// rules (github.com/go-text/typesetting, a Go port of HarfBuzz), breaks
// lines at UAX #14 opportunities, and measures. Layout measures labels
// with it and every renderer draws the very glyphs it measured.
package text

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"sync"

	"github.com/go-fonts/liberation/liberationsansbold"
	"github.com/go-fonts/liberation/liberationsansregular"
	gofont "github.com/go-text/typesetting/font"
	ot "github.com/go-text/typesetting/font/opentype"
	"golang.org/x/image/font/sfnt"
)

// Keys of the embedded fonts.
const (
	KeyRegular = "liberation-sans"
	KeyBold    = "liberation-sans-bold"
	KeyEmoji   = "noto-color-emoji"
)

// Family names of the embedded fonts.
const (
	FamilyLiberation = "Liberation Sans"
	FamilyEmoji      = "Noto Color Emoji"
)

// MaxFontSize is the largest font file read, in bytes: CJK collections
// are about 20 MiB.
const MaxFontSize = 64 << 20

// Font is one face that text is set in: an embedded font or a face of a
// font file. A Font is immutable once loaded and safe for concurrent use;
// its parsed forms are made on first use.
type Font struct {
	// Key names the font in a layout's runs: KeyRegular, KeyBold,
	// KeyEmoji, or "file:PATH#INDEX" for face INDEX of the file PATH.
	Key string
	// Family is the font's family name, as a style sheet names it.
	Family string
	// Bold tells whether the face is bold (weight 600 or more).
	Bold bool
	// Emoji tells whether the font draws colour emoji pictures rather
	// than outlines.
	Emoji bool

	data  []byte
	index int

	sfntOnce sync.Once
	sf       *sfnt.Font
	sfErr    error

	faceOnce sync.Once
	shapeMu  sync.Mutex // a go-text face is not safe for concurrent use
	face     *gofont.Face
	faceErr  error

	mu     sync.Mutex
	buf    sfnt.Buffer
	covers map[rune]bool
}

// Data returns the bytes of the font file and the index of the face in
// it (0 unless the file is a collection).
func (f *Font) Data() ([]byte, int) { return f.data, f.index }

// SFNT returns the font parsed for its outlines (golang.org/x/image's
// parser, which reads glyphs lazily).
func (f *Font) SFNT() (*sfnt.Font, error) {
	f.sfntOnce.Do(func() {
		if f.Emoji {
			f.sfErr = errors.New("text: the emoji font has no outlines")
			return
		}
		if c, err := sfnt.ParseCollection(f.data); err == nil {
			f.sf, f.sfErr = c.Font(f.index)
			return
		}
		f.sf, f.sfErr = sfnt.Parse(f.data)
	})
	return f.sf, f.sfErr
}

// shapingFace returns the font parsed for shaping. go-text reads every
// glyph up front, a few milliseconds for a Latin font, so the embedded
// fonts' ASCII text avoids it (see fast.go).
func (f *Font) shapingFace() (*gofont.Face, error) {
	f.faceOnce.Do(func() {
		if f.face != nil {
			return
		}
		defer func() {
			// A damaged font file must not bring the process down.
			if p := recover(); p != nil {
				f.face, f.faceErr = nil, fmt.Errorf("text: font %s is damaged: %v", f.Family, p)
			}
		}()
		lds, err := ot.NewLoaders(bytes.NewReader(f.data))
		if err != nil {
			f.faceErr = fmt.Errorf("text: font %s: %w", f.Family, err)
			return
		}
		if f.index >= len(lds) {
			f.faceErr = fmt.Errorf("text: font %s has no face %d", f.Family, f.index)
			return
		}
		ft, err := gofont.NewFont(lds[f.index])
		if err != nil {
			f.faceErr = fmt.Errorf("text: font %s: %w", f.Family, err)
			return
		}
		f.face = gofont.NewFace(ft)
	})
	return f.face, f.faceErr
}

// Covers reports whether the font has a glyph for r.
func (f *Font) Covers(r rune) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	if ok, seen := f.covers[r]; seen {
		return ok
	}
	ok := false
	if sf, err := f.SFNT(); err == nil {
		g, err := sf.GlyphIndex(&f.buf, r)
		ok = err == nil && g != 0
	}
	if f.covers == nil {
		f.covers = map[rune]bool{}
	}
	f.covers[r] = ok
	return ok
}

// UnitsPerEm returns the font's design units per em.
func (f *Font) UnitsPerEm() float64 {
	if sf, err := f.SFNT(); err == nil {
		return float64(sf.UnitsPerEm())
	}
	return 2048
}

var registry sync.Map // key → *Font

// Lookup returns the font a run names by its key, loading a font file
// on first use.
func Lookup(key string) (*Font, error) {
	if f, ok := registry.Load(key); ok {
		return f.(*Font), nil
	}
	f, err := load(key)
	if err != nil {
		return nil, err
	}
	actual, _ := registry.LoadOrStore(key, f)
	return actual.(*Font), nil
}

// load makes the font of key.
func load(key string) (*Font, error) {
	switch key {
	case KeyRegular:
		return &Font{Key: key, Family: FamilyLiberation, data: liberationsansregular.TTF}, nil
	case KeyBold:
		return &Font{Key: key, Family: FamilyLiberation, Bold: true, data: liberationsansbold.TTF}, nil
	case KeyEmoji:
		return &Font{Key: key, Family: FamilyEmoji, Emoji: true}, nil
	}
	path, ok := strings.CutPrefix(key, "file:")
	if !ok {
		return nil, fmt.Errorf("text: unknown font %q", key)
	}
	i := strings.LastIndexByte(path, '#')
	index, err := strconv.Atoi(path[i+1:])
	if i < 0 || err != nil || index < 0 {
		return nil, fmt.Errorf("text: unknown font %q", key)
	}
	return loadFile(path[:i], index)
}

// fileKey is the key of face index of the font file path.
func fileKey(path string, index int) string {
	return "file:" + path + "#" + strconv.Itoa(index)
}

// loadFile reads face index of the font file path, a regular file of
// at most MaxFontSize bytes.
func loadFile(path string, index int) (*Font, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("font %s: %w", path, err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("font %s: %w", path, err)
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("font %s: not a regular file", path)
	}
	if st.Size() > MaxFontSize {
		return nil, fmt.Errorf("font %s: %d bytes, more than the %d MiB a font may have", path, st.Size(), MaxFontSize>>20)
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxFontSize+1))
	if err != nil {
		return nil, fmt.Errorf("font %s: %w", path, err)
	}
	if len(data) > MaxFontSize {
		return nil, fmt.Errorf("font %s: more than the %d MiB a font may have", path, MaxFontSize>>20)
	}
	return fromData(path, index, data)
}

// fromData makes face index of the font file data read from path.
func fromData(path string, index int, data []byte) (*Font, error) {
	f := &Font{Key: fileKey(path, index), data: data, index: index}
	sf, err := f.SFNT()
	if err != nil {
		return nil, fmt.Errorf("font %s: not a TrueType or OpenType font (%v)", path, err)
	}
	var buf sfnt.Buffer
	f.Family, _ = sf.Name(&buf, sfnt.NameIDTypographicFamily)
	if f.Family == "" {
		f.Family, _ = sf.Name(&buf, sfnt.NameIDFamily)
	}
	sub, _ := sf.Name(&buf, sfnt.NameIDTypographicSubfamily)
	if sub == "" {
		sub, _ = sf.Name(&buf, sfnt.NameIDSubfamily)
	}
	sub = strings.ToLower(sub)
	f.Bold = strings.Contains(sub, "bold") || strings.Contains(sub, "black") || strings.Contains(sub, "heavy")
	if f.Family == "" {
		return nil, fmt.Errorf("font %s: the font has no family name", path)
	}
	return f, nil
}

// faceCount returns the number of faces in a font file: 1 unless it is a
// collection.
func faceCount(data []byte) int {
	if c, err := sfnt.ParseCollection(data); err == nil {
		return c.NumFonts()
	}
	return 1
}
