package text

import (
	"fmt"
	"os"
	"sync"
)

// Fonts is the order in which fonts are tried for each character: the
// user's fonts (in the order given), the embedded Liberation Sans, the
// fonts installed in the system's font directories (see systemFonts),
// then the embedded colour emoji font. Emoji that ask for colour (U+FE0F, pictographs of emoji
// presentation, ZWJ sequences, flags, keycaps) go to the emoji font
// first. A Fonts is safe for concurrent use.
type Fonts struct {
	user   []*Font
	system *systemFonts // nil: system fonts are not used

	mu      sync.Mutex
	picked  map[pickKey]*Font
	wrapped wrapCache
}

type pickKey struct {
	r    rune
	bold bool
}

// Options configure a Fonts.
type Options struct {
	// Files are font files (TrueType, OpenType, or collections of either)
	// tried before the embedded font, each covering what it can.
	Files []string
	// NoSystem leaves system fonts out: text the user's and the embedded
	// fonts lack is then uncovered.
	NoSystem bool
}

var defaultFonts = sync.OnceValue(func() *Fonts {
	return &Fonts{system: newSystemFonts(), picked: map[pickKey]*Font{}}
})

// Default returns the fonts used when none are configured: the embedded
// Liberation Sans, system fonts, and the embedded emoji font.
func Default() *Fonts { return defaultFonts() }

// New returns the fonts of opts. Every face of every file is used.
func New(opts Options) (*Fonts, error) {
	fs := &Fonts{picked: map[pickKey]*Font{}}
	if !opts.NoSystem {
		fs.system = Default().system
	}
	for _, path := range opts.Files {
		faces, err := readFaces(path)
		if err != nil {
			return nil, err
		}
		fs.user = append(fs.user, faces...)
	}
	return fs, nil
}

// readFaces loads every face of the font file path.
func readFaces(path string) ([]*Font, error) {
	first, err := loadFile(path, 0)
	if err != nil {
		return nil, err
	}
	faces := []*Font{first}
	for i := 1; i < faceCount(first.data); i++ {
		f, err := fromData(path, i, first.data)
		if err != nil {
			return nil, err
		}
		faces = append(faces, f)
	}
	for i, f := range faces {
		actual, _ := registry.LoadOrStore(f.Key, f)
		faces[i] = actual.(*Font)
	}
	return faces, nil
}

// embedded returns the embedded Liberation Sans face.
func embedded(bold bool) *Font {
	key := KeyRegular
	if bold {
		key = KeyBold
	}
	f, err := Lookup(key)
	if err != nil {
		panic(fmt.Sprintf("text: embedded font: %v", err)) // unreachable: built in
	}
	return f
}

// pick returns the font that sets r at the given weight, or nil when no
// font has it.
func (fs *Fonts) pick(r rune, bold bool) *Font {
	k := pickKey{r, bold}
	fs.mu.Lock()
	f, ok := fs.picked[k]
	fs.mu.Unlock()
	if ok {
		return f
	}
	f = fs.find(r, bold)
	fs.mu.Lock()
	fs.picked[k] = f
	fs.mu.Unlock()
	return f
}

// find looks r up along the chain.
func (fs *Fonts) find(r rune, bold bool) *Font {
	var other *Font
	for _, f := range fs.user {
		if f.Covers(r) {
			if f.Bold == bold {
				return f
			}
			if other == nil {
				other = f
			}
		}
	}
	if other != nil {
		return other
	}
	if lib := embedded(bold); lib.Covers(r) {
		return lib
	}
	if fs.system != nil {
		if f := fs.system.find(r, bold); f != nil {
			return f
		}
	}
	return nil
}

// systemCacheDir is where the index of system fonts is kept between runs.
func systemCacheDir() string {
	if d, err := os.UserCacheDir(); err == nil {
		return d + "/roadmap/fonts"
	}
	return os.TempDir() + "/roadmap-fonts"
}
