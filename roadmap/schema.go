package roadmap

import "encoding/json"

// SchemaID is the $id of the JSON Schema returned by Schema.
const SchemaID = "https://github.com/roadmapgo/roadmap/roadmap.schema.json"

// Schema returns a JSON Schema (draft 2020-12) of the file format, for
// editors: point yaml-language-server at it with a first line such as
// "# yaml-language-server: $schema=roadmap.schema.json". A file is either
// a roadmap or a course (oneOf); every object is in $defs under its name.
// It is built from the same field tables as the loader, so the two always
// agree.
func Schema() []byte {
	defs := map[string]any{}
	var files []any
	for _, k := range objectKinds {
		defs[k.name] = objectSchema(k)
	}
	for _, name := range fileKinds {
		files = append(files, map[string]any{"$ref": "#/$defs/" + name})
	}
	root := map[string]any{
		"$schema": "https://json-schema.org/draft/2020-12/schema",
		"$id":     SchemaID,
		"title":   "Roadmap or course",
		"oneOf":   files,
		"$defs":   defs,
	}
	out, err := json.MarshalIndent(root, "", "  ")
	if err != nil {
		// Only maps, slices, strings, numbers and booleans are marshalled.
		return nil
	}
	return append(out, '\n')
}

// fileKinds are the object kinds a whole file may be.
var fileKinds = []string{"roadmap", "course"}

// objectSchema is the schema of one object kind.
func objectSchema(k objectKind) map[string]any {
	props := map[string]any{}
	required := []string{}
	for _, f := range k.fields() {
		p := kindSchema(f.kind)
		p["description"] = f.doc
		props[f.name] = p
		if f.required {
			required = append(required, f.name)
		}
	}
	return map[string]any{
		"description":          k.doc,
		"type":                 "object",
		"additionalProperties": false,
		"required":             required,
		"properties":           props,
	}
}

// kindSchema is the schema of a field value of kind k, description aside.
func kindSchema(k kind) map[string]any {
	str := func() map[string]any { return map[string]any{"type": "string", "maxLength": MaxStringLen} }
	list := func(def string) map[string]any {
		return map[string]any{"type": "array", "items": map[string]any{"$ref": "#/$defs/" + def}}
	}
	switch k {
	case titleKind:
		s := str()
		s["pattern"] = `\S`
		return s
	case idKind:
		s := str()
		s["pattern"] = `^[^\s#:]+$`
		return s
	case urlKind:
		s := str()
		s["format"] = "uri-reference"
		s["not"] = map[string]any{"pattern": `^\s*(?![Hh][Tt][Tt][Pp][Ss]?:|[Mm][Aa][Ii][Ll][Tt][Oo]:)[A-Za-z][A-Za-z0-9+.-]*:`}
		return s
	case boolKind:
		return map[string]any{"type": "boolean"}
	case widthKind:
		return map[string]any{"type": "integer", "minimum": MinWidth, "maximum": MaxWidth}
	case refsKind:
		return map[string]any{"type": "array", "items": map[string]any{
			"type": "string", "pattern": `^([^#]+#)?[^\s#:]+$`,
			"description": "ID, or FILE#ID for an id in another file.",
		}}
	case sectionsKind:
		s := list("section")
		s["minItems"] = 1
		s["maxItems"] = MaxSections
		return s
	case topicsKind:
		s := list("topic")
		s["maxItems"] = MaxTopics
		return s
	case resourcesKind:
		return list("resource")
	case partsKind:
		return map[string]any{"type": "array", "minItems": 1, "maxItems": MaxFiles, "uniqueItems": true,
			"items": map[string]any{
				"type": "string", "pattern": `^(?![/\\]|[A-Za-z][A-Za-z0-9+.-]*:)[^#]*[^#\s][^#]*$`,
				"description": "The path of a roadmap file, relative to this file.",
			}}
	}
	return str()
}
