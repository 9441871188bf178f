package render

import (
	"bytes"
	"fmt"
	"image"
	"path/filepath"
	"strings"

	"github.com/roadmapgo/roadmap/render/svgicon"
	"github.com/roadmapgo/roadmap/roadmap"
)

// MaxIconPixels is the most pixels (width × height) an icon image may
// have: a small file can claim a huge picture, and decoding it would take
// that much memory.
const MaxIconPixels = 4096 * 4096

// ReadIconFile is the default ReadFile of the backends: the
// operating-system file, refused by its size before reading when it is
// over roadmap.MaxIconSize.
func ReadIconFile(name string) ([]byte, error) {
	return roadmap.ReadLimited(name, roadmap.MaxIconSize)
}

// ReadIcon reads the icon file name with read, and refuses it when it is
// over roadmap.MaxIconSize, whatever read is.
func ReadIcon(read func(string) ([]byte, error), name string) ([]byte, error) {
	data, err := read(name)
	if err != nil {
		return nil, err
	}
	if len(data) > roadmap.MaxIconSize {
		return nil, fmt.Errorf("%s: %w", name, &roadmap.SizeError{Limit: roadmap.MaxIconSize})
	}
	return data, nil
}

// CheckPixels reads the header of a raster icon and refuses it when it
// claims more than MaxIconPixels pixels.
func CheckPixels(name string, data []byte) error {
	cfg, _, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return fmt.Errorf("icon %s: %w", name, err)
	}
	if px := int64(cfg.Width) * int64(cfg.Height); px > MaxIconPixels {
		return fmt.Errorf("icon %s is %d×%d pixels, over the limit of %d (MaxIconPixels); use a smaller image", name, cfg.Width, cfg.Height, MaxIconPixels)
	}
	return nil
}

// DecodeIcon decodes a raster icon after checking its pixel count.
func DecodeIcon(name string, data []byte) (image.Image, error) {
	if err := CheckPixels(name, data); err != nil {
		return nil, err
	}
	src, _, err := image.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("icon %s: %w", name, err)
	}
	return src, nil
}

// IsSVGIcon reports whether an icon file is an SVG image, by its
// extension or its first bytes.
func IsSVGIcon(path string, data []byte) bool {
	if strings.EqualFold(filepath.Ext(path), ".svg") {
		return true
	}
	head := strings.TrimSpace(string(data[:min(len(data), 512)]))
	return strings.HasPrefix(head, "<svg") || (strings.HasPrefix(head, "<?xml") && strings.Contains(head, "<svg"))
}

// ParseSVGIcon reads an SVG icon file for the raster backends (see
// package svgicon); its errors name the file and the line.
func ParseSVGIcon(name string, data []byte) (*svgicon.Icon, error) {
	ic, err := svgicon.Parse(data)
	if err != nil {
		return nil, fmt.Errorf("icon %s: %w", name, err)
	}
	return ic, nil
}
