package themefile

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/roadmapgo/roadmap/roadmap"
)

// fonts decodes the list n of font files, each relative to the theme
// file, checking that each is a .ttf, .otf or .ttc file inside proj (when
// proj is not nil) of at most MaxFontSize bytes.
func (d *decoder) fonts(n *yaml.Node, proj *roadmap.Project) {
	if n.Kind != yaml.SequenceNode {
		d.errorf(n, "fonts must be a list of font files (.ttf, .otf, .ttc) relative to this file, got %s", describe(n))
		return
	}
	if len(n.Content) > MaxFonts {
		d.errorf(n, "fonts lists %d files, more than %d (MaxFonts); keep the ones the theme uses", len(n.Content), MaxFonts)
		return
	}
	seen := map[string]int{}
	for _, item := range n.Content {
		rel, ok := d.str(item, "a font", "the path of a font file (.ttf, .otf, .ttc) relative to this file")
		if !ok || !d.fontName(item, rel) {
			continue
		}
		name := filepath.Join(filepath.Dir(d.name), filepath.FromSlash(rel))
		if line, dup := seen[name]; dup {
			d.errorf(item, "font %q is listed twice (first at line %d); keep one", rel, line)
			continue
		}
		seen[name] = item.Line
		if proj != nil && !d.fontFile(item, rel, name, proj) {
			continue
		}
		d.f.Fonts = append(d.f.Fonts, name)
	}
}

// fontName checks the name a font is listed under: a relative path
// ending in .ttf, .otf or .ttc.
func (d *decoder) fontName(n *yaml.Node, rel string) bool {
	switch {
	case strings.TrimSpace(rel) == "":
		d.errorf(n, "a font is an empty path; name a font file relative to this file")
	case path.IsAbs(rel) || filepath.IsAbs(rel) || filepath.VolumeName(rel) != "" || strings.Contains(rel, "://"):
		d.errorf(n, "font %q must be a path relative to this file, inside the project", rel)
	case !slices.Contains(fontExts, strings.ToLower(filepath.Ext(rel))):
		d.errorf(n, "font %q is not a font file; list TrueType or OpenType files ending in .ttf, .otf or .ttc", rel)
	default:
		return true
	}
	return false
}

// fontFile checks that the font rel, found at name, is a file inside
// proj of at most MaxFontSize bytes.
func (d *decoder) fontFile(n *yaml.Node, rel, name string, proj *roadmap.Project) bool {
	info, err := proj.Stat(name)
	switch {
	case errors.Is(err, roadmap.ErrOutsideRoot):
		d.errorf(n, "font %q (%s) is outside the project root %s; keep the fonts a theme uses inside the project (the nearest directory holding .git), or choose the root with --root", rel, name, proj.Root())
	case errors.Is(err, fs.ErrNotExist):
		d.errorf(n, "font file %q not found (looked for %s); fix the path, which is relative to this file", rel, name)
	case err != nil:
		d.errorf(n, "font %q: cannot read %s: %v", rel, name, err)
	case !info.Mode().IsRegular():
		d.errorf(n, "font %q (%s) is not a file; name a .ttf, .otf or .ttc file", rel, name)
	case info.Size() > MaxFontSize:
		d.errorf(n, "font %q is over the limit of %d MiB (MaxFontSize); use a subset of the font", rel, MaxFontSize>>20)
	default:
		return true
	}
	return false
}

// fontsDoc describes the fonts key, for the schema.
var fontsDoc = fmt.Sprintf("Font files (.ttf, .otf, .ttc), relative to this file and inside the project root, at most %d.", MaxFonts)
