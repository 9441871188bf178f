package themefile

import (
	"encoding/json"

	"github.com/roadmapgo/roadmap/render"
)

// SchemaID is the $id of the JSON Schema returned by Schema.
const SchemaID = "https://github.com/roadmapgo/roadmap/theme.schema.json"

// colorPattern is the pattern of a colour value: "#rgb" or "#rrggbb".
const colorPattern = `^#([0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})$`

// Schema returns a JSON Schema (draft 2020-12) of theme files, for
// editors: point yaml-language-server at it with a first line such as
// "# yaml-language-server: $schema=theme.schema.json". It is built from
// the same tables as the decoder, so the two always agree.
func Schema() []byte {
	var t render.Theme
	props := map[string]any{
		keyBase: map[string]any{"description": "The built-in theme the file starts from.", "enum": bases},
		keySizes: map[string]any{"description": "Font sizes, in px at 960 px wide.", "type": "object",
			"additionalProperties": false, "properties": sizesSchema()},
		keyFonts: map[string]any{"description": fontsDoc, "type": "array", "maxItems": MaxFonts, "uniqueItems": true,
			"items": map[string]any{"type": "string", "pattern": `^(?![/\\]|[A-Za-z]:|[A-Za-z][A-Za-z0-9+.-]*://).*\.([Tt][Tt][FfCc]|[Oo][Tt][Ff])$`}},
	}
	for _, p := range parts(&t) {
		props[p.name] = partSchema(p)
	}
	root := map[string]any{
		"$schema":              "https://json-schema.org/draft/2020-12/schema",
		"$id":                  SchemaID,
		"title":                "Roadmap theme file",
		"description":          "A built-in theme (base) with its colours, font sizes and fonts changed.",
		"type":                 "object",
		"additionalProperties": false,
		"required":             []string{keyBase},
		"properties":           props,
	}
	out, err := json.MarshalIndent(root, "", "  ")
	if err != nil {
		// Only maps, slices, strings and numbers are marshalled.
		return nil
	}
	return append(out, '\n')
}

// partSchema is the schema of one colour key.
func partSchema(p part) map[string]any {
	props := map[string]any{}
	for _, s := range p.slots {
		props[s.key] = map[string]any{"type": "string", "pattern": colorPattern,
			"description": slotDoc[s.key] + `: "#rgb" or "#rrggbb".`}
	}
	return map[string]any{"description": p.doc, "type": "object", "additionalProperties": false, "properties": props}
}

// slotDoc describes each colour key.
var slotDoc = map[string]string{"fill": "The fill", "text": "The text colour", "stroke": "The line or border colour"}

// sizesSchema is the schema of the keys of sizes.
func sizesSchema() map[string]any {
	props := map[string]any{}
	for _, f := range sizeFields(&Sizes{}) {
		props[f.name] = map[string]any{"type": "number", "minimum": f.min, "maximum": f.max, "description": f.doc}
	}
	return props
}
