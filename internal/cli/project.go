package cli

import (
	"github.com/roadmapgo/roadmap/roadmap"
)

// rootUsage is the help line of the --root flag.
const rootUsage = "  --root DIR        the project root: every file a roadmap refers to (parts,\n" +
	"                    FILE#ID targets, icons) must lie inside it (default: the\n" +
	"                    nearest directory holding .git, else the file's directory)\n"

// openProject opens the project an input is read in: root when it is
// given, else the default of the input (roadmap.FindRoot); standard
// input's is that of the working directory.
func openProject(root, input string) (*roadmap.Project, error) {
	if root == "" {
		if input == "-" {
			input = "stdin"
		}
		root = roadmap.FindRoot(input)
	}
	return roadmap.OpenProject(root)
}

// iconReader reads icon files inside p, at most roadmap.MaxIconSize
// bytes each.
func iconReader(p *roadmap.Project) func(string) ([]byte, error) {
	return func(name string) ([]byte, error) { return p.ReadFile(name, roadmap.MaxIconSize) }
}

// loadRoadmap loads path inside p, or standard input when path is "-".
func loadRoadmap(e *env, p *roadmap.Project, path string) (*roadmap.Roadmap, error) {
	if path == "-" {
		return roadmap.Parse(e.stdin, "<stdin>")
	}
	return p.Load(path)
}

// withProject runs do with the project of input (see openProject).
func withProject(root, input string, do func(*roadmap.Project) error) error {
	p, err := openProject(root, input)
	if err != nil {
		return err
	}
	defer p.Close()
	return do(p)
}
