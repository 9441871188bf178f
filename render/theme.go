// Package render decides how a layout.Diagram looks: themes as data, and
// the painter (Paint), which turns a diagram and a theme into drawing
// operations inside semantic groups (a node with its id, kind, link and
// tooltip; an edge with its ends and kind). The backends in render/svg,
// render/png, render/pdf and render/html only translate those
// operations, so every output looks alike.
package render

import (
	"fmt"
	"sort"
	"strings"

	"github.com/roadmapgo/roadmap/layout"
)

// Color is an opaque sRGB colour.
type Color struct{ R, G, B uint8 }

// Hex returns the colour as #rrggbb.
func (c Color) Hex() string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }

// Theme is the palette and strokes of a drawing; the painter takes every
// colour and width from it, never from constants of its own.
type Theme struct {
	Name        string
	Background  Color
	TitleText   Color
	Section     Color // section box fill
	SectionText Color
	Topic       Color // topic box fill
	TopicText   Color
	// Optional, OptionalText and Border are the fill, label and dashed
	// border of optional topics: a pale tint of Topic under a deep shade
	// of it, so that an optional box keeps its kind's hue.
	Optional     Color
	OptionalText Color
	Border       Color
	// OptionalSection, OptionalSectionText and OptionalSectionBorder are
	// the same for optional sections and parts, tints of Section.
	OptionalSection       Color
	OptionalSectionText   Color
	OptionalSectionBorder Color
	// BorderWidth is the width of the dashed border of optional boxes and
	// BorderDash its dash and gap lengths, in px.
	BorderWidth float64
	BorderDash  [2]float64
	Spine       Color // the spine between sections
	// Connector is the colour of the lines from topics to their sections
	// (and of edges of any other kind but the spine and prerequisites);
	// the built-in themes give it their Spine colour.
	Connector Color
	Requires  Color // prerequisite edges
	Shadow    Color
	// ShadowOpacity is the shadow's alpha, 0..1; ShadowOffset its shift
	// down and right and ShadowBlur its softness, in px.
	ShadowOpacity  float64
	ShadowOffset   float64
	ShadowBlur     float64
	SpineWidth     float64
	ConnectorWidth float64
	// Dash is the dash and gap length of dashed lines, in px.
	Dash [2]float64
	// RequiresDash is the dash and gap length of dashed prerequisite
	// edges, shorter than Dash so the two kinds differ by more than colour.
	RequiresDash [2]float64
	// ArrowSize is the length of an arrowhead along its line, in px.
	ArrowSize    float64
	CornerRadius float64
	// DoneSection and DoneTopic are the muted fills of done boxes, which
	// also carry a check-mark badge.
	DoneSection Color
	DoneTopic   Color
	// SkipFade is how far skipped boxes fade into the background, 0..1;
	// their labels are in SkipText, and they carry a slashed badge.
	SkipFade float64
	SkipText Color
	// MarkInk and MarkPaper are the two colours of the status badges.
	MarkInk   Color
	MarkPaper Color
	// MeterStroke is the width of the outline of a section's completion
	// bar, in px; the bar is drawn in its box's label colour (see
	// meterLookOf).
	MeterStroke float64
	// Dark, when set, is the palette a reader whose system prefers a dark
	// scheme sees instead (the auto theme): an SVG carries both, switched
	// by a media query; PNG and PDF draw the theme itself, Dark aside.
	Dark *Theme
}

// Light is the palette of the LLM-course reference images: blue sections,
// green topics, a navy title, spine and connectors, soft shadows; the
// blue and the green are deeper than the reference's so that white
// labels reach WCAG AA (4.5:1) on them.
var Light = Theme{
	Name:                  "light",
	Background:            Color{0xff, 0xff, 0xff},
	TitleText:             Color{0x0a, 0x04, 0x7a},
	Section:               Color{0x2f, 0x5f, 0xe0},
	SectionText:           Color{0xff, 0xff, 0xff},
	Topic:                 Color{0x17, 0x85, 0x56},
	TopicText:             Color{0xff, 0xff, 0xff},
	Optional:              Color{0xdc, 0xed, 0xe6},
	OptionalText:          Color{0x0b, 0x4d, 0x30},
	Border:                Color{0x17, 0x85, 0x56},
	OptionalSection:       Color{0xe0, 0xe7, 0xfa},
	OptionalSectionText:   Color{0x1d, 0x3a, 0x99},
	OptionalSectionBorder: Color{0x2f, 0x5f, 0xe0},
	BorderWidth:           1.5,
	BorderDash:            [2]float64{6, 4},
	Spine:                 Color{0x0a, 0x04, 0x7a},
	Connector:             Color{0x0a, 0x04, 0x7a},
	Requires:              Color{0xd9, 0x4f, 0x1f},
	Shadow:                Color{0x00, 0x00, 0x00},
	ShadowOpacity:         0.3,
	ShadowOffset:          4,
	ShadowBlur:            8,
	SpineWidth:            4,
	ConnectorWidth:        3.5,
	Dash:                  [2]float64{26, 12},
	RequiresDash:          [2]float64{4, 4},
	ArrowSize:             20,
	CornerRadius:          1,
	DoneSection:           Color{0x4a, 0x5f, 0x9e},
	DoneTopic:             Color{0x3f, 0x7d, 0x66},
	SkipFade:              0.75,
	SkipText:              Color{0x4a, 0x4f, 0x7a},
	MarkInk:               Color{0x08, 0x03, 0x40},
	MarkPaper:             Color{0xff, 0xff, 0xff},
	MeterStroke:           1.5,
}

