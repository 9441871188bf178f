package roadmap

import (
	"html"
	"net/url"
	"strings"
	"unicode"
)

// allowedSchemes are the URL schemes a roadmap may link to.
var allowedSchemes = []string{"http", "https", "mailto"}

// maxEntityRounds is how many times URL checks decode HTML entities
// ("&amp;#x09;" takes two rounds); a URL still changing after that is
// refused.
const maxEntityRounds = 8

// SafeLink reports whether raw may be a link: an http, https or mailto
// URL, or a relative one, as Validate accepts it. Every exporter and
// renderer judges links with it, so what validation lets through is what
// they write.
func SafeLink(raw string) bool {
	return urlProblem(raw) == ""
}

// urlProblem returns what is wrong with a link, or "" when it is fine: an
// http, https or mailto URL, or a relative one. The scheme is judged as
// the most lenient reader of the link would see it: HTML entities decoded
// (numeric and named, repeatedly, since Markdown and HTML each decode
// once), then every ASCII control character and white space removed, in
// any case; so "  JavaScript:", "java&#x09;script:" and "jav\tascript:"
// are all refused. Percent-encoding is not decoded: browsers read the
// scheme before percent-decoding, so "java%0ascript:x" is a relative path
// (refused anyway, as a colon in the first segment of a relative path).
// Protocol-relative URLs ("//host", "\\host", "/\host") are refused: they
// take the scheme of the page that shows them.
func urlProblem(raw string) string {
	if isPlainURL(raw) {
		if msg := schemeProblem(raw, raw); msg != "" {
			return msg
		}
		return syntaxProblem(raw)
	}
	if strings.TrimSpace(raw) == "" {
		return "url is empty; write a link or remove the field"
	}
	seen, ok := browserView(raw)
	if !ok {
		return "url " + quote(raw) + " nests HTML entities too deeply; write the characters themselves"
	}
	if msg := schemeProblem(raw, seen); msg != "" {
		return msg
	}
	for _, r := range raw {
		if r < 0x20 || r == 0x7f || unicode.IsSpace(r) {
			return "url contains a space or control character; percent-encode it (a space is %20)"
		}
	}
	return syntaxProblem(raw)
}

// isPlainURL reports whether raw is printable ASCII without spaces and
// without '&' before its query, as nearly every link is: browserView
// leaves such a URL as it is.
func isPlainURL(raw string) bool {
	if raw == "" {
		return false
	}
	query := false
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		if c <= ' ' || c >= 0x7f || c == '&' && !query {
			return false
		}
		query = query || c == '?'
	}
	return true
}

// schemeProblem judges the scheme and the leading slashes of seen, raw as
// browserView gives it.
func schemeProblem(raw, seen string) string {
	if scheme := urlScheme(seen); scheme != "" && !isAllowedScheme(scheme) {
		return "url scheme " + quote(scheme+":") + " is not allowed; use http, https or mailto, or a relative path"
	}
	if isProtocolRelative(seen) {
		return "url " + quote(raw) + " is protocol-relative; write it in full, as https://" + strings.TrimLeft(seen, `/\`)
	}
	return ""
}

// syntaxProblem judges raw as a URL: it parses, and a web URL has a host.
func syntaxProblem(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "url " + quote(raw) + " is not a valid URL; check its syntax"
	}
	if (u.Scheme == "http" || u.Scheme == "https") && u.Host == "" {
		return "url " + quote(raw) + " has no host; write it as " + u.Scheme + "://host/path"
	}
	return ""
}

// browserView is raw as a browser may end up reading it: HTML entities
// decoded until nothing changes, then ASCII control characters and white
// space removed. It is false when the entities nest past maxEntityRounds.
//
// Entities are decoded only before the first '?': a literal '?' is never
// part of an entity, so it stays where it is however the text before it
// decodes, and the scheme and the leading slashes that urlProblem reads
// lie before it (a scheme has no '?'). The query is left as written,
// which spares decoding it (a first named entity, such as "&list" in a
// playlist link, builds the whole table of HTML entity names). '#' is no
// such boundary: "&#58;" is a colon.
func browserView(raw string) (string, bool) {
	head, query := raw, ""
	if i := strings.IndexByte(raw, '?'); i >= 0 {
		head, query = raw[:i], raw[i:]
	}
	s, ok := decodeEntities(head)
	if !ok {
		return "", false
	}
	return strings.Map(func(r rune) rune {
		if r <= 0x20 || r == 0x7f || unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s+query), true
}

// decodeEntities decodes the HTML entities of s until nothing changes; it
// is false when they nest past maxEntityRounds.
func decodeEntities(s string) (string, bool) {
	for round := 0; strings.Contains(s, "&"); round++ {
		next := html.UnescapeString(s)
		if next == s {
			break
		}
		if round == maxEntityRounds {
			return "", false
		}
		s = next
	}
	return s, true
}

// isProtocolRelative reports whether s starts with two slashes, either
// way round: browsers read "\" as "/" in web URLs.
func isProtocolRelative(s string) bool {
	return len(s) >= 2 && (s[0] == '/' || s[0] == '\\') && (s[1] == '/' || s[1] == '\\')
}

// urlScheme returns the lower-cased scheme of s (as browserView gives
// it), or "" for a relative URL.
func urlScheme(s string) string {
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
