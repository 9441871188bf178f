package roadmap

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// secret is a line that must never appear in a message: it stands in a
// file outside the project, or in one that is not a roadmap.
const secret = "hunter2-secret-line"

// hostileTree writes a project (with .git) in dir/proj and, beside it,
// dir/outside holding files with the secret; it returns dir/proj.
func hostileTree(t *testing.T, files map[string]string) string {
	t.Helper()
	all := map[string]string{
		"proj/.git/HEAD":       "ref: refs/heads/main\n",
		"outside/o.yaml":       "title: O\nsections:\n  - title: " + secret + "\n",
		"outside/shadow":       "root:" + secret + ":19000:0:99999:7:::\n",
		"outside/secret.png":   secret,
		"proj/notes.yaml":      "password: " + secret + "\nother: " + secret + "\n",
		"proj/readme.txt":      secret,
		"proj/good.yaml":       "title: Good\nsections:\n  - title: Basics\n",
		"proj/img/ok.png":      "\x89PNG\r\n\x1a\n",
		"proj/sub/keep.yaml":   "title: Keep\nsections:\n  - title: Here\n",
		"proj/course-c.yaml":   "course: C\nparts: [good.yaml]\n",
		"proj/.git/config.yml": "title: x\n",
	}
	for k, v := range files {
		all["proj/"+k] = v
	}
	dir := writeFiles(t, all)
	return filepath.Join(dir, "proj")
}

func TestProjectRefusesFilesOutside(t *testing.T) {
	for _, tc := range []struct {
		name, file, content, want string
		link                      [2]string // a symlink to make: name in proj, target
	}{
		{name: "part climbs out", file: "course.yaml", content: "course: C\nparts: [good.yaml, ../outside/o.yaml]\n",
			want: `course.yaml:2:20: part "../outside/o.yaml": ../outside/o.yaml is outside the project root`},
		{name: "part is /etc/shadow by dots", file: "course.yaml", content: "course: C\nparts: [../../../../../../../../etc/shadow]\n",
			want: `course.yaml:2:9: part "../../../../../../../../etc/shadow": ../../../../../../../../etc/shadow is not a roadmap file`},
		{name: "part is a yaml outside", file: "course.yaml", content: "course: C\nparts: [../outside/shadow.yaml]\n",
			want: "is outside the project root"},
		{name: "requires climbs out", file: "a.yaml", content: "title: A\nsections:\n  - title: S\n    requires: [../outside/o.yaml#x]\n",
			want: `a.yaml:4:16: requires "../outside/o.yaml#x": ../outside/o.yaml is outside the project root`},
		{name: "part is a symlink out", file: "course.yaml", content: "course: C\nparts: [link.yaml]\n",
			link: [2]string{"link.yaml", "../outside/o.yaml"}, want: `part "link.yaml": link.yaml is outside the project root`},
		{name: "icon climbs out", file: "a.yaml", content: "title: A\nicon: ../outside/secret.png\nsections:\n  - title: S\n",
			want: `a.yaml:2:7: icon image "../outside/secret.png": ../outside/secret.png is outside the project root`},
		{name: "icon is a symlink out", file: "a.yaml", content: "title: A\nsections:\n  - title: S\n    icon: img/s.png\n",
			link: [2]string{"img/s.png", "../../outside/secret.png"}, want: `icon image "img/s.png": img/s.png is outside the project root`},
		{name: "part is not a roadmap", file: "course.yaml", content: "course: C\nparts: [notes.yaml]\n",
			want: `part "notes.yaml": notes.yaml is not a roadmap file (a roadmap is a YAML mapping with title and sections)`},
		{name: "part is not yaml", file: "course.yaml", content: "course: C\nparts: [readme.txt]\n",
			want: `readme.txt is not a roadmap file (its name does not end in .yaml or .yml)`},
		{name: "requires a non-roadmap", file: "a.yaml", content: "title: A\nsections:\n  - title: S\n    requires: [notes.yaml#password]\n",
			want: `requires "notes.yaml#password": notes.yaml is not a roadmap file`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root := hostileTree(t, map[string]string{tc.file: tc.content})
			if tc.link[0] != "" {
				if err := os.Symlink(tc.link[1], filepath.Join(root, tc.link[0])); err != nil {
					t.Fatal(err)
				}
			}
			t.Chdir(root)
			_, err := LoadAny(tc.file)
			var list ErrorList
			if !errors.As(err, &list) {
				t.Fatalf("got %v, want an ErrorList", err)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got\n  %v\nwant it to contain\n  %s", err, tc.want)
			}
			if strings.Contains(err.Error(), secret) {
				t.Errorf("the message quotes a file it must not read:\n%v", err)
			}
			if len(list) != 1 {
				t.Errorf("got %d errors, want 1:\n%v", len(list), err)
			}
		})
	}
}

