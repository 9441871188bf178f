package png

import (
	"encoding/binary"
	"hash/adler32"
	"hash/crc32"
	"image"
	"io"
	"runtime"
	"slices"

	"github.com/klauspost/compress/flate"
)

// The PNG encoder: image/png chooses a filter for every row by trying all
// five, which takes most of its time on a diagram, and deflates with the
// standard library's compressor. This one filters no row (PNG filter type
// None) and deflates at klauspost/compress's level 1, in strips of rows
// compressed in parallel. On the example roadmaps, None gives files 3 to
// 13 % smaller than Up (the row minus the row above) at no more time:
// their rows repeat whole rows and glyphs further up, which deflate finds
// in the raw bytes, while differences depend on what lies above. Level 1
// of klauspost/compress deflates them in less than half the time of
// compress/flate's BestSpeed, for 0.3 % more bytes. The strips
// are cut by size, not by the number of processors, and each ends with a
// sync flush, so the bytes are the same whatever the machine; see
// BenchmarkEncode.

// stripBytes is about how many raw bytes each strip holds: enough that
// restarting the compressor's dictionary at a strip costs a few bytes
// per strip, small enough to give two processors work on a diagram.
const stripBytes = 256 << 10

// filterNone is PNG filter type 0: the row's bytes as they are.
const filterNone = 0

// encodePNG writes img to w as a PNG: 8-bit RGB when every pixel is
// opaque, as image/png does, else 8-bit RGBA with the colours divided by
// alpha, as image/png divides them. opaque tells that every pixel is
// opaque, sparing a pass over the image to find out.
func encodePNG(w io.Writer, img *image.RGBA, opaque bool) error {
	e := encoding{img: img, bpp: 3}
	if !opaque && !img.Opaque() {
		e.bpp = 4
	}
	width, height := img.Rect.Dx(), img.Rect.Dy()
	rowLen := 1 + e.bpp*width
	e.rows = max(1, stripBytes/rowLen)
	strips := (height + e.rows - 1) / e.rows
	out := e.compress(strips)

	pw := pngWriter{w: w}
	pw.write([]byte("\x89PNG\r\n\x1a\n"))
	var ihdr [13]byte
	binary.BigEndian.PutUint32(ihdr[0:], uint32(width))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(height))
	ihdr[8], ihdr[9] = 8, 2 // 8 bits per sample, truecolour
	if e.bpp == 4 {
		ihdr[9] = 6 // truecolour with alpha
	}
	pw.chunk("IHDR", ihdr[:])
	var sum uint32 = 1 // the Adler-32 of nothing
	for i, ch := range out {
		s := <-ch
		sum = adler32Combine(sum, s.adler, s.n)
		var head, tail []byte
		if i == 0 {
			head = []byte{0x78, 0x01} // zlib: deflate, 32 KiB window, fastest level
		}
		if i == len(out)-1 {
			tail = binary.BigEndian.AppendUint32(nil, sum)
		}
		pw.chunk("IDAT", head, s.data, tail)
	}
	pw.chunk("IEND")
	return pw.err
}

// encoding is the state shared by the workers compressing one image.
type encoding struct {
	img  *image.RGBA
	bpp  int // bytes per pixel in the file: 3 (RGB) or 4 (RGBA)
	rows int // rows per strip
}

// strip is one compressed strip: deflate data ending on a byte
// boundary, and the Adler-32 and length of the bytes it compresses.
type strip struct {
	data  []byte
	adler uint32
	n     int
}

// compress starts compressing the strips of e on as many goroutines as
// there are processors and returns one channel per strip, in order, each
// receiving its strip once compressed.
func (e *encoding) compress(strips int) []chan strip {
	out := make([]chan strip, strips)
	for i := range out {
		out[i] = make(chan strip, 1)
	}
	next := make(chan int, strips)
	for i := range strips {
		next <- i
	}
	close(next)
	for range min(strips, runtime.GOMAXPROCS(0)) {
		go func() {
			var z stripCompressor
			for i := range next {
				out[i] <- z.compress(e, i, i == strips-1)
			}
		}()
	}
	return out
}

// stripCompressor holds the buffers one worker reuses from strip to strip.
type stripCompressor struct {
	fw  *flate.Writer
	raw []byte
}

