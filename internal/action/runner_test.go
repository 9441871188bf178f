package action

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// actionFile is what the runner reads of action.yml.
type actionFile struct {
	Inputs map[string]struct {
		Default string `yaml:"default"`
	} `yaml:"inputs"`
	Outputs map[string]struct {
		Value string `yaml:"value"`
	} `yaml:"outputs"`
	Runs struct {
		Using string `yaml:"using"`
		Steps []step `yaml:"steps"`
	} `yaml:"runs"`
}

// step is one step of the composite action.
type step struct {
	ID    string            `yaml:"id"`
	If    string            `yaml:"if"`
	Shell string            `yaml:"shell"`
	Env   map[string]string `yaml:"env"`
	Run   string            `yaml:"run"`
	Uses  string            `yaml:"uses"`
}

// runner runs the action's steps as GitHub's runner does: each run step
// with bash -eo pipefail in the workspace, its env with the expressions
// filled in, $GITHUB_OUTPUT and $GITHUB_PATH read back after it.
type runner struct {
	t          *testing.T
	action     actionFile
	actionPath string // the checkout of the action: this repository
	workspace  string // the repository the action runs on
	env        []string
}

// result is what one run of the action gave.
type result struct {
	outputs map[string]string // the action's outputs, set also when a step failed
	log     string            // what its steps printed
	err     error             // the failing step's error
}

// newRunner reads action.yml and prepares to run it in workspace, with
// env added to the process environment.
func newRunner(t *testing.T, workspace string, env ...string) *runner {
	t.Helper()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(root, "action.yml"))
	if err != nil {
		t.Fatal(err)
	}
	r := &runner{t: t, actionPath: root, workspace: workspace, env: env}
	if err := yaml.Unmarshal(data, &r.action); err != nil {
		t.Fatalf("action.yml: %v", err)
	}
	if r.action.Runs.Using != "composite" {
		t.Fatalf("action.yml runs using %q, want composite", r.action.Runs.Using)
	}
	return r
}

// run runs the action with the given inputs (the others at their
// defaults).
func (r *runner) run(inputs map[string]string) result {
	r.t.Helper()
	in := map[string]string{}
	for name, def := range r.action.Inputs {
		in[name] = def.Default
	}
	for name, v := range inputs {
		if _, ok := r.action.Inputs[name]; !ok {
			r.t.Fatalf("action.yml has no input %q", name)
		}
		in[name] = v
	}
	temp := r.t.TempDir()
	pathFile := filepath.Join(temp, "github_path")
	steps := map[string]map[string]string{}
	var log bytes.Buffer
	var failed error
	for i, s := range r.action.Runs.Steps {
		if !r.condition(s.If, in, steps) {
			continue
		}
		if s.Uses != "" {
			r.t.Fatalf("step %d uses %s, which this runner cannot run", i+1, s.Uses)
		}
		outputs, err := r.runStep(s, in, steps, temp, pathFile, &log)
		if s.ID != "" {
			steps[s.ID] = outputs
		}
		if err != nil {
			failed = fmt.Errorf("step %d (%s): %w", i+1, s.ID, err)
			break
		}
	}
	out := map[string]string{}
	for name, o := range r.action.Outputs {
		out[name] = r.expand(o.Value, in, steps)
	}
	return result{outputs: out, log: log.String(), err: failed}
}

