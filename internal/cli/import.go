package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/roadmapgo/roadmap/roadmap"
	"go.yaml.in/yaml/v3"
)

var importCommand = &command{
	name:    "import",
	summary: "turn a course README into a course file and one roadmap YAML per part",
	usage: `usage: roadmap import [-o DIR] [--title TITLE] [--force] README.md

Reads a course README ("## Part" headings, "### N. Section" headings, topics
as bullets that start with a bold name, "📚 References" lists) and writes one
roadmap YAML per part into DIR (default: the current directory), named after
the part's title (parts whose titles give the same name are told apart as
NAME.yaml, NAME-2.yaml), and course.yaml joining them in order. What it
skips is reported on standard error. It never overwrites a file: when one
of the files exists it writes none and names them, unless --force.

flags:
  -o DIR          where to write the files (default .)
  --title TITLE   the course's title (default: the README's "#" heading or
                  banner, else the name of its directory)
  --force         overwrite files that exist
  -q              do not report what was skipped

Example:
  roadmap import README.md -o roadmaps/ && roadmap render roadmaps/course.yaml
`,
	run: runImport,
}

// importFlags are the parsed flags of import.
type importFlags struct {
	dir, title   string
	force, quiet bool
}

func runImport(e *env, c *command, args []string) int {
	var fl importFlags
	fs := newFlags(c, e.stderr)
	fs.StringVar(&fl.dir, "o", ".", "")
	fs.StringVar(&fl.title, "title", "", "")
	fs.BoolVar(&fl.force, "force", false, "")
	fs.BoolVar(&fl.quiet, "q", false, "")
	files, err := parseArgs(fs, args)
	if err != nil {
		return flagError(err)
	}
	if len(files) != 1 {
		return usageError(e, c, "give exactly one README")
	}
	if ext.Markdown == nil {
		return handOver(e, "import", append([]string{c.name}, args...))
	}
	src, name, err := readREADME(e, files[0])
	if err != nil {
		reportError(e, err)
		return exitInvalid
	}
	parts, skipped, err := ext.Markdown.Import(src, name)
	if err != nil {
		reportError(e, err)
		return exitInvalid
	}
	if !fl.quiet {
		for _, w := range skipped {
			fmt.Fprintf(e.stderr, "skipped: %s\n", w)
		}
	}
	if fl.title == "" {
		fl.title = courseTitle(src, files[0])
	}
	out, err := importedFiles(fl.dir, fl.title, parts)
	if err != nil {
		reportError(e, err)
		return exitInvalid
	}
	return writeImported(e, out, fl)
}

// importedFile is one file that import writes.
type importedFile struct {
	path string
	data []byte
}

// importedFiles returns the files of the parts, each named after its
// title and told apart from the others, then the course file joining
// them, course.yaml, all in dir.
func importedFiles(dir, title string, parts []*roadmap.Roadmap) ([]importedFile, error) {
	const courseName = "course.yaml"
	taken := map[string]bool{courseName: true}
	var out []importedFile
	var names []string
	for _, r := range parts {
		name := distinctName(partFileName(r.Title), taken)
		data, err := roadmap.Marshal(r)
		if err != nil {
			return nil, err
		}
		names = append(names, name)
		out = append(out, importedFile{filepath.Join(dir, name), data})
	}
	path := filepath.Join(dir, courseName)
	data, err := courseFile(title, names, path)
	if err != nil {
		return nil, err
	}
	return append(out, importedFile{path, data}), nil
}

// distinctName returns name, or NAME-2.yaml, NAME-3.yaml, ... when name is
// taken, and marks it taken.
func distinctName(name string, taken map[string]bool) string {
	base := strings.TrimSuffix(name, ".yaml")
	for i := 2; taken[name]; i++ {
		name = fmt.Sprintf("%s-%d.yaml", base, i)
	}
	taken[name] = true
	return name
}

// courseFile is the course file titled title whose parts are the files
// names, in canonical form; path names it in errors.
func courseFile(title string, names []string, path string) ([]byte, error) {
	doc := struct {
		Course string   `yaml:"course"`
		Parts  []string `yaml:"parts"`
	}{title, names}
	data, err := yaml.Marshal(doc)
	if err != nil {
		return nil, err
	}
	return roadmap.Format(data, path)
}

// courseTitle is the title of the course of a README at path: its own
// (markdown.CourseTitle), else the name of its directory.
func courseTitle(src []byte, path string) string {
	if t := ext.Markdown.CourseTitle(src); t != "" {
		return t
	}
	dir := "."
	if path != "-" {
		dir = filepath.Dir(path)
	}
	if abs, err := filepath.Abs(dir); err == nil && filepath.Base(abs) != string(filepath.Separator) {
		return filepath.Base(abs)
	}
	return "Course"
}

// writeImported writes the files, none of them when one exists and
// --force is not given; it prints each path written.
func writeImported(e *env, files []importedFile, fl importFlags) int {
	if !fl.force {
		var exist []string
		for _, f := range files {
			if _, err := os.Lstat(f.path); err == nil {
				exist = append(exist, f.path)
			}
		}
		if len(exist) > 0 {
			verb := "exist"
			if len(exist) == 1 {
				verb = "exists"
			}
			fmt.Fprintf(e.stderr, "roadmap import: %s already %s; nothing written (use --force to overwrite, or -o DIR)\n",
				strings.Join(exist, ", "), verb)
			return exitInvalid
		}
	}
	if err := os.MkdirAll(fl.dir, 0o755); err != nil {
		reportError(e, err)
		return exitInvalid
	}
	for _, f := range files {
		if err := writeFileAtomic(f.path, f.data); err != nil {
			reportError(e, err)
			return exitInvalid
		}
		fmt.Fprintln(e.stdout, f.path)
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

// readREADME reads a README from path, or standard input for "-", up to
// markdown.MaxReadmeSize.
func readREADME(e *env, path string) ([]byte, string, error) {
	if path == "-" {
		b, err := ext.Markdown.Read(e.stdin, "<stdin>")
		return b, "<stdin>", err
	}
	b, err := ext.Markdown.ReadFile(path)
	return b, path, err
}
