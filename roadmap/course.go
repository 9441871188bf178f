package roadmap

import (
	"bytes"
	"path"
	"path/filepath"
	"strings"

	"go.yaml.in/yaml/v3"
)

// A course file joins roadmap files into one course:
//
//	course: The LLM Course
//	description: Three parts, from the fundamentals to applications.
//	parts: [fundamentals.yaml, scientist.yaml, engineer.yaml]
//
// course (its title) and parts are required; parts are paths relative to
// the course file. The FILE#ID requires between the parts are what the
// course adds to its roadmaps when they are laid out together.

// courseDoc is a course file as decoded.
type courseDoc struct {
	title, description string
	parts              []partRef
}

// partRef is one entry of a course's parts: a path relative to the
// course file, and where it is written.
type partRef struct {
	path string
	pos  Pos
}

// courseKeys are the top-level keys that make a file a course file.
var courseKeys = []string{"course", "parts"}

// courseKey returns the first key of the mapping root that makes it a
// course file, or nil when it has none.
func courseKey(root *yaml.Node) *yaml.Node {
	if root.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k := root.Content[i]
		for _, name := range courseKeys {
			if k.Kind == yaml.ScalarNode && k.Value == name {
				return k
			}
		}
	}
	return nil
}

// IsCourse reports whether src, the content of a file, is a course file
// rather than a roadmap: a YAML mapping with a "course" or a "parts" key.
// Anything else, invalid YAML included, is not a course; loading it as a
// roadmap says what is wrong with it.
func IsCourse(src []byte) bool {
	if len(src) > MaxFileSize {
		return false
	}
	var doc yaml.Node
	if err := safeDecode(yaml.NewDecoder(bytes.NewReader(src)), &doc); err != nil || len(doc.Content) == 0 {
		return false
	}
	return courseKey(doc.Content[0]) != nil
}

// LoadCourse reads the course file at path and loads its parts, and the
// files their FILE#ID references name, as LoadAll does, inside the
// default project of path (see FindRoot). The Course has the file's title
// and description, and its parts in the order listed. A course file that
// cannot be read gives the error of the os package; any other failure,
// in the course file or in a part, is an ErrorList holding every problem
// found.
func LoadCourse(path string) (*Course, error) {
	return withDefault(path, func(p *Project) (*Course, error) { return p.LoadCourse(path) })
}

// LoadCourse is the package's LoadCourse, reading inside p.
func (p *Project) LoadCourse(name string) (*Course, error) {
	l := newLoader(p)
	defer l.wait()
	data, err := l.readTop(name)
	if err != nil {
		return nil, err
	}
	l.prefetch(name, data)
	d := newDecoder(name)
	return loadCourseDoc(l, d, d.decodeCourse(data))
}

// LoadAny loads the file at path as a course when IsCourse would say it
// is one (as LoadCourse), and as a roadmap otherwise (as LoadAll with that
// one path), parsing it once. Course.File tells which it was: it is "" for a roadmap.
func LoadAny(path string) (*Course, error) {
	return withDefault(path, func(p *Project) (*Course, error) { return p.LoadAny(path) })
}

// LoadAny is the package's LoadAny, reading inside p.
func (p *Project) LoadAny(name string) (*Course, error) {
	l := newLoader(p)
	defer l.wait()
	data, err := l.readTop(name)
	if err != nil {
		return nil, err
	}
	return l.any(name, data)
}

// any loads data, the content of the file name, as a course when it is
// one and as a roadmap otherwise, parsing it once.
func (l *loader) any(name string, data []byte) (*Course, error) {
	l.prefetch(name, data)
	d := newDecoder(name)
	root := d.decodeRoot(data)
	if root != nil && courseKey(root) != nil {
		return loadCourseDoc(l, d, d.courseAt(root))
	}
	c := &Course{files: l.files, proj: l.proj}
	c.add(l.addFile(name, checkFile(d, d.roadmapAt(root), l.proj)))
	return c.finish(l, nil)
}

// loadCourseDoc loads the parts of doc, the course file decoded by d,
// which holds its problems, with l.
func loadCourseDoc(l *loader, d *decoder, doc *courseDoc) (*Course, error) {
	if errs := d.result(); len(errs) > 0 {
		return nil, errs
	}
	c := &Course{File: d.file, Title: doc.title, Description: doc.description, files: l.files, proj: l.proj}
	for _, p := range doc.parts {
		f, problem := l.referenced(l.proj.join(d.file, p.path))
		if problem != "" {
			d.errorAt(p.pos, "part %s: %s", quote(p.path), problem)
			continue
		}
		c.add(f)
	}
	return c.finish(l, d.result())
}

// decodeCourse decodes and validates a course file. It returns nil when
// the file is not even a mapping; the problems are left in d.errs.
func (d *decoder) decodeCourse(data []byte) *courseDoc {
	return d.courseAt(d.decodeRoot(data))
}

// courseAt decodes the course of root, the parsed file (nil when it could
// not be parsed, which decodeRoot has reported).
func (d *decoder) courseAt(root *yaml.Node) *courseDoc {
	if root == nil {
		return nil
	}
	doc := &courseDoc{}
	if !d.object(root, "course", doc, courseFields(doc)) {
		return nil
	}
	return doc
}

// parts decodes the parts of a course: relative paths, each once.
func (d *decoder) parts(n *yaml.Node) []partRef {
	items := d.list(n, "parts")
	if n.Kind == yaml.SequenceNode && len(items) == 0 {
		d.errorf(n, "parts is empty; a course needs at least one roadmap file")
	}
	if len(items) > MaxFiles {
		d.errorf(items[MaxFiles], "more than %d parts (MaxFiles); split the course", MaxFiles)
		items = items[:MaxFiles]
	}
	var out []partRef
	seen := map[string]*yaml.Node{}
	for _, it := range items {
		s, ok := d.str(it, "course", "a part")
		if !ok || !d.checkPart(it, s) {
			continue
		}
		clean := path.Clean(filepath.ToSlash(s))
		if first, dup := seen[clean]; dup {
			d.errorf(it, "parts lists %s twice (first at %s); remove one", quote(s), d.pos(first))
			continue
		}
		seen[clean] = it
		out = append(out, partRef{path: s, pos: d.pos(it)})
	}
	return out
}

// checkPart checks the syntax of one part path.
func (d *decoder) checkPart(n *yaml.Node, s string) bool {
	switch {
	case strings.TrimSpace(s) == "":
		d.errorf(n, "a part is blank; write the path of a roadmap file")
	case path.IsAbs(s) || filepath.IsAbs(s) || strings.HasPrefix(s, `\`) || urlScheme(s) != "":
		d.errorf(n, "part %s must be a path relative to this file", quote(s))
	case strings.Contains(s, "#"):
		d.errorf(n, "part %s names a file, not an id; remove the '#' and what follows", quote(s))
	default:
		return true
	}
	return false
}
