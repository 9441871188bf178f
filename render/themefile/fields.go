package themefile

import (
	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/render"
)

// slot is one colour a kind of the file sets: its key (fill, text or
// stroke) and the theme field it writes.
type slot struct {
	key string
	dst *render.Color
}

// part is a key of the file that holds colours: its name, what it
// paints (for the schema and messages), and its slots.
type part struct {
	name  string
	doc   string
	slots []slot
}

// parts is the table of the colour keys of a theme file over theme t:
// it drives decoding, the did-you-mean of unknown keys, and Schema, so
// they cannot drift apart.
func parts(t *render.Theme) []part {
	return []part{
		{"background", "The page behind everything.", []slot{{"fill", &t.Background}}},
		{"title", "The title, the legend, and the text of prerequisite chips and cluster titles.", []slot{{"text", &t.TitleText}}},
		{"section", "Section boxes and their labels.", []slot{{"fill", &t.Section}, {"text", &t.SectionText}}},
		{"topic", "Topic boxes and their labels.", []slot{{"fill", &t.Topic}, {"text", &t.TopicText}}},
		{"optional", "Optional topics: a pale fill, its label and the dashed border.",
			[]slot{{"fill", &t.Optional}, {"text", &t.OptionalText}, {"stroke", &t.Border}}},
		{"optional-section", "Optional sections and parts, and the optional badge: a pale fill, its label and the dashed border.",
			[]slot{{"fill", &t.OptionalSection}, {"text", &t.OptionalSectionText}, {"stroke", &t.OptionalSectionBorder}}},
		{"spine", "The spine between sections.", []slot{{"stroke", &t.Spine}}},
		{"edge", "The connectors from topics to their sections.", []slot{{"stroke", &t.Connector}}},
		{"requires", "Prerequisite lines (Graphviz engines, a course's overview).", []slot{{"stroke", &t.Requires}}},
		{"done", "Topics marked done with --progress: their muted fill.", []slot{{"fill", &t.DoneTopic}}},
		{"done-section", "Sections marked done with --progress: their muted fill.", []slot{{"fill", &t.DoneSection}}},
		{"skip", "Boxes marked skip with --progress: their label (their fill fades into the background).", []slot{{"text", &t.SkipText}}},
		{"mark", "The status marks of --progress: the disc (fill) and the glyph on it (text).",
			[]slot{{"fill", &t.MarkInk}, {"text", &t.MarkPaper}}},
	}
}

// doingMsg answers a "doing" key: the state has no colours of its own.
const doingMsg = "doing has no colours of its own: a box in progress keeps its kind's colours and carries a half-filled mark; set its colours under mark"

// Sizes are the font sizes a theme file sets, in px at 960 px wide; 0
// leaves the size of layout.DefaultMetrics.
type Sizes struct {
	Title, Section, Topic, Legend float64
}

// sizeField is one key of sizes: its name, range and what it sets.
type sizeField struct {
	name     string
	doc      string
	min, max float64
	dst      *float64
}

// sizeFields is the table of the keys of sizes over s.
func sizeFields(s *Sizes) []sizeField {
	def := layout.DefaultMetrics()
	return []sizeField{
		{"title", docSize("The title's text", def.Title.Text.Size), 16, 80, &s.Title},
		{"section", docSize("Section labels", def.Section.Text.Size), 10, 36, &s.Section},
		{"topic", docSize("Topic labels", def.Topic.Text.Size), 10, 36, &s.Topic},
		{"legend", docSize("The legend of --progress and the optional badge", def.Legend.Text.Size), 10, 28, &s.Legend},
	}
}

// docSize describes a size key with its default.
func docSize(what string, def float64) string {
	return what + ", in px at 960 px wide (default " + trimFloat(def) + ")."
}

// Apply returns m with the sizes s sets; m's own where s has 0.
func (s Sizes) Apply(m layout.Metrics) layout.Metrics {
	set := func(dst *float64, v float64) {
		if v > 0 {
			*dst = v
		}
	}
	set(&m.Title.Text.Size, s.Title)
	set(&m.Section.Text.Size, s.Section)
	set(&m.Topic.Text.Size, s.Topic)
	set(&m.Legend.Text.Size, s.Legend)
	return m
}

// IsZero reports whether s sets no size.
func (s Sizes) IsZero() bool { return s == Sizes{} }

// bases are the values of base, each the built-in theme it starts from.
var bases = []string{render.Light.Name, render.Dark.Name}

// Top-level keys besides the colour parts.
const (
	keyBase  = "base"
	keyFonts = "fonts"
	keySizes = "sizes"
)

// fontExts are the endings of the font files fonts may list.
var fontExts = []string{".ttf", ".otf", ".ttc"}

// Limits of a theme file.
const (
	// MaxSize is the largest theme file accepted, in bytes.
	MaxSize = 64 << 10
	// MaxFonts is the most font files one theme file may list.
	MaxFonts = 16
	// MaxFontSize is the largest font file accepted, in bytes; the size
	// is checked without reading the file.
	MaxFontSize = 32 << 20
)
