package cli

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/layout/text"
	"github.com/roadmapgo/roadmap/render"
	"github.com/roadmapgo/roadmap/roadmap"
)

var renderCommand = &command{
	name:    "render",
	summary: "draw roadmap files as SVG, PNG, PDF or an interactive HTML page",
	usage: `usage: roadmap render [flags] FILE|GLOB...

Draws each roadmap file, or course file (all its parts in one picture,
under the course's title and an overview of the parts). By default the image is written
beside its input (examples/scientist.yaml gives examples/scientist.svg). Files are rendered in
parallel; nothing is written for an invalid input, and every output is
replaced atomically.

flags:
  -o PATH           output file, a directory (ending in / or existing), or - for stdout
  -f svg,png,pdf,html
                    output formats (default svg, or -o's extension: .svg .png
                    .pdf .html); pdf is a handout (the diagram over as many
                    pages as it takes, then every description and resource,
                    with links and bookmarks); html is one self-contained
                    page in both themes (click a topic for its text, search,
                    tick progress)
  --theme light,dark
                    themes: light, dark, or auto (one SVG that follows the
                    reader's prefers-color-scheme; PNG and PDF in light),
                    or a theme file FILE.yaml (its colours, sizes and fonts
                    over light or dark; see roadmap schema --theme);
                    with several, outputs are named NAME-THEME.EXT
  --width N         canvas width in px, 480 to 4096 (default: the roadmap's
                    width: key, else 960); below 800 one-sided, from 1200
                    a grid of topic columns beside each section
  --engine NAME     layout engine: native (default), or dot, neato, fdp, twopi,
                    circo, osage through Graphviz (needs roadmap-graphviz)
  --clusters        with a Graphviz engine, draw sections as clusters
  --progress FILE   mark each section and topic with its status from FILE, a
                    YAML mapping of ids to done, doing or skip (native engine)
  --focus ID        highlight what must be learnt before section or topic ID
                    (see roadmap path) and dim the rest (native engine)
` + rootUsage + `  --font FILE       set text in the font file FILE (TTF, OTF or TTC) first,
                    where it has the characters (repeatable, in order); then
                    the embedded Liberation Sans, system fonts, the emoji font
  --strict-fonts    text that no font has is an error, not a warning
  --embed-font      carry the glyphs used inside the SVG (every font's)
  --emoji image|text
                    emoji icons in SVG and HTML: image (default), the colour
                    bitmap of the embedded emoji font, the same in every
                    viewer; or text, drawn by the viewer's own emoji font
  --id-prefix P     prefix for every id in the SVG, so several can share a page
  --scale S         PNG pixel scale (default 1; 2 for high-DPI screens)
  --transparent     PNG without a background
  --watch           render again whenever the file or one it reads is saved;
                    Ctrl-C stops
  --page a4|letter  PDF paper size (default a4)
  --check           write nothing; exit 1 listing every output that is missing
                    or differs from what would be written
  --diff            with --check, also say what differs
  -q, -v            quieter (errors only) or more verbose (each file written)

Examples:
  roadmap render examples/scientist.yaml
  roadmap render -f svg,png --theme light,dark examples/*.yaml
  roadmap render --check examples/*.yaml
  roadmap render -o - examples/scientist.yaml > scientist.svg
  roadmap render -o scientist.pdf --page letter examples/scientist.yaml
  roadmap render -f html examples/course.yaml
  roadmap render --engine dot examples/course.yaml
  roadmap render --progress examples/progress/scientist.yaml examples/scientist.yaml
`,
	run: runRender,
}

// renderFlags are the parsed flags of render.
type renderFlags struct {
	out, formats, themes, engine, idPrefix string
	page, emoji                            string
	progress, root, focus                  string
	width, scale                           float64
	embedFont, transparent, clusters       bool
	check, diff, quiet, verbose, watch     bool
	looks                                  []look         // --theme, resolved
	metrics                                layout.Metrics // of the layout; zero for the defaults
	fonts                                  []string       // --font
	strictFonts                            bool
	fontSets                               *fontSets
	fontFiles                              []string    // of the layout: --font and the theme file's
	fontSet                                *text.Fonts // fontFiles loaded; nil for the defaults
}

// output is one file that rendering an input produces.
type output struct {
	path   string // "-" for standard output
	format string // "svg" or "png"
	theme  render.Theme
	look   look // where theme comes from
}

// result is what rendering one input gave.
type result struct {
	input   string
	outputs []output
	data    []*chunks
	err     error
}

