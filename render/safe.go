package render

import (
	"strings"

	"github.com/roadmapgo/roadmap/roadmap"
)

// SafeURL returns u, trimmed, and whether it may be a link: the links
// roadmap validation accepts (see roadmap.SafeLink), so that a model
// built in Go without validation gets no other link than a file would.
func SafeURL(u string) (string, bool) {
	u = strings.TrimSpace(u)
	return u, u != "" && roadmap.SafeLink(u)
}

// IsIDChar reports whether c may stand in an id: [A-Za-z0-9_.-].
func IsIDChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.'
}

// isIDStart reports whether an id may start with c: a letter or "_".
func isIDStart(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// SanitizeID makes s a valid XML id (and a CSS identifier after escaping
// dots): characters outside [A-Za-z0-9_.-] become "_", and an id that
// does not start with a letter or "_" gets a leading "_". Every output
// names a node by the model id made an id this way.
func SanitizeID(s string) string {
	if isValidID(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 1)
	// A first character outside the id characters becomes "_", which
	// may start an id; a digit, "-" or "." may not.
	if s == "" || IsIDChar(s[0]) && !isIDStart(s[0]) {
		b.WriteByte('_')
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !IsIDChar(c) {
			c = '_'
		}
		b.WriteByte(c)
	}
	return b.String()
}

// isValidID reports whether SanitizeID keeps s as it is.
func isValidID(s string) bool {
	if s == "" || !isIDStart(s[0]) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !IsIDChar(s[i]) {
			return false
		}
	}
	return true
}
