package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/roadmapgo/roadmap/roadmap"
)

// Exit codes, as README documents them.
const (
	exitOK      = 0 // success
	exitInvalid = 1 // invalid input, or stale output under --check
	exitUsage   = 2 // bad command line
)

// env is what a command sees of the process.
type env struct {
	ctx    context.Context
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	// graphviz lays inputs out with the Graphviz engines, in one
	// companion process for the whole command.
	graphviz *batchCompanion
}

// command is one subcommand of the CLI.
type command struct {
	name    string
	summary string
	usage   string // the synopsis and flags, shown by "roadmap help NAME"
	run     func(e *env, c *command, args []string) int
}

// commands lists the subcommands; filled by init to break the cycle with help.
var commands map[string]*command

func init() {
	commands = map[string]*command{}
	for _, c := range []*command{
		validateCommand, renderCommand, exportCommand, importCommand,
		schemaCommand, versionCommand, helpCommand,
		fmtCommand, serveCommand, pathCommand,
	} {
		commands[c.name] = c
	}
}

// run is the whole CLI: it returns the process exit code.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{ctx: ctx, stdin: stdin, stdout: stdout, stderr: stderr, graphviz: &batchCompanion{ctx: ctx, warnings: stderr}}
	defer e.graphviz.close()
	if len(args) == 0 {
		printOverview(stderr)
		return exitUsage
	}
	name := args[0]
	switch name {
	case "-h", "-help", "--help":
		printOverview(stdout)
		return exitOK
	case "-version", "--version":
		name = "version"
	}
	c, ok := commands[name]
	if !ok {
		fmt.Fprintf(stderr, "roadmap: unknown command %q%s\nRun 'roadmap help' for the list.\n", name, suggestCommand(name))
		return exitUsage
	}
	return c.run(e, c, args[1:])
}

// newFlags returns a flag set for command c. A bad flag is reported in
// one line on stderr, with a did-you-mean and a pointer to the command's
// help; -h and --help print the whole usage.
func newFlags(c *command, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("roadmap "+c.name, flag.ContinueOnError)
	var msg strings.Builder
	fs.SetOutput(&msg)
	fs.Usage = func() {
		if msg.Len() == 0 {
			fmt.Fprint(stderr, c.usage)
			return
		}
		line := strings.TrimSpace(msg.String())
		fmt.Fprintf(stderr, "roadmap %s: %s%s\n", c.name, line, suggestFlag(fs, line))
		fmt.Fprintf(stderr, "Run 'roadmap help %s' for usage.\n", c.name)
		msg.Reset()
	}
	return fs
}

// parseArgs parses flags wherever they stand among the arguments, so that
// "render a.yaml -o out.svg" works; everything after "--" is an argument.
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for len(args) > 0 {
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		if len(args[0]) > 1 && strings.HasPrefix(args[0], "-") {
			if err := fs.Parse(args); err != nil {
				return nil, err
			}
			rest := fs.Args()
			consumed := len(args) - len(rest)
			if consumed > 0 && args[consumed-1] == "--" {
				return append(pos, rest...), nil
			}
			args = rest
			continue
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
	return pos, nil
}

// usageError reports a bad command line and returns exitUsage.
func usageError(e *env, c *command, format string, a ...any) int {
	fmt.Fprintf(e.stderr, "roadmap %s: %s\n", c.name, fmt.Sprintf(format, a...))
	fmt.Fprintf(e.stderr, "Run 'roadmap help %s' for usage.\n", c.name)
	return exitUsage
}

// flagError maps a flag parsing error to an exit code.
func flagError(err error) int {
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	return exitUsage
}

// suggestCommand returns "; did you mean X?" for a near miss, or "".
func suggestCommand(name string) string {
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if len(name) >= 3 && strings.HasPrefix(n, name) {
			return fmt.Sprintf("; did you mean %q?", n)
		}
	}
	return didYouMean(name, names)
}

// suggestFlag returns "; did you mean --X?" when line reports an unknown
// flag close to one of fs's, or "".
func suggestFlag(fs *flag.FlagSet, line string) string {
	name, ok := strings.CutPrefix(line, "flag provided but not defined: ")
	if !ok {
		return ""
	}
	name = strings.TrimLeft(name, "-")
	var names []string
	fs.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
	n := roadmap.Suggest(name, names)
	if n == "" {
		return ""
	}
	dash := "--"
	if len(n) == 1 {
		dash = "-"
	}
	return fmt.Sprintf("; did you mean %s%s?", dash, n)
}
