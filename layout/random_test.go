package layout

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/roadmapgo/roadmap/roadmap"
)

// Random roadmaps for the property tests.

var words = []string{
	"LLM", "architecture", "tokenization", "attention", "sampling", "data", "training",
	"optimization", "RLHF", "evaluation", "quantization", "GGUF", "AWQ", "&", "of", "a",
	"Transformers", "multimodal", "AV", "Wo", "fine-tuning", "llama.cpp", "x",
	"Supercalifragilisticexpialidociousnessization", "🚀", "大規模言語モデル", "의", "한국어",
	"データ前処理と特徴抽出", "Ω", "naïve", "Überblick", "—",
}

var emoji = []string{"🏗️", "🧑‍🔬", "🚀", "🧠", "⚙️", "🛡️"}

// randomTitle makes a title of 1 to 6 words, or now and then a very long
// one of up to 200 characters.
func randomTitle(rng *rand.Rand) string {
	n := 1 + rng.IntN(6)
	if rng.IntN(12) == 0 {
		n = 40
	}
	var b strings.Builder
	for i := 0; i < n; i++ {
		if i > 0 && rng.IntN(8) != 0 {
			b.WriteByte(' ')
		}
		b.WriteString(words[rng.IntN(len(words))])
	}
	s := []rune(b.String())
	if len(s) > 200 {
		s = s[:200]
	}
	return strings.TrimSpace(string(s))
}

// randomRoadmap builds a roadmap of random size and content: sometimes
// no sections or no topics, sometimes sixty sections or twenty topics,
// with long titles, CJK, emoji, icons, optional flags and requires.
func randomRoadmap(rng *rand.Rand) *roadmap.Roadmap {
	r := &roadmap.Roadmap{Title: randomTitle(rng), File: "courses/x.yaml"}
	if rng.IntN(3) > 0 {
		r.Icon = emoji[rng.IntN(len(emoji))]
	}
	ns := rng.IntN(10)
	switch rng.IntN(10) {
	case 0:
		ns = 0
	case 1:
		ns = 40 + rng.IntN(21)
	}
	var ids []string
	for i := 0; i < ns; i++ {
		s := &roadmap.Section{ID: fmt.Sprintf("s%d", i), Title: randomTitle(rng), Number: i + 1, Optional: rng.IntN(5) == 0}
		switch rng.IntN(4) {
		case 0:
			s.Icon = emoji[rng.IntN(len(emoji))]
		case 1:
			s.Icon = "img/icon.png"
		}
		nt := rng.IntN(6)
		switch rng.IntN(8) {
		case 0:
			nt = 0
		case 1:
			nt = 12 + rng.IntN(10)
		}
		for j := 0; j < nt; j++ {
			s.Topics = append(s.Topics, &roadmap.Topic{ID: fmt.Sprintf("s%d/t%d", i, j), Title: randomTitle(rng), Optional: rng.IntN(6) == 0})
		}
		r.Sections = append(r.Sections, s)
		ids = append(ids, s.ID)
		for _, t := range s.Topics {
			ids = append(ids, t.ID)
		}
	}
	addRandomRequires(rng, r, ids)
	r.Optional = ns%3 == 1 // from the size, so the random stream stays the same
	return r
}

func addRandomRequires(rng *rand.Rand, r *roadmap.Roadmap, ids []string) {
	if len(ids) < 2 {
		return
	}
	for _, s := range r.Sections {
		if rng.IntN(4) == 0 {
			s.Requires = append(s.Requires, roadmap.Ref{ID: ids[rng.IntN(len(ids))]})
		}
		for _, t := range s.Topics {
			switch rng.IntN(10) {
			case 0:
				t.Requires = append(t.Requires, roadmap.Ref{ID: ids[rng.IntN(len(ids))]})
			case 1:
				t.Requires = append(t.Requires, roadmap.Ref{File: "other.yaml", ID: "elsewhere"})
			}
		}
	}
}

// titleOfLength returns a title of exactly n characters (runes) made of
// words, now and then CJK or an emoji.
func titleOfLength(rng *rand.Rand, n int) string {
	var b []rune
	for len(b) < n {
		if len(b) > 0 {
			b = append(b, ' ')
		}
		b = append(b, []rune(words[rng.IntN(len(words))])...)
	}
	b = b[:n]
	if b[n-1] == ' ' {
		b[n-1] = 'x'
	}
	if b[0] == ' ' {
		b[0] = 'x'
	}
	return string(b)
}

// sizedRoadmap builds a roadmap of 1 to 30 sections of 0 to 30 topics,
// titles of 1 to 120 characters, icons and a few same-file requires.
func sizedRoadmap(rng *rand.Rand) *roadmap.Roadmap {
	r := &roadmap.Roadmap{Title: titleOfLength(rng, 1+rng.IntN(120)), Icon: emoji[rng.IntN(len(emoji))]}
	var ids []string
	for i := range 1 + rng.IntN(30) {
		s := &roadmap.Section{ID: fmt.Sprintf("s%d", i), Title: titleOfLength(rng, 1+rng.IntN(120)), Number: i + 1}
		if rng.IntN(3) > 0 {
			s.Icon = emoji[rng.IntN(len(emoji))]
		}
		nt := rng.IntN(31)
		if rng.IntN(2) == 0 {
			nt = rng.IntN(7) // mostly the reference's shape
		}
		for j := range nt {
			s.Topics = append(s.Topics, &roadmap.Topic{ID: fmt.Sprintf("s%d/t%d", i, j), Title: titleOfLength(rng, 1+rng.IntN(120))})
		}
		r.Sections = append(r.Sections, s)
		ids = append(ids, s.ID)
		for _, t := range s.Topics {
			ids = append(ids, t.ID)
		}
	}
	addRandomRequires(rng, r, ids)
	return r
}
