package cli

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// pngBytes is a small real PNG whose pixels spell a marker in base64
// output of the SVG.
func pngBytes(t *testing.T) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 3, 3))
	img.Set(1, 1, color.RGBA{R: 200, A: 255})
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// rootTree writes dir/proj (a repository, with .git) holding a.yaml with
// the given icon, and dir/outside/secret.png; it returns dir.
func rootTree(t *testing.T, icon string) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string][]byte{
		"proj/.git/HEAD":     []byte("ref: refs/heads/main\n"),
		"proj/sub/a.yaml":    []byte("title: A\nicon: " + icon + "\nsections:\n  - title: S\n"),
		"proj/img/ok.png":    pngBytes(t),
		"outside/secret.png": pngBytes(t),
	}
	for name, data := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestRenderRefusesIconOutsideProject(t *testing.T) {
	for _, icon := range []string{"../../outside/secret.png", "link.png"} {
		dir := rootTree(t, icon)
		if err := os.Symlink(filepath.Join(dir, "outside", "secret.png"), filepath.Join(dir, "proj", "sub", "link.png")); err != nil {
			t.Fatal(err)
		}
		in := filepath.Join(dir, "proj", "sub", "a.yaml")
		for _, format := range []string{"svg", "png"} {
			code, out, stderr := runCLI(t, "", "render", "-f", format, "-o", "-", in)
			if code != exitInvalid || !strings.Contains(stderr, "a.yaml:2:7: icon image \""+icon+"\"") || !strings.Contains(stderr, "is outside the project root") {
				t.Errorf("icon %s, -f %s: exit %d, stderr %q; want exit 1 naming the icon outside the root", icon, format, code, stderr)
			}
			if out != "" {
				t.Errorf("icon %s, -f %s: wrote %d bytes", icon, format, len(out))
			}
		}
	}
}

func TestRenderRootFlag(t *testing.T) {
	dir := rootTree(t, "../img/ok.png")
	in := filepath.Join(dir, "proj", "sub", "a.yaml")
	code, out, stderr := runCLI(t, "", "render", "-o", "-", in)
	if code != exitOK {
		t.Fatalf("icon inside the repository: exit %d, %s", code, stderr)
	}
	if !strings.Contains(out, base64.StdEncoding.EncodeToString(pngBytes(t))) {
		t.Error("the icon inside the project is not embedded")
	}
	code, _, stderr = runCLI(t, "", "render", "--root", filepath.Join(dir, "proj", "sub"), "-o", "-", in)
	if code != exitInvalid || !strings.Contains(stderr, "outside the project root") {
		t.Errorf("--root narrower than the icon: exit %d, stderr %q", code, stderr)
	}
	code, _, stderr = runCLI(t, "", "validate", "--root", filepath.Join(dir, "proj", "sub"), in)
	if code != exitInvalid || !strings.Contains(stderr, "outside the project root") {
		t.Errorf("validate --root: exit %d, stderr %q", code, stderr)
	}
	code, _, stderr = runCLI(t, "", "render", "--root", filepath.Join(dir, "proj", "img"), "-o", "-", in)
	if code != exitInvalid || !strings.Contains(stderr, "a.yaml: ") || !strings.Contains(stderr, "outside the project root") {
		t.Errorf("an input outside --root: exit %d, stderr %q", code, stderr)
	}
}

func TestRenderRefusesHugeIconPicture(t *testing.T) {
	dir := rootTree(t, "../img/huge.png")
	// A valid PNG header claiming 100000×100000 pixels, and little else.
	img := image.NewGray(image.Rect(0, 0, 1, 1))
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	data := buf.Bytes()
	copy(data[16:24], []byte{0, 1, 0x86, 0xa0, 0, 1, 0x86, 0xa0})
	binary.BigEndian.PutUint32(data[29:33], crc32.ChecksumIEEE(data[12:29]))
	if err := os.WriteFile(filepath.Join(dir, "proj", "img", "huge.png"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"png", "svg"} {
		code, _, stderr := runCLI(t, "", "render", "-f", format, "-o", "-", filepath.Join(dir, "proj", "sub", "a.yaml"))
		if code != exitInvalid || !strings.Contains(stderr, "100000×100000 pixels, over the limit") {
			t.Errorf("-f %s: exit %d, stderr %q; want the icon refused by its pixel count", format, code, stderr)
		}
	}
}

func TestGraphvizEngineKeepsToTheRoot(t *testing.T) {
	buildCompanion(t)
	dir := rootTree(t, "🚀")
	outside := filepath.Join(dir, "outside", "o.yaml")
	if err := os.WriteFile(outside, []byte("title: O\nsections:\n  - title: X\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	in := filepath.Join(dir, "proj", "sub", "c.yaml")
	if err := os.WriteFile(in, []byte("course: C\nparts: [a.yaml, ../../outside/o.yaml]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := runCLI(t, "", "render", "--engine", "dot", "-o", "-", in)
	if code != exitInvalid || !strings.Contains(stderr, `c.yaml:2:17: part "../../outside/o.yaml"`) || !strings.Contains(stderr, "outside the project root") {
		t.Errorf("exit %d, stderr %q; want the part refused", code, stderr)
	}
	if out != "" {
		t.Errorf("wrote %d bytes", len(out))
	}
	code, _, stderr = runCLI(t, "", "render", "--engine", "dot", "--root", dir, "-o", "-", in)
	if code != exitOK {
		t.Errorf("--root above both: exit %d, %s", code, stderr)
	}
}
