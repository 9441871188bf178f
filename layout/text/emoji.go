package text

import "github.com/roadmapgo/roadmap/render/emoji"

// wantsColour reports whether the grapheme cluster cl asks for a colour
// emoji: an emoji presentation selector, a keycap, a ZWJ sequence, a skin
// tone, a flag, or a pictograph that shows as emoji by default. Symbols
// of text presentation (★, ✓, ☺ without U+FE0F) are set in text fonts
// first.
func wantsColour(cl []rune) bool {
	if len(cl) == 0 || cl[0] == '\uFE0E' || len(cl) > 1 && cl[len(cl)-1] == '\uFE0E' {
		return false
	}
	for _, r := range cl {
		switch {
		case r == '\uFE0F', r == '\u20E3', r == '\u200D' && len(cl) > 2,
			r >= 0x1F3FB && r <= 0x1F3FF, r >= 0x1F1E6 && r <= 0x1F1FF:
			return true
		}
	}
	return emojiPresentation(cl[0])
}

// emojiPresentation approximates the Unicode Emoji_Presentation property:
// the pictograph planes, which are emoji by default.
func emojiPresentation(r rune) bool {
	return r >= 0x1F300 && r <= 0x1F5FF || r >= 0x1F600 && r <= 0x1F64F ||
		r >= 0x1F680 && r <= 0x1F6FF || r >= 0x1F900 && r <= 0x1FAFF ||
		r == 0x1F004 || r == 0x1F0CF || r == 0x1F18E || r >= 0x1F191 && r <= 0x1F19A ||
		r >= 0x1F201 && r <= 0x1F251
}

// emojiAdvance returns the advance of cluster cl in the embedded emoji
// font, in em; false when the font has no single glyph for it.
func emojiAdvance(cl []rune) (float64, bool) {
	return emoji.Advance(string(cl))
}
