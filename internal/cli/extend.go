package cli

import (
	"errors"
	"fmt"
	"os"
	"os/exec"

	"github.com/roadmapgo/roadmap/internal/extend"
)

// full is the program with every extension, which this one hands the
// commands that need one it lacks over to.
const fullProgram = "roadmap-full"

// ext is this program's extensions (see package extend).
var ext extend.Set

// Extend gives the command line its extensions; roadmap-full calls it
// before Main.
func Extend(s extend.Set) { ext = s }

// handOver runs the command line args in roadmap-full, with this
// command's standard streams, and returns its exit code: for a command
// that needs what, an extension this program lacks.
func handOver(e *env, what string, args []string) int {
	argv, err := findProgram(fullProgram, "ROADMAP_FULL", what+" needs")
	if err != nil {
		reportError(e, err)
		return exitInvalid
	}
	cmd := exec.Command(argv[0], append(argv[1:], args...)...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = e.stdin, e.stdout, e.stderr
	cmd.Env = os.Environ()
	err = cmd.Run()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &exit) && exit.ExitCode() > 0:
		return exit.ExitCode()
	default:
		fmt.Fprintf(e.stderr, "roadmap: %s: %v\n", fullProgram, err)
		return exitInvalid
	}
}
