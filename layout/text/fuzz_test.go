package text

import (
	"testing"

	"github.com/go-fonts/liberation/liberationserifbold"
)

// FuzzFontFile sets text in arbitrary font bytes, as a theme file's
// fonts: from a stranger's pull request would be: no panic, and a font
// that loads shapes and wraps text to finite widths.
func FuzzFontFile(f *testing.F) {
	f.Add(liberationserifbold.TTF, "Hello, мир")
	f.Add(liberationserifbold.TTF[:4096], "Tokenization")
	f.Add([]byte("ttcf\x00\x01\x00\x00\x00\x00\x00\x01\x00\x00\x00\x10"), "x")
	f.Fuzz(func(t *testing.T, data []byte, s string) {
		font, err := fromData("fuzz.ttf", 0, data)
		if err != nil {
			return
		}
		font.Key = "fuzz:" + font.Key
		registry.Store(font.Key, font)
		defer registry.Delete(font.Key)
		fs := &Fonts{user: []*Font{font}, picked: map[pickKey]*Font{}}
		for _, l := range fs.Wrap([]Span{{Text: s}}, 20, 100, false) {
			if l.Width != l.Width || l.Width < 0 {
				t.Fatalf("line %q is %v px wide", l.Text, l.Width)
			}
			for _, r := range l.Runs {
				if _, _, err := Glyphs(r); err != nil && r.Font != font.Key {
					t.Fatalf("run %q: %v", r.Text, err)
				}
			}
		}
	})
}
