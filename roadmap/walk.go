package roadmap

import (
	"path"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// describe names the kind of a node for a message.
func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.AliasNode:
		return "an alias"
	case yaml.ScalarNode:
		return quote(n.Value)
	}
	return "nothing"
}

// isNull reports whether n is a YAML null (an empty value or ~).
func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null"
}

// object decodes the mapping n, an object called what, into the field
// table fs. It reports unknown and duplicate keys and missing required
// fields. It returns false when n is not a mapping at all.
func (d *decoder) object(n *yaml.Node, what string, obj any, fs []field) bool {
	if n.Kind == yaml.AliasNode {
		return false // reported by checkShape
	}
	if n.Kind != yaml.MappingNode {
		d.errorf(n, "%s must be a mapping of fields (%s), got %s", what, strings.Join(fieldNames(fs), ", "), describe(n))
		return false
	}
	seen := map[string]*yaml.Node{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			d.errorf(k, "a key in %s is %s; keys are field names", what, describe(k))
			continue
		}
		if first, dup := seen[k.Value]; dup {
			d.errorf(k, "duplicate key %s in %s; first at %s, remove one", quote(k.Value), what, d.pos(first))
			continue
		}
		seen[k.Value] = k
		f := findField(fs, k.Value)
		if f == nil {
			d.errorf(k, "unknown field %s in %s%s", quote(k.Value), what, didYouMean(k.Value, fieldNames(fs)))
			continue
		}
		d.at[fieldKey{obj, f.name}] = d.pos(v)
		d.value(v, what, f)
	}
	for _, f := range fs {
		if f.required && seen[f.name] == nil {
			d.errorf(n, "missing required field %q in %s", f.name, what)
		}
	}
	return true
}

func findField(fs []field, name string) *field {
	for i := range fs {
		if fs[i].name == name {
			return &fs[i]
		}
	}
	return nil
}

// value decodes the value n of field f of the object called what.
func (d *decoder) value(n *yaml.Node, what string, f *field) {
	if isNull(n) {
		if f.required {
			d.errorf(n, "%s in %s has no value; fill it in", f.name, what)
		}
		return
	}
	switch f.kind {
	case boolKind:
		d.boolean(n, what, f.name, f.dst.(*bool))
	case widthKind:
		d.width(n, what, f.name, f.dst.(*int))
	case refsKind:
		*f.dst.(*[]Ref) = d.refs(n, what)
	case sectionsKind:
		*f.dst.(*[]*Section) = d.sections(n)
	case topicsKind:
		*f.dst.(*[]*Topic) = d.topics(n)
	case resourcesKind:
		*f.dst.(*[]Resource) = d.resources(n)
	case partsKind:
		*f.dst.(*[]partRef) = d.parts(n)
	default:
		if s, ok := d.str(n, what, f.name); ok {
			d.checkString(n, what, f, s)
			*f.dst.(*string) = s
		}
	}
}

// checkString checks a string value against the rules of its kind.
func (d *decoder) checkString(n *yaml.Node, what string, f *field, s string) {
	switch f.kind {
	case titleKind:
		if strings.TrimSpace(s) == "" {
			d.errorf(n, "%s in %s is blank; write a title", f.name, what)
		}
	case idKind:
		if !validID(s) {
			d.errorf(n, "invalid id %s; use letters, digits, '-', '_', '.' or '/'", quote(s))
		}
	case urlKind:
		if msg := urlProblem(s); msg != "" {
			d.errorf(n, "%s", msg)
		}
	}
}

// isScalarTag reports whether a string field accepts tag: a title may
// well be a number or a date written without quotes.
func isScalarTag(tag string) bool {
	switch tag {
	case "!!str", "!!int", "!!float", "!!bool", "!!timestamp":
		return true
	}
	return false
}

// str returns the string value of n, reporting a node of another kind.
func (d *decoder) str(n *yaml.Node, what, name string) (string, bool) {
	if n.Kind == yaml.AliasNode {
		return "", false // reported by checkShape
	}
	if n.Kind != yaml.ScalarNode {
		d.errorf(n, "%s in %s must be a string, got %s", name, what, describe(n))
		return "", false
	}
	if !isScalarTag(n.Tag) {
		d.errorf(n, "%s in %s has the unsupported tag %s; remove the tag", name, what, n.Tag)
		return "", false
	}
	if len(n.Value) > MaxStringLen {
		d.errorf(n, "%s in %s is %d bytes long, over the limit of %d bytes (MaxStringLen); shorten it", name, what, len(n.Value), MaxStringLen)
		return "", false
	}
	return n.Value, true
}

// isYAML11Bool reports whether s, lower case, is a YAML 1.1 spelling of
// a boolean, which YAML 1.2 reads as a string.
func isYAML11Bool(s string) bool {
	switch s {
	case "yes", "no", "on", "off", "y", "n":
		return true
	}
	return false
}

