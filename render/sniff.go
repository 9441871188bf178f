package render

import (
	"bytes"
	"encoding/xml"
	"errors"
)

// rasterMagic is the signature each raster icon format starts with, as
// the WHATWG MIME Sniffing Standard lists them; a WebP file is a RIFF
// container whose form type (bytes 8 to 13) is "WEBPVP".
var rasterMagic = []struct {
	mime, prefix string
}{
	{"image/png", "\x89PNG\r\n\x1a\n"},
	{"image/jpeg", "\xff\xd8\xff"},
	{"image/gif", "GIF87a"},
	{"image/gif", "GIF89a"},
}

// RasterType returns the media type of a PNG, JPEG, GIF or WebP image
// from its first bytes, or "" when data is none of them.
func RasterType(data []byte) string {
	for _, m := range rasterMagic {
		if bytes.HasPrefix(data, []byte(m.prefix)) {
			return m.mime
		}
	}
	if len(data) >= 14 && string(data[:4]) == "RIFF" && string(data[8:14]) == "WEBPVP" {
		return "image/webp"
	}
	return ""
}

// ErrNotImage is the error of SniffImage for data that is not an icon
// image it accepts.
var ErrNotImage = errors.New("not a PNG, JPEG, GIF, WebP or SVG image")

// SniffImage returns the media type of an icon image from its content,
// never from its file name: one of RasterType's, or "image/svg+xml" for
// an XML document whose root element is <svg>.
func SniffImage(data []byte) (string, error) {
	if t := RasterType(data); t != "" {
		return t, nil
	}
	if isSVG(data) {
		return "image/svg+xml", nil
	}
	return "", ErrNotImage
}

// isSVG reports whether data is an XML document whose root is <svg>.
func isSVG(data []byte) bool {
	d := xml.NewDecoder(bytes.NewReader(data))
	for {
		tok, err := d.Token()
		if err != nil {
			return false
		}
		if se, ok := tok.(xml.StartElement); ok {
			return se.Name.Local == "svg"
		}
	}
}
