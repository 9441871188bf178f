// Package cli is the roadmap command line: every command, shared by the
// roadmap program and roadmap-full. What needs packages that are costly
// to start (serve, import, export -f markdown, PDF output) goes through
// the hooks of package extend, which only roadmap-full fills (Extend);
// roadmap hands those commands over to it, so that rendering starts no
// more than it uses.
package cli

import (
	"context"
	"os"
	"os/signal"
	"runtime/debug"
)

// memoryLimit is the memory past which the garbage collector works harder
// rather than let the process grow, so that rendering a large roadmap
// stays small; GOMEMLIMIT in the environment replaces it.
const memoryLimit = 32 << 20

// Main runs the command line of the process and returns its exit code.
func Main() int {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	return run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
}
