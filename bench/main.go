// Command bench measures roadmap against its peers, as ratios of median
// times over alternating runs on this machine, and prints each with the
// goal it is held to:
//
//	go run ./bench            # a few minutes on two cores
//	go run ./bench -runs 31   # steadier medians
//
// It needs Graphviz's dot and librsvg's rsvg-convert on $PATH (Debian:
// graphviz, librsvg2-bin).
package main

import (
	"flag"
	"fmt"
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

// comparison is one measured ratio: ours against a peer.
type comparison struct {
	name       string
	ours, peer []string
	goal       float64 // ours/peer at most
}

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
	sci := "examples/scientist.yaml"
	cs := []comparison{
		{"scientist SVG, process / dot -Tsvg", []string{rm, "render", "-o", "-", sci}, []string{"dot", "-Tsvg", files["scientist.dot"]}, 0.33},
		{"scientist SVG, process / hello world", []string{rm, "render", "-o", "-", sci}, []string{bins["hello"]}, 2.5},
		{"scientist PNG / dot -Tpng", []string{rm, "render", "-f", "png", "-o", "-", sci}, []string{"dot", "-Tpng", files["scientist.dot"]}, 0.5},
		{"scientist PNG / rsvg-convert of its SVG", []string{rm, "render", "-f", "png", "-o", "-", sci}, []string{"rsvg-convert", files["scientist.svg"]}, 1},
		{"--engine dot / dot -Tsvg (warm)", []string{rm, "render", "--engine", "dot", "-o", "-", sci}, []string{"dot", "-Tsvg", files["scientist.dot"]}, 1.5},
		{"10k topics / dot -Tsvg on 1k topics", []string{rm, "render", "-o", "-", files["10k.yaml"]}, []string{"dot", "-Tsvg", files["1k.dot"]}, 0.4},
		{"10k topics / 1k topics (growth)", []string{rm, "render", "-o", "-", files["10k.yaml"]}, []string{rm, "render", "-o", "-", files["1k.yaml"]}, 12},
	}
	fmt.Printf("%-42s %10s %10s %8s %6s\n", "ratio (median of "+fmt.Sprint(runs)+" alternating runs)", "ours", "peer", "ratio", "goal")
	for _, c := range cs {
		ours, peer, err := alternate(c.ours, c.peer, runs)
		if err != nil {
			return fmt.Errorf("%s: %w", c.name, err)
		}
		r := float64(ours) / float64(peer)
		mark := "ok"
		if r > c.goal {
			mark = "over"
		}
		fmt.Printf("%-42s %10s %10s %8.2f %6.2f %s\n", c.name, ours.Round(100*time.Microsecond), peer.Round(100*time.Microsecond), r, c.goal, mark)
	}
	return nil
}

// build compiles roadmap, roadmap-graphviz and a hello-world program.
func build(dir string) (map[string]string, error) {
	hello := filepath.Join(dir, "hello.go")
	if err := os.WriteFile(hello, []byte("package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(\"hello\") }\n"), 0o644); err != nil {
		return nil, err
	}
	bins := map[string]string{}
	for name, pkg := range map[string]string{"roadmap": "./cmd/roadmap", "roadmap-graphviz": "./cmd/roadmap-graphviz", "hello": hello} {
		bins[name] = filepath.Join(dir, name)
		if out, err := exec.Command("go", "build", "-o", bins[name], pkg).CombinedOutput(); err != nil {
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
	for name, args := range map[string][]string{
		"scientist.dot": {"export", "-f", "dot", "examples/scientist.yaml"},
		"scientist.svg": {"render", "-o", "-", "examples/scientist.yaml"},
		"1k.dot":        {"export", "-f", "dot", files["1k.yaml"]},
	} {
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

// alternate runs a and b one after the other runs times and returns their
// median times.
func alternate(a, b []string, runs int) (time.Duration, time.Duration, error) {
	var ta, tb []time.Duration
	for range runs {
		for _, c := range []struct {
			args []string
			to   *[]time.Duration
		}{{a, &ta}, {b, &tb}} {
			start := time.Now()
			if out, err := exec.Command(c.args[0], c.args[1:]...).CombinedOutput(); err != nil {
				return 0, 0, fmt.Errorf("%s: %v\n%.500s", strings.Join(c.args, " "), err, out)
			}
			*c.to = append(*c.to, time.Since(start))
		}
	}
	return median(ta), median(tb), nil
}

// median is the middle of ds.
func median(ds []time.Duration) time.Duration {
	slices.Sort(ds)
	return ds[len(ds)/2]
}
