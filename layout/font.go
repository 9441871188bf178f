package layout

import (
	"github.com/go-fonts/liberation/liberationsansbold"
	"github.com/go-fonts/liberation/liberationsansregular"
)

// FontFamily is the CSS font-family list that renderers name: the
// measured font first, then metric-compatible fallbacks.
const FontFamily = "'Liberation Sans', Arimo, Arial, Helvetica, sans-serif"

// FontTTF returns the TrueType bytes of the font that text is measured
// with (Liberation Sans, SIL Open Font License), regular or bold. Renderers
// draw with these very bytes so that text fits the boxes it was measured for.
func FontTTF(bold bool) []byte {
	if bold {
		return liberationsansbold.TTF
	}
	return liberationsansregular.TTF
}
