package png

import (
	"testing"

	"github.com/roadmapgo/roadmap/internal/tooltest"
	"github.com/roadmapgo/roadmap/render/internal/rendertest"
)

// TestMultilingualFidelityChromium checks that the PNG of a roadmap in
// Chinese, Japanese, Arabic, Hebrew and Latin, with emoji inside its
// titles, matches Chromium's rendering of its SVG as closely as the
// Latin pictures do: shaping, bidi order, fallback fonts and emoji are
// drawn as measured by both. The fonts it needs are Debian's
// fonts-noto-cjk and fonts-dejavu-core (.ci/install).
func TestMultilingualFidelityChromium(t *testing.T) {
	tooltest.Chromium(t)
	tooltest.Font(t, "Noto Sans CJK SC", "fonts-noto-cjk")
	tooltest.Font(t, "DejaVu Sans", "fonts-dejavu-core")
	stats := fidelity(t, "multilingual", rendertest.Multilingual(t), 1, false)
	t.Logf("PNG vs Chromium: %v", stats)
	if stats.meanAbs > 1.5 || stats.fracOver > 0.01 {
		t.Errorf("PNG differs from Chromium's rendering of the SVG: %v", stats)
	}
}

// TestMultilingualGolden compares the PNG of the multilingual roadmap
// with testdata/multilingual.png: CJK, Arabic and Hebrew from the system
// fonts .ci/install installs, shaped, in bidi order, emoji in colour.
func TestMultilingualGolden(t *testing.T) {
	tooltest.Font(t, "Noto Sans CJK SC", "fonts-noto-cjk")
	tooltest.Font(t, "DejaVu Sans", "fonts-dejavu-core")
	pngCheckGolden(t, "multilingual", renderPNG(t, rendertest.Multilingual(t), Options{}))
}
