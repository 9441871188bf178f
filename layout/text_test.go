package layout

import (
	"math"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/go-text/typesetting/segmenter"
)

var body = Style{Size: 20}

func TestMeasureStringKerns(t *testing.T) {
	av := MeasureString("AV", body)
	sum := MeasureString("A", body) + MeasureString("V", body)
	if av >= sum {
		t.Errorf(`width of "AV" = %.2f, want less than "A"+"V" = %.2f (kerning)`, av, sum)
	}
}

func TestMeasureStringUsesLiberationMetrics(t *testing.T) {
	// Liberation Sans, like Arial, sets "A" 1366/2048 em wide.
	if got, want := MeasureString("A", Style{Size: 2048}), 1366.0; got != want {
		t.Errorf(`width of "A" at 2048 px = %v, want %v`, got, want)
	}
	if MeasureString("Roadmap", Style{Size: 20, Bold: true}) <= MeasureString("Roadmap", body) {
		t.Error("bold text is not wider than regular text")
	}
	if got := MeasureString("", body); got != 0 {
		t.Errorf("width of empty string = %v, want 0", got)
	}
}

func TestMeasureStringEmoji(t *testing.T) {
	// Noto Color Emoji sets every emoji 2550/2048 em wide.
	one := MeasureString("🚀", body)
	if math.Abs(one-20*2550.0/2048) > 1e-9 {
		t.Errorf("an emoji at 20 px measures %v, want %v", one, 20*2550.0/2048)
	}
	// A ZWJ sequence with a variation selector is one glyph.
	if got := MeasureString("🧑\u200d🔬\ufe0f", body); got != one {
		t.Errorf("a ZWJ emoji sequence measures %v, want %v", got, one)
	}
}

func TestStyleMetrics(t *testing.T) {
	st := Style{Size: 100}
	if a := st.Ascent(); a < 90 || a > 91 {
		t.Errorf("ascent at 100 px = %v, want about 90.5", a)
	}
	if d := st.Descent(); d < 21 || d > 22 {
		t.Errorf("descent at 100 px = %v, want about 21.2", d)
	}
	if l := st.Leading(); l != 100*DefaultLineHeight {
		t.Errorf("default leading = %v", l)
	}
}

func TestWrapAtWordBoundaries(t *testing.T) {
	s := "Understand the evolution from encoder-decoder Transformers to decoder-only architectures"
	lines := Wrap(s, 200, body)
	if len(lines) < 3 {
		t.Fatalf("Wrap gave %d lines, want several: %q", len(lines), lines)
	}
	for _, l := range lines {
		if w := MeasureString(l, body); w > 200 {
			t.Errorf("line %q is %.1f px wide, over 200", l, w)
		}
		if strings.HasPrefix(l, " ") || strings.HasSuffix(l, " ") {
			t.Errorf("line %q has an edge blank", l)
		}
	}
	if got := strings.Join(lines, " "); got != s {
		t.Errorf("joined lines = %q, want the input back", got)
	}
}

func TestWrapKeepsShortTextOnOneLine(t *testing.T) {
	if got := Wrap("  Data   preparation\t", 300, body); len(got) != 1 || got[0] != "Data preparation" {
		t.Errorf("Wrap = %q, want one line with blanks collapsed", got)
	}
	if got := Wrap(" \t ", 300, body); got != nil {
		t.Errorf("Wrap of blanks = %q, want nil", got)
	}
	if got := Wrap("a b", 0, body); len(got) != 1 {
		t.Errorf("Wrap with no limit = %q, want one line", got)
	}
}

func TestWrapHonoursNewlines(t *testing.T) {
	got := Wrap("first\nsecond", 500, body)
	if len(got) != 2 || got[0] != "first" || got[1] != "second" {
		t.Errorf("Wrap = %q, want [first second]", got)
	}
}

func TestWrapBreaksCJKBetweenCharacters(t *testing.T) {
	s := "大規模言語モデルの基礎と応用について学ぶ。"
	lines := Wrap(s, 100, body) // 5 ideographs a line
	if len(lines) < 4 {
		t.Fatalf("Wrap gave %q, want CJK broken across lines", lines)
	}
	if got := strings.Join(lines, ""); got != s {
		t.Errorf("joined lines = %q, want %q", got, s)
	}
	for _, l := range lines {
		if strings.HasPrefix(l, "。") {
			t.Errorf("line %q starts with closing punctuation", l)
		}
		if strings.HasSuffix(l, "-") {
			t.Errorf("CJK line %q got a hyphen", l)
		}
	}
}

func TestWrapMixedCJKAndLatin(t *testing.T) {
	lines := Wrap("LLM大規模言語モデル", 70, body)
	if lines[0] != "LLM" && !strings.HasPrefix(lines[0], "LLM") {
		t.Errorf("first line %q, want the Latin word kept whole", lines[0])
	}
	if strings.Join(lines, "") != "LLM大規模言語モデル" {
		t.Errorf("lines %q lose text", lines)
	}
}

func TestWrapBreaksLongWordsWithoutHyphens(t *testing.T) {
	word := "Supercalifragilisticexpialidociousnessization"
	lines := Wrap("A "+word+" here", 120, body)
	var pieces []string
	for _, l := range lines {
		if w := MeasureString(l, body); w > 120 {
			t.Errorf("line %q is %.1f px wide, over 120", l, w)
		}
		if strings.HasSuffix(l, "-") {
			t.Errorf("line %q: a hyphen was added", l)
		}
		pieces = append(pieces, l)
	}
	if len(lines) < 4 {
		t.Errorf("lines %q: want the long word broken over lines", lines)
	}
	joined := strings.Join(pieces, "")
	if strings.ReplaceAll(joined, " ", "") != strings.ReplaceAll("A "+word+" here", " ", "") {
		t.Errorf("lines %q do not give the input back", lines)
	}
}

