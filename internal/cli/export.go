package cli

import (
	"bufio"
	"bytes"
	"fmt"
	"io"

	"github.com/roadmapgo/roadmap/export"
	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/layout/dot"
	"github.com/roadmapgo/roadmap/roadmap"
)

var exportCommand = &command{
	name:    "export",
	summary: "write a roadmap as Markdown, Mermaid, DOT or JSON",
	usage: `usage: roadmap export -f FORMAT [-o OUT] FILE

Writes the roadmap in another form on standard output (or to -o OUT):
  markdown  the course README section, with links, that "roadmap import" reads back
  mermaid   a flowchart that GitHub renders inline
  dot       the graph exactly as the Graphviz engines get it
  json      the model

flags:
  -f FORMAT         markdown, mermaid, dot or json
  -o OUT            the output file (default: standard output)
` + rootUsage + `
Examples:
  roadmap export -f markdown examples/scientist.yaml
  roadmap export -f mermaid examples/scientist.yaml >> README.md
`,
	run: runExport,
}

// exporters are the formats of export.
var exporters = map[string]func(io.Writer, *roadmap.Roadmap) error{
	"markdown": func(w io.Writer, r *roadmap.Roadmap) error { return ext.Markdown.Export(w, r) },
	"mermaid":  export.Mermaid,
	"dot":      exportDOT,
	"json":     export.JSON,
}

func runExport(e *env, c *command, args []string) int {
	fs := newFlags(c, e.stderr)
	format := fs.String("f", "", "")
	out := fs.String("o", "-", "")
	root := fs.String("root", "", "")
	files, err := parseArgs(fs, args)
	if err != nil {
		return flagError(err)
	}
	write, ok := exporters[*format]
	if !ok {
		names := []string{"markdown", "mermaid", "dot", "json"}
		if *format == "" {
			return usageError(e, c, "-f is required: markdown, mermaid, dot or json")
		}
		return usageError(e, c, "unknown format %q%s; use markdown, mermaid, dot or json", *format, didYouMean(*format, names))
	}
	if len(files) != 1 {
		return usageError(e, c, "give exactly one file")
	}
	if *format == "markdown" && ext.Markdown == nil {
		return handOver(e, "export -f markdown", append([]string{c.name}, args...))
	}
	err = withProject(*root, files[0], func(p *roadmap.Project) error {
		r, err := loadRoadmap(e, p, files[0])
		if err != nil {
			return err
		}
		return writeWith(e, *out, func(w io.Writer) error { return write(w, r) })
	})
	if err != nil {
		reportError(e, err)
		return exitInvalid
	}
	return exitOK
}

// writeWith runs write into path ("-" for standard output); a file is
// replaced atomically and only when write succeeded.
func writeWith(e *env, path string, write func(io.Writer) error) error {
	if path == "-" {
		bw := bufio.NewWriter(e.stdout)
		if err := write(bw); err != nil {
			return err
		}
		return bw.Flush()
	}
	var buf bytes.Buffer
	if err := write(&buf); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return writeFileAtomic(path, buf.Bytes())
}

// exportDOT writes the DOT that the Graphviz engines hand to Graphviz.
func exportDOT(w io.Writer, r *roadmap.Roadmap) error {
	g, err := dot.FromRoadmap(r, dot.NewMeasurer(layout.Metrics{}, layout.DefaultWidth).Size)
	if err != nil {
		return err
	}
	return dot.Write(w, g, dot.Options{})
}
