package roadmap

import (
	"net/url"
	"strings"
	"unicode"
)

// allowedSchemes are the URL schemes a roadmap may link to.
var allowedSchemes = []string{"http", "https", "mailto"}

// urlProblem returns what is wrong with a link, or "" when it is fine: an
// http, https or mailto URL, or a relative one. The scheme is found the
// way browsers find it (leading blanks and control characters dropped,
// tabs and newlines removed, any case), so "  JavaScript:" is refused too.
func urlProblem(raw string) string {
	if strings.TrimSpace(raw) == "" {
		return "url is empty; write a link or remove the field"
	}
	if scheme := urlScheme(raw); scheme != "" {
		if !isAllowedScheme(scheme) {
			return "url scheme " + quote(scheme+":") + " is not allowed; use http, https or mailto, or a relative path"
		}
	}
	for _, r := range raw {
		if r < 0x20 || r == 0x7f || unicode.IsSpace(r) {
			return "url contains a space or control character; percent-encode it (a space is %20)"
		}
	}
	u, err := url.Parse(raw)
	if err != nil {
		return "url " + quote(raw) + " is not a valid URL; check its syntax"
	}
	if (u.Scheme == "http" || u.Scheme == "https") && u.Host == "" {
		return "url " + quote(raw) + " has no host; write it as " + u.Scheme + "://host/path"
	}
	return ""
}

// urlScheme returns the lower-cased scheme of raw as a browser reads it,
// or "" for a relative URL.
func urlScheme(raw string) string {
	s := strings.TrimLeftFunc(raw, func(r rune) bool { return r <= 0x20 || r == 0x7f || unicode.IsSpace(r) })
	s = strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return -1
		}
		return r
	}, s)
	i := strings.IndexByte(s, ':')
	if i <= 0 {
		return ""
	}
	for k, r := range s[:i] {
		letter := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
		if !letter && (k == 0 || !(r >= '0' && r <= '9' || r == '+' || r == '-' || r == '.')) {
			return ""
		}
	}
	return strings.ToLower(s[:i])
}

func isAllowedScheme(scheme string) bool {
	for _, s := range allowedSchemes {
		if scheme == s {
			return true
		}
	}
	return false
}
