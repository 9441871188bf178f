package themefile

import (
	"bytes"
	"encoding/json"
	"slices"
	"testing"

	"github.com/roadmapgo/roadmap/render"
)

// keysOf returns the sorted keys of m.
func keysOf[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// TestSchemaMatchesTables checks that the schema is JSON and describes
// exactly the keys, colour fields and size ranges the decoder takes.
func TestSchemaMatchesTables(t *testing.T) {
	type prop struct {
		Description          string
		AdditionalProperties *bool
		Minimum, Maximum     float64
		Properties           map[string]json.RawMessage
	}
	var s struct {
		Schema     string `json:"$schema"`
		Required   []string
		Properties map[string]prop
	}
	data := Schema()
	if err := json.Unmarshal(data, &s); err != nil {
		t.Fatalf("schema is not JSON: %v", err)
	}
	var th render.Theme
	want := []string{keyBase, keySizes, keyFonts}
	for _, p := range parts(&th) {
		want = append(want, p.name)
		got := s.Properties[p.name]
		keys := slotKeys(p)
		slices.Sort(keys)
		if !slices.Equal(keysOf(got.Properties), keys) || got.AdditionalProperties == nil || *got.AdditionalProperties || got.Description == "" {
			t.Errorf("%s: schema %+v, decoder keys %v", p.name, got, keys)
		}
	}
	slices.Sort(want)
	if got := keysOf(s.Properties); !slices.Equal(got, want) {
		t.Errorf("schema keys %v, decoder keys %v", got, want)
	}
	var sizes map[string]prop
	if err := json.Unmarshal(mustJSON(t, s.Properties[keySizes].Properties), &sizes); err != nil {
		t.Fatal(err)
	}
	for _, f := range sizeFields(&Sizes{}) {
		if got := sizes[f.name]; got.Minimum != f.min || got.Maximum != f.max || got.Description == "" {
			t.Errorf("sizes.%s: schema %+v, decoder %v..%v", f.name, got, f.min, f.max)
		}
	}
	if !slices.Equal(s.Required, []string{keyBase}) {
		t.Errorf("required %v", s.Required)
	}
	if !bytes.Equal(Schema(), data) {
		t.Error("Schema is not deterministic")
	}
}

// mustJSON marshals v.
func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
