package svg

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/roadmapgo/roadmap/internal/tooltest"
	"github.com/roadmapgo/roadmap/render"
	"github.com/roadmapgo/roadmap/render/internal/rendertest"
)

// TestAutoThemeFollowsColorScheme draws the sample in the auto theme
// through headless Chromium, once as a reader who prefers light and once
// dark, and checks that each sees its theme's colours.
func TestAutoThemeFollowsColorScheme(t *testing.T) {
	bin := tooltest.Chromium(t)
	dir := t.TempDir()
	svgPath := filepath.Join(dir, "sample.svg")
	if err := os.WriteFile(svgPath, renderSVG(t, rendertest.SVGSample(), Options{Theme: render.Auto}), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		th    render.Theme
		flags []string
	}{{render.Light, nil}, {render.Dark, []string{"--force-dark-mode"}}} {
		t.Run(c.th.Name, func(t *testing.T) {
			img := chromiumShot(t, bin, svgPath, filepath.Join(dir, c.th.Name+".png"), c.flags)
			for _, p := range []struct {
				what string
				x, y int
				want render.Color
			}{
				{"background", 2, 2, c.th.Background},
				{"section fill", 45, 125, c.th.Section},
				{"topic fill", 305, 100, c.th.Topic},
				{"optional fill", 305, 150, c.th.Optional},
				{"spine", 370, 238, c.th.Spine},
			} {
				if got := img.At(p.x, p.y); !near(got, p.want) {
					t.Errorf("%s at (%d,%d) is %v, want %s", p.what, p.x, p.y, got, p.want.Hex())
				}
			}
		})
	}
}

// chromiumShot screenshots the SVG at svgPath in headless Chromium with
// the extra flags.
func chromiumShot(t *testing.T, bin, svgPath, shot string, flags []string) image.Image {
	return chromiumShotSized(t, bin, svgPath, shot, image.Pt(480, 320), flags)
}

// chromiumShotSized is chromiumShot in a window of the given size.
func chromiumShotSized(t *testing.T, bin, svgPath, shot string, size image.Point, flags []string) image.Image {
	t.Helper()
	args := append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
		fmt.Sprintf("--window-size=%d,%d", size.X, size.Y), "--screenshot=" + shot}, flags...)
	cmd := exec.Command(bin, append(args, "file://"+svgPath)...)
	cmd.Env = append(os.Environ(), "HOME="+t.TempDir())
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, out)
	}
	b, err := os.ReadFile(shot)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return img
}

// TestAutoThemeStyleSheet checks the auto SVG's colours: its attributes
// hold the light palette, its media query the dark one, and a light
// colour that stands for two dark ones is written as two values.
func TestAutoThemeStyleSheet(t *testing.T) {
	svg := string(renderSVG(t, rendertest.SVGSample(), Options{Theme: render.Auto}))
	i := strings.Index(svg, "@media (prefers-color-scheme: dark){")
	if i < 0 {
		t.Fatalf("no dark media query in %.400s", svg)
	}
	css := svg[i : strings.Index(svg[i:], "</style>")+i]
	for _, want := range []string{
		`[fill="` + render.Light.Background.Hex() + `"]{fill:` + render.Dark.Background.Hex() + `}`,
		`[fill="` + render.Light.Topic.Hex() + `"]{fill:` + render.Dark.Topic.Hex() + `}`,
		`[stroke="` + render.Light.Spine.Hex() + `"]{stroke:` + render.Dark.Spine.Hex() + `}`,
	} {
		if !strings.Contains(css, want) {
			t.Errorf("style sheet lacks %s: %s", want, css)
		}
	}
	if n := strings.Count(css, `[fill="#ffffff"]`); n != 1 {
		t.Errorf("white has %d dark fills, want one: %s", n, css)
	}
	light := string(renderSVG(t, rendertest.SVGSample(), Options{Theme: render.Light}))
	if strings.Count(svg, "<rect") != strings.Count(light, "<rect") {
		t.Error("auto and light differ in their shapes")
	}
}

func TestNudgeStaysInRange(t *testing.T) {
	for _, b := range []uint8{0, 1, 128, 254, 255} {
		seen := map[uint8]bool{b: true}
		for step := 1; step <= 6; step++ {
			c := nudge(render.Color{B: b}, step)
			if seen[c.B] {
				t.Errorf("nudge(%d, %d) = %d, already given", b, step, c.B)
			}
			seen[c.B] = true
		}
	}
}
