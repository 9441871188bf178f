package crossarch

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
)

// arches are the GOARCH values whose layouts must agree with this
// test's own, computed in process.
var arches = []string{"amd64", "386", "arm64"}

// qemuNames are the qemu-user emulators of each GOARCH.
var qemuNames = map[string]string{"amd64": "qemu-x86_64", "386": "qemu-i386", "arm64": "qemu-aarch64"}

// A diagram must not move by the last bit of a float between machines:
// a committed image checked with "roadmap render --check" would pass on
// one and fail on the other. The dump is computed here and by builds of
// layoutdump for the other architectures; computing it here also lets
// go test's cache see the inputs and the packages it depends on.
func TestLayoutIsTheSameOnEveryArch(t *testing.T) {
	t.Parallel()
	others, runners := otherArches(t)
	var want bytes.Buffer
	if err := Dump(&want, "../.."); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, arch := range others {
		got := run(t, append(runners[arch], build(t, dir, arch, "./layoutdump")))
		if msg := firstDifference(want.Bytes(), got); msg != "" {
			t.Errorf("the layout on %s differs from %s's:\n%s", arch, runtime.GOARCH, msg)
		}
	}
}

// otherArches returns the arches other than this test's own and, for
// each, the command prefix that runs its Linux binaries here; it skips
// the test (fails it on CI) when one cannot run.
func otherArches(t *testing.T) ([]string, map[string][]string) {
	t.Helper()
	if runtime.GOOS != "linux" {
		t.Skip("runs the builds of other architectures with Linux's qemu-user")
	}
	var others []string
	runners := make(map[string][]string)
	for _, arch := range arches {
		if arch == runtime.GOARCH {
			continue
		}
		r, err := runner(arch)
		if err != nil {
			missing(t, err)
		}
		others, runners[arch] = append(others, arch), r
	}
	return others, runners
}

// runner returns the command prefix that runs a Linux binary of arch on
// this machine: none when the machine runs it itself, else its qemu-user
// emulator.
func runner(arch string) ([]string, error) {
	if arch == "386" && runtime.GOARCH == "amd64" {
		return nil, nil
	}
	q := qemuNames[arch]
	path, err := exec.LookPath(q)
	if err != nil {
		return nil, fmt.Errorf("%s is needed to run the %s build (Debian package qemu-user)", q, arch)
	}
	return []string{path}, nil
}

// missing fails the test on CI, where .ci/install provides qemu-user,
// and skips it elsewhere.
func missing(t *testing.T, err error) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatalf("%v; .ci/install installs it", err)
	}
	t.Skip(err)
}

// build compiles the command pkg (a path relative to this directory) for
// arch into dir.
func build(t *testing.T, dir, arch, pkg string) string {
	t.Helper()
	bin := filepath.Join(dir, filepath.Base(pkg)+"-"+arch)
	cmd := exec.Command("go", "build", "-o", bin, pkg)
	cmd.Env = append(os.Environ(), "GOOS=linux", "GOARCH="+arch, "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build for %s: %v\n%s", arch, err, out)
	}
	return bin
}

// run runs the command line in the repository root and returns its output.
func run(t *testing.T, argv []string) []byte {
	t.Helper()
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Dir = "../.."
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%v: %v\n%s", argv, err, stderr.Bytes())
	}
	return out
}

// firstDifference describes the first line where got differs from want,
// under the name of the diagram it belongs to; "" when they are equal.
func firstDifference(want, got []byte) string {
	if bytes.Equal(want, got) {
		return ""
	}
	wl, gl := bytes.Split(want, []byte("\n")), bytes.Split(got, []byte("\n"))
	name := []byte("(before the first diagram)")
	for i := 0; i < len(wl) && i < len(gl); i++ {
		if !bytes.Equal(wl[i], gl[i]) {
			return fmt.Sprintf("in %s, line %d:\n  want %s\n  got  %s", name, i+1, bytes.TrimSpace(wl[i]), bytes.TrimSpace(gl[i]))
		}
		if bytes.HasPrefix(wl[i], []byte("== ")) {
			name = wl[i][3:]
		}
	}
	return fmt.Sprintf("one output ends at line %d, the other goes on (%d and %d lines)", min(len(wl), len(gl)), len(wl), len(gl))
}
