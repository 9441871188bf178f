package themefile

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/roadmapgo/roadmap/render"
	"github.com/roadmapgo/roadmap/roadmap"
)

// decoder walks the nodes of one theme file into a File, collecting
// every problem instead of stopping at the first.
type decoder struct {
	name    string
	errs    roadmap.ErrorList
	dropped int
	f       *File
}

// pos is the position of n in the file.
func (d *decoder) pos(n *yaml.Node) roadmap.Pos {
	return roadmap.Pos{File: d.name, Line: n.Line, Col: n.Column}
}

// errorf records a problem at n (the whole file when n is nil).
func (d *decoder) errorf(n *yaml.Node, format string, args ...any) {
	if len(d.errs) >= roadmap.MaxErrors {
		d.dropped++
		return
	}
	p := roadmap.Pos{File: d.name}
	if n != nil {
		p = d.pos(n)
	}
	d.errs = append(d.errs, &roadmap.Error{Pos: p, Msg: fmt.Sprintf(format, args...)})
}

// result returns the problems found, sorted, with a last note when some
// were left out.
func (d *decoder) result() roadmap.ErrorList {
	d.errs.Sort()
	if d.dropped > 0 {
		d.errs = append(d.errs, &roadmap.Error{Pos: roadmap.Pos{File: d.name},
			Msg: fmt.Sprintf("%d more errors left out (MaxErrors = %d); fix the ones above first", d.dropped, roadmap.MaxErrors)})
	}
	return d.errs
}

// describe names what n is, for messages.
func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			return "nothing"
		}
		return strconv.Quote(n.Value)
	}
	return "an alias"
}

// entry is one key and value of a mapping.
type entry struct{ key, value *yaml.Node }

// entries returns the entries of the mapping n, called what, reporting
// keys that are not plain strings, keys not in known (with a
// did-you-mean) and keys given twice; ok is false when n is not a
// mapping (reported, with the keys it takes).
func (d *decoder) entries(n *yaml.Node, what string, known []string) ([]entry, bool) {
	if n.Kind != yaml.MappingNode {
		if n.Kind != yaml.AliasNode { // aliases are refused by roadmap.ParseDocument
			d.errorf(n, "%s must be a mapping of %s, got %s", what, strings.Join(known, ", "), describe(n))
		}
		return nil, false
	}
	seen := map[string]*yaml.Node{}
	var out []entry
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		switch {
		case k.Kind != yaml.ScalarNode:
			d.errorf(k, "a key of %s is a name (%s), not %s", what, strings.Join(known, ", "), describe(k))
		case seen[k.Value] != nil:
			d.errorf(k, "%s is given twice in %s (first at line %d); keep one", k.Value, what, seen[k.Value].Line)
		case !slices.Contains(known, k.Value):
			seen[k.Value] = k
			d.unknown(k, what, known)
		default:
			seen[k.Value] = k
			out = append(out, entry{k, v})
		}
	}
	return out, true
}

// unknown reports the key k, which what does not take.
func (d *decoder) unknown(k *yaml.Node, what string, known []string) {
	if k.Value == "doing" && what == topWhat {
		d.errorf(k, "%s", doingMsg)
		return
	}
	hint := ""
	if s := roadmap.Suggest(k.Value, known); s != "" {
		hint = fmt.Sprintf("; did you mean %q?", s)
	}
	d.errorf(k, "unknown key %q in %s%s; it takes %s", k.Value, what, hint, strings.Join(known, ", "))
}

// str returns the plain string value of n, reporting anything else.
func (d *decoder) str(n *yaml.Node, key, want string) (string, bool) {
	if n.Kind != yaml.ScalarNode || n.Tag != "!!str" {
		d.errorf(n, "%s must be %s, got %s", key, want, describe(n))
		return "", false
	}
	return n.Value, true
}

// colorOf reads the colour n, the value of key in part, reporting a
// value that is not "#rgb" or "#rrggbb".
func (d *decoder) colorOf(n *yaml.Node, where string) (render.Color, bool) {
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		d.errorf(n, "%s has no colour; write it in quotes, such as \"#7b1fa2\" (an unquoted # starts a YAML comment)", where)
		return render.Color{}, false
	}
	s, ok := d.str(n, where, `a colour "#rgb" or "#rrggbb"`)
	if !ok {
		return render.Color{}, false
	}
	c, ok := parseColor(s)
	if !ok {
		d.errorf(n, "%s: %q is not a colour; write \"#rgb\" or \"#rrggbb\" in hexadecimal digits, such as \"#7b1fa2\"", where, s)
	}
	return c, ok
}

// parseColor reads "#rgb" or "#rrggbb".
func parseColor(s string) (render.Color, bool) {
	if !strings.HasPrefix(s, "#") || len(s) != 4 && len(s) != 7 {
		return render.Color{}, false
	}
	v, err := strconv.ParseUint(s[1:], 16, 32)
	if err != nil || strings.ContainsAny(s[1:], "+-") {
		return render.Color{}, false
	}
	if len(s) == 4 {
		r, g, b := uint8(v>>8&0xf), uint8(v>>4&0xf), uint8(v&0xf)
		return render.Color{R: r * 17, G: g * 17, B: b * 17}, true
	}
	return render.Color{R: uint8(v >> 16), G: uint8(v >> 8), B: uint8(v)}, true
}

// number reads the size n, the value of key, within [lo, hi].
func (d *decoder) number(n *yaml.Node, key string, lo, hi float64) (float64, bool) {
	want := fmt.Sprintf("a size in px, a number from %s to %s", trimFloat(lo), trimFloat(hi))
	if n.Kind != yaml.ScalarNode || n.Tag != "!!int" && n.Tag != "!!float" {
		d.errorf(n, "%s must be %s, got %s", key, want, describe(n))
		return 0, false
	}
	v, err := strconv.ParseFloat(n.Value, 64)
	if err != nil || math.IsNaN(v) || v < lo || v > hi {
		d.errorf(n, "%s %s is out of range: use %s", key, n.Value, want)
		return 0, false
	}
	return v, true
}

// trimFloat prints v without trailing zeros.
func trimFloat(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// partNames lists the names of the colour parts.
func partNames(ps []part) []string {
	names := make([]string, len(ps))
	for i, p := range ps {
		names[i] = p.name
	}
	return names
}

// slotKeys lists the keys of a part.
func slotKeys(p part) []string {
	keys := make([]string, len(p.slots))
	for i, s := range p.slots {
		keys[i] = s.key
	}
	return keys
}

// colors decodes the mapping n of part p into the theme, recording where
// each colour was set.
func (d *decoder) colors(n *yaml.Node, p part) {
	es, _ := d.entries(n, p.name, slotKeys(p))
	for _, e := range es {
		i := slices.IndexFunc(p.slots, func(s slot) bool { return s.key == e.key.Value })
		where := p.name + "." + e.key.Value
		if c, ok := d.colorOf(e.value, where); ok {
			*p.slots[i].dst = c
			d.f.set = append(d.f.set, setColor{c, d.pos(e.value), where})
		}
	}
}

// sizes decodes the mapping n of font sizes.
func (d *decoder) sizes(n *yaml.Node) {
	fs := sizeFields(&d.f.Sizes)
	names := make([]string, len(fs))
	for i, f := range fs {
		names[i] = f.name
	}
	es, _ := d.entries(n, keySizes, names)
	for _, e := range es {
		f := fs[slices.Index(names, e.key.Value)]
		if v, ok := d.number(e.value, keySizes+"."+f.name, f.min, f.max); ok {
			*f.dst = v
		}
	}
}