func runRender(e *env, c *command, args []string) int {
	fl, inputs, code := parseRenderArgs(e, c, args)
	if code >= 0 {
		return code
	}
	plans, err := planOutputs(inputs, fl)
	if err != nil {
		return usageError(e, c, "%v", err)
	}
	if ext.PDF == nil && writesPDF(plans) {
		return handOver(e, "PDF output", append([]string{c.name}, args...))
	}
	if fl.watch {
		return watchRender(e, plans, fl)
	}
	results := renderAll(e, plans, fl)
	if fl.check {
		return checkOutputs(e, results, fl, args)
	}
	return writeOutputs(e, results, fl)
}

// parseRenderArgs returns the flags and the expanded inputs, or an exit
// code >= 0 when the command line is unusable.
func parseRenderArgs(e *env, c *command, args []string) (*renderFlags, []string, int) {
	fl := &renderFlags{}
	fs := newFlags(c, e.stderr)
	fs.StringVar(&fl.out, "o", "", "")
	fs.StringVar(&fl.formats, "f", "", "")
	fs.StringVar(&fl.themes, "theme", "light", "")
	fs.StringVar(&fl.engine, "engine", "native", "")
	fs.StringVar(&fl.idPrefix, "id-prefix", "", "")
	fs.StringVar(&fl.progress, "progress", "", "")
	fs.StringVar(&fl.root, "root", "", "")
	fs.StringVar(&fl.focus, "focus", "", "")
	fs.StringVar(&fl.page, "page", "a4", "")
	fs.StringVar(&fl.emoji, "emoji", "image", "")
	fs.Float64Var(&fl.width, "width", 0, "")
	fs.Float64Var(&fl.scale, "scale", 1, "")
	fs.BoolVar(&fl.embedFont, "embed-font", false, "")
	fs.BoolVar(&fl.transparent, "transparent", false, "")
	fs.BoolVar(&fl.clusters, "clusters", false, "")
	fs.BoolVar(&fl.check, "check", false, "")
	fs.BoolVar(&fl.diff, "diff", false, "")
	fs.BoolVar(&fl.quiet, "q", false, "")
	fs.BoolVar(&fl.verbose, "v", false, "")
	fs.BoolVar(&fl.watch, "watch", false, "")
	fs.BoolVar(&fl.strictFonts, "strict-fonts", false, "")
	fs.Func("font", "", func(s string) error {
		fl.fonts = append(fl.fonts, s)
		return nil
	})
	fl.fontSets = &fontSets{}
	pos, err := parseArgs(fs, args)
	if err != nil {
		return nil, nil, flagError(err)
	}
	if len(pos) == 0 {
		return nil, nil, usageError(e, c, "no files given")
	}
	if msg := renderFlagProblem(fl, pos); msg != "" {
		return nil, nil, usageError(e, c, "%s", msg)
	}
	if fl.focus != "" && fl.engine != "native" {
		return nil, nil, usageError(e, c, "--focus needs the native engine")
	}
	if fl.progress != "" && fl.engine != "native" {
		return nil, nil, usageError(e, c, "--progress needs the native engine")
	}
	if fl.looks, err = loadLooks(e, fl.themes, fl.root, fl.quiet); err != nil {
		reportError(e, err)
		return nil, nil, exitInvalid
	}
	if msg := sizesProblem(fl.looks, fl.engine); msg != "" {
		return nil, nil, usageError(e, c, "%s", msg)
	}
	if msg := widthProblem(fs, fl.width); msg != "" {
		return nil, nil, usageError(e, c, "%s", msg)
	}
	inputs, err := expandGlobs(pos)
	if err != nil {
		return nil, nil, usageError(e, c, "%v", err)
	}
	return fl, inputs, -1
}

// widthProblem says what is wrong with the --width given, if it was
// given: it must be from layout.MinWidth to layout.MaxWidth px.
func widthProblem(fs *flag.FlagSet, width float64) string {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == "width" })
	if set && !(width >= layout.MinWidth && width <= layout.MaxWidth) {
		return fmt.Sprintf("--width %g is out of range: use a width from %d to %d px", width, layout.MinWidth, layout.MaxWidth)
	}
	return ""
}

// expandGlobs expands arguments holding glob patterns (for shells that do
// not), keeping plain names and "-" as they are.
func expandGlobs(args []string) ([]string, error) {
	var out []string
	for _, a := range args {
		if a == "-" || !strings.ContainsAny(a, "*?[") {
			out = append(out, a)
			continue
		}
		m, err := filepath.Glob(a)
		if err != nil {
			return nil, fmt.Errorf("bad pattern %q: %v", a, err)
		}
		if len(m) == 0 {
			return nil, fmt.Errorf("no file matches %q", a)
		}
		out = append(out, m...)
	}
	return out, nil
}

