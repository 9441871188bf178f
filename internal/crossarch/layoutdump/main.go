// Command layoutdump prints the native layout of the inputs of package
// crossarch (see crossarch.Dump). Run it in the repository's root; the
// cross-architecture test builds it for each GOARCH and compares outputs.
package main

import (
	"fmt"
	"os"

	"github.com/roadmapgo/roadmap/internal/crossarch"
)

func main() {
	if err := crossarch.Dump(os.Stdout, "."); err != nil {
		fmt.Fprintln(os.Stderr, "layoutdump:", err)
		os.Exit(1)
	}
}
