package layout

import (
	"fmt"
	"strings"

	"github.com/go-text/typesetting/language"

	"github.com/roadmapgo/roadmap/layout/text"
	"github.com/roadmapgo/roadmap/roadmap"
)

// HasMissing reports whether a line of d holds a character that no font
// covered, drawn as the embedded font's missing-glyph box. It is cheap
// for text the embedded font covers, and tells when Uncovered is worth
// its cost.
func HasMissing(d *Diagram) bool {
	missing := false
	d.EachLine(func(l Line) {
		if missing {
			return
		}
		for _, run := range l.Pieces() {
			if run.Font == text.KeyRegular || run.Font == text.KeyBold {
				missing = missing || !coveredByEmbedded(run.Text, run.Bold)
			}
		}
	})
	return missing
}

// coveredByEmbedded reports whether the embedded font has every visible
// character of s.
func coveredByEmbedded(s string, bold bool) bool {
	var f *text.Font
	for _, r := range s {
		if r >= 0x20 && r < 0x7f {
			continue
		}
		if f == nil {
			f, _ = text.Lookup(embeddedKey(bold))
		}
		if !f.Covers(r) && !text.Invisible(r) {
			return false
		}
	}
	return true
}

// Uncovered returns a warning, at the place of the text, for each title
// of c's roadmaps (or of r alone when c is nil) and of c itself holding
// characters that no font of fonts covers (nil: the default fonts): they
// show as boxes. The message names the characters and their script, and
// the kind of font that would cover them.
func Uncovered(c *roadmap.Course, r *roadmap.Roadmap, fonts *text.Fonts) roadmap.ErrorList {
	if fonts == nil {
		fonts = text.Default()
	}
	var out roadmap.ErrorList
	check := func(s string, bold bool, at roadmap.Pos) {
		if e := uncovered(fonts, s, bold, at); e != nil {
			out = append(out, e)
		}
	}
	rs := []*roadmap.Roadmap{r}
	if c != nil {
		check(c.Title, true, roadmap.Pos{File: c.File, Line: 1, Col: 1})
		check(roadmap.PlainText(c.Description), false, roadmap.Pos{File: c.File, Line: 1, Col: 1})
		rs = c.Roadmaps
	}
	for _, r := range rs {
		check(r.Title, true, r.Pos)
		for i, s := range r.Sections {
			check(SectionLabel(s, i), true, s.Pos)
			for _, t := range s.Topics {
				check(t.Title, false, t.Pos)
			}
		}
	}
	return out
}

// uncovered is the warning for s, nil when every character has a font.
func uncovered(fonts *text.Fonts, s string, bold bool, at roadmap.Pos) *roadmap.Error {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	missing := fonts.Shape([]text.Span{{Text: s, Bold: bold}}, 10).Missing
	if len(missing) == 0 {
		return nil
	}
	seen := map[rune]bool{}
	var chars, codes []string
	for _, r := range missing {
		if !seen[r] {
			seen[r] = true
			chars = append(chars, string(r))
			codes = append(codes, fmt.Sprintf("U+%04X", r))
		}
	}
	script := language.LookupScript(missing[0]).String()
	return &roadmap.Error{Pos: at, Msg: fmt.Sprintf("warning: no font has %q (%s, %s): they show as boxes; install %s or pass --font FILE",
		strings.Join(chars, ""), strings.Join(codes, " "), script, fontFor(script))}
}

// fontFor names a kind of font that covers script, with the Debian
// package that holds one.
func fontFor(script string) string {
	switch script {
	case "Han", "Hiragana", "Katakana", "Hangul", "Bopomofo":
		return "a CJK font (Debian's fonts-noto-cjk)"
	case "Arabic", "Hebrew", "Thai", "Devanagari", "Bengali", "Tamil", "Armenian", "Georgian", "Ethiopic":
		return "a font covering " + script + " (Debian's fonts-noto-core)"
	}
	return "a font covering " + script + " (a Noto font of that script)"
}
