package cli

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestCompanionCompilesIntoTheUserCache(t *testing.T) {
	cache := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", cache)
	want := "TMPDIR=" + filepath.Join(cache, "roadmap")
	if env := companionEnv(); !slices.Contains(env, want) {
		t.Errorf("the companion's environment lacks %s", want)
	}
	if fi, err := os.Stat(filepath.Join(cache, "roadmap")); err != nil || !fi.IsDir() {
		t.Errorf("the cache directory was not made: %v", err)
	}
}

func TestRenderToDevNull(t *testing.T) {
	if code, _, stderr := runCLI(t, "", "render", "-o", os.DevNull, "../../examples/fundamentals.yaml"); code != exitOK {
		t.Errorf("-o %s: exit %d, %s", os.DevNull, code, stderr)
	}
	if fi, err := os.Stat(os.DevNull); err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		t.Fatalf("%s is no longer a device: %v", os.DevNull, err)
	}
}
