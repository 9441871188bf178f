package svg

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"

	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/layout/text"
)

// fontFaces is the embedded font of a document: the family name its
// @font-face rules declare, and the CSS holding them.
type fontFaces struct {
	family string
	css    string
}

// fontFace subsets the measured font to the characters of the labels, per
// weight used, and returns its @font-face rules. The family name is
// derived from the subsets' content, so two SVGs with different subsets
// on one page never shadow each other's glyphs.
func (r *renderer) fontFace() (fontFaces, error) {
	if !r.opt.EmbedFont {
		return fontFaces{}, nil
	}
	used := map[bool]map[rune]bool{}
	r.d.EachLine(func(l layout.Line) {
		for _, run := range l.Pieces() {
			if run.Font != text.KeyRegular && run.Font != text.KeyBold {
				continue
			}
			if used[run.Bold] == nil {
				used[run.Bold] = map[rune]bool{}
			}
			for _, c := range run.Text {
				used[run.Bold][c] = true
			}
		}
	})
	type face struct {
		weight string
		data   []byte
	}
	var faces []face
	h := sha256.New()
	for _, bold := range []bool{false, true} {
		if used[bold] == nil {
			continue
		}
		sub, err := subsetTTF(layout.FontTTF(bold), sortedRunes(used[bold]))
		if err != nil {
			return fontFaces{}, fmt.Errorf("render: subsetting the font: %w", err)
		}
		weight := "normal"
		if bold {
			weight = "bold"
		}
		faces = append(faces, face{weight, sub})
		h.Write(sub)
	}
	if len(faces) == 0 {
		return fontFaces{}, nil
	}
	family := "roadmap-" + hex.EncodeToString(h.Sum(nil)[:6])
	var css strings.Builder
	for _, f := range faces {
		fmt.Fprintf(&css, "@font-face{font-family:'%s';font-weight:%s;font-style:normal;src:url(data:font/ttf;base64,%s) format('truetype');}",
			family, f.weight, base64.StdEncoding.EncodeToString(f.data))
	}
	return fontFaces{family: family, css: css.String()}, nil
}

func sortedRunes(set map[rune]bool) []rune {
	rs := make([]rune, 0, len(set))
	for c := range set {
		rs = append(rs, c)
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i] < rs[j] })
	return rs
}
