package roadmap

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// FuzzParse checks that no input makes Parse panic or hang, and that what
// it accepts has titles and unique ids.
func FuzzParse(f *testing.F) {
	examples, _ := filepath.Glob("../examples/*.yaml")
	for _, p := range examples {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	for _, s := range []string{
		"title: T\nsections:\n  - title: A\n    topics: [{title: X}]\n  - title: B\n    requires: [a/x]\n",
		"title: T\nicon: \"🚀\"\nurl: https://x.org\nsections:\n  - {title: A, id: a, optional: true, resources: [{title: R, url: ./r}]}\n",
		"title: T\nsections:\n  - title: A\n    requires: [b.yaml#x]\n",
		billionLaughs,
		"title: &a T\nsections: [{title: *a}]\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := Parse(strings.NewReader(string(data)), "fuzz.yaml")
		if err != nil {
			if r != nil {
				t.Fatal("both a roadmap and an error")
			}
			if _, ok := err.(ErrorList); !ok {
				t.Fatalf("error is %T", err)
			}
			return
		}
		if strings.TrimSpace(r.Title) == "" || len(r.Sections) == 0 {
			t.Fatalf("accepted a roadmap without title or sections: %+v", r)
		}
		seen := map[string]bool{}
		for _, n := range r.Nodes() {
			if strings.TrimSpace(n.Title()) == "" || !validID(n.ID()) || seen[n.ID()] {
				t.Fatalf("accepted %s %q with title %q (seen before: %v)", n.Kind(), n.ID(), n.Title(), seen[n.ID()])
			}
			seen[n.ID()] = true
		}
		if got := len(NewGraph(r).TopologicalOrder()); got != len(seen) {
			t.Fatalf("order has %d nodes, want %d", got, len(seen))
		}
	})
}

// FuzzFormat checks on any input that Format either refuses it or gives a
// file that formats to itself and decodes to the same values.
func FuzzFormat(f *testing.F) {
	f.Add([]byte(messy))
	f.Add([]byte("title: X # c\nsections:\n- title: A\n  # f\n"))
	f.Add([]byte("sections:\n  - title: A\n    resources:\n      - {url: 'https://a.b', title: R} # r\n    # end\ntitle: T\n"))
	f.Add([]byte("course: C # c\ndescription: # d\nparts: [a.yaml]\n"))
	f.Fuzz(checkFormat)
}

// checkFormat fails t unless Format refuses src, or formats it to a file
// that Format returns unchanged and that decodes to the values of src.
func checkFormat(t *testing.T, src []byte) {
	once, err := Format(src, "f.yaml")
	if err != nil {
		return
	}
	twice, err := Format(once, "f.yaml")
	if err != nil || !bytes.Equal(once, twice) {
		t.Fatalf("not idempotent (err %v):\n%q\n%q\n%q", err, src, once, twice)
	}
	before, after := decodedValues(t, src), decodedValues(t, once)
	if !reflect.DeepEqual(before, after) {
		t.Fatalf("Format changed a value:\n%q\n%q\nbefore %#v\nafter  %#v", src, once, before, after)
	}
}

// decodedValues decodes src, which Format accepted, as a roadmap or a
// course file, without the positions of its values.
func decodedValues(t *testing.T, src []byte) any {
	t.Helper()
	if IsCourse(src) {
		d := newDecoder("f.yaml")
		c := d.decodeCourse(src)
		if errs := d.result(); len(errs) > 0 {
			t.Fatalf("Format accepted an invalid course file: %v\n%q", errs, src)
		}
		return withoutPositions(c)
	}
	r, err := Parse(bytes.NewReader(src), "f.yaml")
	if err != nil {
		t.Fatalf("Format accepted a roadmap Parse refuses: %v\n%q", err, src)
	}
	return withoutPositions(r)
}

// withoutPositions zeroes every Pos reachable from v, a pointer, and
// returns v.
func withoutPositions(v any) any {
	zeroPos(reflect.ValueOf(v))
	return v
}

func zeroPos(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			zeroPos(v.Elem())
		}
	case reflect.Slice:
		for i := range v.Len() {
			zeroPos(v.Index(i))
		}
	case reflect.Struct:
		if v.Type() == reflect.TypeFor[Pos]() {
			// unexported fields are set through an addressable copy
			reflect.NewAt(v.Type(), v.Addr().UnsafePointer()).Elem().SetZero()
			return
		}
		for i := range v.NumField() {
			zeroPos(v.Field(i))
		}
	}
}
