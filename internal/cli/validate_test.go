package cli

import (
	"os"
	"strings"
	"testing"
)

// TestValidateExpandsGlobs checks that validate expands a quoted glob
// itself, as render does, and names the pattern that matches nothing.
func TestValidateExpandsGlobs(t *testing.T) {
	code, _, stderr := runCLI(t, "", "validate", "../../examples/*.yaml")
	if code != exitOK || stderr != "" {
		t.Fatalf("validate glob: exit %d, stderr %q", code, stderr)
	}
	code, _, stderr = runCLI(t, "", "validate", "../../examples/*.yml")
	if code != exitUsage || !strings.Contains(stderr, `no file matches "../../examples/*.yml"`) {
		t.Fatalf("validate of an empty glob: exit %d, stderr %q", code, stderr)
	}
}

// TestValidateCourseFromStdin checks that a course read from standard
// input is checked with its parts, read relative to the working
// directory.
func TestValidateCourseFromStdin(t *testing.T) {
	src, err := os.ReadFile("../../examples/course.yaml")
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir("../../examples")
	if code, _, stderr := runCLI(t, string(src), "validate", "-"); code != exitOK || stderr != "" {
		t.Fatalf("validate - < course.yaml: exit %d, stderr %q", code, stderr)
	}
	bad := strings.Replace(string(src), "scientist.yaml", "nope.yaml", 1)
	code, _, stderr := runCLI(t, bad, "validate", "-")
	if code != exitInvalid || !strings.Contains(stderr, `<stdin>:`) || !strings.Contains(stderr, `part "nope.yaml"`) {
		t.Fatalf("validate - of a course with a missing part: exit %d, stderr %q", code, stderr)
	}
}
