package roadmap

import (
	"errors"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
)

// recordingFS is an fs.FS that records every name opened.
type recordingFS struct {
	fs.FS
	opened []string
}

func (r *recordingFS) Open(name string) (fs.File, error) {
	r.opened = append(r.opened, name)
	return r.FS.Open(name)
}

// FuzzCourse loads a course whose file and two parts, in two directories,
// are arbitrary, with cross-file requires among them. Loading never
// panics, gives nil or an ErrorList, is deterministic, never opens a file
// that no reference could name as a roadmap, never prints a file that is
// not a roadmap, and a course that loads resolves every requires.
func FuzzCourse(f *testing.F) {
	f.Add("course: C\nparts: [a.yaml, ../b.yaml]\n",
		"title: A\nsections:\n  - title: S\n    requires: [../b.yaml#t]\n    topics: [{title: X, requires: [s]}]\n",
		"title: B\nsections:\n  - title: T\n")
	f.Add("course: C\nparts: [a.yaml, ../notes.yaml, ../secret.txt, ../../b.yaml]\n",
		"title: A\nsections:\n  - title: S\n    requires: [../b.yaml#t, a.yaml#s]\n",
		"title: B\nsections:\n  - title: T\n    requires: [c/a.yaml#s]\n")
	f.Add("course: C\nparts: [a.yaml]\n", "title: A\nsections: [{title: S, requires: [../notes.yaml#k]}]\n", "")
	f.Add("parts: [../b.yaml, a.yaml]\ncourse: \"\"\n", "sections: 3\n", "title: B\nsections:\n  - title: T\n    requires: [c/course.yaml#x]\n")
	f.Fuzz(func(t *testing.T, course, a, b string) {
		const secret = "secret-value-7f3a"
		files := fstest.MapFS{
			"c/course.yaml": {Data: []byte(course)},
			"c/a.yaml":      {Data: []byte(a)},
			"b.yaml":        {Data: []byte(b)},
			"notes.yaml":    {Data: []byte("password: " + secret + "\n")},
			"secret.txt":    {Data: []byte(secret)},
		}
		load := func() (*Course, []string, error) {
			rec := &recordingFS{FS: files}
			c, err := NewProject(rec).LoadAny("c/course.yaml")
			return c, rec.opened, err
		}
		c, opened, err := load()
		var list ErrorList
		if err != nil && !errors.As(err, &list) {
			t.Fatalf("error %v (%T) is not an ErrorList", err, err)
		}
		for _, name := range opened {
			if name == "secret.txt" {
				t.Fatalf("opened %s, which no roadmap reference may name", name)
			}
		}
		if err != nil && strings.Contains(err.Error(), secret) {
			t.Fatalf("a message quotes a file that is not a roadmap:\n%v", err)
		}
		_, _, err2 := load()
		if (err == nil) != (err2 == nil) || err != nil && err.Error() != err2.Error() {
			t.Fatalf("two loads differ:\n%v\n---\n%v", err, err2)
		}
		if err != nil {
			return
		}
		for _, r := range c.Roadmaps {
			for _, n := range r.Nodes() {
				for _, ref := range n.Requires() {
					if _, ok := c.Resolve(r, ref); !ok {
						t.Fatalf("%s: requires %s#%s does not resolve in a course that loaded", r.File, ref.File, ref.ID)
					}
				}
			}
		}
	})
}
