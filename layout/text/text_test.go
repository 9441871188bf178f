package text

import (
	"strings"
	"testing"
	"time"
)

func noSystem(t *testing.T) *Fonts {
	t.Helper()
	fs, err := New(Options{NoSystem: true})
	if err != nil {
		t.Fatal(err)
	}
	return fs
}

func lineTexts(ls []Line) []string {
	out := make([]string, len(ls))
	for i, l := range ls {
		out[i] = l.Text
	}
	return out
}

func TestWrapBreaksAtSpacesAndFits(t *testing.T) {
	fs := noSystem(t)
	ls := fs.Wrap([]Span{{Text: "Retrieval   Augmented Generation and evaluation"}}, 20, 200, false)
	if len(ls) < 2 {
		t.Fatalf("lines %q", lineTexts(ls))
	}
	for _, l := range ls {
		if l.Width > 200 {
			t.Errorf("line %q is %.1f px wide, more than 200", l.Text, l.Width)
		}
		if strings.HasPrefix(l.Text, " ") || strings.HasSuffix(l.Text, " ") || strings.Contains(l.Text, "  ") {
			t.Errorf("line %q keeps blanks", l.Text)
		}
	}
	if got := strings.Join(lineTexts(ls), " "); got != "Retrieval Augmented Generation and evaluation" {
		t.Errorf("joined lines %q", got)
	}
}

func TestWrapNeverAddsHyphens(t *testing.T) {
	fs := noSystem(t)
	url := "https://example.com/a/very/long/path/to/somewhere/interesting"
	ls := fs.Wrap([]Span{{Text: url}}, 20, 150, false)
	if len(ls) < 2 {
		t.Fatalf("lines %q", lineTexts(ls))
	}
	if got := strings.Join(lineTexts(ls), ""); got != url {
		t.Errorf("lines %q do not join back to the URL", lineTexts(ls))
	}
	word := "Supercalifragilisticexpialidocious"
	ls = fs.Wrap([]Span{{Text: word}}, 20, 100, false)
	if got := strings.Join(lineTexts(ls), ""); got != word {
		t.Errorf("lines %q do not join back to the word", lineTexts(ls))
	}
}

func TestWrapKeepsNumberWithFirstWord(t *testing.T) {
	fs := noSystem(t)
	ls := fs.Wrap([]Span{{Text: "12. "}, {Text: "Mathematics for machine learning", Bold: true}}, 25, 200, true)
	if ls[0].Text != "12. Mathematics" {
		t.Errorf("first line %q: the number is parted from its word", ls[0].Text)
	}
	r := ls[0].Runs
	if len(r) != 2 || r[0].Bold || !r[1].Bold || r[0].Text != "12. " {
		t.Errorf("runs %+v: want the number regular, the title bold", r)
	}
}

func TestWrapCJKBetweenCharacters(t *testing.T) {
	fs, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	ls := fs.Wrap([]Span{{Text: "大规模语言模型的基础知识与数学原理。"}}, 20, 120, false)
	if len(ls) < 2 {
		t.Fatalf("lines %q", lineTexts(ls))
	}
	for _, l := range ls[1:] {
		if strings.HasPrefix(l.Text, "。") {
			t.Errorf("line %q starts with closing punctuation", l.Text)
		}
	}
}

func TestBidiOrdersRuns(t *testing.T) {
	fs, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	ln := fs.Shape([]Span{{Text: "Python פייתון 3"}}, 20)
	var heb *Run
	for i := range ln.Runs {
		if ln.Runs[i].RTL {
			heb = &ln.Runs[i]
		}
	}
	if heb == nil {
		t.Skipf("no Hebrew font: runs %+v missing %q", ln.Runs, ln.Missing)
	}
	if heb.X <= ln.Runs[0].X {
		t.Errorf("the Hebrew run is not right of the Latin one: %+v", ln.Runs)
	}
	// An RTL paragraph: the Latin word comes left of the Hebrew one.
	ln = fs.Shape([]Span{{Text: "שלום Python"}}, 20)
	if ln.Runs[0].X <= ln.Runs[len(ln.Runs)-1].X {
		t.Errorf("in a Hebrew paragraph the first word is not rightmost: %+v", ln.Runs)
	}
}

