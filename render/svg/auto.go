package svg

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/render"
)

// palette passes the colours of a document through one place: it records
// them (the passes that learn which colours a theme paints) or replaces
// each, in call order, by the colour to write (the auto theme's pass).
type palette struct {
	names  []string       // the attribute of each colour, in call order
	colors []render.Color // recorded, or to write
	at     int            // the next colour to write; -1 while recording
}

// color returns the colour to write for c as attribute name.
func (p *palette) color(name string, c render.Color) render.Color {
	if p == nil {
		return c
	}
	if p.at < 0 {
		p.names, p.colors = append(p.names, name), append(p.colors, c)
		return c
	}
	if p.at >= len(p.colors) {
		p.at++ // counted, so that write can tell the passes differ
		return c
	}
	c = p.colors[p.at]
	p.at++
	return c
}

// record paints d in theme t to nowhere and returns the colours it sets.
func record(d *layout.Diagram, opt Options, t render.Theme) (*palette, error) {
	p := &palette{at: -1}
	opt.Theme = t
	if err := write(io.Discard, d, opt, p, ""); err != nil {
		return nil, err
	}
	return p, nil
}

// writeAuto writes d in the light palette of opt.Theme with a style sheet
// that switches it to opt.Theme.Dark under @media (prefers-color-scheme:
// dark): every colour attribute keeps its light value, which viewers
// without media queries (librsvg) show, and a rule keyed on the
// attribute's value gives its dark counterpart.
func writeAuto(w io.Writer, d *layout.Diagram, opt Options) error {
	dark := *opt.Theme.Dark
	light := opt.Theme
	light.Dark = nil
	lp, err := record(d, opt, light)
	if err != nil {
		return err
	}
	dp, err := record(d, opt, dark)
	if err != nil {
		return err
	}
	if len(lp.colors) != len(dp.colors) {
		return fmt.Errorf("render: theme %q: its light and dark palettes paint %d and %d colours", opt.Theme.Name, len(lp.colors), len(dp.colors))
	}
	out, css := pairColors(lp, dp.colors)
	if s := light.ShadowOpacity; dark.ShadowOpacity != s {
		css += ".shadows{opacity:" + strconv.FormatFloat(dark.ShadowOpacity, 'f', -1, 64) + "}"
	}
	p := &palette{colors: out}
	opt.Theme = light
	if err := write(w, d, opt, p, "@media (prefers-color-scheme: dark){"+css+"}"); err != nil {
		return err
	}
	if p.at != len(out) {
		return fmt.Errorf("render: theme %q: the light pass painted %d colours, not %d", opt.Theme.Name, p.at, len(out))
	}
	return nil
}

// pairColors returns the colour to write for each recorded light colour
// and the CSS rules giving the dark one. A light colour that stands for
// two dark ones in the same attribute (white fills both a label and the
// background) is nudged by
// one step of blue for the second, invisible to a reader, so that each
// written value has one dark value.
func pairColors(light *palette, dark []render.Color) ([]render.Color, string) {
	type pair struct {
		name string
		l, d render.Color
	}
	type value struct {
		name string
		c    render.Color
	}
	written := map[pair]render.Color{}
	darkOf := map[value]render.Color{}
	ruled := map[string]bool{}
	var css strings.Builder
	out := make([]render.Color, len(dark))
	for i, l := range light.colors {
		name := light.names[i]
		k := pair{name, l, dark[i]}
		w, ok := written[k]
		if !ok {
			w = l
			for step := 1; ; step++ {
				if d, taken := darkOf[value{name, w}]; !taken || d == k.d {
					break
				}
				w = nudge(l, step)
			}
			written[k], darkOf[value{name, w}] = w, k.d
		}
		out[i] = w
		rule := "[" + name + `="` + w.Hex() + `"]{` + name + ":" + k.d.Hex() + "}"
		if w != k.d && !ruled[rule] {
			ruled[rule] = true
			css.WriteString(rule)
		}
	}
	return out, css.String()
}

// nudge returns c with its blue moved to the step-th value (from 1) of
// +1, -1, +2, -2, … that lies within 0..255, so that successive steps
// give distinct colours near c.
func nudge(c render.Color, step int) render.Color {
	for off := 1; ; off++ {
		for _, b := range []int{int(c.B) + off, int(c.B) - off} {
			if b < 0 || b > 255 {
				continue
			}
			if step--; step == 0 {
				c.B = uint8(b)
				return c
			}
		}
	}
}
