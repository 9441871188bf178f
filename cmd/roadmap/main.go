// Command roadmap turns a course written as YAML into roadmap diagrams.
//
// Run "roadmap help" for the commands.
package main

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

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
