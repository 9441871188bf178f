package cli

import (
	"bytes"
	"fmt"
	"io"
	"os"

	"github.com/roadmapgo/roadmap/internal/textdiff"
	"github.com/roadmapgo/roadmap/roadmap"
)

var fmtCommand = &command{
	name:    "fmt",
	summary: "rewrite roadmap files in canonical form, keeping comments",
	usage: `usage: roadmap fmt [-l] [-d] [--check] FILE|GLOB...

Rewrites each roadmap file in canonical form: keys in the order of the
format, lists in block style, two spaces of indentation, the schema
modeline first. Comments, values and the blank lines between entries are
kept (a run of blank lines becomes one). Files are replaced atomically,
keeping their permissions; through a symbolic link the file it points to
is rewritten and the link kept. An invalid file is left as it is and its
problems are printed as file:line:col: message; a file over 4 MiB is
refused. With - the file is read from standard input and written to
standard output.

flags:
  -l        write nothing; list each file that is not formatted (like gofmt -l)
  -d        write nothing; print a unified diff of what formatting would
            change, and exit 1 when there is one (like gofmt -d)
  --check   write nothing; list each file that is not formatted and exit 1
            when there is one

Examples:
  roadmap fmt examples/*.yaml
  roadmap fmt --check examples/*.yaml
  roadmap fmt -d course.yaml
  roadmap fmt - < course.yaml > formatted.yaml
`,
	run: runFmt,
}

// fmtMode is what fmt does with a file that is not formatted.
type fmtMode struct {
	list  bool // print its name (-l, --check)
	diff  bool // print the unified diff (-d)
	check bool // exit 1 (--check, -d)
}

// writes reports whether fmt rewrites files: only without -l, -d and
// --check.
func (m fmtMode) writes() bool { return !m.list && !m.diff && !m.check }

func runFmt(e *env, c *command, args []string) int {
	fs := newFlags(c, e.stderr)
	var m fmtMode
	check := fs.Bool("check", false, "")
	fs.BoolVar(&m.list, "l", false, "")
	fs.BoolVar(&m.diff, "d", false, "")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return flagError(err)
	}
	if len(pos) == 0 {
		return usageError(e, c, "no files given")
	}
	if msg := dashProblem(pos); msg != "" {
		return usageError(e, c, "%s", msg)
	}
	files, err := expandGlobs(pos)
	if err != nil {
		return usageError(e, c, "%v", err)
	}
	m.list = m.list || *check
	m.check = *check || m.diff
	code := exitOK
	for _, f := range files {
		if !fmtFile(e, f, m) {
			code = exitInvalid
		}
	}
	return code
}

// fmtFile formats one file, or standard input for "-". It returns false
// when the file is invalid, cannot be written, or, under --check or -d, is
// not formatted.
func fmtFile(e *env, path string, m fmtMode) bool {
	src, name, err := readFmtInput(e, path)
	if err != nil {
		reportError(e, err)
		return false
	}
	out, err := roadmap.Format(src, name)
	if err != nil {
		reportError(e, err)
		return false
	}
	changed := !bytes.Equal(src, out)
	switch {
	case !m.writes():
		if changed && m.list {
			fmt.Fprintln(e.stdout, name)
		}
		if changed && m.diff {
			fmt.Fprint(e.stdout, textdiff.Unified(name+".orig", name, string(src), string(out), 3, 0))
		}
		return !changed || !m.check
	case path == "-":
		_, err = e.stdout.Write(out)
	case changed:
		err = writeFileAtomic(path, out)
	}
	if err != nil {
		reportError(e, err)
		return false
	}
	return true
}

// readFmtInput reads path, or standard input for "-", at most
// roadmap.MaxFileSize bytes: past the limit it stops reading and returns
// an error naming it.
func readFmtInput(e *env, path string) ([]byte, string, error) {
	if path == "-" {
		return readAtMost(e.stdin, "<stdin>")
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, path, err
	}
	defer f.Close()
	return readAtMost(f, path)
}

// readAtMost reads r, named name in errors, up to roadmap.MaxFileSize
// bytes; one byte more is an error.
func readAtMost(r io.Reader, name string) ([]byte, string, error) {
	data, err := io.ReadAll(io.LimitReader(r, roadmap.MaxFileSize+1))
	if err != nil {
		return nil, name, err
	}
	if len(data) > roadmap.MaxFileSize {
		return nil, name, fmt.Errorf("%s: file is over the limit of %d MiB (roadmap.MaxFileSize); split the course into several files", name, roadmap.MaxFileSize>>20)
	}
	return data, name, nil
}
