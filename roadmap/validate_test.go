package roadmap

import (
	"errors"
	"strings"
	"testing"
)

// built is a roadmap made in code: no YAML, no ids, no numbers.
func built() *Roadmap {
	return &Roadmap{Title: "Go", Sections: []*Section{
		{Title: "Basics", Topics: []*Topic{{Title: "Syntax"}, {Title: "Types"}}},
		{Title: "Concurrency", Requires: []Ref{{ID: "basics"}}, Topics: []*Topic{
			{Title: "Goroutines", Requires: []Ref{{ID: "basics/types"}}},
		}},
	}}
}

func TestNormalizeGivesFileDefaults(t *testing.T) {
	r := built()
	r.Sections[1].Topics[0].ID = "go-routines"
	Normalize(r)
	s := r.Sections
	if s[0].ID != "basics" || s[0].Number != 1 || s[1].Number != 2 || s[0].Topics[1].ID != "basics/types" ||
		s[1].Topics[0].ID != "go-routines" {
		t.Fatalf("Normalize gave ids %q %q %q %q and numbers %d %d", s[0].ID, s[0].Topics[1].ID, s[1].ID,
			s[1].Topics[0].ID, s[0].Number, s[1].Number)
	}
	if err := Validate(r); err != nil {
		t.Fatalf("Validate of a normalized roadmap: %v", err)
	}
	// The same roadmap written as YAML and parsed gets the same ids.
	data, err := Marshal(built())
	if err != nil {
		t.Fatal(err)
	}
	parsed, err := Parse(strings.NewReader(string(data)), "go.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if parsed.Sections[0].Topics[1].ID != "basics/types" || parsed.Sections[1].ID != "concurrency" {
		t.Fatalf("Parse gave other ids than Normalize: %q %q", parsed.Sections[0].Topics[1].ID, parsed.Sections[1].ID)
	}
}

// TestValidateNamesEachProblem checks that Validate reports every problem
// of a roadmap built in code, each naming the object it is about.
func TestValidateNamesEachProblem(t *testing.T) {
	r := built()
	r.URL = "javascript:alert(1)"
	r.Sections[0].Topics[1].Title = ""
	r.Sections[1].Requires = []Ref{{ID: "basic"}}
	r.Sections[1].Resources = []Resource{{Title: "Tour", URL: "data:text/html,x"}}
	r.Sections = append(r.Sections, &Section{Title: "Basics"})
	before, _ := Marshal(r)
	err := Validate(r)
	var list ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("Validate returned %T %v, want an ErrorList", err, err)
	}
	got := err.Error()
	for _, want := range []string{
		`roadmap "Go": url scheme "javascript:" is not allowed`,
		`section 1 "Basics", topic 2 (untitled): missing required field "title" in topic`,
		`section 2 "Concurrency": requires "basic" names no section or topic in this file; did you mean "basics"?`,
		`section 2 "Concurrency", resource 1 "Tour": url scheme "data:" is not allowed`,
		`section 3 "Basics": duplicate id "basics"; first defined at section 1 "Basics"; give one of them another id`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("Validate's errors lack %q:\n%s", want, got)
		}
	}
	if after, _ := Marshal(r); string(after) != string(before) {
		t.Error("Validate changed the roadmap")
	}
	var one *Error
	if !errors.As(err, &one) || one != list[0] {
		t.Errorf("errors.As through Unwrap found %v, want the first error %v", one, list[0])
	}
}

func TestValidateRefusesNilParts(t *testing.T) {
	r := &Roadmap{Title: "T", Sections: []*Section{nil, {Title: "S", Topics: []*Topic{nil}}}}
	err := Validate(r)
	if err == nil || !strings.Contains(err.Error(), "section 1 is nil") || !strings.Contains(err.Error(), "section 2: topic 1 is nil") {
		t.Fatalf("Validate = %v", err)
	}
	if err := Validate(nil); err == nil {
		t.Fatal("Validate(nil) = nil")
	}
}

func TestValidateFindsCycles(t *testing.T) {
	r := built()
	r.Sections[0].Requires = []Ref{{ID: "concurrency"}}
	Normalize(r)
	if err := Validate(r); err == nil || !strings.Contains(err.Error(), "cycle") {
		t.Fatalf("Validate of a cycle = %v", err)
	}
}
