package cli

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/render"
	"github.com/roadmapgo/roadmap/render/themefile"
	"github.com/roadmapgo/roadmap/roadmap"
)

// look is one theme of --theme: a built-in one, or one from a theme file
// (file then holds it, with its sizes and fonts).
type look struct {
	theme render.Theme
	file  *themefile.File
}

// metrics are the layout metrics of the look: the defaults with the
// theme file's sizes; the zero Metrics (the engine's defaults) without.
func (l look) metrics() layout.Metrics {
	if l.file == nil || l.file.Sizes.IsZero() {
		return layout.Metrics{}
	}
	return l.file.Sizes.Apply(layout.DefaultMetrics())
}

// isThemeFile reports whether an item of --theme names a theme file
// rather than a built-in theme: it ends in .yaml or .yml, or holds a
// path separator.
func isThemeFile(item string) bool {
	ext := strings.ToLower(filepath.Ext(item))
	return ext == ".yaml" || ext == ".yml" || strings.ContainsAny(item, `/\`)
}

// themeNameProblem says which built-in theme named in the comma-separated
// list does not exist, or "", leaving theme files to loadLooks.
func themeNameProblem(list string) string {
	var names []string
	for _, item := range strings.Split(list, ",") {
		if item = strings.TrimSpace(item); !isThemeFile(item) {
			names = append(names, item)
		}
	}
	if msg := listProblem("theme", strings.Join(names, ","), render.ThemeNames()); msg != "" {
		return msg + " (or a theme file ending in .yaml)"
	}
	return ""
}

// loadLooks resolves --theme: built-in names, and theme files read with
// their fonts confined to the project root (root, else the theme file's
// default root). Unless quiet, it prints the contrast warnings of each
// theme file. Two themes of one name are refused, since they would write
// the same files.
func loadLooks(e *env, list, root string, quiet bool) ([]look, error) {
	var looks []look
	var items []string
	for _, item := range strings.Split(list, ",") {
		item = strings.TrimSpace(item)
		if slices.Contains(items, item) {
			continue
		}
		items = append(items, item)
		l, err := loadLook(e, item, root, quiet)
		if err != nil {
			return nil, err
		}
		for i, other := range looks {
			if other.theme.Name == l.theme.Name {
				return nil, fmt.Errorf("--theme: %s and %s are both named %q, and would write the same files; rename the theme file", items[i], item, l.theme.Name)
			}
		}
		looks = append(looks, l)
	}
	return looks, nil
}

// loadLook resolves one item of --theme.
func loadLook(e *env, item, root string, quiet bool) (look, error) {
	if !isThemeFile(item) {
		th, err := render.ThemeByName(strings.ToLower(item))
		return look{theme: th}, err
	}
	var f *themefile.File
	err := withProject(root, item, func(p *roadmap.Project) error {
		var err error
		f, err = themefile.Load(p, item)
		return err
	})
	if err != nil {
		return look{}, err
	}
	if !quiet {
		for _, w := range f.Warnings() {
			fmt.Fprintln(e.stderr, w)
		}
	}
	return look{theme: f.Theme, file: f}, nil
}

// sizesProblem says that a theme file sets sizes but the engine is not
// the native one, which alone takes them, or "".
func sizesProblem(looks []look, engine string) string {
	for _, l := range looks {
		if l.file != nil && !l.file.Sizes.IsZero() && engine != "native" {
			return fmt.Sprintf("theme %q sets sizes, which only the native engine takes; remove sizes: or use --engine native", l.theme.Name)
		}
	}
	return ""
}
