package main

import (
	"fmt"

	"github.com/roadmapgo/roadmap/roadmap"
)

var validateCommand = &command{
	name:    "validate",
	summary: "check roadmap and course files and report every problem",
	usage: `usage: roadmap validate FILE...

Checks each roadmap file or course file (or - for a roadmap on standard
input); a course is checked with all its parts. Prints every problem as
file:line:col: message on standard error, in file order.

flags:
` + rootUsage + `
Exit status: 0 when all files are valid, 1 when any is invalid, 2 on usage errors.

Examples:
  roadmap validate examples/*.yaml
  roadmap validate examples/course.yaml
  cat course.yaml | roadmap validate -
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
	code := exitOK
	for _, f := range files {
		if err := withProject(*root, f, func(p *roadmap.Project) error { return validateFile(e, p, f) }); err != nil {
			reportError(e, err)
			code = exitInvalid
		}
	}
	return code
}

// validateFile checks a roadmap or a course file and the files it names,
// or a roadmap on standard input when path is "-".
func validateFile(e *env, p *roadmap.Project, path string) error {
	if path == "-" {
		_, err := loadRoadmap(e, p, path)
		return err
	}
	_, err := p.LoadAny(path)
	return err
}

// reportError prints an error; an error list prints one problem a line.
func reportError(e *env, err error) {
	fmt.Fprintln(e.stderr, err)
}
