package text

import (
	"fmt"
	"math/rand"
	"testing"
)

// TestFastBreaksAreUAX14 checks fastBreaks against the segmenter on
// random text of the classes it knows.
func TestFastBreaksAreUAX14(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	alphabet := []rune("ab Zé9 0,.:;-- ñ")
	fast := 0
	for n := 0; n < 20000; n++ {
		r := make([]rune, 1+rng.Intn(24))
		for i := range r {
			r[i] = alphabet[rng.Intn(len(alphabet))]
		}
		p := para{r: r, bold: make([]bool, len(r))}
		keep := rng.Intn(4)
		got, ok := fastBreaks(p, keep)
		if !ok {
			continue
		}
		fast++
		if want := breaksSegmenter(p, keep); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("%q keep %d: fastBreaks %v, segmenter %v", string(r), keep, got, want)
		}
	}
	if fast < 19000 {
		t.Errorf("only %d strings took the fast path", fast)
	}
}
