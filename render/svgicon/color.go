package svgicon

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

// paintSpec is a fill or stroke value as written: none, a colour (with
// an alpha from #rrggbbaa, rgba() or transparent), currentColor, or a
// url(#id) reference with its fallback.
type paintSpec struct {
	kind     specKind
	color    Color
	alpha    float64
	ref      string
	fallback *paintSpec
}

type specKind int

const (
	specNone specKind = iota
	specColor
	specCurrent
	specRef
)

// parsePaint reads a fill or stroke value.
func parsePaint(v string) (paintSpec, error) {
	v = strings.TrimSpace(v)
	switch {
	case v == "none":
		return paintSpec{kind: specNone}, nil
	case strings.EqualFold(v, "currentColor"):
		return paintSpec{kind: specCurrent}, nil
	case strings.HasPrefix(v, "url("):
		end := strings.IndexByte(v, ')')
		if end < 0 {
			return paintSpec{}, fmt.Errorf("paint %q has no closing parenthesis", v)
		}
		ref := strings.Trim(strings.TrimSpace(v[4:end]), `"'`)
		if !strings.HasPrefix(ref, "#") {
			return paintSpec{}, fmt.Errorf("paint %q refers to another file, which is never fetched", v)
		}
		p := paintSpec{kind: specRef, ref: ref[1:]}
		if rest := strings.TrimSpace(v[end+1:]); rest != "" {
			fb, err := parsePaint(rest)
			if err != nil {
				return paintSpec{}, err
			}
			p.fallback = &fb
		}
		return p, nil
	}
	c, a, err := parseColor(v)
	return paintSpec{kind: specColor, color: c, alpha: a}, err
}

// parseColor reads a colour: a name, #rgb, #rgba, #rrggbb, #rrggbbaa,
// rgb() or rgba() (numbers or percentages, commas or spaces), or
// transparent; it returns its alpha apart.
func parseColor(v string) (Color, float64, error) {
	v = strings.TrimSpace(v)
	lower := strings.ToLower(v)
	if lower == "transparent" {
		return Color{}, 0, nil
	}
	if c, ok := namedColor(lower); ok {
		return c, 1, nil
	}
	if strings.HasPrefix(v, "#") {
		return hexColor(v)
	}
	if strings.HasPrefix(lower, "rgb(") || strings.HasPrefix(lower, "rgba(") {
		return rgbColor(v)
	}
	return Color{}, 0, fmt.Errorf("colour %q is not a colour name, #rrggbb or rgb() (other colour functions are not read)", v)
}

// hexColor reads #rgb, #rgba, #rrggbb or #rrggbbaa.
func hexColor(v string) (Color, float64, error) {
	h := v[1:]
	if len(h) == 3 || len(h) == 4 {
		var b strings.Builder
		for _, r := range h {
			b.WriteRune(r)
			b.WriteRune(r)
		}
		h = b.String()
	}
	n, err := strconv.ParseUint(h, 16, 32)
	if err != nil || (len(h) != 6 && len(h) != 8) {
		return Color{}, 0, fmt.Errorf("colour %q is not #rgb or #rrggbb", v)
	}
	alpha := 1.0
	if len(h) == 8 {
		alpha = float64(n&0xff) / 255
		n >>= 8
	}
	return Color{uint8(n >> 16), uint8(n >> 8), uint8(n)}, alpha, nil
}

// rgbColor reads rgb() or rgba().
func rgbColor(v string) (Color, float64, error) {
	open, end := strings.IndexByte(v, '('), strings.LastIndexByte(v, ')')
	bad := fmt.Errorf("colour %q is not rgb(R, G, B) or rgba(R, G, B, A)", v)
	if end < open || strings.TrimSpace(v[end+1:]) != "" {
		return Color{}, 0, bad
	}
	args := strings.FieldsFunc(v[open+1:end], func(r rune) bool { return r == ',' || r == ' ' || r == '/' || r == '\t' || r == '\n' })
	if len(args) != 3 && len(args) != 4 {
		return Color{}, 0, bad
	}
	var ch [3]uint8
	for i := range ch {
		f, err := component(args[i], 255)
		if err != nil {
			return Color{}, 0, bad
		}
		ch[i] = uint8(math.Round(math.Max(0, math.Min(255, f))))
	}
	alpha := 1.0
	if len(args) == 4 {
		a, err := component(args[3], 1)
		if err != nil {
			return Color{}, 0, bad
		}
		alpha = clamp01(a)
	}
	return Color{ch[0], ch[1], ch[2]}, alpha, nil
}

// component reads a number, or a percentage of full.
func component(s string, full float64) (float64, error) {
	if p, ok := strings.CutSuffix(s, "%"); ok {
		f, err := strconv.ParseFloat(p, 64)
		return float64(f*full) / 100, err
	}
	return strconv.ParseFloat(s, 64)
}

// clamp01 limits v to 0..1 (NaN to 0).
func clamp01(v float64) float64 {
	if !(v > 0) {
		return 0
	}
	return math.Min(v, 1)
}

// namedColor returns the colour of an SVG colour keyword (lower case).
func namedColor(name string) (Color, bool) {
	i := sort.Search(len(namedColors), func(i int) bool { return namedColors[i].name >= name })
	if i < len(namedColors) && namedColors[i].name == name {
		return namedColors[i].c, true
	}
	return Color{}, false
}
