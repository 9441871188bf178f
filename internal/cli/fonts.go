package cli

import (
	"fmt"
	"strings"
	"sync"

	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/layout/text"
	"github.com/roadmapgo/roadmap/roadmap"
)

// fontSets are the fonts of a command, one set per list of font files
// (--font, then a theme file's fonts:), each loaded once.
type fontSets struct {
	mu   sync.Mutex
	sets map[string]*text.Fonts
}

// get returns the fonts of files, nil (the default fonts) for none.
func (fs *fontSets) get(files []string) (*text.Fonts, error) {
	if len(files) == 0 {
		return nil, nil
	}
	key := strings.Join(files, "\x00")
	fs.mu.Lock()
	defer fs.mu.Unlock()
	if f, ok := fs.sets[key]; ok {
		return f, nil
	}
	f, err := text.New(text.Options{Files: files})
	if err != nil {
		return nil, err
	}
	if fs.sets == nil {
		fs.sets = map[string]*text.Fonts{}
	}
	fs.sets[key] = f
	return f, nil
}

// fontFiles are the font files of a look: --font's, then its theme
// file's.
func (fl *renderFlags) fontFilesOf(l look) []string {
	files := fl.fonts
	if l.file != nil && len(l.file.Fonts) > 0 {
		files = append(append([]string(nil), files...), l.file.Fonts...)
	}
	return files
}

// warnMu keeps the warnings of inputs rendered in parallel apart.
var warnMu sync.Mutex

// checkCoverage warns, unless quiet, about text of input that no font
// covers, at its file:line:col; with --strict-fonts it is an error
// instead. Only a diagram with missing glyphs looks at the input, as in
// loaded (nil: the companion laid it out, and it is loaded here).
func checkCoverage(e *env, proj *roadmap.Project, input string, d *layout.Diagram, in *loaded, fl *renderFlags) error {
	if !layout.HasMissing(d) {
		return nil
	}
	c, r, err := inputOf(in, e, proj, input)
	if err != nil {
		return err
	}
	if c != nil && c.File == "" {
		c = nil
	}
	warns := layout.Uncovered(c, r, fl.fontSet)
	if len(warns) == 0 {
		return nil
	}
	if fl.strictFonts {
		for _, w := range warns {
			w.Msg = strings.TrimPrefix(w.Msg, "warning: ")
		}
		return fmt.Errorf("%w\n(--strict-fonts makes missing glyphs an error)", warns)
	}
	if !fl.quiet {
		warnMu.Lock()
		defer warnMu.Unlock()
		fmt.Fprintln(e.stderr, warns)
	}
	return nil
}
