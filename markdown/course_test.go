package markdown

import (
	"os"
	"testing"
)

func TestCourseTitle(t *testing.T) {
	seed, err := os.ReadFile(seedREADME)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ src, want string }{
		{string(seed), "LLM Course"}, // the alt text of its banner
		{"# The *Go* Course\n\n## Part\n", "The Go Course"},
		{"![A &amp; B](banner.png)\n\n## Part\n", "A & B"},
		{"<div>\n<h1>Web &amp; Course</h1>\n</div>\n\n## Part\n", "Web & Course"},
		{"## Part\n\n<img alt=\"late\" src=x>\n", ""},
		{"Just text.\n", ""},
	} {
		if got := CourseTitle([]byte(tc.src)); got != tc.want {
			t.Errorf("CourseTitle(%.30q) = %q, want %q", tc.src, got, tc.want)
		}
	}
}