// runStep runs one run step and returns the outputs it wrote.
func (r *runner) runStep(s step, in map[string]string, steps map[string]map[string]string, temp, pathFile string, log *bytes.Buffer) (map[string]string, error) {
	if s.Shell != "bash" {
		r.t.Fatalf("step %s has shell %q; the action's steps use bash", s.ID, s.Shell)
	}
	script := filepath.Join(temp, "step.sh")
	outFile := filepath.Join(temp, "output-"+s.ID)
	if err := os.WriteFile(script, []byte(s.Run), 0o644); err != nil {
		r.t.Fatal(err)
	}
	os.WriteFile(outFile, nil, 0o644)
	cmd := exec.Command("bash", "--noprofile", "--norc", "-eo", "pipefail", script)
	cmd.Dir = r.workspace
	cmd.Env = append(os.Environ(), r.env...)
	cmd.Env = append(cmd.Env, "GITHUB_OUTPUT="+outFile, "GITHUB_PATH="+pathFile, "RUNNER_TEMP="+temp,
		"PATH="+extraPath(pathFile)+os.Getenv("PATH"))
	for k, v := range s.Env {
		cmd.Env = append(cmd.Env, k+"="+r.expand(v, in, steps))
	}
	cmd.Stdout, cmd.Stderr = log, log
	err := cmd.Run()
	data, _ := os.ReadFile(outFile)
	return parseOutputs(string(data)), err
}

// extraPath is the directories that steps added to $GITHUB_PATH, as a
// prefix of $PATH.
func extraPath(pathFile string) string {
	data, _ := os.ReadFile(pathFile)
	var dirs []string
	for _, l := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		if l != "" {
			dirs = append([]string{l}, dirs...)
		}
	}
	if len(dirs) == 0 {
		return ""
	}
	return strings.Join(dirs, string(os.PathListSeparator)) + string(os.PathListSeparator)
}

// parseOutputs reads a $GITHUB_OUTPUT file: NAME=VALUE lines and
// NAME<<DELIMITER blocks.
func parseOutputs(data string) map[string]string {
	out := map[string]string{}
	lines := strings.Split(data, "\n")
	for i := 0; i < len(lines); i++ {
		if name, delim, ok := strings.Cut(lines[i], "<<"); ok {
			var value []string
			for i++; i < len(lines) && lines[i] != delim; i++ {
				value = append(value, lines[i])
			}
			out[name] = strings.Join(value, "\n")
		} else if name, value, ok := strings.Cut(lines[i], "="); ok {
			out[name] = value
		}
	}
	return out
}

// expression matches one ${{ ... }} of action.yml.
var expression = regexp.MustCompile(`\$\{\{\s*(.*?)\s*\}\}`)

// expand fills in the expressions of s: inputs.NAME, github.action_path,
// steps.ID.outputs.NAME, and A || B.
func (r *runner) expand(s string, in map[string]string, steps map[string]map[string]string) string {
	return expression.ReplaceAllStringFunc(s, func(e string) string {
		for _, alt := range strings.Split(expression.FindStringSubmatch(e)[1], "||") {
			if v := r.value(strings.TrimSpace(alt), in, steps); v != "" {
				return v
			}
		}
		return ""
	})
}

// value is the value of one context reference.
func (r *runner) value(ref string, in map[string]string, steps map[string]map[string]string) string {
	switch {
	case ref == "github.action_path":
		return r.actionPath
	case strings.HasPrefix(ref, "inputs."):
		v, ok := in[strings.TrimPrefix(ref, "inputs.")]
		if !ok {
			r.t.Fatalf("action.yml refers to the unknown %s", ref)
		}
		return v
	case strings.HasPrefix(ref, "steps."):
		parts := strings.Split(ref, ".")
		if len(parts) != 4 || parts[2] != "outputs" {
			r.t.Fatalf("action.yml refers to %s", ref)
		}
		return steps[parts[1]][parts[3]]
	}
	r.t.Fatalf("action.yml has an expression this runner does not know: %s", ref)
	return ""
}

// condition is the comparison of an if: REF == 'VALUE' or REF != 'VALUE';
// an empty one is true.
var conditionRE = regexp.MustCompile(`^(\S+) (==|!=) '([^']*)'$`)

func (r *runner) condition(cond string, in map[string]string, steps map[string]map[string]string) bool {
	if cond == "" {
		return true
	}
	m := conditionRE.FindStringSubmatch(strings.TrimSpace(cond))
	if m == nil {
		r.t.Fatalf("action.yml has a condition this runner does not know: %s", cond)
	}
	equal := r.value(m[1], in, steps) == m[3]
	return equal == (m[2] == "==")
}
