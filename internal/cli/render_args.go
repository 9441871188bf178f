package cli

import (
	"fmt"
	"slices"
	"strings"

	"github.com/roadmapgo/roadmap/render"
	"github.com/roadmapgo/roadmap/roadmap"
)

// engines are the values of render --engine: the native layout, then the
// Graphviz algorithms that the companion runs.
var engines = []string{"native", "dot", "neato", "fdp", "twopi", "circo", "osage"}

// renderFlagProblem says what is wrong with render's flags and positional
// arguments pos taken together, or "". Standard input given as the only
// input is drawn to standard output unless -o says otherwise.
func renderFlagProblem(fl *renderFlags, pos []string) string {
	if !slices.Contains(engines, fl.engine) {
		return fmt.Sprintf("unknown engine %q%s; use one of %s", fl.engine,
			didYouMean(fl.engine, engines), strings.Join(engines, ", "))
	}
	if msg := listProblem("format", fl.formats, formats); msg != "" {
		return msg
	}
	if msg := themeNameProblem(fl.themes); msg != "" {
		return msg
	}
	if !(fl.scale > 0 && fl.scale <= 8) {
		return fmt.Sprintf("--scale %g is out of range: use a number above 0, at most 8", fl.scale)
	}
	if fl.diff && !fl.check {
		return "--diff only works with --check"
	}
	if !slices.Contains(render.Pages, fl.page) {
		return fmt.Sprintf("--page %q: use a4 or letter", fl.page)
	}
	if fl.emoji != "image" && fl.emoji != "text" {
		return fmt.Sprintf("--emoji %q: use image or text", fl.emoji)
	}
	if _, err := fl.fontSets.get(fl.fonts); err != nil {
		return fmt.Sprintf("--font: %v", err)
	}
	if fl.watch && (fl.check || slices.Contains(pos, "-")) {
		return "--watch renders files again as they are saved: not with --check or -"
	}
	if msg := dashProblem(pos); msg != "" {
		return msg
	}
	if slices.Contains(pos, "-") && fl.out == "" {
		if len(pos) > 1 {
			return "standard input (-) is drawn to standard output, so it must be the only input"
		}
		fl.out = "-"
	}
	if fl.check && fl.out == "-" {
		return "--check compares the files it would write; there is none with standard input or -o -"
	}
	return ""
}

// listProblem says which item of the comma-separated list is not one of
// names, or "".
func listProblem(what, list string, names []string) string {
	if list == "" {
		return ""
	}
	for _, item := range strings.Split(list, ",") {
		item = strings.ToLower(strings.TrimSpace(item))
		if !slices.Contains(names, item) {
			return fmt.Sprintf("unknown %s %q%s; use %s, or several separated by commas",
				what, item, didYouMean(item, names), strings.Join(names, ", "))
		}
	}
	return ""
}

// dashProblem says that args name standard input ("-") more than once,
// or returns "".
func dashProblem(args []string) string {
	n := 0
	for _, a := range args {
		if a == "-" {
			n++
		}
	}
	if n > 1 {
		return fmt.Sprintf("- (standard input) is given %d times; it can be read once", n)
	}
	return ""
}

// didYouMean returns "; did you mean X?" for a near miss among names, or "".
func didYouMean(s string, names []string) string {
	if n := roadmap.Suggest(s, names); n != "" {
		return fmt.Sprintf("; did you mean %q?", n)
	}
	return ""
}
