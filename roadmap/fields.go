package roadmap

// kind is the type of a field's value; it picks the decoder of the value
// and its JSON Schema.
type kind int

const (
	textKind      kind = iota // any string
	titleKind                 // a string that is not blank
	idKind                    // an id: letters, digits, '-', '_', '.', '/'
	iconKind                  // an emoji, or an image path relative to the file
	urlKind                   // an http, https or mailto URL, or a relative one
	boolKind                  // true or false
	refsKind                  // a list of ID or FILE#ID
	sectionsKind              // a list of sections
	topicsKind                // a list of topics
	resourcesKind             // a list of resources
	partsKind                 // a list of roadmap file paths, relative to the file
	widthKind                 // a canvas width: an integer from MinWidth to MaxWidth
)

// The range of a roadmap's width, in px.
const (
	MinWidth = 480
	MaxWidth = 4096
)

// field is one key of an object in the file: its name, whether it must be
// present, the kind of its value, a description for the schema, and where
// the decoded value goes. The tables below drive decoding, unknown-field
// detection with its suggestions, and Schema, so they cannot drift apart.
type field struct {
	name     string
	required bool
	kind     kind
	doc      string
	dst      any // *string, *bool, *int, *[]Ref, *[]*Section, *[]*Topic, *[]Resource or *[]partRef
}

// objectKind names an object of the format and builds its field table
// over a destination value.
type objectKind struct {
	name   string
	doc    string
	fields func() []field // the table over a throw-away value, for Schema
}

// objectKinds lists every object of the format: the two kinds of file,
// a roadmap and a course, first.
var objectKinds = []objectKind{
	{"roadmap", "One part of a course: a title and its numbered sections.",
		func() []field { return roadmapFields(&Roadmap{}) }},
	{"course", "A course: a title and the roadmap files of its parts.",
		func() []field { return courseFields(&courseDoc{}) }},
	{"section", "A numbered step of the roadmap, drawn on its spine.",
		func() []field { return sectionFields(&Section{}) }},
	{"topic", "One subject of a section, drawn beside it.",
		func() []field { return topicFields(&Topic{}) }},
	{"resource", "A reference: an article, a video, a course.",
		func() []field { return resourceFields(&Resource{}) }},
}

const (
	docIcon     = "An emoji, or the path of an image (.png, .jpg, .jpeg, .svg, .gif) relative to this file."
	docURL      = "A link: http, https or mailto, or a path relative to this file."
	docOptional = "True when this part may be skipped; it is drawn as optional."
	docRequires = "Prerequisites: ids of sections or topics in this file, or FILE#ID for an id in another file (FILE relative to this file)."
)

func roadmapFields(r *Roadmap) []field {
	return []field{
		{"title", true, titleKind, "The title of this part of the course.", &r.Title},
		{"icon", false, iconKind, docIcon, &r.Icon},
		{"description", false, textKind, "A short description, shown under the title.", &r.Description},
		{"url", false, urlKind, docURL, &r.URL},
		{"optional", false, boolKind, "True when the whole part may be skipped.", &r.Optional},
		{"width", false, widthKind, "The default width of the picture in px, from 480 to 4096 (960 when not set); render --width overrides it.", &r.Width},
		{"sections", true, sectionsKind, "The sections, in reading order; they are numbered from 1.", &r.Sections},
	}
}

func courseFields(c *courseDoc) []field {
	return []field{
		{"course", true, titleKind, "The title of the course.", &c.title},
		{"description", false, textKind, "A short description of the course.", &c.description},
		{"parts", true, partsKind, "The roadmap files of the course, in reading order, as paths relative to this file.", &c.parts},
	}
}

func sectionFields(s *Section) []field {
	return []field{
		{"title", true, titleKind, "The title of the section.", &s.Title},
		{"id", false, idKind, "A unique id; by default the slug of the title.", &s.ID},
		{"icon", false, iconKind, docIcon, &s.Icon},
		{"description", false, textKind, "A short description of the section.", &s.Description},
		{"url", false, urlKind, docURL, &s.URL},
		{"optional", false, boolKind, docOptional, &s.Optional},
		{"requires", false, refsKind, docRequires, &s.Requires},
		{"topics", false, topicsKind, "The topics of the section, in reading order.", &s.Topics},
		{"resources", false, resourcesKind, "References for the section.", &s.Resources},
	}
}

func topicFields(t *Topic) []field {
	return []field{
		{"title", true, titleKind, "The title of the topic.", &t.Title},
		{"id", false, idKind, "A unique id; by default <section id>/<slug of the title>.", &t.ID},
		{"description", false, textKind, "A short description of the topic.", &t.Description},
		{"url", false, urlKind, docURL, &t.URL},
		{"optional", false, boolKind, docOptional, &t.Optional},
		{"requires", false, refsKind, docRequires, &t.Requires},
		{"resources", false, resourcesKind, "References for the topic.", &t.Resources},
	}
}

func resourceFields(r *Resource) []field {
	return []field{
		{"title", true, titleKind, "The title of the reference.", &r.Title},
		{"url", true, urlKind, "Where to find it.", &r.URL},
		{"author", false, textKind, "Who made it.", &r.Author},
		{"note", false, textKind, "One line on why it is worth it.", &r.Note},
	}
}

// fieldNames returns the names of a field table, in table order.
func fieldNames(fs []field) []string {
	names := make([]string, len(fs))
	for i, f := range fs {
		names[i] = f.name
	}
	return names
}
