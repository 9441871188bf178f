package themefile

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/render"
	"github.com/roadmapgo/roadmap/render/svg"
	"github.com/roadmapgo/roadmap/roadmap"
)

// project makes a project in a temporary directory holding files (name
// to content) and returns it with its root.
func project(t *testing.T, files map[string]string) (*roadmap.Project, string) {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	proj, err := roadmap.OpenProject(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { proj.Close() })
	return proj, dir
}

func TestParseOverridesBase(t *testing.T) {
	src := `base: dark
section: {fill: "#7b1fa2", text: "#fff"}
topic: {fill: "#fff3e0", text: "#4e342e"}
edge: {stroke: "#a1887f"}
sizes: {title: 40, section: 22.5, topic: 20, legend: 16}
`
	f, err := Parse([]byte(src), "themes/purple.yaml", nil)
	if err != nil {
		t.Fatal(err)
	}
	th := f.Theme
	if th.Name != "purple" || f.Base != "dark" {
		t.Errorf("name %q, base %q", th.Name, f.Base)
	}
	want := map[string][2]render.Color{
		"section":      {th.Section, rgb(0x7b, 0x1f, 0xa2)},
		"section text": {th.SectionText, rgb(0xff, 0xff, 0xff)},
		"topic":        {th.Topic, rgb(0xff, 0xf3, 0xe0)},
		"topic text":   {th.TopicText, rgb(0x4e, 0x34, 0x2e)},
		"connector":    {th.Connector, rgb(0xa1, 0x88, 0x7f)},
		"spine (base)": {th.Spine, render.Dark.Spine},
		"background":   {th.Background, render.Dark.Background},
	}
	for what, c := range want {
		if c[0] != c[1] {
			t.Errorf("%s = %s, want %s", what, c[0].Hex(), c[1].Hex())
		}
	}
	m := f.Sizes.Apply(layout.DefaultMetrics())
	if m.Title.Text.Size != 40 || m.Section.Text.Size != 22.5 || m.Topic.Text.Size != 20 || m.Legend.Text.Size != 16 {
		t.Errorf("metrics %+v", m)
	}
	if m.Section.Width != layout.DefaultMetrics().Section.Width {
		t.Errorf("sizes changed the section width")
	}
}

// The colours of a theme file reach the picture: the section fill the
// file sets is painted, the base's is not.
func TestThemeFileChangesTheOutput(t *testing.T) {
	f, err := Parse([]byte("base: light\nsection: {fill: \"#7b1fa2\"}\n"), "p.yaml", nil)
	if err != nil {
		t.Fatal(err)
	}
	d := &layout.Diagram{Width: 300, Height: 200, Nodes: []layout.Node{
		{ID: "s", Kind: layout.KindSection, Box: layout.Rect{X: 10, Y: 10, W: 200, H: 80}, Lines: []layout.Line{{Text: "S", Size: 20}}},
	}}
	var light, custom bytes.Buffer
	if err := svg.Write(&light, d, svg.Options{Theme: render.Light}); err != nil {
		t.Fatal(err)
	}
	if err := svg.Write(&custom, d, svg.Options{Theme: f.Theme}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(custom.String(), `fill="#7b1fa2"`) || strings.Contains(custom.String(), render.Light.Section.Hex()) {
		t.Errorf("the section is not painted in the file's colour:\n%s", custom.String())
	}
	if !strings.Contains(light.String(), render.Light.Section.Hex()) {
		t.Errorf("the light picture lacks the light section colour")
	}
}

func TestFontsResolveInsideRoot(t *testing.T) {
	proj, dir := project(t, map[string]string{"fonts/Inter.ttf": "font", "themes/a.yaml": ""})
	name := filepath.Join(dir, "themes", "a.yaml")
	_, err := Parse([]byte("base: light\nfonts: [../fonts/Inter.ttf, ../fonts/Inter.TTF]\n"), name, proj)
	if err == nil || !strings.Contains(err.Error(), `font file "../fonts/Inter.TTF" not found`) {
		t.Fatalf("a missing font: %v", err)
	}
	f, err := Parse([]byte("base: light\nfonts: [../fonts/Inter.ttf]\n"), name, proj)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{filepath.Join(dir, "fonts", "Inter.ttf")}; len(f.Fonts) != 1 || f.Fonts[0] != want[0] {
		t.Errorf("fonts %q, want %q", f.Fonts, want)
	}
}

func TestLoadRefusesHugeFile(t *testing.T) {
	proj, dir := project(t, map[string]string{"big.yaml": "base: light\n" + strings.Repeat("# padding\n", MaxSize/10+1)})
	_, err := Load(proj, filepath.Join(dir, "big.yaml"))
	var list roadmap.ErrorList
	if !errors.As(err, &list) || !strings.Contains(err.Error(), "big.yaml: theme file is over the limit of 64 KiB") {
		t.Errorf("huge file: %v", err)
	}
	if _, err := Load(proj, filepath.Join(dir, "none.yaml")); err == nil {
		t.Error("a missing theme file loaded")
	}
}

func TestWarningsForLowContrast(t *testing.T) {
	src := "base: light\nsection: {fill: \"#cccccc\"}\n"
	f, err := Parse([]byte(src), "grey.yaml", nil)
	if err != nil {
		t.Fatal(err)
	}
	ws := f.Warnings()
	if len(ws) == 0 {
		t.Fatal("no warning for white on light grey")
	}
	got := ws[0].Error()
	for _, part := range []string{"grey.yaml:2:17: warning: ", "#ffffff on #cccccc", "1.61:1", "4.5:1", "section label", "section.fill"} {
		if !strings.Contains(got, part) {
			t.Errorf("warning %q lacks %q", got, part)
		}
	}
	for _, w := range ws {
		if strings.Count(w.Error(), "#ffffff on #cccccc") > 1 {
			t.Errorf("one pair of colours in two warnings: %v", ws)
		}
	}
}

// The example theme meets AA everywhere: it gives no warning.
func TestExampleThemeHasNoWarning(t *testing.T) {
	name := filepath.Join("..", "..", "examples", "themes", "purple.yaml")
	proj, err := roadmap.OpenProject(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	defer proj.Close()
	f, err := Load(proj, name)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range f.Warnings() {
		t.Error(w)
	}
	if f.Theme.Section == render.Light.Section || f.Sizes.IsZero() {
		t.Errorf("the example changes neither the section colour nor a size: %+v", f)
	}
}

// rgb is the colour of r, g, b.
func rgb(r, g, b uint8) render.Color { return render.Color{R: r, G: g, B: b} }

func TestParseColor(t *testing.T) {
	for s, want := range map[string]render.Color{"#fff": rgb(0xff, 0xff, 0xff), "#7B1fA2": rgb(0x7b, 0x1f, 0xa2), "#0a0": rgb(0, 0xaa, 0)} {
		if c, ok := parseColor(s); !ok || c != want {
			t.Errorf("%s: %v %v", s, c, ok)
		}
	}
	for _, s := range []string{"", "#", "fff", "#ffff", "#-12", "#+1234a", "#12345g", "red", "#fff "} {
		if _, ok := parseColor(s); ok {
			t.Errorf("%q parsed as a colour", s)
		}
	}
}
