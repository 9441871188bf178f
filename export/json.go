package export

import (
	"encoding/json"
	"io"

	"github.com/roadmapgo/roadmap/roadmap"
)

// JSON writes the model of r as indented JSON, keys in the order of the
// model's fields and characters such as '<' and '&' written as themselves.
// Source positions and the file name are left out. The same roadmap gives
// the same bytes.
func JSON(w io.Writer, r *roadmap.Roadmap) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}