func TestMissingCharactersAreReported(t *testing.T) {
	fs := noSystem(t)
	ln := fs.Shape([]Span{{Text: "Hi 世界"}}, 20)
	if string(ln.Missing) != "世界" {
		t.Errorf("missing %q, want 世界", string(ln.Missing))
	}
	ln = fs.Shape([]Span{{Text: "Learn 🧮 math"}}, 20)
	if len(ln.Missing) != 0 {
		t.Errorf("an emoji is reported missing: %q", string(ln.Missing))
	}
	if len(ln.Runs) != 3 || ln.Runs[1].Font != KeyEmoji {
		t.Errorf("runs %+v: want the emoji in its own run", ln.Runs)
	}
}

func TestGlyphsAreWhatWasMeasured(t *testing.T) {
	fs, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"AVWAY Tokenization", "Ünïcödé façade", "مرحبا بالعالم", "大语言模型", "🧮👩‍💻🇫🇷"} {
		ln := fs.Shape([]Span{{Text: s}}, 20)
		sum := 0.0
		for _, r := range ln.Runs {
			gs, _, err := Glyphs(r)
			if err != nil {
				t.Fatal(err)
			}
			adv := 0.0
			for _, g := range gs {
				adv += g.Advance
			}
			if d := adv*20 - r.Width; d > 1e-9 || d < -1e-9 {
				t.Errorf("%q run %q: glyphs advance %.4f px, measured %.4f", s, r.Text, adv*20, r.Width)
			}
			sum += r.Width
		}
		if d := sum - ln.Width; d > 1e-9 || d < -1e-9 {
			t.Errorf("%q: runs sum to %.4f, line %.4f", s, sum, ln.Width)
		}
	}
}

func TestWrapKeepsTheParagraphsDirection(t *testing.T) {
	fs, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	// A Hebrew paragraph whose second line is Latin, Hebrew and Latin:
	// in a right-to-left paragraph "def" comes leftmost.
	ls := fs.Wrap([]Span{{Text: "שלום עולם abc שלום def"}}, 20, 110, false)
	if len(ls) < 2 {
		t.Fatalf("lines %q", lineTexts(ls))
	}
	last := ls[len(ls)-1]
	var def, abc *Run
	for i, r := range last.Runs {
		if strings.Contains(r.Text, "def") {
			def = &last.Runs[i]
		}
		if strings.Contains(r.Text, "abc") {
			abc = &last.Runs[i]
		}
	}
	if def != nil && abc != nil && def.X > abc.X {
		t.Errorf("line %q of a Hebrew paragraph set left to right: %+v", last.Text, last.Runs)
	}
}

func TestEmojiRightToLeftAreReversed(t *testing.T) {
	fs := noSystem(t)
	ln := fs.Shape([]Span{{Text: "שלום 😀😁 עולם"}}, 20)
	for _, r := range ln.Runs {
		if r.Font != KeyEmoji {
			continue
		}
		gs, _, err := Glyphs(r)
		if err != nil || len(gs) != 2 {
			t.Fatalf("glyphs %v, %v", gs, err)
		}
		if !r.RTL || gs[0].Cluster != "😁" {
			t.Errorf("emoji run %+v: glyphs %v, want 😁 leftmost", r, gs)
		}
	}
}

func TestWrapOfZeroWidthTextIsLinear(t *testing.T) {
	fs := noSystem(t)
	s := strings.Repeat("\u200b\u0301", 5000) + " end"
	done := make(chan []Line)
	go func() { done <- fs.Wrap([]Span{{Text: s}}, 20, 100, false) }()
	select {
	case ls := <-done:
		if len(ls) == 0 {
			t.Error("no lines")
		}
	case <-time.After(20 * time.Second):
		t.Fatal("wrapping 10,000 zero-width characters took over 20 s")
	}
}

func TestWrapKeyTellsSpansApart(t *testing.T) {
	fs := noSystem(t)
	a := fs.Wrap([]Span{{Text: "ab\x01cd"}}, 20, 0, false)
	b := fs.Wrap([]Span{{Text: "ab"}, {Text: "cd", Bold: true}}, 20, 0, false)
	if a[0].Text == b[0].Text {
		t.Errorf("two labels share a cache entry: %q", b[0].Text)
	}
}

func TestKeepFirstWithTheBlankInTheNextSpan(t *testing.T) {
	fs := noSystem(t)
	ls := fs.Wrap([]Span{{Text: "12."}, {Text: " Introduction to things", Bold: true}}, 25, 170, true)
	if !strings.HasPrefix(ls[0].Text, "12. Intro") {
		t.Errorf("first line %q: the number is parted from its word", ls[0].Text)
	}
}
