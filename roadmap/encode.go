package roadmap

import (
	"bytes"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
	"unicode"

	"go.yaml.in/yaml/v3"
)

// SchemaModeline is the first line of every encoded roadmap: it tells
// editors running yaml-language-server which JSON schema to check against.
const SchemaModeline = "# yaml-language-server: $schema=https://raw.githubusercontent.com/roadmapgo/roadmap/main/roadmap.schema.json"

// foldWidth is the length from which a string is written as a folded
// block scalar (">-") rather than on one line.
const foldWidth = 80

// Encode writes r as canonical YAML: the schema modeline, then every
// object's keys in the order of the format (title, id, icon, description,
// url, optional, requires, topics, resources; a roadmap's sections last),
// with empty fields and default ids left out. Decoding the output gives
// back the same model.
func Encode(w io.Writer, r *Roadmap) error {
	b, err := Marshal(r)
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

// Marshal returns the canonical YAML of r, as written by Encode.
func Marshal(r *Roadmap) ([]byte, error) {
	if r == nil {
		return nil, fmt.Errorf("roadmap: cannot encode a nil roadmap")
	}
	var buf bytes.Buffer
	buf.WriteString(SchemaModeline + "\n")
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(roadmapNode(r)); err != nil {
		return nil, fmt.Errorf("roadmap: encode: %w", err)
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("roadmap: encode: %w", err)
	}
	return unescapeAstral(buf.Bytes()), nil
}

// unescapeAstral undoes the "\UXXXXXXXX" escapes the YAML emitter writes
// for characters beyond U+FFFF (emoji, mostly) inside double-quoted
// scalars, so that icons read as themselves. It returns out unchanged
// unless the result decodes to the same document.
func unescapeAstral(out []byte) []byte {
	if !bytes.Contains(out, []byte(`\U`)) {
		return out
	}
	var b bytes.Buffer
	for i := 0; i < len(out); i++ {
		if out[i] != '\\' || i+1 == len(out) {
			b.WriteByte(out[i])
			continue
		}
		if r, ok := astralEscape(out[i+1:]); ok {
			b.WriteRune(r)
			i += 9
			continue
		}
		b.Write(out[i : i+2])
		i++
	}
	var before, after any
	if yaml.Unmarshal(out, &before) != nil || yaml.Unmarshal(b.Bytes(), &after) != nil || !reflect.DeepEqual(before, after) {
		return out
	}
	return b.Bytes()
}

// astralEscape decodes "UXXXXXXXX" at the start of s.
func astralEscape(s []byte) (rune, bool) {
	if len(s) < 9 || s[0] != 'U' {
		return 0, false
	}
	v, err := strconv.ParseUint(string(s[1:9]), 16, 32)
	if err != nil || v > unicode.MaxRune {
		return 0, false
	}
	return rune(v), true
}

// objectNode writes the fields of one object in table order, leaving out
// empty values. sectionID is the id topics default under; the id field is
// left out when it equals defaultID.
func objectNode(fs []field, defaultID, sectionID string) *yaml.Node {
	m := &yaml.Node{Kind: yaml.MappingNode}
	for _, f := range fs {
		if id, ok := f.dst.(*string); ok && f.name == "id" && *id == defaultID {
			continue
		}
		if v := valueNode(f.dst, sectionID); v != nil {
			key := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: f.name}
			m.Content = append(m.Content, key, v)
		}
	}
	return m
}

// valueNode is the YAML of one field value, or nil when it is empty.
func valueNode(dst any, sectionID string) *yaml.Node {
	var items []*yaml.Node
	switch v := dst.(type) {
	case *string:
		if *v == "" {
			return nil
		}
		return stringNode(*v)
	case *int:
		if *v == 0 {
			return nil
		}
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.Itoa(*v)}
	case *bool:
		if !*v {
			return nil
		}
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: "true"}
	case *[]Ref:
		for _, ref := range *v {
			items = append(items, stringNode(refString(ref)))
		}
	case *[]*Section:
		for _, s := range *v {
			items = append(items, sectionNode(s))
		}
	case *[]*Topic:
		for _, t := range *v {
			items = append(items, objectNode(topicFields(t), sectionID+"/"+Slug(t.Title), ""))
		}
	case *[]Resource:
		for i := range *v {
			items = append(items, objectNode(resourceFields(&(*v)[i]), "", ""))
		}
	}
	if len(items) == 0 {
		return nil
	}
	return &yaml.Node{Kind: yaml.SequenceNode, Content: items}
}

func roadmapNode(r *Roadmap) *yaml.Node {
	return objectNode(roadmapFields(r), "", "")
}

// sectionNode writes a section; its topics default under its id, or under
// the slug of its title when the id is not set.
func sectionNode(s *Section) *yaml.Node {
	id := s.ID
	if id == "" {
		id = Slug(s.Title)
	}
	return objectNode(sectionFields(s), Slug(s.Title), id)
}

// refString returns the reference as written in YAML: FILE#ID, or ID
// alone for an id of the same file.
func refString(r Ref) string {
	if r.File == "" {
		return r.ID
	}
	return r.File + "#" + r.ID
}

// stringNode is a string scalar: plain or quoted as the emitter decides,
// or folded when it is long and folding gives the same string back.
func stringNode(s string) *yaml.Node {
	n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
	if len(s) >= foldWidth && foldable(s) {
		n.Style = yaml.FoldedStyle
	}
	return n
}

// foldable reports whether s survives a folded block scalar unchanged:
// a folded scalar cannot carry leading or trailing blanks, line breaks,
// tabs, or runs of spaces (the emitter may break a line inside them).
func foldable(s string) bool {
	if strings.TrimSpace(s) != s || strings.ContainsAny(s, "\n\r\t") || strings.Contains(s, "  ") {
		return false
	}
	var v string
	b, err := yaml.Marshal(&yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s, Style: yaml.FoldedStyle})
	if err != nil || yaml.Unmarshal(b, &v) != nil {
		return false
	}
	return v == s
}