// boolean decodes a true or false value into dst.
func (d *decoder) boolean(n *yaml.Node, what, name string, dst *bool) {
	if n.Kind == yaml.AliasNode {
		return
	}
	if n.Kind != yaml.ScalarNode || n.Tag != "!!bool" {
		hint := ""
		if isYAML11Bool(strings.ToLower(n.Value)) && n.Kind == yaml.ScalarNode {
			hint = " (YAML 1.2 reads it as text)"
		}
		d.errorf(n, "%s in %s must be true or false, got %s%s", name, what, describe(n), hint)
		return
	}
	*dst = n.Value == "true" || n.Value == "True" || n.Value == "TRUE"
}

// width decodes a canvas width: an integer from MinWidth to MaxWidth.
func (d *decoder) width(n *yaml.Node, what, name string, dst *int) {
	if n.Kind == yaml.AliasNode {
		return
	}
	v, err := strconv.Atoi(n.Value)
	if n.Kind != yaml.ScalarNode || n.Tag != "!!int" || err != nil {
		d.errorf(n, "%s in %s must be a whole number of px, got %s", name, what, describe(n))
		return
	}
	if v < MinWidth || v > MaxWidth {
		d.errorf(n, "%s in %s is %d; use a width from %d to %d px", name, what, v, MinWidth, MaxWidth)
		return
	}
	*dst = v
}

// list returns the items of the sequence n, reporting another kind.
func (d *decoder) list(n *yaml.Node, what string) []*yaml.Node {
	if n.Kind == yaml.AliasNode {
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		d.errorf(n, "%s must be a list (lines starting with \"- \"), got %s", what, describe(n))
		return nil
	}
	return n.Content
}

// sections decodes the list of sections, numbering them from 1.
func (d *decoder) sections(n *yaml.Node) []*Section {
	items := d.list(n, "sections")
	if n.Kind == yaml.SequenceNode && len(items) == 0 {
		d.errorf(n, "sections is empty; a roadmap needs at least one section")
	}
	if len(items) > MaxSections {
		d.errorf(items[MaxSections], "more than %d sections (MaxSections); split the roadmap into several files", MaxSections)
		items = items[:MaxSections]
	}
	var out []*Section
	for _, it := range items {
		s := &Section{Pos: d.pos(it)}
		if d.object(it, "section", s, sectionFields(s)) {
			s.Number = len(out) + 1
			out = append(out, s)
		}
	}
	return out
}

// topics decodes a list of topics, counting them against MaxTopics.
func (d *decoder) topics(n *yaml.Node) []*Topic {
	var out []*Topic
	for _, it := range d.list(n, "topics") {
		if d.topicCount++; d.topicCount > MaxTopics {
			if d.topicCount == MaxTopics+1 {
				d.errorf(it, "more than %d topics in one file (MaxTopics); split the roadmap into several files", MaxTopics)
			}
			continue
		}
		t := &Topic{Pos: d.pos(it)}
		if d.object(it, "topic", t, topicFields(t)) {
			out = append(out, t)
		}
	}
	return out
}

// resources decodes a list of resources.
func (d *decoder) resources(n *yaml.Node) []Resource {
	var out []Resource
	for _, it := range d.list(n, "resources") {
		r := &Resource{Pos: d.pos(it)}
		if d.object(it, "resource", r, resourceFields(r)) {
			out = append(out, *r)
		}
	}
	return out
}

// refs decodes a requires list: ID, or FILE#ID for an id in another file.
func (d *decoder) refs(n *yaml.Node, what string) []Ref {
	var out []Ref
	seen := map[string]*yaml.Node{}
	for _, it := range d.list(n, what+" requires") {
		s, ok := d.str(it, what, "requires")
		if !ok {
			continue
		}
		if first, dup := seen[s]; dup {
			d.errorf(it, "requires lists %s twice (first at %s); remove one", quote(s), d.pos(first))
			continue
		}
		seen[s] = it
		if ref, ok := d.ref(it, s); ok {
			out = append(out, ref)
		}
	}
	return out
}

// ref parses one reference, checking its syntax.
func (d *decoder) ref(n *yaml.Node, s string) (Ref, bool) {
	ref := Ref{ID: s, Pos: d.pos(n)}
	if i := strings.LastIndexByte(s, '#'); i >= 0 {
		ref.File, ref.ID = s[:i], s[i+1:]
		switch {
		case ref.File == "":
			d.errorf(n, "requires %s has no file before '#'; write just the id for this file", quote(s))
			return ref, false
		case path.IsAbs(ref.File) || strings.HasPrefix(ref.File, `\`) || urlScheme(ref.File) != "":
			d.errorf(n, "requires %s: the file must be a path relative to this file", quote(s))
			return ref, false
		}
	}
	if !validID(ref.ID) {
		d.errorf(n, "requires %s: invalid id %s; use letters, digits, '-', '_', '.' or '/'", quote(s), quote(ref.ID))
		return ref, false
	}
	return ref, true
}
