// Package roadmap is the course model: roadmaps made of numbered sections
// and their topics, decoded from YAML with the position of every value,
// validated, and turned into a dependency graph for the layout engines.
package roadmap

// Pos is a position in a source file. Line and Col are 1-based; a zero
// Line means the position is unknown.
type Pos struct {
	File string `json:"file,omitempty"`
	Line int    `json:"line,omitempty"`
	Col  int    `json:"col,omitempty"`
}

// Roadmap is one course part: a title and its sections in reading order.
type Roadmap struct {
	// File is the path the roadmap was loaded from ("" for Parse input
	// named "").
	File        string `json:"-"`
	Title       string `json:"title"`
	Icon        string `json:"icon,omitempty"`
	Description string `json:"description,omitempty"`
	URL         string `json:"url,omitempty"`
	Optional    bool   `json:"optional,omitempty"`
	// Width is the roadmap's default canvas width in px (MinWidth to
	// MaxWidth), 0 when the file does not set one.
	Width    int        `json:"width,omitempty"`
	Sections []*Section `json:"sections"`
	Pos      Pos        `json:"-"`
}

// Section is a numbered step of a roadmap, drawn on its spine.
type Section struct {
	ID          string     `json:"id"`
	Title       string     `json:"title"`
	Icon        string     `json:"icon,omitempty"`
	Description string     `json:"description,omitempty"`
	URL         string     `json:"url,omitempty"`
	Optional    bool       `json:"optional,omitempty"`
	Requires    []Ref      `json:"requires,omitempty"`
	Topics      []*Topic   `json:"topics,omitempty"`
	Resources   []Resource `json:"resources,omitempty"`
	// Number is the section's 1-based place in its roadmap.
	Number int `json:"-"`
	Pos    Pos `json:"-"`
}

// Topic is one subject of a section, drawn beside it.
type Topic struct {
	ID          string     `json:"id"`
	Title       string     `json:"title"`
	Description string     `json:"description,omitempty"`
	URL         string     `json:"url,omitempty"`
	Optional    bool       `json:"optional,omitempty"`
	Requires    []Ref      `json:"requires,omitempty"`
	Resources   []Resource `json:"resources,omitempty"`
	Pos         Pos        `json:"-"`
}

// Resource is a reference: an article, a video, a course.
type Resource struct {
	Title  string `json:"title"`
	URL    string `json:"url"`
	Author string `json:"author,omitempty"`
	Note   string `json:"note,omitempty"`
	Pos    Pos    `json:"-"`
}

// Ref names a prerequisite: an id in the same file (File == "") or an id
// in another file, written FILE#ID with FILE relative to the roadmap.
type Ref struct {
	File string `json:"file,omitempty"`
	ID   string `json:"id"`
	Pos  Pos    `json:"-"`
}
