package roadmap

import (
	"bytes"
	"encoding/json"
	"slices"
	"testing"
)

// TestSchemaMatchesLoader checks that the schema is valid JSON and
// describes exactly the fields of the loader's own tables.
func TestSchemaMatchesLoader(t *testing.T) {
	var s struct {
		Schema string `json:"$schema"`
		OneOf  []struct {
			Ref string `json:"$ref"`
		} `json:"oneOf"`
		Defs map[string]json.RawMessage `json:"$defs"`
	}
	data := Schema()
	if err := json.Unmarshal(data, &s); err != nil {
		t.Fatalf("schema is not JSON: %v", err)
	}
	if s.Schema != "https://json-schema.org/draft/2020-12/schema" {
		t.Errorf("$schema = %q", s.Schema)
	}
	if len(s.OneOf) != 2 || s.OneOf[0].Ref != "#/$defs/roadmap" || s.OneOf[1].Ref != "#/$defs/course" {
		t.Errorf("oneOf = %+v, want a roadmap or a course", s.OneOf)
	}
	for _, k := range objectKinds {
		raw := s.Defs[k.name]
		var obj struct {
			AdditionalProperties *bool `json:"additionalProperties"`
			Required             []string
			Properties           map[string]struct{ Description string }
		}
		if err := json.Unmarshal(raw, &obj); err != nil {
			t.Fatalf("%s: %v", k.name, err)
		}
		if obj.AdditionalProperties == nil || *obj.AdditionalProperties {
			t.Errorf("%s: additionalProperties is not false", k.name)
		}
		var names, required []string
		for _, f := range k.fields() {
			names = append(names, f.name)
			if f.required {
				required = append(required, f.name)
			}
			if obj.Properties[f.name].Description == "" {
				t.Errorf("%s.%s: no description in the schema", k.name, f.name)
			}
		}
		var got []string
		for name := range obj.Properties {
			got = append(got, name)
		}
		slices.Sort(got)
		slices.Sort(names)
		if !slices.Equal(got, names) {
			t.Errorf("%s: schema properties %v, loader fields %v", k.name, got, names)
		}
		if !slices.Equal(obj.Required, required) {
			t.Errorf("%s: schema required %v, loader required %v", k.name, obj.Required, required)
		}
	}
	if !bytes.Equal(Schema(), data) {
		t.Error("Schema is not deterministic")
	}
}
