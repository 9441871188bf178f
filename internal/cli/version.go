package cli

import (
	"fmt"
	"runtime/debug"
	"strings"
)

var versionCommand = &command{
	name:    "version",
	summary: "print the version",
	usage: `usage: roadmap version

Prints the version of the roadmap module, the VCS revision it was built
from (with its time, and "modified" when the tree had uncommitted
changes), and the Go toolchain that built it. A build from a clone
without a tag shows Go's pseudo-version, or "devel" under go run.

Example:
  roadmap version    (or roadmap --version)
`,
	run: runVersion,
}

func runVersion(e *env, c *command, args []string) int {
	if len(args) > 0 {
		return usageError(e, c, "takes no arguments")
	}
	info, _ := debug.ReadBuildInfo()
	fmt.Fprintln(e.stdout, versionLine(info))
	return exitOK
}

// versionLine describes the build of info, as "roadmap VERSION (revision
// REV, TIME, modified; GOVERSION)"; info may be nil.
func versionLine(info *debug.BuildInfo) string {
	if info == nil {
		return "roadmap devel (no build information)"
	}
	v := info.Main.Version
	if v == "" || v == "(devel)" {
		v = "devel"
	}
	var vcs []string
	for _, key := range []string{"vcs.revision", "vcs.time", "vcs.modified"} {
		for _, s := range info.Settings {
			switch {
			case s.Key != key || s.Value == "" || s.Value == "false":
			case key == "vcs.revision":
				vcs = append(vcs, "revision "+s.Value)
			case key == "vcs.modified":
				vcs = append(vcs, "modified")
			default:
				vcs = append(vcs, s.Value)
			}
		}
	}
	vcs = append(vcs, info.GoVersion)
	if len(vcs) == 1 {
		return fmt.Sprintf("roadmap %s (%s)", v, vcs[0])
	}
	return fmt.Sprintf("roadmap %s (%s; %s)", v, strings.Join(vcs[:len(vcs)-1], ", "), vcs[len(vcs)-1])
}
