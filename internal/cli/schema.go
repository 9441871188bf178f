package cli

import (
	"github.com/roadmapgo/roadmap/render/themefile"
	"github.com/roadmapgo/roadmap/roadmap"
)

var schemaCommand = &command{
	name:    "schema",
	summary: "print the JSON Schema of the roadmap format, or of theme files",
	usage: `usage: roadmap schema [--theme]

Prints a JSON Schema of the roadmap and course YAML formats, for editors
that complete and check YAML (yaml-language-server); with --theme, that
of theme files (render --theme FILE.yaml).

flags:
  --theme           the schema of theme files instead

Example: save it and point the first line of a roadmap file at it:
  roadmap schema > roadmap.schema.json
  # yaml-language-server: $schema=./roadmap.schema.json
  roadmap schema --theme > theme.schema.json
`,
	run: runSchema,
}

func runSchema(e *env, c *command, args []string) int {
	fs := newFlags(c, e.stderr)
	theme := fs.Bool("theme", false, "")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return flagError(err)
	}
	if len(pos) > 0 {
		return usageError(e, c, "takes no arguments")
	}
	schema := roadmap.Schema()
	if *theme {
		schema = themefile.Schema()
	}
	if _, err := e.stdout.Write(schema); err != nil {
		reportError(e, err)
		return exitInvalid
	}
	return exitOK
}
