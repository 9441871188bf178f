package layout

import (
	"github.com/go-fonts/liberation/liberationsansbold"
	"github.com/go-fonts/liberation/liberationsansregular"
)

// FontFamily is the CSS font-family list that renderers name for the
// embedded font: it first, then metric-compatible fallbacks.
const FontFamily = "'Liberation Sans', Arimo, Arial, Helvetica, sans-serif"

// FontTTF returns the TrueType bytes of the embedded font (Liberation
// Sans, SIL Open Font License), regular or bold: the font Latin text is
// set in unless the user gives others (see package layout/text).
func FontTTF(bold bool) []byte {
	if bold {
		return liberationsansbold.TTF
	}
	return liberationsansregular.TTF
}
