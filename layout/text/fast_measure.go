package text

import "unicode"

// asciiWidth measures r[a:b] (weights bold) as shapeRunes would set it,
// without building the line, when the embedded font's tables cover the
// text (see asciiItems) and every pair in it; false otherwise. Widths are sums of whole font units, so the result is the
// very number shapeRunes gives.
func (fs *Fonts) asciiWidth(r []rune, bold []bool, a, b int, size float64) (float64, bool) {
	if len(fs.user) > 0 {
		return 0, false
	}
	w := 0.0
	for start := a; start < b; {
		end := start + 1
		for end < b && bold[end] == bold[start] {
			end++
		}
		units, ok := fastTableUnits(bold[start], r[start:end])
		if !ok {
			return 0, false
		}
		t := tableOf(bold[start])
		w += float64(float64(units/t.upem) * size)
		start = end
	}
	return w, true
}

// tableOf returns the table of the embedded font of a weight.
func tableOf(bold bool) *fastTable {
	if bold {
		return &fastTables[1]
	}
	return &fastTables[0]
}

// fastTableUnits returns the advance of r in font units from the tables,
// as fastTable.shape sums it; false when r leaves them.
func fastTableUnits(bold bool, r []rune) (float64, bool) {
	t := tableOf(bold)
	x := 0.0
	prev := -1
	for _, c := range r {
		i := fastIndex(c)
		if i < 0 || t.lacks(i) {
			return 0, false
		}
		if prev >= 0 {
			if t.isSlow(prev, i) {
				return 0, false
			}
			x += t.kern(prev, i)
		}
		x += float64(t.adv[i])
		prev = i
	}
	return x, true
}

// measureTable measures s, bold or not, at size px when the embedded
// font's tables cover it, it has no blank to collapse or trim and no font
// of the user's comes first: what Measure gives, without its allocations.
func (fs *Fonts) measureTable(s string, size float64, bold bool) (float64, bool) {
	if len(fs.user) > 0 || s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return 0, false
	}
	t := tableOf(bold)
	x := 0.0
	prev, prevRune := -1, rune(0)
	for _, c := range s {
		a := fastIndex(c)
		if a < 0 || t.lacks(a) || c == ' ' && prevRune == ' ' || c != ' ' && unicode.IsSpace(c) {
			return 0, false
		}
		if prev >= 0 {
			if t.isSlow(prev, a) {
				return 0, false
			}
			x += t.kern(prev, a)
		}
		x += float64(t.adv[a])
		prev, prevRune = a, c
	}
	return float64(float64(x/t.upem) * size), true
}
