package text

import (
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	gofont "github.com/go-text/typesetting/font"
	ot "github.com/go-text/typesetting/font/opentype"
	"github.com/go-text/typesetting/font/opentype/tables"
)

// systemFonts finds installed fonts in the directories fontconfig and
// the operating systems keep them in. The scan happens on the first
// character that the user's and the embedded fonts lack, so Latin text
// never pays for it; what it reads of each file (family, weight, the
// characters it covers) is kept in an index under the user's cache
// directory, and read again only for files that changed.
type systemFonts struct {
	once  sync.Once
	faces []sysFace // read only once scanned
}

func newSystemFonts() *systemFonts { return &systemFonts{} }

// sysFace is one face of an installed font file.
type sysFace struct {
	Path   string    `json:"path"`
	Index  int       `json:"index"`
	Family string    `json:"family"`
	Weight float32   `json:"weight"`
	Ranges [][2]rune `json:"ranges"` // the covered runes, sorted, inclusive
}

// covers reports whether the face has a glyph for r.
func (f *sysFace) covers(r rune) bool {
	i := sort.Search(len(f.Ranges), func(i int) bool { return f.Ranges[i][1] >= r })
	return i < len(f.Ranges) && f.Ranges[i][0] <= r
}

// fontDirs are the directories installed fonts live in, by system.
func fontDirs() []string {
	home, _ := os.UserHomeDir()
	switch runtime.GOOS {
	case "windows":
		return []string{filepath.Join(os.Getenv("WINDIR"), "Fonts"),
			filepath.Join(os.Getenv("LOCALAPPDATA"), "Microsoft", "Windows", "Fonts")}
	case "darwin", "ios":
		return []string{"/System/Library/Fonts", "/Library/Fonts", filepath.Join(home, "Library", "Fonts")}
	}
	dirs := []string{"/usr/share/fonts", "/usr/local/share/fonts"}
	if d := os.Getenv("XDG_DATA_HOME"); d != "" {
		dirs = append(dirs, filepath.Join(d, "fonts"))
	} else if home != "" {
		dirs = append(dirs, filepath.Join(home, ".local", "share", "fonts"))
	}
	if home != "" {
		dirs = append(dirs, filepath.Join(home, ".fonts"))
	}
	return dirs
}

// fontFiles lists the font files under dirs, in a stable order.
func fontFiles(dirs []string) []string {
	var out []string
	for _, dir := range dirs {
		_ = filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				switch strings.ToLower(filepath.Ext(path)) {
				case ".ttf", ".otf", ".ttc", ".otc":
					out = append(out, path)
				}
			}
			return nil
		})
	}
	return out
}

// scanFile reads the faces of the font file path; a damaged file has
// none.
func scanFile(path string) (faces []sysFace) {
	defer func() {
		if recover() != nil {
			faces = nil
		}
	}()
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	lds, err := ot.NewLoaders(f)
	if err != nil {
		return nil
	}
	for i, ld := range lds {
		if face, ok := scanFace(ld); ok {
			face.Path, face.Index = path, i
			faces = append(faces, face)
		}
	}
	return faces
}

// scanFace reads a face's family, weight and coverage. Colour bitmap
// fonts are left out: the embedded emoji font draws emoji.
func scanFace(ld *ot.Loader) (sysFace, bool) {
	if ld.HasTable(ot.MustNewTag("CBDT")) || ld.HasTable(ot.MustNewTag("sbix")) {
		return sysFace{}, false
	}
	raw, err := ld.RawTable(ot.MustNewTag("cmap"))
	if err != nil {
		return sysFace{}, false
	}
	tb, _, err := tables.ParseCmap(raw)
	if err != nil {
		return sysFace{}, false
	}
	cmap, _, err := gofont.ProcessCmap(tb, tables.FPNone)
	if err != nil {
		return sysFace{}, false
	}
	desc, _ := gofont.Describe(ld, nil)
	face := sysFace{Family: desc.Family, Weight: float32(desc.Aspect.Weight)}
	var runes []rune
	for it := cmap.Iter(); it.Next(); {
		r, _ := it.Char()
		runes = append(runes, r)
	}
	sort.Slice(runes, func(i, j int) bool { return runes[i] < runes[j] })
	for _, r := range runes {
		if n := len(face.Ranges); n > 0 && face.Ranges[n-1][1]+1 >= r {
			face.Ranges[n-1][1] = max(face.Ranges[n-1][1], r)
			continue
		}
		face.Ranges = append(face.Ranges, [2]rune{r, r})
	}
	return face, face.Family != "" && len(face.Ranges) > 0
}

// find returns an installed font with a glyph for r, of the weight asked
// for when there is a choice; nil when none has it. Among the fonts that
// have it, a sans-serif face of the nearest weight comes first, then the
// first in the order of the directories.
func (s *systemFonts) find(r rune, bold bool) *Font {
	s.once.Do(func() { s.faces = loadIndex(fontDirs()) })
	want := float32(gofont.WeightNormal)
	if bold {
		want = float32(gofont.WeightBold)
	}
	var best *sysFace
	bestScore := float32(0)
	for i := range s.faces {
		f := &s.faces[i]
		if !f.covers(r) {
			continue
		}
		score := abs32(f.Weight - want)
		if name := strings.ToLower(f.Family); !strings.Contains(name, "sans") || strings.Contains(name, "mono") {
			score += 1000
		}
		if best == nil || score < bestScore {
			best, bestScore = f, score
		}
	}
	if best == nil {
		return nil
	}
	return s.font(best)
}

func abs32(v float32) float32 { return max(v, -v) }

// font loads face f, once.
func (s *systemFonts) font(f *sysFace) *Font {
	key := fileKey(f.Path, f.Index)
	if ft, ok := registry.Load(key); ok {
		return ft.(*Font)
	}
	ft, err := loadFile(f.Path, f.Index)
	if err != nil {
		return nil
	}
	ft.Family = f.Family
	ft.Bold = f.Weight >= float32(gofont.WeightSemibold)
	actual, _ := registry.LoadOrStore(key, ft)
	return actual.(*Font)
}
