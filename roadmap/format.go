package roadmap

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"
)

// modelinePrefix starts the comment that tells yaml-language-server which
// schema a file follows; Format keeps such a line first.
const modelinePrefix = "# yaml-language-server:"

// Format returns src, a roadmap or a course file, in canonical form while
// keeping its comments: keys in the order Encode writes them, lists in block style,
// indentation of 2 spaces, strings styled as Encode styles them, and the
// schema modeline first (the file's own yaml-language-server line when it
// has one, SchemaModeline otherwise). Values, including fields Encode
// would leave out, are kept, and so are blank lines between entries (a
// run of them becomes one).
//
// Format refuses an invalid file: it returns the ErrorList Parse gives,
// name being the file name used in positions (for a course file, the
// problems of the file itself; its parts are not read). Format is
// idempotent, and an example written by Encode is returned unchanged.
//
// The YAML library does not always read a comment back on the node it
// was written from (a comment after a key with no value, at the end of a
// nested mapping, is read as the comment closing the file), so one pass
// may give a text whose next pass moves a comment. Format therefore
// formats its own output again until it comes back unchanged, which is
// what makes it idempotent; every pass is checked to keep the values and
// the comments.
func Format(src []byte, name string) ([]byte, error) {
	want, fs, err := formatModel(src, name)
	if err != nil {
		return nil, err
	}
	comments := expectedComments(src)
	cur := src
	for range maxFormatPasses {
		out, err := formatPass(cur, fs, name)
		if err != nil {
			return nil, err
		}
		if err := checkFormatted(out, want, comments, name); err != nil {
			return nil, err
		}
		if bytes.Equal(out, cur) {
			return out, nil
		}
		cur = out
	}
	return nil, fmt.Errorf("%s: format: the comments do not settle in one place (a limit of the YAML library); file left as it is", name)
}

// maxFormatPasses bounds the passes of Format. A file settles in two
// (one when it is formatted already, three when a comment moves).
const maxFormatPasses = 4

// formatPass makes one pass of Format over src, valid, whose top mapping
// has the field table fs.
func formatPass(src []byte, fs []field, name string) ([]byte, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		return nil, fmt.Errorf("%s: format: %w", name, err)
	}
	marks := blankMarks(&doc, src)
	modeline := takeModeline(&doc, hasModeline(commentLines(src)))
	canonObject(doc.Content[0], fs, true)
	out, err := emit(&doc, modeline)
	if err != nil {
		return nil, fmt.Errorf("%s: format: %w", name, err)
	}
	return restoreBlanks(out, &doc, marks), nil
}

// formatModel validates src, a roadmap or a course file, and returns
// its model in a canonical text, to compare before and after formatting,
// and the field table of its top mapping.
func formatModel(src []byte, name string) ([]byte, []field, error) {
	if !IsCourse(src) {
		r, err := Parse(bytes.NewReader(src), name)
		if err != nil {
			return nil, nil, err
		}
		out, err := Marshal(r)
		return out, roadmapFields(&Roadmap{}), err
	}
	d := newDecoder(name)
	c := d.decodeCourse(src)
	if errs := d.result(); len(errs) > 0 {
		return nil, nil, errs
	}
	model := fmt.Sprintf("%q\n%q\n", c.title, c.description)
	for _, p := range c.parts {
		model += fmt.Sprintf("%q\n", p.path)
	}
	return []byte(model), courseFields(&courseDoc{}), nil
}

// takeModeline removes the yaml-language-server comment from the top of
// the document and returns it. A file without one gets SchemaModeline; a
// file with one further down keeps it there and gets none added. The
// first comment of a file is the head comment of the document, of the
// root mapping or of its first key, whichever yaml.v3 put it on.
func takeModeline(doc *yaml.Node, has bool) string {
	fallback := SchemaModeline
	if has {
		fallback = ""
	}
	root := doc.Content[0]
	holders := []*yaml.Node{doc, root}
	if len(root.Content) > 0 {
		holders = append(holders, root.Content[0])
	}
	for _, h := range holders {
		if h.HeadComment == "" {
			continue
		}
		first, rest, _ := strings.Cut(h.HeadComment, "\n")
		if !strings.HasPrefix(first, modelinePrefix) {
			return fallback
		}
		h.HeadComment = rest
		return strings.TrimRight(first, " \t")
	}
	return fallback
}

// hasModeline reports whether one of the comment lines is a modeline.
func hasModeline(comments []string) bool {
	return slices.ContainsFunc(comments, func(l string) bool { return strings.HasPrefix(l, modelinePrefix) })
}

// canonObject puts the keys of the mapping n in the order of the field
// table fs, the order Encode writes, and makes its values canonical; root
// tells the top mapping of the file.
// Every key is in fs: Format formats valid files only.
func canonObject(n *yaml.Node, fs []field, root bool) {
	n.Style = 0
	names := fieldNames(fs)
	type pair struct{ k, v *yaml.Node }
	pairs := make([]pair, 0, len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		pairs = append(pairs, pair{n.Content[i], n.Content[i+1]})
	}
	if len(pairs) == 0 {
		return
	}
	last := pairs[len(pairs)-1].k
	slices.SortStableFunc(pairs, func(a, b pair) int {
		return slices.Index(names, a.k.Value) - slices.Index(names, b.k.Value)
	})
	n.Content = n.Content[:0]
	for _, p := range pairs {
		p.k.Style, p.k.Tag = 0, "!!str"
		canonValue(p.v, fs[slices.Index(names, p.k.Value)].kind)
		liftLineComment(p.v, p.k)
		n.Content = append(n.Content, p.k, p.v)
	}
	keepFootLast(n, last, root)
	liftLineComment(n, n.Content[0])
}

