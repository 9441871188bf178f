package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/roadmapgo/roadmap/markdown"
	"github.com/roadmapgo/roadmap/roadmap"
)

var importCommand = &command{
	name:    "import",
	summary: "turn a course README into one roadmap YAML per part",
	usage: `usage: roadmap import [-o DIR] README.md

Reads a course README ("## Part" headings, "### N. Section" headings, topics
as bullets that start with a bold name, "📚 References" lists) and writes one
roadmap YAML per part into DIR (default: the current directory), named after
the part's title. What it skips is reported on standard error.

Example:
  roadmap import README.md -o roadmaps/ && roadmap render roadmaps/*.yaml
`,
	run: runImport,
}

func runImport(e *env, c *command, args []string) int {
	fs := newFlags(c, e.stderr)
	dir := fs.String("o", ".", "")
	quiet := fs.Bool("q", false, "")
	files, err := parseArgs(fs, args)
	if err != nil {
		return flagError(err)
	}
	if len(files) != 1 {
		return usageError(e, c, "give exactly one README")
	}
	src, name, err := readREADME(e, files[0])
	if err != nil {
		reportError(e, err)
		return exitInvalid
	}
	parts, warnings, err := markdown.Import(src, name)
	if err != nil {
		reportError(e, err)
		return exitInvalid
	}
	if !*quiet {
		for _, w := range warnings {
			fmt.Fprintf(e.stderr, "skipped: %s\n", w)
		}
	}
	if err := os.MkdirAll(*dir, 0o755); err != nil {
		reportError(e, err)
		return exitInvalid
	}
	return writeParts(e, *dir, parts)
}

// writeParts writes each part as DIR/<slug of its title>.yaml.
func writeParts(e *env, dir string, parts []*roadmap.Roadmap) int {
	for _, r := range parts {
		path := filepath.Join(dir, partFileName(r.Title))
		data, err := roadmap.Marshal(r)
		if err == nil {
			err = writeFileAtomic(path, data)
		}
		if err != nil {
			reportError(e, err)
			return exitInvalid
		}
		fmt.Fprintln(e.stdout, path)
	}
	return exitOK
}

// partFileName names a part's file: "The LLM Scientist Roadmap" gives
// "the-llm-scientist.yaml".
func partFileName(title string) string {
	s := strings.TrimSuffix(roadmap.Slug(title), "-roadmap")
	if s == "" {
		s = "part"
	}
	return s + ".yaml"
}

// readInput reads path, or standard input for "-".
func readInput(e *env, path string) ([]byte, string, error) {
	if path == "-" {
		b, err := io.ReadAll(e.stdin)
		return b, "<stdin>", err
	}
	b, err := os.ReadFile(path)
	return b, path, err
}

// readREADME reads a README from path, or standard input for "-", up to
// markdown.MaxReadmeSize.
func readREADME(e *env, path string) ([]byte, string, error) {
	if path == "-" {
		b, err := markdown.Read(e.stdin, "<stdin>")
		return b, "<stdin>", err
	}
	b, err := markdown.ReadFile(path)
	return b, path, err
}
