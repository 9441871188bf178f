// Package themefile reads theme files: YAML files that start from a
// built-in theme and change its colours, font sizes and fonts, for
// "roadmap render --theme FILE.yaml". For example:
//
//	base: light
//	section: {fill: "#7b1fa2", text: "#ffffff"}
//	topic: {fill: "#fff3e0", text: "#4e342e"}
//	sizes: {title: 40, topic: 21}
//	fonts: [fonts/Inter.ttf]
//
// base is light or dark; each colour key (background, title, section,
// topic, optional, optional-section, spine, edge, requires, done,
// done-section, skip, mark) takes those of fill, text and stroke that it
// paints, each "#rgb" or "#rrggbb". sizes sets the font sizes of the
// title, section and topic labels and the legend, in px; fonts lists
// font files (.ttf, .otf, .ttc) relative to the theme file, which must
// lie inside the project root as icons do.
//
// Every problem is reported at its file:line:col, all of them in one
// run (a roadmap.ErrorList): unknown keys with a did-you-mean, bad
// colours, values of the wrong type, sizes out of range, fonts missing
// or outside the root. Schema gives the format as a JSON Schema, and
// Warnings lists the colour pairs below WCAG AA.
package themefile

import (
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/roadmapgo/roadmap/render"
	"github.com/roadmapgo/roadmap/roadmap"
)

// File is a theme file, read.
type File struct {
	// Theme is the base theme with the file's colours, named after the
	// file (purple.yaml gives "purple").
	Theme render.Theme
	// Base is the name of the built-in theme it starts from.
	Base string
	// Sizes are the font sizes it sets (see Sizes.Apply).
	Sizes Sizes
	// Fonts are the font files it lists, resolved against the theme
	// file's directory, as the project names them (see roadmap.Project),
	// in the file's order.
	Fonts []string
	// name is the file's name, and set records where each colour was
	// written, for Warnings.
	name string
	set  []setColor
}

// setColor is a colour the file set, the position of its value and the
// key that set it ("section.fill").
type setColor struct {
	c     render.Color
	pos   roadmap.Pos
	where string
}

// topWhat names the whole file in messages.
const topWhat = "a theme file"

// Load reads the theme file name, named by the user (on a command line,
// so read without confinement, at most MaxSize bytes); the fonts it
// lists must lie inside proj. On failure the error is a
// roadmap.ErrorList, or the error of reading the file.
func Load(proj *roadmap.Project, name string) (*File, error) {
	data, err := roadmap.ReadLimited(name, MaxSize)
	var se *roadmap.SizeError
	if errors.As(err, &se) {
		return nil, roadmap.ErrorList{overSize(name)}
	}
	if err != nil {
		return nil, fmt.Errorf("theme file: %w", err)
	}
	return Parse(data, name, proj)
}

// overSize is the problem of a theme file over MaxSize.
func overSize(name string) *roadmap.Error {
	return &roadmap.Error{Pos: roadmap.Pos{File: name},
		Msg: fmt.Sprintf("theme file is over the limit of %d KiB (MaxSize); a theme file holds a few dozen lines", MaxSize>>10)}
}

// Parse decodes the theme file data, called name (used in positions, to
// name the theme, and as the directory fonts are relative to). Fonts
// are checked to be files inside proj; with a nil proj only their names
// are checked. On failure the error is a roadmap.ErrorList holding every
// problem.
func Parse(data []byte, name string, proj *roadmap.Project) (*File, error) {
	if len(data) > MaxSize {
		return nil, roadmap.ErrorList{overSize(name)}
	}
	root, err := roadmap.ParseDocument(data, name, topWhat)
	if err != nil {
		return nil, err
	}
	d := &decoder{name: name, f: &File{name: name}}
	if root == nil {
		d.errorf(nil, "theme file is empty; it needs at least base: light or base: dark")
	} else {
		d.file(root, proj)
	}
	if errs := d.result(); len(errs) > 0 {
		return nil, errs
	}
	return d.f, nil
}

// themeName is the name of the theme of the file name: its base name
// without the extension.
func themeName(name string) string {
	base := filepath.Base(name)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// file decodes the root mapping n: base first, since the colours
// override the theme it names (light stands in for a missing or bad
// base, so that the rest is checked too).
func (d *decoder) file(n *yaml.Node, proj *roadmap.Project) {
	t := render.Light
	ps := parts(&t)
	known := append([]string{keyBase}, partNames(ps)...)
	known = append(known, keySizes, keyFonts)
	es, ok := d.entries(n, topWhat, known)
	if !ok {
		return
	}
	i := slices.IndexFunc(es, func(e entry) bool { return e.key.Value == keyBase })
	if i < 0 {
		d.errorf(n, "base is missing; start the file with base: light or base: dark")
	} else {
		d.base(es[i].value, &t)
	}
	for _, e := range es {
		switch k := e.key.Value; k {
		case keyBase:
		case keySizes:
			d.sizes(e.value)
		case keyFonts:
			d.fonts(e.value, proj)
		default:
			d.colors(e.value, ps[slices.IndexFunc(ps, func(p part) bool { return p.name == k })])
		}
	}
	t.Name = themeName(d.name)
	d.f.Theme = t
}

// base reads the base theme n into t.
func (d *decoder) base(n *yaml.Node, t *render.Theme) {
	want := "light or dark"
	s, ok := d.str(n, keyBase, want)
	if !ok {
		return
	}
	switch {
	case s == render.Auto.Name:
		d.errorf(n, "base: auto cannot be a theme file's base: a theme file sets one palette; write one file on base: light and one on base: dark and render with both (--theme light.yaml,dark.yaml), or use --theme auto")
		return
	case !slices.Contains(bases, s):
		hint := ""
		if m := roadmap.Suggest(s, bases); m != "" {
			hint = fmt.Sprintf("; did you mean %q?", m)
		}
		d.errorf(n, "unknown base %q%s; use %s", s, hint, want)
		return
	}
	*t, _ = render.ThemeByName(s)
	d.f.Base = s
}
