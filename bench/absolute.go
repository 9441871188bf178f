package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"syscall"
	"time"
)

// maxRSS is the peak resident memory of a finished process, in bytes.
// Linux counts in it the memory of the parent that started it (the child
// shares it until exec), so the bench keeps itself small: outputs are
// discarded, never held.
func maxRSS(st *os.ProcessState) int64 {
	if ru, ok := st.SysUsage().(*syscall.Rusage); ok {
		return ru.Maxrss * 1024 // kilobytes on Linux
	}
	return 0
}

// absolutes prints the figures held to a fixed bound rather than to a
// peer: the peak memory of the 10k-topic render and the time of the
// Graphviz engine with an empty compile cache, as on a fresh CI machine.
func absolutes(dir, rm string, files map[string]string, runs int) error {
	fmt.Printf("\n%-42s %10s %10s\n", "bound (median of "+fmt.Sprint(runs)+" runs)", "ours", "goal")
	var rss []int64
	for range runs {
		n, err := runOnce(exec.Command(rm, "render", "-o", "-", files["10k.yaml"]))
		if err != nil {
			return err
		}
		rss = append(rss, n)
	}
	slices.Sort(rss)
	peak := float64(rss[len(rss)/2]) / (1 << 20)
	fmt.Printf("%-42s %8.1fMB %8.0fMB %s\n", "10k topics, peak RSS", peak, 40.0, over(peak > 40))
	cold, err := coldEngine(dir, rm, runs)
	if err != nil {
		return err
	}
	fmt.Printf("%-42s %10s %10s %s\n", "--engine dot, empty cache", cold.Round(time.Millisecond), "300ms", over(cold > 300*time.Millisecond))
	return nil
}

// coldEngine is the median time of "render --engine dot" of the scientist
// roadmap with a user cache directory emptied before every run.
func coldEngine(dir, rm string, runs int) (time.Duration, error) {
	cache := filepath.Join(dir, "cold-cache")
	var ts []time.Duration
	for range runs {
		if err := os.RemoveAll(cache); err != nil {
			return 0, err
		}
		cmd := exec.Command(rm, "render", "--engine", "dot", "-o", "-", "examples/scientist.yaml")
		// Each run a companion of its own, none left running on the
		// directory removed before the next.
		cmd.Env = append(os.Environ(), "XDG_CACHE_HOME="+cache, "ROADMAP_GRAPHVIZ_IDLE=0")
		start := time.Now()
		if _, err := runOnce(cmd); err != nil {
			return 0, err
		}
		ts = append(ts, time.Since(start))
	}
	return median(ts), nil
}

// over marks a figure past its goal.
func over(past bool) string {
	if past {
		return "over"
	}
	return "ok"
}