// Dark is the same look on a dark background, for GitHub's dark theme.
var Dark = Theme{
	Name:                  "dark",
	Background:            Color{0x0d, 0x11, 0x17},
	TitleText:             Color{0xe6, 0xed, 0xf3},
	Section:               Color{0x2f, 0x5f, 0xe0},
	SectionText:           Color{0xff, 0xff, 0xff},
	Topic:                 Color{0x18, 0x79, 0x4e},
	TopicText:             Color{0xff, 0xff, 0xff},
	Optional:              Color{0x10, 0x30, 0x28},
	OptionalText:          Color{0xa8, 0xe6, 0xc6},
	Border:                Color{0x2e, 0xa0, 0x6a},
	OptionalSection:       Color{0x17, 0x28, 0x53},
	OptionalSectionText:   Color{0xc7, 0xd5, 0xff},
	OptionalSectionBorder: Color{0x58, 0x8b, 0xff},
	BorderWidth:           1.5,
	BorderDash:            [2]float64{6, 4},
	Spine:                 Color{0x9d, 0xb4, 0xff},
	Connector:             Color{0x9d, 0xb4, 0xff},
	Requires:              Color{0xff, 0x9b, 0x6b},
	Shadow:                Color{0x00, 0x00, 0x00},
	ShadowOpacity:         0.5,
	ShadowOffset:          4,
	ShadowBlur:            8,
	SpineWidth:            4,
	ConnectorWidth:        3.5,
	Dash:                  [2]float64{26, 12},
	RequiresDash:          [2]float64{4, 4},
	ArrowSize:             20,
	CornerRadius:          1,
	DoneSection:           Color{0x34, 0x45, 0x7a},
	DoneTopic:             Color{0x2a, 0x5c, 0x4a},
	SkipFade:              0.7,
	SkipText:              Color{0xa0, 0xa8, 0xb4},
	MarkInk:               Color{0xe6, 0xed, 0xf3},
	MarkPaper:             Color{0x0d, 0x11, 0x17},
	MeterStroke:           1.5,
}

// ScaledFor returns the theme with its strokes, dashes and arrowheads
// scaled as the layout of d scaled its boxes (Diagram.Scale; 0 means 1).
func (t Theme) ScaledFor(d *layout.Diagram) Theme {
	s := d.Scale
	if s <= 0 || s == 1 {
		return t
	}
	t.SpineWidth *= s
	t.ConnectorWidth *= s
	t.BorderWidth *= s
	t.ArrowSize *= s
	t.MeterStroke *= s
	for i := range t.Dash {
		t.Dash[i] *= s
		t.RequiresDash[i] *= s
		t.BorderDash[i] *= s
	}
	return t
}

// Auto is Light that turns Dark where the reader prefers a dark scheme:
// one SVG for both (GitHub's <img> follows the reader's scheme).
var Auto = func() Theme {
	t := Light
	t.Name, t.Dark = "auto", &Dark
	return t
}()

var themes = map[string]Theme{Light.Name: Light, Dark.Name: Dark, Auto.Name: Auto}

// ThemeByName returns the theme called name ("auto", "light" or "dark").
func ThemeByName(name string) (Theme, error) {
	t, ok := themes[name]
	if !ok {
		return Theme{}, fmt.Errorf("unknown theme %q; use one of %s", name, strings.Join(ThemeNames(), ", "))
	}
	return t, nil
}

// ThemeNames lists the theme names in sorted order.
func ThemeNames() []string {
	names := make([]string, 0, len(themes))
	for n := range themes {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Pages are the paper sizes of a PDF handout (render/pdf's Options.Page):
// here, apart from the PDF writer, so that checking a command line does
// not link it.
var Pages = []string{"a4", "letter"}
