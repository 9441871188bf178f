package roadmap

import (
	"errors"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// loader reads files once each, inside its project, following FILE#ID
// references.
type loader struct {
	proj  *Project
	files map[string]*file
	order []*file
	loaderSync
}

func newLoader(p *Project) *loader {
	return &loader{proj: p, files: map[string]*file{}, loaderSync: loaderSync{pending: map[string]*prefetchJob{}}}
}

// top returns the file name that the caller named, loading it unless it
// is loaded already. Every problem of it is reported; a file outside the
// project is an ErrorList naming it, and one that cannot be read the
// error of the os package.
func (l *loader) top(name string) (*file, error) {
	if f, ok := l.files[name]; ok {
		return f, nil
	}
	data, err := l.readTop(name)
	if err != nil {
		return nil, err
	}
	l.prefetch(name, data)
	d := newDecoder(name)
	return l.addFile(name, checkFile(d, d.decodeFile(data), l.proj)), nil
}

// readTop reads a file the caller named; one outside the project or over
// MaxFileSize is an ErrorList naming it.
func (l *loader) readTop(name string) ([]byte, error) {
	data, err := l.proj.ReadFile(name, MaxFileSize)
	var se *SizeError
	switch {
	case errors.Is(err, ErrOutsideRoot):
		return nil, ErrorList{{Pos: Pos{File: name}, Msg: l.proj.problem(name, err)}}
	case errors.As(err, &se):
		return nil, ErrorList{{Pos: Pos{File: name}, Msg: overSizeMsg()}}
	}
	return data, err
}

// referenced returns the file name that a part or a FILE#ID reference
// names, loading it unless it is loaded already; problem says why it
// cannot be used, in words that quote nothing of a file that is not a
// roadmap.
func (l *loader) referenced(name string) (f *file, problem string) {
	if f, ok := l.files[name]; ok {
		return f, ""
	}
	if len(l.files) >= MaxFiles {
		return nil, "more than " + strconv.Itoa(MaxFiles) + " files in one load (MaxFiles); not read"
	}
	if !hasRoadmapExt(name) {
		return nil, name + " is not a roadmap file (its name does not end in .yaml or .yml)"
	}
	p := l.parsed(name)
	if p.problem != "" {
		return nil, p.problem
	}
	return l.addFile(name, p.f), ""
}

// isRoadmapShape reports whether root, a parsed file, is a mapping with a
// sections key, as every roadmap file is.
func isRoadmapShape(root *yaml.Node) bool {
	if root.Kind != yaml.MappingNode {
		return false
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		if k := root.Content[i]; k.Kind == yaml.ScalarNode && k.Value == "sections" {
			return true
		}
	}
	return false
}

// hasRoadmapExt reports whether name ends as a roadmap file does.
func hasRoadmapExt(name string) bool {
	lower := strings.ToLower(name)
	return strings.HasSuffix(lower, ".yaml") || strings.HasSuffix(lower, ".yml")
}

// addFile records f, the checked file at name, and loads the files it
// references.
func (l *loader) addFile(name string, f *file) *file {
	l.files[name] = f
	l.order = append(l.order, f)
	if f.r != nil {
		l.followRefs(f)
	}
	return f
}

// followRefs loads the files f references and checks that they hold the
// ids named.
func (l *loader) followRefs(f *file) {
	for _, n := range f.r.Nodes() {
		for _, ref := range n.Requires() {
			if ref.File != "" {
				l.checkRef(f, ref)
			}
		}
	}
}

// checkRef checks one FILE#ID reference of f.
func (l *loader) checkRef(f *file, ref Ref) {
	name := refFile(l.proj, f.r, ref)
	target, problem := l.referenced(name)
	if problem != "" {
		f.d.errorAt(ref.Pos, "requires %s: %s", quote(ref.File+"#"+ref.ID), problem)
		return
	}
	if target.r == nil {
		return // its own errors say why
	}
	if _, ok := target.ids[ref.ID]; !ok {
		f.d.errorAt(ref.Pos, "requires %s: %s has no section or topic with id %s%s",
			quote(ref.File+"#"+ref.ID), name, quote(ref.ID), f.d.suggestion(ref.ID, nodeIDs(target.r)))
	}
}

// check runs the checks across files (requires cycles) and returns every
// problem of every file loaded, file by file in load order.
func (l *loader) check() ErrorList {
	g := newReqGraph()
	for _, f := range l.order {
		if f.r != nil {
			addNodes(g, f.r)
		}
	}
	for _, f := range l.order {
		if f.r != nil {
			addRequires(g, f.r, func(ref Ref) (string, bool) { return refFile(l.proj, f.r, ref), true })
		}
	}
	cycles := g.cycles()
	errs := ErrorList{}
	for _, f := range l.order {
		for _, c := range cycles {
			if c[0].pos.File == f.d.file {
				g.report(f.d.errorAt, []cycle{c})
			}
		}
		errs = append(errs, f.d.result()...)
	}
	return errs
}
