package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// plan is one input and the outputs it gives.
type plan struct {
	input   string
	outputs []output
}

// writesPDF reports whether any plan writes a PDF.
func writesPDF(plans []plan) bool {
	for _, p := range plans {
		for _, o := range p.outputs {
			if o.format == "pdf" {
				return true
			}
		}
	}
	return false
}

// planOutputs decides the output files of every input from -o, -f and
// --theme.
func planOutputs(inputs []string, fl *renderFlags) ([]plan, error) {
	formats, err := parseFormats(fl.formats, fl.out, fl.out != "" && fl.out != "-" && !namesDir(fl.out))
	if err != nil {
		return nil, err
	}
	themes := fl.looks
	dir, err := outputDir(fl.out, len(inputs))
	if err != nil {
		return nil, err
	}
	many := len(formats)*len(themes) > 1
	if fl.out == "-" && (many || len(inputs) > 1) {
		return nil, fmt.Errorf("-o - takes one input, one format and one theme")
	}
	if fl.out != "" && dir == "" && fl.out != "-" && many {
		return nil, fmt.Errorf("-o names one file; use a directory (ending in /) for several formats or themes")
	}
	plans := make([]plan, len(inputs))
	for i, in := range inputs {
		plans[i].input = in
		for _, th := range themes {
			for _, f := range formats {
				path := outputPath(in, dir, fl.out, f, th.theme.Name, len(themes) > 1)
				plans[i].outputs = append(plans[i].outputs, output{path: path, format: f, theme: th.theme, look: th})
			}
		}
	}
	return plans, nil
}

// formats are the output formats, each also the extension of its files.
var formats = []string{"svg", "png", "pdf", "html"}

// formatList names the formats for messages: "svg, png, pdf or html".
func formatList() string {
	return strings.Join(formats[:len(formats)-1], ", ") + " or " + formats[len(formats)-1]
}

// parseFormats reads -f; without it the format follows the extension of
// -o when -o names a file, else it is svg. A file named by -o must have
// the extension of a format, and that of -f when -f is given.
func parseFormats(list, out string, outIsFile bool) ([]string, error) {
	fromExt := ""
	if outIsFile {
		ext := strings.ToLower(strings.TrimPrefix(filepath.Ext(out), "."))
		if ext == "htm" {
			ext = "html"
		}
		switch {
		case slices.Contains(formats, ext):
			fromExt = ext
		case ext == "" && (list != "" || isDevice(out)):
			// -f names the format of a file without an extension, and
			// /dev/null takes any.
		default:
			return nil, fmt.Errorf("-o %s: unknown extension %q; name the file .svg, .png, .pdf or .html, or give a directory ending in /", out, filepath.Ext(out))
		}
	}
	if list == "" {
		if fromExt != "" {
			return []string{fromExt}, nil
		}
		return []string{"svg"}, nil
	}
	var out2 []string
	for _, f := range strings.Split(list, ",") {
		f = strings.ToLower(strings.TrimSpace(f))
		if !slices.Contains(formats, f) {
			return nil, fmt.Errorf("unknown format %q; use %s, or several joined by commas", f, formatList())
		}
		if !slices.Contains(out2, f) {
			out2 = append(out2, f)
		}
	}
	if fromExt != "" && len(out2) == 1 && out2[0] != fromExt {
		return nil, fmt.Errorf("-o %s names a .%s file but -f asks for %s", out, fromExt, out2[0])
	}
	return out2, nil
}

// isDevice reports whether path is a character device, such as /dev/null.
func isDevice(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// namesDir reports whether -o names a directory: one ending in a
// separator, or one that exists.
func namesDir(out string) bool {
	if strings.HasSuffix(out, "/") || strings.HasSuffix(out, string(filepath.Separator)) {
		return true
	}
	st, err := os.Stat(out)
	return err == nil && st.IsDir()
}

// outputDir returns the directory -o names, or "" when -o is a file or
// absent.
func outputDir(out string, inputs int) (string, error) {
	if out == "" || out == "-" {
		return "", nil
	}
	if namesDir(out) {
		if err := os.MkdirAll(out, 0o755); err != nil {
			return "", err
		}
		return out, nil
	}
	if inputs > 1 {
		return "", fmt.Errorf("-o %s names one file but %d inputs were given; use a directory", out, inputs)
	}
	return "", nil
}

// outputPath names the output of input in format f and theme.
func outputPath(input, dir, out, f, theme string, suffixTheme bool) string {
	if out != "" && dir == "" {
		return out
	}
	base := input
	if input == "-" {
		base = "stdin.yaml"
	}
	base = strings.TrimSuffix(base, filepath.Ext(base))
	if suffixTheme {
		base += "-" + theme
	}
	if dir != "" {
		base = filepath.Join(dir, filepath.Base(base))
	}
	return base + "." + f
}
