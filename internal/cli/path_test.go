package cli

import (
	"strings"
	"testing"
)

func TestPathCommand(t *testing.T) {
	code, out, stderr := runCLI(t, "", "path", "../../examples/scientist.yaml", "attention-mechanisms")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	want := "Before 1.3 Attention mechanisms, learn (6 steps):\n" +
		"  1. LLM Fundamentals Roadmap › 3 Neural Networks\n"
	if !strings.HasPrefix(out, want) || !strings.Contains(out, "  6. LLM Fundamentals Roadmap › 4.4 Recurrent Neural Networks (RNNs)\n") {
		t.Errorf("got\n%s", out)
	}
	code, _, stderr = runCLI(t, "", "path", "../../examples/course.yaml", "preference-alignmnt")
	if code != exitInvalid || !strings.Contains(stderr, `did you mean "preference-alignment"?`) {
		t.Errorf("unknown id: exit %d, %q", code, stderr)
	}
	if code, _, _ := runCLI(t, "", "path", "../../examples/course.yaml"); code != exitUsage {
		t.Errorf("no id: exit %d, want %d", code, exitUsage)
	}
}
