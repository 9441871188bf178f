package cli

import (
	"bytes"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRenderWritesBesideInput(t *testing.T) {
	dir := t.TempDir()
	in := copyExample(t, dir, "scientist.yaml")
	code, _, stderr := runCLI(t, "", "render", "-f", "svg,png", in)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	svg, err := os.ReadFile(filepath.Join(dir, "scientist.svg"))
	if err != nil || !bytes.Contains(svg, []byte(`class="node section"`)) {
		t.Fatalf("scientist.svg missing or without sections: %v", err)
	}
	f, err := os.Open(filepath.Join(dir, "scientist.png"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil || img.Bounds().Dx() != 960 {
		t.Fatalf("scientist.png: %v, bounds %v", err, img.Bounds())
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".*tmp*")); len(left) > 0 {
		t.Fatalf("temporary files left behind: %v", left)
	}
}

func TestRenderToStdoutIsDeterministic(t *testing.T) {
	_, first, _ := runCLI(t, "", "render", "-o", "-", "../../examples/engineer.yaml")
	_, second, _ := runCLI(t, "", "render", "-o", "-", "../../examples/engineer.yaml")
	if !strings.HasPrefix(first, "<?xml") || first != second {
		t.Fatal("two renders of one file differ, or the output is not SVG")
	}
}

func TestRenderInvalidInputWritesNothing(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "bad.yaml")
	os.WriteFile(in, []byte("title: x\n"), 0o644)
	out := filepath.Join(dir, "bad.svg")
	os.WriteFile(out, []byte("old"), 0o644)
	code, _, stderr := runCLI(t, "", "render", in)
	if code != exitInvalid || !strings.Contains(stderr, in+":") {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	if got, _ := os.ReadFile(out); string(got) != "old" {
		t.Fatal("an invalid input replaced the old output")
	}
}

func TestRenderThemesGetDistinctNames(t *testing.T) {
	dir := t.TempDir()
	in := copyExample(t, dir, "fundamentals.yaml")
	if code, _, stderr := runCLI(t, "", "render", "--theme", "light,dark", in); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	light, _ := os.ReadFile(filepath.Join(dir, "fundamentals-light.svg"))
	dark, _ := os.ReadFile(filepath.Join(dir, "fundamentals-dark.svg"))
	if len(light) == 0 || len(dark) == 0 || bytes.Equal(light, dark) {
		t.Fatal("light and dark variants missing or identical")
	}
}

func TestCheckNamesExactlyTheStaleOutput(t *testing.T) {
	dir := t.TempDir()
	var ins []string
	for _, n := range []string{"fundamentals.yaml", "scientist.yaml", "engineer.yaml"} {
		ins = append(ins, copyExample(t, dir, n))
	}
	if code, _, stderr := runCLI(t, "", append([]string{"render"}, ins...)...); code != exitOK {
		t.Fatalf("render: exit %d: %s", code, stderr)
	}
	if code, out, _ := runCLI(t, "", append([]string{"render", "--check"}, ins...)...); code != exitOK || out != "" {
		t.Fatalf("check after render: exit %d, %q", code, out)
	}
	src, _ := os.ReadFile(ins[1])
	os.WriteFile(ins[1], bytes.Replace(src, []byte("Tokenization"), []byte("Tokenizers"), 1), 0o644)
	code, out, stderr := runCLI(t, "", append([]string{"render", "--check", "--diff"}, ins...)...)
	want := filepath.Join(dir, "scientist.svg") + ": differs\n"
	if code != exitInvalid || !strings.HasPrefix(out, want) || strings.Count(out, ": differs") != 1 {
		t.Fatalf("check after edit: exit %d, out %q", code, out)
	}
	if !strings.Contains(out, "+") || !strings.Contains(out, "Tokenizers") {
		t.Errorf("--diff does not show the change:\n%s", out)
	}
	if !strings.Contains(stderr, "roadmap render "+strings.Join(ins, " ")) {
		t.Errorf("no fix command in %q", stderr)
	}
	os.Remove(filepath.Join(dir, "engineer.svg"))
	_, out, _ = runCLI(t, "", append([]string{"render", "--check"}, ins...)...)
	if !strings.Contains(out, filepath.Join(dir, "engineer.svg")+": missing") {
		t.Errorf("missing output not reported: %q", out)
	}
}

// svgWidth reads the width attribute of the SVG written to path.
func svgWidth(t *testing.T, path string) string {
	t.Helper()
	svg, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	_, rest, _ := strings.Cut(string(svg), `<svg`)
	_, rest, _ = strings.Cut(rest, ` width="`)
	w, _, _ := strings.Cut(rest, `"`)
	return w
}

func TestRenderWidthFromFileAndFlag(t *testing.T) {
	dir := t.TempDir()
	in := copyExample(t, dir, "fundamentals.yaml")
	src, _ := os.ReadFile(in)
	os.WriteFile(in, bytes.Replace(src, []byte("\nsections:"), []byte("\nwidth: 640\nsections:"), 1), 0o644)
	out := filepath.Join(dir, "out.svg")
	for _, c := range []struct {
		args []string
		want string
	}{
		{nil, "640.00"},
		{[]string{"--width", "1920"}, "1920.00"},
		{[]string{"--width", "480"}, "480.00"},
	} {
		args := append(append([]string{"render", "-o", out}, c.args...), in)
		if code, _, stderr := runCLI(t, "", args...); code != exitOK {
			t.Fatalf("%v: exit %d: %s", c.args, code, stderr)
		}
		if got := svgWidth(t, out); got != c.want {
			t.Errorf("%v: width %s, want %s", c.args, got, c.want)
		}
	}
}

func TestRenderWidthOutOfRange(t *testing.T) {
	for _, w := range []string{"479", "4097", "0", "NaN"} {
		code, _, stderr := runCLI(t, "", "render", "--width", w, "x.yaml")
		if code != exitUsage || !strings.Contains(stderr, "from 480 to 4096 px") {
			t.Errorf("--width %s: exit %d, %q; want a usage error naming the range", w, code, stderr)
		}
	}
}

// TestRenderAutoTheme checks --theme auto: one SVG with both palettes,
// and a PNG the same as the light one.
func TestRenderAutoTheme(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join("..", "..", "examples", "scientist.yaml")
	if code, _, stderr := runCLI(t, "", "render", "-f", "svg,png", "--theme", "auto", "-o", dir+"/", in); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	svg, err := os.ReadFile(filepath.Join(dir, "scientist.svg"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(svg), "@media (prefers-color-scheme: dark)") {
		t.Error("auto SVG has no dark media query")
	}
	light := t.TempDir()
	if code, _, stderr := runCLI(t, "", "render", "-f", "png", "--theme", "light", "-o", light+"/", in); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	a, errA := os.ReadFile(filepath.Join(dir, "scientist.png"))
	b, errB := os.ReadFile(filepath.Join(light, "scientist.png"))
	if errA != nil || errB != nil || !bytes.Equal(a, b) {
		t.Errorf("auto PNG differs from the light one (%v, %v)", errA, errB)
	}
}

// TestRenderEmojiFlag checks --emoji: by default the SVG and the HTML
// page draw emoji icons as images, and --emoji text keeps them text in
// the viewer's emoji font.
func TestRenderEmojiFlag(t *testing.T) {
	in := filepath.Join("..", "..", "examples", "scientist.yaml")
	for _, c := range []struct {
		args      []string
		use, text bool
	}{
		{nil, true, false},
		{[]string{"--emoji", "image"}, true, false},
		{[]string{"--emoji", "text"}, false, true},
	} {
		for _, format := range []string{"svg", "html"} {
			args := append([]string{"render", "-f", format, "-o", "-"}, c.args...)
			code, out, stderr := runCLI(t, "", append(args, in)...)
			if code != exitOK {
				t.Fatalf("%v: exit %d: %s", args, code, stderr)
			}
			use := strings.Contains(out, `<use class="icon emoji"`)
			text := strings.Contains(out, `<text class="icon"`)
			if use != c.use || text != c.text {
				t.Errorf("%v: emoji as <use> %v, as <text> %v; want %v, %v", args, use, text, c.use, c.text)
			}
		}
	}
}