func TestWrapNarrowerThanAGlyphStillProgresses(t *testing.T) {
	lines := Wrap("WWW", 5, body)
	if len(lines) != 3 {
		t.Fatalf("Wrap = %q, want one W a line", lines)
	}
	for _, l := range lines {
		if utf8.RuneCountInString(strings.TrimSuffix(l, "-")) != 1 {
			t.Errorf("line %q, want a single glyph", l)
		}
	}
}

func TestLabelCentresLinesInBox(t *testing.T) {
	m := DefaultMetrics()
	l := m.BoxFor(KindTopic, "Direct Preference Optimization", 0)
	if l.W != m.Topic.Width || l.H != m.Topic.MinHeight {
		t.Errorf("box %vx%v, want %vx%v", l.W, l.H, m.Topic.Width, m.Topic.MinHeight)
	}
	if len(l.Lines) != 2 {
		t.Fatalf("lines %+v, want two", l.Lines)
	}
	st := m.Topic.Text
	top := l.Lines[0].Baseline - st.Ascent()
	bottom := l.Lines[1].Baseline + st.Descent()
	if d := top - (l.H - bottom); d > 0.01 || d < -0.01 {
		t.Errorf("text block not centred vertically: %.2f above, %.2f below", top, l.H-bottom)
	}
	for _, ln := range l.Lines {
		if ln.X != l.W/2 || ln.Anchor != AnchorMiddle {
			t.Errorf("line %q anchored %v at %v, want middle at %v", ln.Text, ln.Anchor, ln.X, l.W/2)
		}
		if ln.Width != MeasureString(ln.Text, st) {
			t.Errorf("line %q width %v is not its measure", ln.Text, ln.Width)
		}
	}
	at := l.At(100, 50)
	if at[0].X != l.Lines[0].X+100 || at[0].Baseline != l.Lines[0].Baseline+50 {
		t.Errorf("At shifted line 0 to %v,%v", at[0].X, at[0].Baseline)
	}
}

func TestLabelGrowsForLongText(t *testing.T) {
	m := DefaultMetrics()
	l := m.BoxFor(KindSection, strings.Repeat("Long section title ", 12), 0)
	if l.W != m.Section.Width {
		t.Errorf("width %v, want the fixed %v", l.W, m.Section.Width)
	}
	want := float64(len(l.Lines))*m.Section.Text.Leading() + 2*m.Section.PadY
	if l.H != want || l.H <= m.Section.MinHeight {
		t.Errorf("height %v for %d lines, want %v", l.H, len(l.Lines), want)
	}
}

func TestLabelFitsTextWhenWidthIsFree(t *testing.T) {
	m := DefaultMetrics()
	l := m.BoxFor(KindTitle, "The LLM Scientist Roadmap", 0)
	want := MeasureString("The LLM Scientist Roadmap", m.Title.Text) + 2*m.Title.PadX
	if l.W != want || len(l.Lines) != 1 {
		t.Errorf("title box %v wide with %d lines, want %v and one line", l.W, len(l.Lines), want)
	}
	narrow := m.BoxFor(KindTitle, "The LLM Scientist Roadmap", 300)
	if narrow.W > 300 || len(narrow.Lines) < 2 {
		t.Errorf("title limited to 300 px: %v wide, %d lines", narrow.W, len(narrow.Lines))
	}
}

func BenchmarkMeasureString(b *testing.B) {
	s := "Understand the evolution from encoder-decoder Transformers"
	for b.Loop() {
		MeasureString(s, body)
	}
}

func BenchmarkWrap(b *testing.B) {
	s := "Iteratively updates policy to maximize reward while staying close to initial behavior"
	for b.Loop() {
		Wrap(s, 207, body)
	}
}

// graphemes counts the grapheme clusters of s (UAX #29).
func graphemes(s string) int {
	var seg segmenter.Segmenter
	seg.Init([]rune(s))
	n := 0
	for it := seg.GraphemeIterator(); it.Next(); {
		n++
	}
	return n
}

// FuzzWrap checks that wrapping loses no text, and that no line is wider
// than the limit unless it holds a single grapheme cluster.
func FuzzWrap(f *testing.F) {
	for _, s := range []string{"Data preparation", "大規模言語モデルの基礎。", "Supercalifragilistic-expialidocious", "a\nb  c\t", "🧑‍🔬 emoji", ""} {
		f.Add(s, 120.0)
	}
	f.Fuzz(func(t *testing.T, s string, maxW float64) {
		if !utf8.ValidString(s) || maxW < 1 || maxW > 1e6 {
			t.Skip()
		}
		lines := Wrap(s, maxW, body)
		strip := func(s string) string {
			return strings.Map(func(r rune) rune {
				if r == '-' || unicode.IsSpace(r) {
					return -1
				}
				return r
			}, s)
		}
		if got, want := strip(strings.Join(lines, "")), strip(s); got != want {
			t.Fatalf("Wrap(%q, %v) = %q: text changed", s, maxW, lines)
		}
		for _, l := range lines {
			if l == "" || l != strings.TrimSpace(l) {
				t.Fatalf("Wrap(%q, %v): line %q empty or with edge blanks", s, maxW, l)
			}
			if MeasureString(l, body) > maxW+1e-9 && graphemes(l) > 1 {
				t.Fatalf("Wrap(%q, %v): line %q is %v wide", s, maxW, l, MeasureString(l, body))
			}
		}
	})
}
