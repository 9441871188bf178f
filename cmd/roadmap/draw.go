package main

import (
	"bytes"

	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/render/png"
	"github.com/roadmapgo/roadmap/render/svg"
	"github.com/roadmapgo/roadmap/roadmap"
)

// draw writes one output of diagram d, reading its icons in proj.
func draw(buf *bytes.Buffer, proj *roadmap.Project, d *layout.Diagram, o output, fl *renderFlags) error {
	read := iconReader(proj)
	if o.format == "png" {
		return png.Write(buf, d, png.Options{Theme: o.theme, Scale: fl.scale, Transparent: fl.transparent, ReadFile: read})
	}
	return svg.Write(buf, d, svg.Options{Theme: o.theme, IDPrefix: fl.idPrefix, EmbedFont: fl.embedFont, ReadFile: read})
}
