// Command bench measures roadmap against its peers, as ratios of median
// times over alternating runs on this machine, and prints each with the
// goal it is held to:
//
//	go run ./bench            # a few minutes on two cores
//	go run ./bench -runs 31   # steadier medians
//
// It then prints the floors that the dependencies set (start-up, and
// yaml.v3 parsing the files alone), which no render can go under, and
// the bounds held without a peer (memory, a cold Graphviz engine).
//
// It needs Graphviz's dot and librsvg's rsvg-convert on $PATH (Debian:
// graphviz, librsvg2-bin).
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

func main() {
	runs := flag.Int("runs", 15, "runs of each command")
	flag.Parse()
	if err := run(*runs); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

// comparison is one measured ratio: ours against a peer, each side one
// or more commands run one after the other and timed together.
type comparison struct {
	name       string
	ours, peer [][]string
	goal       float64 // ours/peer at most
}

// one is a side of a comparison made of a single command.
func one(args ...string) [][]string { return [][]string{args} }

func run(runs int) error {
	for _, tool := range []string{"dot", "rsvg-convert"} {
		if _, err := exec.LookPath(tool); err != nil {
			return fmt.Errorf("%s is not on $PATH (Debian: graphviz, librsvg2-bin)", tool)
		}
	}
	dir, err := os.MkdirTemp("", "roadmap-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	bins, err := build(dir)
	if err != nil {
		return err
	}
	files, err := inputs(dir, bins["roadmap"])
	if err != nil {
		return err
	}
	rm, comp := bins["roadmap"], bins["roadmap-graphviz"]
	os.Setenv("ROADMAP_GRAPHVIZ", comp)
	// The companion that commands share ends soon after the last run.
	os.Setenv("ROADMAP_GRAPHVIZ_IDLE", "15s")
	sci := "examples/scientist.yaml"
	batch := append([]string{rm, "render", "--engine", "dot", "-o", filepath.Join(dir, "out") + "/"}, batchInputs...)
	var dots [][]string
	for _, in := range batchInputs {
		dots = append(dots, []string{"dot", "-Tsvg", files[filepath.Base(in)+".dot"]})
	}
	cs := []comparison{
		{"scientist SVG, process / dot -Tsvg", one(rm, "render", "-o", "-", sci), one("dot", "-Tsvg", files["scientist.yaml.dot"]), 0.33},
		{"scientist SVG, process / hello world", one(rm, "render", "-o", "-", sci), one(bins["hello"]), 2.5},
		{"scientist PNG / dot -Tpng", one(rm, "render", "-f", "png", "-o", "-", sci), one("dot", "-Tpng", files["scientist.yaml.dot"]), 0.5},
		{"scientist PNG / rsvg-convert of its SVG", one(rm, "render", "-f", "png", "-o", "-", sci), one("rsvg-convert", files["scientist.svg"]), 1},
		{"--engine dot / dot -Tsvg (warm)", one(rm, "render", "--engine", "dot", "-o", "-", sci), one("dot", "-Tsvg", files["scientist.yaml.dot"]), 1.5},
		{fmt.Sprintf("%d files --engine dot / %d× dot -Tsvg", len(dots), len(dots)), [][]string{batch}, dots, 1.5},
		{"10k topics / dot -Tsvg on 1k topics", one(rm, "render", "-o", "-", files["10k.yaml"]), one("dot", "-Tsvg", files["1k.dot"]), 0.4},
		{"10k topics / 1k topics (growth)", one(rm, "render", "-o", "-", files["10k.yaml"]), one(rm, "render", "-o", "-", files["1k.yaml"]), 12},
	}
	fmt.Printf("%-42s %10s %10s %8s %6s\n", "ratio (median of "+fmt.Sprint(runs)+" alternating runs)", "ours", "peer", "ratio", "goal")
	for _, c := range cs {
		ours, peer, err := alternate(c.ours, c.peer, runs)
		if err != nil {
			return fmt.Errorf("%s: %w", c.name, err)
		}
		r := float64(ours) / float64(peer)
		fmt.Printf("%-42s %10s %10s %8.2f %6.2f %s\n", c.name, ours.Round(100*time.Microsecond), peer.Round(100*time.Microsecond), r, c.goal, over(r > c.goal))
	}
	if err := floors(bins, files, runs); err != nil {
		return err
	}
	return absolutes(dir, rm, files, runs)
}

// build compiles roadmap, roadmap-graphviz, the YAML floor and a
// hello-world program, statically linked.
func build(dir string) (map[string]string, error) {
	hello := filepath.Join(dir, "hello.go")
	if err := os.WriteFile(hello, []byte("package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(\"hello\") }\n"), 0o644); err != nil {
		return nil, err
	}
	bins := map[string]string{}
	for name, pkg := range map[string]string{"roadmap": "./cmd/roadmap", "roadmap-graphviz": "./cmd/roadmap-graphviz", "hello": hello, "yamlparse": "./bench/yamlparse"} {
		bins[name] = filepath.Join(dir, name)
		cmd := exec.Command("go", "build", "-o", bins[name], pkg)
		cmd.Env = append(os.Environ(), "CGO_ENABLED=0") // static, as README installs them
		if out, err := cmd.CombinedOutput(); err != nil {
			return nil, fmt.Errorf("go build %s: %v\n%s", pkg, err, out)
		}
	}
	return bins, nil
}

// inputs writes the files the comparisons read: the DOT and SVG of the
// scientist roadmap, and roadmaps of 1k and 10k topics with their DOT.
func inputs(dir, rm string) (map[string]string, error) {
	files := map[string]string{}
	write := func(name, content string) error {
		files[name] = filepath.Join(dir, name)
		return os.WriteFile(files[name], []byte(content), 0o644)
	}
	for _, n := range []int{1000, 10000} {
		name := fmt.Sprintf("%dk.yaml", n/1000)
		if err := write(name, synthetic(n)); err != nil {
			return nil, err
		}
	}
	exports := map[string][]string{
		"scientist.svg": {"render", "-o", "-", "examples/scientist.yaml"},
		"1k.dot":        {"export", "-f", "dot", files["1k.yaml"]},
	}
	for _, in := range batchInputs {
		exports[filepath.Base(in)+".dot"] = []string{"export", "-f", "dot", in}
	}
	for name, args := range exports {
		out, err := exec.Command(rm, args...).Output()
		if err != nil {
			return nil, fmt.Errorf("roadmap %s: %w", strings.Join(args, " "), err)
		}
		if err := write(name, string(out)); err != nil {
			return nil, err
		}
	}
	return files, nil
}

// batchInputs are the roadmaps rendered in one command against as many
// runs of dot.
var batchInputs = []string{"examples/scientist.yaml", "examples/fundamentals.yaml", "examples/engineer.yaml"}

// synthetic is a roadmap of n topics in sections of 20.
func synthetic(n int) string {
	var b strings.Builder
	b.WriteString("title: A synthetic roadmap\nsections:\n")
	for s := 0; s < n/20; s++ {
		fmt.Fprintf(&b, "  - title: Section number %d of the course\n    topics:\n", s+1)
		for t := range 20 {
			fmt.Fprintf(&b, "      - title: Topic %d.%d with a title\n", s+1, t+1)
		}
	}
	return b.String()
}

// alternate runs the commands of a and those of b one after the other
// runs times and returns their median times.
func alternate(a, b [][]string, runs int) (time.Duration, time.Duration, error) {
	ts, err := alternateSides([][][]string{a, b}, runs)
	if err != nil {
		return 0, 0, err
	}
	return ts[0], ts[1], nil
}

// alternateSides runs the commands of each side in turn, runs times, and
// returns the median time of each side.
func alternateSides(sides [][][]string, runs int) ([]time.Duration, error) {
	ts := make([][]time.Duration, len(sides))
	for range runs {
		for i, cmds := range sides {
			start := time.Now()
			for _, args := range cmds {
				if _, err := runOnce(exec.Command(args[0], args[1:]...)); err != nil {
					return nil, err
				}
			}
			ts[i] = append(ts[i], time.Since(start))
		}
	}
	meds := make([]time.Duration, len(ts))
	for i := range ts {
		meds[i] = median(ts[i])
	}
	return meds, nil
}

// runOnce runs cmd, its output discarded, and returns its peak resident
// memory in bytes.
func runOnce(cmd *exec.Cmd) (int64, error) {
	var msg head
	cmd.Stdout, cmd.Stderr = io.Discard, &msg
	if err := cmd.Run(); err != nil {
		return 0, fmt.Errorf("%s: %v\n%s", strings.Join(cmd.Args, " "), err, msg.b)
	}
	return maxRSS(cmd.ProcessState), nil
}

// head keeps the first 500 bytes written to it.
type head struct{ b []byte }

func (h *head) Write(p []byte) (int, error) {
	h.b = append(h.b, p[:min(len(p), 500-len(h.b))]...)
	return len(p), nil
}

// median is the middle of ds.
func median(ds []time.Duration) time.Duration {
	slices.Sort(ds)
	return ds[len(ds)/2]
}
