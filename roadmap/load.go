package roadmap

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
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
	f := parseFile(data, name, "")
	f.checkCycles()
	if errs := f.d.result(); len(errs) > 0 {
		return nil, errs
	}
	return f.r, nil
}

// Load reads, decodes and validates the roadmap file at path. It also
// loads the files its FILE#ID references name, to check that they exist
// and hold the ids, and reports their problems too. A file that cannot
// be read gives the error of the os package; any other failure is an
// ErrorList holding every problem found.
func Load(path string) (*Roadmap, error) {
	c, err := LoadAll(path)
	if err != nil {
		return nil, err
	}
	return c.Roadmaps[0], nil
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
}

// LoadAll loads the roadmap files at paths, and the files their FILE#ID
// references name, each once, and checks every reference and the
// requires cycles across files. A file named twice is listed once.
// Errors are as for Load.
func LoadAll(paths ...string) (*Course, error) {
	l := newLoader()
	c := &Course{files: l.files}
	for _, p := range paths {
		f, err := l.get(filepath.Clean(p))
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
	errs = append(errs, l.check()...)
	if len(errs) > 0 {
		return nil, errs
	}
	return c, nil
}

// Resolve finds the section or topic a requires of from names, in from
// itself or in another file of the course.
func (c *Course) Resolve(from *Roadmap, ref Ref) (Node, bool) {
	f, ok := c.files[refFile(from, ref)]
	if !ok {
		return Node{}, false
	}
	n, ok := f.ids[ref.ID]
	return n, ok
}

// refFile is the cleaned path of the file ref points into.
func refFile(from *Roadmap, ref Ref) string {
	if ref.File == "" {
		return from.File
	}
	return filepath.Join(filepath.Dir(from.File), filepath.FromSlash(ref.File))
}

// file is one decoded file with its problems and its ids.
type file struct {
	r   *Roadmap
	d   *decoder
	ids map[string]Node
}

// parseFile decodes data and runs the checks that need only this file.
// Icon paths are looked for in dir unless it is "".
func parseFile(data []byte, name, dir string) *file {
	d := newDecoder(name)
	return checkFile(d, d.decodeFile(data), dir)
}

// checkFile runs the checks that need only this file on r, decoded by d
// (nil when it could not be decoded).
func checkFile(d *decoder, r *Roadmap, dir string) *file {
	f := &file{d: d, r: r, ids: map[string]Node{}}
	if f.r == nil {
		return f
	}
	f.ids = f.d.assignIDs(f.r)
	f.d.checkLocalRefs(f.r, f.ids)
	f.d.checkIcons(f.r, dir)
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

// loader reads files once each, following FILE#ID references.
type loader struct {
	files map[string]*file
	order []*file
}

func newLoader() *loader {
	return &loader{files: map[string]*file{}}
}

// get returns the file at the cleaned path key, loading it unless it is
// loaded already.
func (l *loader) get(key string) (*file, error) {
	if f, ok := l.files[key]; ok {
		return f, nil
	}
	return l.load(key)
}

// load reads and checks the file at the cleaned path key, and the files
// it references. A file already loaded (or being loaded, for references
// that go round in a circle) is not read again.
func (l *loader) load(key string) (*file, error) {
	data, err := readLimited(key)
	if err != nil {
		return nil, err
	}
	return l.add(key, data), nil
}

// add checks data, the content of the file at key, and loads the files
// it references.
func (l *loader) add(key string, data []byte) *file {
	return l.addFile(key, parseFile(data, key, filepath.Dir(key)))
}

// addFile records f, the checked file at key, and loads the files it
// references.
func (l *loader) addFile(key string, f *file) *file {
	l.files[key] = f
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
	key := refFile(f.r, ref)
	target, ok := l.files[key]
	if !ok {
		if len(l.files) >= MaxFiles {
			f.d.errorAt(ref.Pos, "requires %s: more than %d files in one load (MaxFiles); not read", quote(ref.File+"#"+ref.ID), MaxFiles)
			return
		}
		var err error
		if target, err = l.load(key); err != nil {
			f.d.errorAt(ref.Pos, "requires %s: %s", quote(ref.File+"#"+ref.ID), readProblem(key, err))
			return
		}
	}
	if target.r == nil {
		return // its own errors say why
	}
	if _, ok := target.ids[ref.ID]; !ok {
		f.d.errorAt(ref.Pos, "requires %s: %s has no section or topic with id %s%s",
			quote(ref.File+"#"+ref.ID), key, quote(ref.ID), f.d.suggestion(ref.ID, nodeIDs(target.r)))
	}
}

// readProblem says why a referenced file could not be read.
func readProblem(key string, err error) string {
	if errors.Is(err, fs.ErrNotExist) {
		return "file " + key + " does not exist; fix the path (it is relative to this file)"
	}
	return "cannot read " + key + ": " + err.Error()
}

// nodeIDs lists the ids of r in reading order.
func nodeIDs(r *Roadmap) []string {
	var ids []string
	for _, n := range r.Nodes() {
		ids = append(ids, n.ID())
	}
	return ids
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
			addRequires(g, f.r, func(ref Ref) (string, bool) { return refFile(f.r, ref), true })
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

// readLimited reads a file, at most MaxFileSize+1 bytes of it.
func readLimited(path string) ([]byte, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	return io.ReadAll(io.LimitReader(fh, MaxFileSize+1))
}
