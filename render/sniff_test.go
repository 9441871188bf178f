package render

import (
	"bytes"
	"image"
	"image/gif"
	"image/jpeg"
	"image/png"
	"net/http"
	"testing"
)

// encoded returns a 2×2 image in each raster format the standard
// library writes.
func encoded(t *testing.T) map[string][]byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 2, 2))
	out := map[string][]byte{}
	for mime, enc := range map[string]func(*bytes.Buffer) error{
		"image/png":  func(b *bytes.Buffer) error { return png.Encode(b, img) },
		"image/jpeg": func(b *bytes.Buffer) error { return jpeg.Encode(b, img, nil) },
		"image/gif":  func(b *bytes.Buffer) error { return gif.Encode(b, img, nil) },
	} {
		var b bytes.Buffer
		if err := enc(&b); err != nil {
			t.Fatal(err)
		}
		out[mime] = b.Bytes()
	}
	// The head of a lossy WebP file: RIFF size, "WEBP", then a VP8 chunk.
	out["image/webp"] = []byte("RIFF\x24\x00\x00\x00WEBPVP8 \x18\x00\x00\x00")
	return out
}

func TestSniffImageRaster(t *testing.T) {
	for want, data := range encoded(t) {
		got, err := SniffImage(data)
		if err != nil || got != want {
			t.Errorf("SniffImage(%s file) = %q, %v; want %q", want, got, err, want)
		}
		if std := http.DetectContentType(data); std != got {
			t.Errorf("%s: RasterType says %q, net/http says %q", want, got, std)
		}
	}
}

func TestSniffImageSVG(t *testing.T) {
	for _, src := range []string{
		`<svg xmlns="http://www.w3.org/2000/svg"/>`,
		"\ufeff<?xml version=\"1.0\"?>\n<!-- logo -->\n<svg width=\"4\" height=\"4\"></svg>",
	} {
		if got, err := SniffImage([]byte(src)); err != nil || got != "image/svg+xml" {
			t.Errorf("SniffImage(%q) = %q, %v; want image/svg+xml", src, got, err)
		}
	}
}

func TestSniffImageRefuses(t *testing.T) {
	for _, src := range []string{
		"",
		"hello",
		"<html><body>not an image</body></html>",
		"RIFF\x24\x00\x00\x00WAVEfmt ",       // a RIFF file that is sound
		"\x89PNG\r\n",                        // a cut-off PNG signature
		" \x89PNG\r\n\x1a\n\x00\x00\x00\x0d", // a signature not at the start
	} {
		if got, err := SniffImage([]byte(src)); err == nil {
			t.Errorf("SniffImage(%q) = %q, want an error", src, got)
		}
		if got := RasterType([]byte(src)); got != "" {
			t.Errorf("RasterType(%q) = %q, want \"\"", src, got)
		}
	}
}
