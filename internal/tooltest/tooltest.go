// Package tooltest finds the programs that tests compare against or drive
// (Chromium, librsvg, Graphviz, qemu). Without one a test skips on a
// developer's machine, but fails in CI (CI=true), naming the Debian
// package that .ci/install installs, so that CI never passes by skipping.
package tooltest

import (
	"os"
	"os/exec"
	"testing"
)

// Find returns the path of the first of names on $PATH. When none is
// there it fails t in CI and skips it elsewhere, naming pkg, the Debian
// package that holds the program.
func Find(t testing.TB, pkg string, names ...string) string {
	t.Helper()
	for _, name := range names {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s not found: this test needs it; install Debian's %s (.ci/install does)", names[0], pkg)
	}
	t.Skipf("%s not found (apt-get install %s); skipping", names[0], pkg)
	return ""
}

// Chromium returns the headless browser (Debian's chromium), as Find does;
// with -short it skips.
func Chromium(t testing.TB) string {
	t.Helper()
	if testing.Short() {
		t.Skip("-short: skipping the headless Chromium test")
	}
	return Find(t, "chromium", "chromium", "chromium-browser", "google-chrome")
}

// Font checks that the system has a font of the given family, as
// fontconfig lists it; when it has none it fails t in CI and skips it
// elsewhere, naming pkg, the Debian package that holds the font.
func Font(t testing.TB, family, pkg string) {
	t.Helper()
	fcList := Find(t, "fontconfig", "fc-list")
	out, err := exec.Command(fcList, family, "family").Output()
	if err == nil && len(out) > 0 {
		return
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("font %q not found: this test needs it; install Debian's %s (.ci/install does)", family, pkg)
	}
	t.Skipf("font %q not found (apt-get install %s); skipping", family, pkg)
}
