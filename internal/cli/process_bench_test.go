package cli

import (
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// BenchmarkProcessVsDot times "roadmap render examples/scientist.yaml" as
// a whole process against Graphviz's "dot -Tsvg" on the same graph
// (testdata/scientist.dot, from "roadmap export -f dot"), alternating the
// two in one run, and reports both and their ratio (dot/roadmap: above 1
// means roadmap is faster).
func BenchmarkProcessVsDot(b *testing.B) {
	dotBin, err := exec.LookPath("dot")
	if err != nil {
		b.Skip("dot not found (Debian package graphviz); nothing to compare with")
	}
	bin := filepath.Join(b.TempDir(), "roadmap")
	if out, err := exec.Command("go", "build", "-o", bin, "../../cmd/roadmap").CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	ours := exec.Command(bin, "render", "-o", "-", "../../examples/scientist.yaml")
	peer := exec.Command(dotBin, "-Tsvg", "testdata/scientist.dot")
	var oursT, peerT time.Duration
	b.ResetTimer()
	for b.Loop() {
		oursT += timeRun(b, ours)
		peerT += timeRun(b, peer)
	}
	n := float64(b.N)
	b.ReportMetric(float64(oursT.Nanoseconds())/n, "roadmap-ns/op")
	b.ReportMetric(float64(peerT.Nanoseconds())/n, "dot-ns/op")
	b.ReportMetric(float64(peerT)/float64(oursT), "dot/roadmap")
}

// timeRun runs a copy of cmd and returns how long it took.
func timeRun(b *testing.B, cmd *exec.Cmd) time.Duration {
	c := exec.Command(cmd.Path, cmd.Args[1:]...)
	start := time.Now()
	if out, err := c.CombinedOutput(); err != nil {
		b.Fatalf("%v: %v\n%s", c.Args, err, out)
	}
	return time.Since(start)
}
