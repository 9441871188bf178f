package png

import (
	"bytes"
	"hash/adler32"
	"image"
	"image/color"
	"image/png"
	"runtime"
	"testing"

	"github.com/roadmapgo/roadmap/render"
	"github.com/roadmapgo/roadmap/render/internal/rendertest"
)

// TestEncodeRoundTrip decodes what encodePNG writes with image/png and
// compares every pixel: opaque images come back exactly, translucent
// ones as image/png's own encoder would give them back, on images of
// one strip and of many.
func TestEncodeRoundTrip(t *testing.T) {
	opaque, err := Image(rendertest.Scientist(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	clear, err := Image(rendertest.RasterSample(nil), Options{Theme: render.Dark, Transparent: true})
	if err != nil {
		t.Fatal(err)
	}
	tiny := image.NewRGBA(image.Rect(0, 0, 1, 1))
	tiny.SetRGBA(0, 0, color.RGBA{10, 20, 30, 40})
	for _, c := range []struct {
		name string
		img  *image.RGBA
	}{
		{"opaque, many strips", opaque},
		{"transparent", clear},
		{"transparent, many strips", gradient(400, 900, 200)},
		{"rows longer than a strip", gradient(stripBytes/3+5, 3, 255)},
		{"one pixel", tiny},
	} {
		t.Run(c.name, func(t *testing.T) {
			var ours, std bytes.Buffer
			if err := encodePNG(&ours, c.img, false); err != nil {
				t.Fatal(err)
			}
			if err := png.Encode(&std, c.img); err != nil {
				t.Fatal(err)
			}
			got, err := png.Decode(&ours)
			if err != nil {
				t.Fatalf("not a PNG: %v", err)
			}
			want, err := png.Decode(&std)
			if err != nil {
				t.Fatal(err)
			}
			if got.ColorModel() != want.ColorModel() {
				t.Errorf("colour model %v, image/png writes %v", got.ColorModel(), want.ColorModel())
			}
			if got.Bounds() != want.Bounds() {
				t.Fatalf("bounds %v, want %v", got.Bounds(), want.Bounds())
			}
			b := got.Bounds()
			for y := b.Min.Y; y < b.Max.Y; y++ {
				for x := b.Min.X; x < b.Max.X; x++ {
					if g, w := got.At(x, y), want.At(x, y); g != w {
						t.Fatalf("pixel (%d, %d) is %v, want %v", x, y, g, w)
					}
				}
			}
		})
	}
}

// TestAdler32Combine checks the checksum of strips joined against the
// checksum of the whole, including parts longer than the modulus.
func TestAdler32Combine(t *testing.T) {
	data := make([]byte, 200_000)
	for i := range data {
		data[i] = byte(i*7 + i/300)
	}
	for _, cut := range []int{0, 1, 65521, 100_000, 199_999, 200_000} {
		a, b := data[:cut], data[cut:]
		got := adler32Combine(adler32.Checksum(a), adler32.Checksum(b), len(b))
		if want := adler32.Checksum(data); got != want {
			t.Errorf("cut at %d: %08x, want %08x", cut, got, want)
		}
	}
}

// gradient returns a w×h image of colour ramps at the given alpha.
func gradient(w, h int, alpha uint8) *image.RGBA {
	m := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			c := color.NRGBA{uint8(x), uint8(y), uint8(x ^ y), alpha}
			m.Set(x, y, c)
		}
	}
	return m
}

// TestEncodeDeterministic checks that the bytes do not depend on how many
// processors compress the strips.
func TestEncodeDeterministic(t *testing.T) {
	img := gradient(300, 2000, 255)
	var want []byte
	for _, procs := range []int{1, 2, 5} {
		old := runtime.GOMAXPROCS(procs)
		var buf bytes.Buffer
		err := encodePNG(&buf, img, true)
		runtime.GOMAXPROCS(old)
		if err != nil {
			t.Fatal(err)
		}
		if want == nil {
			want = buf.Bytes()
		} else if !bytes.Equal(buf.Bytes(), want) {
			t.Errorf("GOMAXPROCS=%d gives other bytes than GOMAXPROCS=1", procs)
		}
	}
}
