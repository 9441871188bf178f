// Command roadmap-full is the roadmap command line with every extension
// linked: import and export -f markdown (package markdown, on goldmark)
// and PDF output (render/pdf, on fpdf). roadmap hands those commands over
// to it, so that its other commands do not pay the start-up of packages
// they do not use; run directly, it is roadmap.
package main

import (
	"os"

	"github.com/roadmapgo/roadmap/internal/cli"
	"github.com/roadmapgo/roadmap/internal/extend/full"
)

func main() {
	cli.Extend(full.Set())
	os.Exit(cli.Main())
}
