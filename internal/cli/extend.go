package cli

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"syscall"

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
	return exitCodeOf(e, cmd.Run())
}

// exitCodeOf is the exit code of a handed-over command that ended with
// err: its own, or, when a signal ended it, 128 plus the signal's number
// as a shell gives, said only for a signal other than the ends of a pipe
// or a terminal's (a reader such as head that stopped reading, Ctrl-C).
func exitCodeOf(e *env, err error) int {
	var exit *exec.ExitError
	if err == nil {
		return exitOK
	}
	if !errors.As(err, &exit) {
		fmt.Fprintf(e.stderr, "roadmap: %s: %v\n", fullProgram, err)
		return exitInvalid
	}
	if ws, ok := exit.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		switch ws.Signal() {
		case syscall.SIGPIPE, syscall.SIGINT, syscall.SIGTERM:
		default:
			fmt.Fprintf(e.stderr, "roadmap: %s: %v\n", fullProgram, err)
		}
		return 128 + int(ws.Signal())
	}
	return exit.ExitCode()
}
