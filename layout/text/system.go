package text

import (
	"strings"
	"sync"

	gofont "github.com/go-text/typesetting/font"
	"github.com/go-text/typesetting/fontscan"
	"github.com/go-text/typesetting/language"
)

// systemFonts finds installed fonts the way fontconfig does (its
// directories, its family substitutions), through go-text's fontscan. The
// scan happens on the first character that the user's and the embedded
// fonts lack, so Latin text never pays for it; its index is cached under
// the user's cache directory.
type systemFonts struct {
	mu     sync.Mutex
	once   sync.Once
	fm     *fontscan.FontMap
	failed bool
}

func newSystemFonts() *systemFonts { return &systemFonts{} }

type quietLogger struct{}

func (quietLogger) Printf(string, ...any) {}

// start scans the system fonts.
func (s *systemFonts) start() {
	s.fm = fontscan.NewFontMap(quietLogger{})
	if err := s.fm.UseSystemFonts(systemCacheDir()); err != nil {
		s.failed = true
	}
}

// find returns a system font with a glyph for r, of the weight asked for
// when there is a choice; nil when none has it. Colour emoji fonts are
// left out: the embedded one draws emoji.
func (s *systemFonts) find(r rune, bold bool) *Font {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.once.Do(s.start)
	if s.failed {
		return nil
	}
	w := gofont.WeightNormal
	if bold {
		w = gofont.WeightBold
	}
	s.fm.SetQuery(fontscan.Query{Families: []string{"sans-serif"}, Aspect: gofont.Aspect{Weight: w}})
	s.fm.SetScript(language.LookupScript(r))
	face := s.fm.ResolveFace(r)
	if face == nil {
		return nil
	}
	if _, ok := face.NominalGlyph(r); !ok {
		return nil
	}
	loc := s.fm.FontLocation(face.Font)
	family, aspect := s.fm.FontMetadata(face.Font)
	if loc.File == "" || strings.Contains(family, "emoji") {
		return nil
	}
	key := fileKey(loc.File, int(loc.Index))
	if f, ok := registry.Load(key); ok {
		return f.(*Font)
	}
	f, err := loadFile(loc.File, int(loc.Index))
	if err != nil {
		return nil
	}
	f.Bold = aspect.Weight >= gofont.WeightSemibold
	f.face = face
	actual, _ := registry.LoadOrStore(key, f)
	return actual.(*Font)
}
