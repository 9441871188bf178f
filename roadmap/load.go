package roadmap

import (
	"errors"
	"io"
	"slices"
)

// Parse decodes and validates one roadmap read from r; name is the file
// name used in positions and errors. Parse reads no other file: it checks
// the syntax of FILE#ID references and of icon paths but not that they
// exist (Load and LoadAll do). On failure the error is an ErrorList
// holding every problem found.
func Parse(r io.Reader, name string) (*Roadmap, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return nil, err
	}
	f := parseFile(data, name)
	f.checkCycles()
	if errs := f.d.result(); len(errs) > 0 {
		return nil, errs
	}
	return f.r, nil
}

// Load reads, decodes and validates the roadmap file at path. It also
// loads the files its FILE#ID references name, to check that they exist
// and hold the ids, and reports their problems too. Every file it reads
// lies inside the default project of path (see FindRoot and Project). A
// file that cannot be read gives the error of the os package; any other
// failure is an ErrorList holding every problem found.
func Load(path string) (*Roadmap, error) {
	return withDefault(path, func(p *Project) (*Roadmap, error) { return p.Load(path) })
}

// Load is the package's Load, reading inside p.
func (p *Project) Load(name string) (*Roadmap, error) {
	c, err := p.LoadAll(name)
	if err != nil {
		return nil, err
	}
	return c.Roadmaps[0], nil
}

// withDefault runs load in the default project of path.
func withDefault[T any](path string, load func(*Project) (T, error)) (T, error) {
	p, err := openDefault(path)
	if err != nil {
		var zero T
		return zero, err
	}
	defer p.Close()
	return load(p)
}

// Course is several roadmap files loaded together, such as the parts of
// one course, with the references between them resolved.
type Course struct {
	// File is the course file the course was read from (LoadCourse, or
	// LoadAny of a course file); "" when the roadmaps were named directly.
	File string
	// Title and Description are those of the course file, "" without one.
	Title       string
	Description string
	// Roadmaps are the parts, in the order the course file or LoadAll
	// names them. Files reached only through FILE#ID references are
	// loaded and checked but not listed here.
	Roadmaps []*Roadmap
	files    map[string]*file
	loaded   []*file // files in the order they were loaded
	proj     *Project
}

// LoadAll loads the roadmap files at paths, and the files their FILE#ID
// references name, each once, and checks every reference and the
// requires cycles across files. A file named twice is listed once. Every
// file lies inside the default project of the first path. Errors are as
// for Load.
func LoadAll(paths ...string) (*Course, error) {
	if len(paths) == 0 {
		return nil, errors.New("roadmap: LoadAll of no file")
	}
	return withDefault(paths[0], func(p *Project) (*Course, error) { return p.LoadAll(paths...) })
}

// LoadAll is the package's LoadAll, reading inside p.
func (p *Project) LoadAll(names ...string) (*Course, error) {
	l := newLoader(p)
	defer l.wait()
	c := &Course{files: l.files, proj: p}
	for _, n := range names {
		f, err := l.top(n)
		if err != nil {
			return nil, err
		}
		c.add(f)
	}
	return c.finish(l, nil)
}

// add lists the roadmap of f as a part, once.
func (c *Course) add(f *file) {
	if f.r != nil && !slices.Contains(c.Roadmaps, f.r) {
		c.Roadmaps = append(c.Roadmaps, f.r)
	}
}

// finish runs the checks across the files l loaded and returns the
// course, or errs and every problem of those files.
func (c *Course) finish(l *loader, errs ErrorList) (*Course, error) {
	c.loaded = l.order
	errs = append(errs, l.check()...)
	if len(errs) > 0 {
		return nil, errs
	}
	return c, nil
}

// Resolve finds the section or topic a requires of from names, in from
// itself or in another file of the course.
func (c *Course) Resolve(from *Roadmap, ref Ref) (Node, bool) {
	f, ok := c.files[refFile(c.proj, from, ref)]
	if !ok {
		return Node{}, false
	}
	n, ok := f.ids[ref.ID]
	return n, ok
}

// refFile is the cleaned name of the file ref points into.
func refFile(p *Project, from *Roadmap, ref Ref) string {
	if ref.File == "" {
		return from.File
	}
	return p.join(from.File, ref.File)
}

// file is one decoded file with its problems and its ids.
type file struct {
	r   *Roadmap
	d   *decoder
	ids map[string]Node
}

// parseFile decodes data and runs the checks that need only this file,
// reading no other.
func parseFile(data []byte, name string) *file {
	d := newDecoder(name)
	return checkFile(d, d.decodeFile(data), nil)
}

// checkFile runs the checks that need only this file on r, decoded by d
// (nil when it could not be decoded). Icon files are looked for in proj
// unless it is nil.
func checkFile(d *decoder, r *Roadmap, proj *Project) *file {
	f := &file{d: d, r: r, ids: map[string]Node{}}
	if f.r == nil {
		return f
	}
	f.ids = f.d.assignIDs(f.r)
	f.d.checkLocalRefs(f.r, f.ids)
	f.d.checkIcons(f.r, proj)
	return f
}

// checkCycles reports the requires cycles within the file.
func (f *file) checkCycles() {
	if f.r == nil {
		return
	}
	g := newReqGraph()
	addNodes(g, f.r)
	addRequires(g, f.r, func(ref Ref) (string, bool) { return f.r.File, ref.File == "" })
	g.report(f.d.errorAt, g.cycles())
}

// addNodes adds the sections and topics of r to g.
func addNodes(g *reqGraph, r *Roadmap) {
	for _, n := range r.Nodes() {
		g.addNode(reqKey{r.File, n.ID()})
	}
}

// addRequires adds the requires of r to g, whose nodes must be added
// already; target gives the file a reference points into, or false to
// leave it out.
func addRequires(g *reqGraph, r *Roadmap, target func(Ref) (string, bool)) {
	for _, n := range r.Nodes() {
		for _, ref := range n.Requires() {
			if file, ok := target(ref); ok {
				g.addEdge(reqKey{r.File, n.ID()}, reqKey{file, ref.ID}, ref.Pos)
			}
		}
	}
}

// nodeIDs lists the ids of r in reading order.
func nodeIDs(r *Roadmap) []string {
	var ids []string
	for _, n := range r.Nodes() {
		ids = append(ids, n.ID())
	}
	return ids
}
