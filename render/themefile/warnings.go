package themefile

import (
	"fmt"
	"strings"

	"github.com/roadmapgo/roadmap/render"
	"github.com/roadmapgo/roadmap/roadmap"
)

// maxNames is the most pair names one warning lists.
const maxNames = 4

// Warnings returns a warning for every (text, fill) pair of the theme
// that falls below WCAG AA (render.ContrastPairs): one per pair of
// colours, naming where the painter uses it and its ratio, at the
// position of a colour of the pair that the file set (the file alone when
// the pair comes from the base theme or is mixed from the file's
// colours). They are in the order of render.ContrastPairs.
func (f *File) Warnings() []*roadmap.Error {
	type key struct {
		fore, back render.Color
		min        float64
	}
	var order []key
	byKey := map[key][]render.ContrastPair{}
	for _, p := range render.ContrastPairs(f.Theme) {
		if p.Contrast >= p.Min {
			continue
		}
		k := key{p.Fore, p.Back, p.Min}
		if byKey[k] == nil {
			order = append(order, k)
		}
		byKey[k] = append(byKey[k], p)
	}
	var out []*roadmap.Error
	for _, k := range order {
		out = append(out, f.warning(byKey[k]))
	}
	return out
}

// warning is the warning of pairs, which share their colours.
func (f *File) warning(pairs []render.ContrastPair) *roadmap.Error {
	p := pairs[0]
	names := make([]string, 0, maxNames)
	for i, q := range pairs {
		if i == maxNames {
			names = append(names, fmt.Sprintf("%d more", len(pairs)-maxNames))
			break
		}
		names = append(names, q.Name)
	}
	pos, by := roadmap.Pos{File: f.name}, ""
	if s, ok := f.setOf(p.Fore, p.Back); ok {
		pos, by = s.pos, " (set by "+s.where+")"
	}
	return &roadmap.Error{Pos: pos, Msg: fmt.Sprintf("warning: %s on %s has a contrast of %.2f:1, below WCAG AA's %.1f:1%s, for the %s; choose colours further apart",
		p.Fore.Hex(), p.Back.Hex(), p.Contrast, p.Min, by, strings.Join(names, ", "))}
}

// setOf returns where the file set fore or, failing that, back.
func (f *File) setOf(fore, back render.Color) (setColor, bool) {
	for _, c := range []render.Color{fore, back} {
		for _, s := range f.set {
			if s.c == c {
				return s, true
			}
		}
	}
	return setColor{}, false
}
