package svgicon_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/roadmapgo/roadmap/render/png"
	"github.com/roadmapgo/roadmap/render/svgicon"
)

// Whatever the bytes, Parse returns an icon or an error, never panics,
// and what it returns rasterizes without panicking: an icon file comes
// from the roadmap's author, or from a stranger's pull request.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.svg"))
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 9 9"><path d="M1 1a3 4 30 1 0 5 5zM0 0q9 9 9 0t-9 0" stroke="red" stroke-linecap="square"/></svg>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		ic, err := svgicon.Parse(data)
		if err != nil {
			return
		}
		if !(ic.ViewBox.W > 0 && ic.ViewBox.H > 0) {
			t.Fatalf("an icon with the viewBox %v", ic.ViewBox)
		}
		png.IconImage(ic, 24, 24)
	})
}
