package cli

import (
	"fmt"
	"io"
	"sort"
)

var helpCommand = &command{
	name:    "help",
	summary: "show help for a command",
	usage: `usage: roadmap help [COMMAND]

Shows the list of commands, or the usage and examples of one.

Example:
  roadmap help render
`,
	run: runHelp,
}

func runHelp(e *env, c *command, args []string) int {
	if len(args) == 0 {
		printOverview(e.stdout)
		return exitOK
	}
	target, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(e.stderr, "roadmap help: unknown command %q%s\nRun 'roadmap help' for the list.\n", args[0], suggestCommand(args[0]))
		return exitUsage
	}
	fmt.Fprint(e.stdout, target.usage)
	return exitOK
}

// printOverview writes the list of commands.
func printOverview(w io.Writer) {
	fmt.Fprint(w, `roadmap turns a course written as YAML into roadmap diagrams (SVG and PNG).

usage: roadmap COMMAND [ARGUMENTS]

commands:
`)
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-9s %s\n", n, commands[n].summary)
	}
	fmt.Fprint(w, `
Exit codes: 0 success, 1 invalid input or stale output, 2 usage error.
Run 'roadmap help COMMAND' for a command's flags and examples.
`)
}
