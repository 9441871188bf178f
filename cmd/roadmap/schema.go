package main

import "github.com/roadmapgo/roadmap/roadmap"

var schemaCommand = &command{
	name:    "schema",
	summary: "print the JSON Schema of the roadmap format",
	usage: `usage: roadmap schema

Prints a JSON Schema of the roadmap and course YAML formats, for editors
that complete and check YAML (yaml-language-server).

Example: save it and point the first line of a roadmap file at it:
  roadmap schema > roadmap.schema.json
  # yaml-language-server: $schema=./roadmap.schema.json
`,
	run: runSchema,
}

func runSchema(e *env, c *command, args []string) int {
	if len(args) > 0 {
		return usageError(e, c, "takes no arguments")
	}
	if _, err := e.stdout.Write(roadmap.Schema()); err != nil {
		reportError(e, err)
		return exitInvalid
	}
	return exitOK
}
