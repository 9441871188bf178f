package png_test

import (
	"bytes"
	"fmt"
	stdpng "image/png"
	"log"

	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/render"
	"github.com/roadmapgo/roadmap/render/png"
)

// A one-box diagram drawn at scale 2 for a high-density screen.
func ExampleWrite() {
	st := layout.Style{Size: 20}
	d := &layout.Diagram{
		Width: 300, Height: 120, Title: "Example",
		Nodes: []layout.Node{{
			ID: "t", Kind: layout.KindTopic, Box: layout.Rect{X: 30, Y: 20, W: 235, H: 74},
			Lines: []layout.Line{{Text: "Tokenization", X: 147.5, Baseline: 64, Size: 20,
				Anchor: layout.AnchorMiddle, Width: layout.MeasureString("Tokenization", st)}},
		}},
	}
	var buf bytes.Buffer
	if err := png.Write(&buf, d, png.Options{Theme: render.Light, Scale: 2}); err != nil {
		log.Fatal(err)
	}
	cfg, err := stdpng.DecodeConfig(&buf)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%d×%d\n", cfg.Width, cfg.Height)
	// Output: 600×240
}

// Image returns the drawing itself, for callers that encode it otherwise
// or compose it with other images.
func ExampleImage() {
	d := &layout.Diagram{Width: 100, Height: 50}
	img, err := png.Image(d, png.Options{Transparent: true})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(img.Bounds().Size(), img.RGBAAt(0, 0).A)
	// Output: (100,50) 0
}
