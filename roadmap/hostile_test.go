package roadmap

import (
	"runtime"
	"strconv"
	"strings"
	"testing"
)

// billionLaughs is the classic exponential entity file, in YAML aliases.
const billionLaughs = `a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
title: *i
sections: *i
`

// TestHostileInput checks that each limit refuses a hostile file with an
// error naming the limit, and that no file costs unbounded memory.
func TestHostileInput(t *testing.T) {
	section := "  - title: S\n"
	tests := []struct {
		name, src, limit string
	}{
		{"billion laughs", billionLaughs, "MaxAliases"},
		{"deep flow nesting", "title: " + strings.Repeat("[", 200) + strings.Repeat("]", 200) + "\nsections: [{title: S}]\n", "MaxDepth"},
		{"deep block nesting", deepBlocks(100), "MaxDepth"},
		{"nesting beyond the decoder's own limit", "title: " + strings.Repeat("[", 20000) + "\n", "h.yaml:1:72: nesting deeper than 64 levels (MaxDepth)"},
		{"huge file", "title: T\n#" + strings.Repeat("x", MaxFileSize) + "\n", "MaxFileSize"},
		{"too many sections", "title: T\nsections:\n" + strings.Repeat(section, MaxSections+1), "MaxSections"},
		{"too many topics", bigRoadmap(MaxSections/5, MaxTopics/(MaxSections/5)+1), "MaxTopics"},
		{"long string", "title: " + strings.Repeat("x", MaxStringLen+1) + "\nsections: [{title: S}]\n", "MaxStringLen"},
		{"too many errors", "title: T\nsections: [{title: S}]\n" + manyUnknownFields(MaxErrors+50), "MaxErrors"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			_, err := Parse(strings.NewReader(tt.src), "h.yaml")
			runtime.ReadMemStats(&after)
			if err == nil || !strings.Contains(err.Error(), tt.limit) {
				t.Fatalf("error does not name %s: %.300v", tt.limit, err)
			}
			if grew := after.TotalAlloc - before.TotalAlloc; grew > 64*uint64(len(tt.src))+(64<<20) {
				t.Errorf("parsing %d bytes allocated %d bytes", len(tt.src), grew)
			}
		})
	}
}

func TestLimitsAllowTheirMaximum(t *testing.T) {
	src := bigRoadmap(MaxSections, MaxTopics/MaxSections)
	r, err := Parse(strings.NewReader(src), "big.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Sections) != MaxSections || len(r.Nodes()) != MaxSections+MaxTopics {
		t.Errorf("got %d sections, %d nodes", len(r.Sections), len(r.Nodes()))
	}
}

// deepBlocks nests n block mappings under the title.
func deepBlocks(n int) string {
	var b strings.Builder
	b.WriteString("title:\n")
	for i := 1; i <= n; i++ {
		b.WriteString(strings.Repeat(" ", i) + "k:\n")
	}
	return b.String()
}

// manyUnknownFields returns n top-level keys that are not fields.
func manyUnknownFields(n int) string {
	var b strings.Builder
	for i := range n {
		b.WriteString("unknown" + strconv.Itoa(i) + ": x\n")
	}
	return b.String()
}
