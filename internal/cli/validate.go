package cli

import (
	"fmt"

	"github.com/roadmapgo/roadmap/roadmap"
)

var validateCommand = &command{
	name:    "validate",
	summary: "check roadmap and course files and report every problem",
	usage: `usage: roadmap validate FILE|GLOB...

Checks each roadmap file or course file (or - for one on standard input,
its parts and references read relative to the working directory); a
course is checked with all its parts. Globs are expanded here, for shells
that do not. Prints every problem as
file:line:col: message on standard error, in file order.

flags:
` + rootUsage + `
Exit status: 0 when all files are valid, 1 when any is invalid, 2 on usage errors.

Examples:
  roadmap validate examples/*.yaml
  roadmap validate examples/course.yaml
  roadmap validate 'examples/*.yaml'
  roadmap validate - < examples/course.yaml
`,
	run: runValidate,
}

func runValidate(e *env, c *command, args []string) int {
	fs := newFlags(c, e.stderr)
	root := fs.String("root", "", "")
	files, err := parseArgs(fs, args)
	if err != nil {
		return flagError(err)
	}
	if len(files) == 0 {
		return usageError(e, c, "no files given")
	}
	if msg := dashProblem(files); msg != "" {
		return usageError(e, c, "%s", msg)
	}
	if files, err = expandGlobs(files); err != nil {
		return usageError(e, c, "%v", err)
	}
	code := exitOK
	for _, f := range files {
		if err := withProject(*root, f, func(p *roadmap.Project) error { return validateFile(e, p, f) }); err != nil {
			reportError(e, err)
			code = exitInvalid
		}
	}
	return code
}

// validateFile checks a roadmap or a course file and the files it names;
// "-" reads it from standard input, its references relative to the
// working directory.
func validateFile(e *env, p *roadmap.Project, path string) error {
	if path == "-" {
		_, err := p.ParseAny(e.stdin, "<stdin>")
		return err
	}
	_, err := p.LoadAny(path)
	return err
}

// reportError prints an error; an error list prints one problem a line.
func reportError(e *env, err error) {
	fmt.Fprintln(e.stderr, err)
}
