package cli

import (
	"fmt"
	"strings"

	"github.com/roadmapgo/roadmap/roadmap"
)

var pathCommand = &command{
	name:    "path",
	summary: "what to learn before a topic, in order, across parts",
	usage: `usage: roadmap path [--root DIR] FILE ID

Prints what a learner must know before the section or topic ID of FILE (a
roadmap or a course file), transitively and across the parts of a course,
in an order in which each step follows its prerequisites, then ID itself.
Each step gives its part (when it is not FILE), its number and its title.
The prerequisites of a topic are its requires and its section's; a section
required stands for itself and all its topics.

ID is an id of FILE (or of a part, for a course), PART.yaml#ID for one part
of a course, the last part of a topic id when only one topic has it, or a
number as drawn (3.2 for the second topic of section 3).

flags:
` + rootUsage + `
Examples:
  roadmap path examples/scientist.yaml llm-architecture/attention-mechanisms
  roadmap path examples/course.yaml scientist.yaml#fine-tuning
`,
	run: runPath,
}

func runPath(e *env, c *command, args []string) int {
	fs := newFlags(c, e.stderr)
	root := fs.String("root", "", "")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return flagError(err)
	}
	if len(pos) != 2 {
		return usageError(e, c, "give a file and an id")
	}
	file, id := pos[0], pos[1]
	err = withProject(*root, file, func(p *roadmap.Project) error {
		course, err := p.LoadAny(file)
		if err != nil {
			return err
		}
		n, err := course.Find(id)
		if err != nil {
			return fmt.Errorf("%s: %w", file, err)
		}
		printPath(e, course, course.PathTo(n))
		return nil
	})
	if err != nil {
		reportError(e, err)
		return exitInvalid
	}
	return exitOK
}

// printPath prints the steps, numbered, the last one the target.
func printPath(e *env, c *roadmap.Course, steps []roadmap.Node) {
	target := steps[len(steps)-1]
	if len(steps) == 1 {
		fmt.Fprintf(e.stdout, "%s has no prerequisites.\n", stepName(c, target))
		return
	}
	count := fmt.Sprintf("%d steps", len(steps)-1)
	if len(steps) == 2 {
		count = "1 step"
	}
	fmt.Fprintf(e.stdout, "Before %s, learn (%s):\n", stepName(c, target), count)
	for i, n := range steps[:len(steps)-1] {
		fmt.Fprintf(e.stdout, "%3d. %s\n", i+1, stepName(c, n))
	}
}

// stepName is "Part › 3.2 Title", the part left out for the file named
// when it is a roadmap.
func stepName(c *roadmap.Course, n roadmap.Node) string {
	name := n.Number() + " " + strings.TrimSpace(n.Title())
	if c.File != "" || n.Roadmap != c.Roadmaps[0] {
		name = strings.TrimSpace(n.Roadmap.Title) + " › " + name
	}
	return name
}
