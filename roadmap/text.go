package roadmap

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Slug turns a title into an id: lower case, letters and digits kept
// (any script), every run of other characters made one '-', and no '-'
// at either end. A title without letters or digits gives "".
func Slug(title string) string {
	var b strings.Builder
	dash := false
	for _, r := range title {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(unicode.ToLower(r))
			continue
		}
		dash = true
	}
	return b.String()
}

// validID reports whether s may be an id: not empty, and only letters,
// digits, '-', '_', '.' and '/'.
func validID(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("-_./", r) {
			return false
		}
	}
	return true
}

// isRefText reports whether s reads as an id, a file path or FILE#ID:
// ids (validID) joined by at most one '#'.
func isRefText(s string) bool {
	file, id, _ := strings.Cut(s, "#")
	return validID(file) && (id == "" && !strings.HasSuffix(s, "#") || validID(id))
}

// maxQuoted is the most runes of a value quoted in a message.
const maxQuoted = 40

// quote quotes s for a message, cutting it short when it is long, but
// for an id, a file path or a FILE#ID reference, which the reader must
// see whole to find it.
func quote(s string) string {
	if utf8.RuneCountInString(s) <= maxQuoted || isRefText(s) {
		return fmt.Sprintf("%q", s)
	}
	return fmt.Sprintf("%q…", string([]rune(s)[:maxQuoted]))
}

// maxSuggestLen bounds the strings compared for a suggestion, so that a
// hostile file cannot make suggestions slow.
const maxSuggestLen = 64

// suggest returns the candidate closest to s by edit distance, or "" when
// none is close enough to be a likely typo. Ties go to the earlier
// candidate.
func suggest(s string, candidates []string) string {
	if len(s) > maxSuggestLen {
		return ""
	}
	limit := max(1, min(3, utf8.RuneCountInString(s)/3))
	best, bestDist := "", limit+1
	for _, c := range candidates {
		if len(c) > maxSuggestLen {
			continue
		}
		if d := distance(s, c, bestDist); d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

// distance is the optimal string alignment distance between a and b
// (insertions, deletions, substitutions and swaps of neighbours, on
// runes), or any value >= limit once it is known to reach limit.
func distance(a, b string, limit int) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d >= limit || -d >= limit {
		return limit
	}
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		rowMin := i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			rowMin = min(rowMin, cur[j])
		}
		if rowMin >= limit {
			return limit
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}

// Suggest returns the candidate closest to s by edit distance, or "" when
// none is close enough to be a likely typo: the did-you-mean of the
// messages, for programs that report their own names.
func Suggest(s string, candidates []string) string {
	return suggest(s, candidates)
}

// didYouMean returns "; did you mean X?" for the closest candidate, or "".
func didYouMean(s string, candidates []string) string {
	if c := suggest(s, candidates); c != "" {
		return fmt.Sprintf("; did you mean %q?", c)
	}
	return ""
}
