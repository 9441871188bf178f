package roadmap

import (
	"os"
	"path/filepath"
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