// keepFootLast moves the foot comment of key last, the last key of n as
// written, to the key now last, so that a comment closing the mapping
// still closes it. The emitter writes a foot comment after the key's
// value, which yaml.v3 reads back on the deepest node when the value is a
// nested list; so a nested mapping moves it only past a scalar.
func keepFootLast(n, last *yaml.Node, root bool) {
	end, endValue := n.Content[len(n.Content)-2], n.Content[len(n.Content)-1]
	if end == last || last.FootComment == "" || !root && endValue.Kind != yaml.ScalarNode {
		return
	}
	end.FootComment = joinComments(end.FootComment, last.FootComment)
	last.FootComment = ""
}

// liftLineComment moves the line comment of a mapping or a list, which
// the emitter would misplace once the value is in block style, to the
// key (or first key) written on the same line. An empty one stays in
// flow style ({} or []) and keeps its comment.
func liftLineComment(from, to *yaml.Node) {
	if from.Kind == yaml.ScalarNode || from.LineComment == "" || len(from.Content) == 0 {
		return
	}
	to.LineComment = joinComments(to.LineComment, from.LineComment)
	from.LineComment = ""
}

// joinComments joins two comments, either of which may be empty.
func joinComments(a, b string) string {
	if a == "" || b == "" {
		return a + b
	}
	return a + " " + b
}

// canonValue makes the value n of a field of kind k canonical.
func canonValue(n *yaml.Node, k kind) {
	if isNull(n) {
		n.Style = 0
		return
	}
	switch k {
	case boolKind, widthKind:
		n.Style = 0
	case sectionsKind:
		canonList(n, func(item *yaml.Node) { canonObject(item, sectionFields(&Section{}), false) })
	case topicsKind:
		canonList(n, func(item *yaml.Node) { canonObject(item, topicFields(&Topic{}), false) })
	case resourcesKind:
		canonList(n, func(item *yaml.Node) { canonObject(item, resourceFields(&Resource{}), false) })
	default: // a string, or a list of strings
		if n.Kind == yaml.SequenceNode {
			canonList(n, canonString)
			return
		}
		canonString(n)
	}
}

// canonList writes the sequence n in block style (an empty one as [])
// and applies item to each of its items.
func canonList(n *yaml.Node, item func(*yaml.Node)) {
	n.Style = 0
	if len(n.Content) == 0 {
		n.Style = yaml.FlowStyle // [], the one way to write an empty list
	}
	for _, c := range n.Content {
		item(c)
	}
}

// canonString styles a string scalar as Encode does. A number or a date
// written where a string is expected becomes that string, quoted.
func canonString(n *yaml.Node) {
	s := stringNode(n.Value)
	n.Tag, n.Style = s.Tag, s.Style
}

// emit writes doc with the modeline first, as Marshal writes a roadmap.
func emit(doc *yaml.Node, modeline string) ([]byte, error) {
	var buf bytes.Buffer
	if modeline != "" {
		buf.WriteString(modeline + "\n")
	}
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return unescapeAstral(buf.Bytes()), nil
}

// checkFormatted guards against a formatting that would change the
// roadmap or drop a comment: out must decode to the same model as the
// source (want, from formatModel), and hold its comments (comments, from
// expectedComments). It returns an error naming what differs.
func checkFormatted(out, want []byte, comments []string, name string) error {
	got, _, err := formatModel(out, name)
	if err != nil {
		return fmt.Errorf("%s: format: the formatted file does not parse (a bug): %w", name, err)
	}
	if !bytes.Equal(want, got) {
		return fmt.Errorf("%s: format: formatting would change the roadmap (a bug); file left as it is", name)
	}
	if !slices.Equal(comments, commentLines(out)) {
		return fmt.Errorf("%s: format: formatting would lose or change a comment (a limit of the YAML library); file left as it is", name)
	}
	return nil
}

// expectedComments lists the comment lines the formatted src must hold,
// sorted: those of src, and SchemaModeline when src has no modeline.
func expectedComments(src []byte) []string {
	lines := commentLines(src)
	if !hasModeline(lines) {
		lines = append(lines, SchemaModeline)
		slices.Sort(lines)
	}
	return lines
}

// commentLines lists the comment lines of a YAML document, trimmed and
// sorted, whatever node each is attached to.
func commentLines(data []byte) []string {
	var doc yaml.Node
	if yaml.Unmarshal(data, &doc) != nil {
		return nil
	}
	var lines []string
	var walk func(n *yaml.Node)
	walk = func(n *yaml.Node) {
		for _, c := range []string{n.HeadComment, n.LineComment, n.FootComment} {
			for _, l := range strings.Split(c, "\n") {
				if l = strings.TrimSpace(l); l != "" {
					lines = append(lines, l)
				}
			}
		}
		for _, c := range n.Content {
			walk(c)
		}
	}
	walk(&doc)
	slices.Sort(lines)
	return lines
}
