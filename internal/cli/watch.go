package cli

import (
	"fmt"
	"path/filepath"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/roadmapgo/roadmap/roadmap"
)

// watchDebounce is how long a burst of file events (an editor saving
// through a temporary file, a checkout) settles before the render.
const watchDebounce = 150 * time.Millisecond

// watchRender renders the plans, then again each time a file one of them
// reads is saved, printing a line per render, until the command's
// context ends (Ctrl-C): exit 0. An invalid save prints its problems and
// leaves the last good images in place. Directories are watched rather
// than files, so that a save that writes a new file and renames it over
// the old one is seen too.
func watchRender(e *env, plans []plan, fl *renderFlags) int {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		reportError(e, fmt.Errorf("--watch: %w", err))
		return exitInvalid
	}
	defer w.Close()
	deps := make([][]string, len(plans))
	watched := map[string]bool{}
	renderWatched := func(i int) {
		renderPlan(e, plans[i], fl)
		deps[i] = dependencies(plans[i].input, fl, deps[i])
		watchDirs(w, deps[i], watched)
	}
	for i := range plans {
		renderWatched(i)
	}
	fmt.Fprintf(e.stderr, "watching %d files; Ctrl-C stops\n", len(watched))
	for {
		changed, ok := nextChanges(e, w)
		if !ok {
			return exitOK
		}
		for i := range plans {
			if dependsOn(deps[i], changed) {
				renderWatched(i)
			}
		}
	}
}

// renderPlan renders one input and writes its outputs, printing one line:
// what it wrote, or its problems.
func renderPlan(e *env, p plan, fl *renderFlags) {
	start := time.Now()
	res := renderAll(e, []plan{p}, fl)
	if writeOutputs(e, res, &renderFlags{}) != exitOK {
		fmt.Fprintf(e.stderr, "%s: not rendered; the last good images are kept\n", p.input)
		return
	}
	fmt.Fprintf(e.stderr, "rendered %s (%d files, %d ms)\n", p.input, len(p.outputs), time.Since(start).Milliseconds())
}

// dependencies lists the absolute paths of the files input reads, or
// keeps old (and input) when it cannot be loaded.
func dependencies(input string, fl *renderFlags, old []string) []string {
	out := []string{absPath(input)}
	if fl.progress != "" {
		out = append(out, absPath(fl.progress))
	}
	err := withProject(fl.root, input, func(p *roadmap.Project) error {
		c, err := p.LoadAny(input)
		if err != nil {
			return err
		}
		for _, f := range c.Files() {
			out = append(out, absPath(f))
		}
		return nil
	})
	if err != nil {
		return append(out, old...)
	}
	return out
}

// absPath is the cleaned absolute form of a path.
func absPath(p string) string {
	if abs, err := filepath.Abs(p); err == nil {
		return abs
	}
	return filepath.Clean(p)
}

// watchDirs adds the directories of files to w, once each.
func watchDirs(w *fsnotify.Watcher, files []string, watched map[string]bool) {
	for _, f := range files {
		if dir := filepath.Dir(f); !watched[dir] {
			if w.Add(dir) == nil {
				watched[dir] = true
			}
		}
	}
}

// nextChanges waits for file events and returns the files they touched
// once no more came for watchDebounce; false when the context ended.
func nextChanges(e *env, w *fsnotify.Watcher) (map[string]bool, bool) {
	changed := map[string]bool{}
	var settle <-chan time.Time
	for {
		select {
		case <-e.ctx.Done():
			return nil, false
		case ev, ok := <-w.Events:
			if !ok {
				return nil, false
			}
			if ev.Op&(fsnotify.Write|fsnotify.Create|fsnotify.Rename|fsnotify.Remove) != 0 {
				changed[absPath(ev.Name)] = true
				settle = time.After(watchDebounce)
			}
		case err, ok := <-w.Errors:
			if !ok {
				return nil, false
			}
			fmt.Fprintf(e.stderr, "--watch: %v\n", err)
		case <-settle:
			return changed, true
		}
	}
}

// dependsOn reports whether any of files changed.
func dependsOn(files []string, changed map[string]bool) bool {
	for _, f := range files {
		if changed[f] {
			return true
		}
	}
	return false
}
