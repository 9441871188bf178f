// Command roadmap turns a course written as YAML into roadmap diagrams.
//
// Run "roadmap help" for the commands. serve, import and PDF output run
// in roadmap-full, which this program hands them over to: their packages
// cost every process that links them a start-up it does not need.
package main

import (
	"os"

	"github.com/roadmapgo/roadmap/internal/cli"
)

func main() {
	os.Exit(cli.Main())
}
