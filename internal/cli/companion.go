package cli

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// modulePath is the path of the module this command belongs to.
const modulePath = "github.com/roadmapgo/roadmap"

// findCompanion returns the command line that runs roadmap-graphviz.
func findCompanion() ([]string, error) {
	return findProgram(companion, "ROADMAP_GRAPHVIZ", "the Graphviz engines need")
}

// findProgram returns the command line that runs the program name of
// this module: the program at $envVar, beside this executable, on $PATH,
// or in $GOBIN or each $GOPATH's bin (where go install puts it); failing
// those, when the working directory lies in a clone of this module (as
// under "go run ./cmd/roadmap"), "go run" of its package there. Its error
// begins with whoNeeds ("import needs") and says how to install it.
func findProgram(name, envVar, whoNeeds string) ([]string, error) {
	if p := os.Getenv(envVar); p != "" {
		return []string{p}, nil
	}
	if self, err := os.Executable(); err == nil {
		if p := filepath.Join(filepath.Dir(self), name); isFile(p) {
			return []string{p}, nil
		}
	}
	if p, err := exec.LookPath(name); err == nil {
		return []string{p}, nil
	}
	for _, d := range goBinDirs() {
		if p := filepath.Join(d, name); isFile(p) {
			return []string{p}, nil
		}
	}
	if argv := goRun(name); argv != nil {
		return argv, nil
	}
	return nil, fmt.Errorf("%s %s; install it with: go install %s/cmd/%s@latest (or go install ./cmd/... in a clone)", whoNeeds, name, modulePath, name)
}

// goBinDirs lists where go install puts programs: $GOBIN, else the bin
// directory of each $GOPATH entry ($HOME/go when GOPATH is not set).
func goBinDirs() []string {
	if d := os.Getenv("GOBIN"); d != "" {
		return []string{d}
	}
	gopath := os.Getenv("GOPATH")
	if gopath == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return nil
		}
		gopath = filepath.Join(home, "go")
	}
	var dirs []string
	for _, d := range filepath.SplitList(gopath) {
		if d != "" {
			dirs = append(dirs, filepath.Join(d, "bin"))
		}
	}
	return dirs
}

// goRun returns "go run DIR/cmd/NAME" when the working directory lies in
// a clone of this module and go is on $PATH, else nil.
func goRun(name string) []string {
	goBin, err := exec.LookPath("go")
	if err != nil {
		return nil
	}
	dir, err := os.Getwd()
	if err != nil {
		return nil
	}
	for ; ; dir = filepath.Dir(dir) {
		if isModuleRoot(dir, name) {
			return []string{goBin, "run", filepath.Join(dir, "cmd", name)}
		}
		if filepath.Dir(dir) == dir {
			return nil
		}
	}
}

// isModuleRoot reports whether dir holds this module's go.mod and the
// source of its program name.
func isModuleRoot(dir, name string) bool {
	if !isFile(filepath.Join(dir, "cmd", name, "main.go")) {
		return false
	}
	f, err := os.Open(filepath.Join(dir, "go.mod"))
	if err != nil {
		return false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if fields := strings.Fields(sc.Text()); len(fields) == 2 && fields[0] == "module" {
			return strings.Trim(fields[1], `"`) == modulePath
		}
	}
	return false
}

// isFile reports whether path names a regular file, links followed.
func isFile(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.Mode().IsRegular()
}