// compress deflates strip i of e; the last strip ends the
// deflate stream, the others end with a sync flush so that the next
// strip's data can follow.
func (z *stripCompressor) compress(e *encoding, i int, last bool) strip {
	b := e.img.Rect
	y0 := b.Min.Y + i*e.rows
	y1 := min(y0+e.rows, b.Max.Y)
	z.raw = slices.Grow(z.raw[:0], (y1-y0)*(1+e.bpp*b.Dx()))
	for y := y0; y < y1; y++ {
		z.raw = e.appendRow(z.raw, y)
	}
	buf := make(appendWriter, 0, len(z.raw)/8) // diagrams compress about 20 times
	if z.fw == nil {
		z.fw, _ = flate.NewWriter(&buf, flate.BestSpeed) // a valid level: no error
	} else {
		z.fw.Reset(&buf)
	}
	_, _ = z.fw.Write(z.raw) // writes to memory do not fail
	if last {
		_ = z.fw.Close()
	} else {
		_ = z.fw.Flush()
	}
	return strip{data: buf, adler: adler32.Checksum(z.raw), n: len(z.raw)}
}

// appendRow appends row y of e's image, as stored in the file, to dst.
func (e *encoding) appendRow(dst []byte, y int) []byte {
	img := e.img
	w := img.Rect.Dx()
	row := img.Pix[img.PixOffset(img.Rect.Min.X, y):][:4*w]
	n := len(dst) + 1
	dst = slices.Grow(dst, 1+e.bpp*w)[:n+e.bpp*w]
	dst[n-1] = filterNone
	if e.bpp == 3 {
		packRGB(dst[n:], row)
	} else {
		packNRGBA(dst[n:], row)
	}
	return dst
}

// packRGB writes the RGB of the opaque RGBA row src to out. It moves two
// pixels at once, storing their six colour bytes with one eight-byte
// store whose last two bytes the next store overwrites; the last pixels
// go byte by byte.
func packRGB(out, src []byte) {
	for len(src) >= 8 && len(out) >= 8 {
		v := binary.LittleEndian.Uint64(src)
		binary.LittleEndian.PutUint64(out, v&0xffffff|v>>8&0xffffff000000)
		src, out = src[8:], out[6:]
	}
	for len(src) >= 4 && len(out) >= 3 {
		copy(out[:3], src[:3])
		src, out = src[4:], out[3:]
	}
}

// packNRGBA writes the non-premultiplied RGBA of the RGBA row src to out.
func packNRGBA(out, src []byte) {
	for j := 0; j < len(src); j += 4 {
		c := unpremultiply([4]byte(src[j : j+4]))
		copy(out[j:j+4], c[:])
	}
}

// unpremultiply divides a premultiplied RGBA pixel's colour by its alpha,
// exactly as image/png does.
func unpremultiply(s [4]byte) [4]byte {
	switch s[3] {
	case 0:
		return [4]byte{}
	case 0xff:
		return s
	}
	const m = 0x101 * 0xffff
	a := uint32(s[3]) * 0x101
	return [4]byte{uint8((uint32(s[0]) * m / a) >> 8), uint8((uint32(s[1]) * m / a) >> 8), uint8((uint32(s[2]) * m / a) >> 8), s[3]}
}

// adler32Combine returns the Adler-32 of a sequence whose first part has
// checksum a1 and whose second part, n2 bytes long, has checksum a2 (as
// zlib's adler32_combine).
func adler32Combine(a1, a2 uint32, n2 int) uint32 {
	const base = 65521
	rem := uint32(n2 % base)
	s1 := a1 & 0xffff
	s2 := rem * s1 % base
	s1 += (a2 & 0xffff) + base - 1
	s2 += (a1 >> 16) + (a2 >> 16) + base - rem
	s1 %= base
	s2 %= base
	return s1 | s2<<16
}

// appendWriter appends what is written to it.
type appendWriter []byte

func (a *appendWriter) Write(p []byte) (int, error) {
	*a = append(*a, p...)
	return len(p), nil
}

// pngWriter writes PNG chunks, keeping the first error.
type pngWriter struct {
	w   io.Writer
	err error
}

// write writes b unless an earlier write failed.
func (p *pngWriter) write(b []byte) {
	if p.err == nil {
		_, p.err = p.w.Write(b)
	}
}

// chunk writes one chunk: length, type, the data (given in parts) and
// CRC.
func (p *pngWriter) chunk(typ string, parts ...[]byte) {
	var head [8]byte
	n := 0
	for _, d := range parts {
		n += len(d)
	}
	binary.BigEndian.PutUint32(head[:], uint32(n))
	copy(head[4:], typ)
	crc := crc32.ChecksumIEEE(head[4:])
	p.write(head[:])
	for _, d := range parts {
		crc = crc32.Update(crc, crc32.IEEETable, d)
		p.write(d)
	}
	p.write(binary.BigEndian.AppendUint32(nil, crc))
}
