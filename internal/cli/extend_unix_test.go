//go:build unix

package cli

import (
	"bytes"
	"os/exec"
	"strings"
	"testing"
)

// TestHandedOverExitCodes checks that a handed-over command's end reads
// as its own would: its exit code, or a shell's 128+N for signal N, in
// silence when a pipe's reader left.
func TestHandedOverExitCodes(t *testing.T) {
	for _, c := range []struct {
		script string
		code   int
		said   bool
	}{
		{"exit 0", 0, false},
		{"exit 2", 2, false},
		{"kill -PIPE $$", 141, false},
		{"kill -INT $$", 130, false},
		{"kill -KILL $$", 137, true},
	} {
		var stderr bytes.Buffer
		e := &env{stderr: &stderr}
		code := exitCodeOf(e, exec.Command("sh", "-c", c.script).Run())
		if code != c.code || (stderr.Len() > 0) != c.said {
			t.Errorf("%s: exit %d, stderr %q; want %d, a message %v", c.script, code, stderr.String(), c.code, c.said)
		}
		if c.said && !strings.Contains(stderr.String(), "killed") {
			t.Errorf("%s: the message %q does not say how it ended", c.script, stderr.String())
		}
	}
}
