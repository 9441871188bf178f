package svg

import (
	"encoding/base64"
	"fmt"
	"strconv"

	"github.com/roadmapgo/roadmap/render"
)

// escape makes s safe as XML text or a double-quoted attribute value
// (see appendEscaped).
func escape(s string) string {
	if !needsEscape(s) {
		return s
	}
	return string(appendEscaped(nil, s))
}

// needsEscape reports whether s has a byte that escape might change:
// markup, quotes, controls or anything outside ASCII.
func needsEscape(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < 0x20 || c >= 0x7f, c == '&', c == '<', c == '>', c == '"', c == '\'':
			return true
		}
	}
	return false
}

// attr is the attribute name="value", with value escaped, for svgo's
// attribute lists; the elements written once per document go through
// svgo this way, the ones written per node or edge through writer.
func attr(name, value string) string {
	return name + `="` + escape(value) + `"`
}

// dec2 formats v with two decimals (see appendDec2).
func dec2(v float64) string { return string(appendDec2(nil, v)) }

// pt formats a point of path data as "x,y".
func pt(x, y float64) string { return string(appendXY(nil, x, y)) }

// classToken makes s usable as one word of a class attribute (see
// appendClassToken).
func classToken(s string) string { return string(appendClassToken(nil, s)) }

// idSet hands out unique document ids: the prefix plus the sanitized
// name, with "-2", "-3", ... appended to names already taken.
type idSet struct {
	prefix string
	taken  map[string]bool
}

// newIDSet returns an empty idSet with room for about size ids.
func newIDSet(prefix string, size int) *idSet {
	return &idSet{prefix: prefix, taken: make(map[string]bool, size)}
}

// add returns the id of name and marks it taken.
func (s *idSet) add(name string) string {
	id := render.SanitizeID(s.prefix + name)
	for i := 2; s.taken[id]; i++ {
		id = render.SanitizeID(s.prefix+name) + "-" + strconv.Itoa(i)
	}
	s.taken[id] = true
	return id
}

// dataURI reads the image file name and returns it as a base64 data: URI
// whose media type comes from the content (PNG, JPEG, GIF, WebP or SVG),
// never from the file name.
func (r *renderer) dataURI(name string) (string, error) {
	data, err := render.ReadIcon(r.opt.ReadFile, name)
	if err != nil {
		return "", err
	}
	mime, err := render.SniffImage(data)
	if err != nil {
		return "", fmt.Errorf("%s: %w", name, err)
	}
	if mime != "image/svg+xml" {
		if err := render.CheckPixels(name, data); err != nil {
			return "", err
		}
	}
	return "data:" + mime + ";base64," + base64.StdEncoding.EncodeToString(data), nil
}