// renderAll lays out and draws every input, in parallel bounded by the
// number of CPUs; results keep the order of the inputs.
func renderAll(e *env, plans []plan, fl *renderFlags) []result {
	results := make([]result, len(plans))
	sem := make(chan struct{}, runtime.NumCPU())
	var wg sync.WaitGroup
	for i, p := range plans {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			results[i] = renderOne(e, p, fl)
		}()
	}
	wg.Wait()
	return results
}

// renderOne loads one input, lays it out once and draws every output.
func renderOne(e *env, p plan, fl *renderFlags) result {
	res := result{input: p.input, outputs: p.outputs}
	res.err = withProject(fl.root, p.input, func(proj *roadmap.Project) error {
		var err error
		res.data, err = renderInput(e, proj, p, fl)
		return err
	})
	return res
}

// renderInput lays out one input, read in proj, once for each set of
// metrics its themes give (once, unless theme files set sizes), and draws
// every output.
func renderInput(e *env, proj *roadmap.Project, p plan, fl *renderFlags) ([]*chunks, error) {
	type layoutKey struct {
		m     layout.Metrics
		fonts string
	}
	drawings := map[layoutKey]*drawing{}
	var data []*chunks
	for _, o := range p.outputs {
		withLook := *fl
		withLook.metrics, withLook.fontFiles = o.look.metrics(), fl.fontFilesOf(o.look)
		key := layoutKey{withLook.metrics, strings.Join(withLook.fontFiles, "\x00")}
		dr := drawings[key]
		if dr == nil {
			var err error
			if withLook.fontSet, err = fl.fontSets.get(withLook.fontFiles); err != nil {
				return nil, err
			}
			if dr, err = drawingFor(e, proj, p.input, &withLook, needsOutline(p.outputs)); err != nil {
				return nil, err
			}
			drawings[key] = dr
		}
		buf := new(chunks)
		if err := draw(buf, dr, o, fl); err != nil {
			return nil, fmt.Errorf("%s: %w", p.input, err)
		}
		data = append(data, buf)
	}
	return data, nil
}

// eachOutput calls do for every output of the inputs that rendered,
// reports the inputs that did not, and returns exitInvalid when any input
// failed or do returned false.
func eachOutput(e *env, results []result, do func(o output, data *chunks) bool) int {
	code := exitOK
	for _, res := range results {
		if res.err != nil {
			reportError(e, res.err)
			code = exitInvalid
			continue
		}
		for i, o := range res.outputs {
			if !do(o, res.data[i]) {
				code = exitInvalid
			}
		}
	}
	return code
}

// writeOutputs writes what rendered and reports what failed.
func writeOutputs(e *env, results []result, fl *renderFlags) int {
	return eachOutput(e, results, func(o output, data *chunks) bool {
		if err := writeOutput(e, o.path, data); err != nil {
			reportError(e, err)
			return false
		}
		if fl.verbose && o.path != "-" {
			fmt.Fprintf(e.stderr, "wrote %s\n", o.path)
		}
		return true
	})
}

// writeOutput writes data to path, or to standard output for "-".
func writeOutput(e *env, path string, data *chunks) error {
	if path == "-" {
		_, err := data.WriteTo(e.stdout)
		return err
	}
	return writeAtomic(path, data)
}

// checkOutputs compares every output with the file on disk and lists the
// stale ones with the command that refreshes them.
func checkOutputs(e *env, results []result, fl *renderFlags, args []string) int {
	code := eachOutput(e, results, func(o output, data *chunks) bool {
		old, err := os.ReadFile(o.path)
		now := data.Bytes()
		switch {
		case err != nil:
			fmt.Fprintf(e.stdout, "%s: missing\n", o.path)
		case !bytes.Equal(old, now):
			fmt.Fprintf(e.stdout, "%s: differs\n", o.path)
			if fl.diff {
				fmt.Fprint(e.stdout, describeDiff(o.format, old, now))
			}
		default:
			return true
		}
		return false
	})
	if code == exitInvalid && !fl.quiet {
		fmt.Fprintf(e.stderr, "to update: roadmap render %s\n", strings.Join(withoutCheckFlags(args), " "))
	}
	return code
}

// withoutCheckFlags returns args less --check and --diff.
func withoutCheckFlags(args []string) []string {
	var out []string
	for _, a := range args {
		switch strings.TrimLeft(a, "-") {
		case "check", "diff":
			if strings.HasPrefix(a, "-") {
				continue
			}
		}
		out = append(out, a)
	}
	return out
}