func TestProjectAllowsFilesInside(t *testing.T) {
	root := hostileTree(t, map[string]string{
		"sub/course.yaml": "course: C\nparts: [keep.yaml, ../good.yaml]\n",
		"link.yaml":       "",
	})
	if err := os.Remove(filepath.Join(root, "link.yaml")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("sub/keep.yaml", filepath.Join(root, "link.yaml")); err != nil {
		t.Fatal(err)
	}
	t.Chdir(filepath.Join(root, "sub"))
	c, err := LoadAny("course.yaml")
	if err != nil {
		t.Fatalf("a part in the parent directory, inside the project (.git), is refused: %v", err)
	}
	if len(c.Roadmaps) != 2 || c.Roadmaps[1].File != filepath.Join("..", "good.yaml") {
		t.Errorf("got %d parts, second %q", len(c.Roadmaps), c.Roadmaps[1].File)
	}
	if _, err := Load(filepath.Join(root, "link.yaml")); err != nil {
		t.Errorf("a symlink that stays inside the project is refused: %v", err)
	}
}

func TestExplicitRoot(t *testing.T) {
	root := hostileTree(t, nil)
	p, err := OpenProject(filepath.Join(root, "sub"))
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	if _, err := p.Load(filepath.Join(root, "sub", "keep.yaml")); err != nil {
		t.Errorf("a file inside the chosen root: %v", err)
	}
	_, err = p.Load(filepath.Join(root, "good.yaml"))
	if !strings.Contains(fmt.Sprint(err), "good.yaml: ") || !strings.Contains(fmt.Sprint(err), "is outside the project root") {
		t.Errorf("a file named outside the chosen root: got %v", err)
	}
}

func TestFindRoot(t *testing.T) {
	root := hostileTree(t, nil)
	if got := FindRoot(filepath.Join(root, "sub", "keep.yaml")); got != root {
		t.Errorf("FindRoot inside a repository = %q, want %q", got, root)
	}
	bare := t.TempDir()
	if got := FindRoot(filepath.Join(bare, "x.yaml")); got != bare {
		t.Errorf("FindRoot outside any repository = %q, want the file's directory %q", got, bare)
	}
}

func TestIconSizeCheckedBeforeReading(t *testing.T) {
	root := hostileTree(t, map[string]string{"a.yaml": "title: A\nicon: img/big.png\nsections:\n  - title: S\n"})
	big := filepath.Join(root, "img", "big.png")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	// A sparse gigabyte: reading it whole would take seconds.
	if err := f.Truncate(1 << 30); err != nil {
		t.Fatal(err)
	}
	f.Close()
	start := time.Now()
	_, err = Load(filepath.Join(root, "a.yaml"))
	if !strings.Contains(fmt.Sprint(err), `icon image "img/big.png" is over the limit of 2 MiB (MaxIconSize)`) {
		t.Errorf("got %v, want the icon refused by its size", err)
	}
	if d := time.Since(start); d > 500*time.Millisecond {
		t.Errorf("refusing a 1 GiB icon took %v: it was read", d)
	}
	p, err := OpenProject(root)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	var se *SizeError
	if _, err := p.ReadFile(big, MaxIconSize); !errors.As(err, &se) {
		t.Errorf("ReadFile of a file over its limit: %v, want a SizeError", err)
	}
}

func TestNewProjectFS(t *testing.T) {
	fsys := fstest.MapFS{
		"c/course.yaml": {Data: []byte("course: C\nparts: [a.yaml, ../b.yaml]\n")},
		"c/a.yaml":      {Data: []byte("title: A\nicon: i.png\nsections:\n  - title: S\n    requires: [../b.yaml#t]\n")},
		"c/i.png":       {Data: []byte("\x89PNG")},
		"b.yaml":        {Data: []byte("title: B\nsections:\n  - title: T\n")},
		"d/bad.yaml":    {Data: []byte("course: D\nparts: [../../b.yaml]\n")},
	}
	p := NewProject(fsys)
	c, err := p.LoadCourse("c/course.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Roadmaps) != 2 || c.Roadmaps[1].File != "b.yaml" {
		t.Errorf("parts %d, second %q", len(c.Roadmaps), c.Roadmaps[1].File)
	}
	if _, ok := c.Resolve(c.Roadmaps[0], c.Roadmaps[0].Sections[0].Requires[0]); !ok {
		t.Error("a FILE#ID across directories of the FS does not resolve")
	}
	_, err = p.LoadCourse("d/bad.yaml")
	if !strings.Contains(fmt.Sprint(err), `d/bad.yaml:2:9: part "../../b.yaml": ../b.yaml is outside the project root`) {
		t.Errorf("a part above the FS root: got %v", err)
	}
}

func TestCourseFiles(t *testing.T) {
	root := hostileTree(t, map[string]string{
		"c.yaml": "course: C\nparts: [a.yaml, sub/keep.yaml]\n",
		"a.yaml": "title: A\nicon: img/ok.png\nsections:\n  - title: S\n    icon: \"🚀\"\n    requires: [good.yaml#basics]\n",
	})
	t.Chdir(root)
	c, err := LoadAny("c.yaml")
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(c.Files(), " ")
	if want := "c.yaml a.yaml img/ok.png good.yaml sub/keep.yaml"; got != want {
		t.Errorf("Files() = %s, want %s", got, want)
	}
}

func TestHugeInputRefusedBySize(t *testing.T) {
	path := filepath.Join(t.TempDir(), "huge.yaml")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(1 << 30); err != nil { // sparse: reading it would take seconds
		t.Fatal(err)
	}
	f.Close()
	start := time.Now()
	_, err = Load(path)
	if want := path + ": file is over the limit of 4 MiB (MaxFileSize)"; !strings.Contains(fmt.Sprint(err), want) {
		t.Errorf("got %v, want %s", err, want)
	}
	if d := time.Since(start); d > 500*time.Millisecond {
		t.Errorf("refusing a 1 GiB input took %v", d)
	}
}
