package roadmap

import (
	"errors"
	"io/fs"
	"path"
	"path/filepath"
	"strings"

	"github.com/roadmapgo/roadmap/render/svgicon"
)

// fieldPos is where field name of obj was written, or at when it was not.
func (d *decoder) fieldPos(obj any, name string, at Pos) Pos {
	if p, ok := d.at[fieldKey{obj, name}]; ok {
		return p
	}
	return at
}

// idPos is where the id of obj comes from: its id field, or its title.
func (d *decoder) idPos(obj any, at Pos) Pos {
	if p, ok := d.at[fieldKey{obj, "id"}]; ok {
		return p
	}
	return d.fieldPos(obj, "title", at)
}

// assignIDs gives every section and topic without an id its default one
// and reports duplicates. It returns the nodes of r by id.
func (d *decoder) assignIDs(r *Roadmap) map[string]Node {
	ids := map[string]Node{}
	first := map[string]Pos{}
	add := func(n Node, obj any, at Pos) {
		id := n.ID()
		if id == "" {
			return
		}
		p := d.idPos(obj, at)
		if f, dup := first[id]; dup {
			d.errorAt(p, "duplicate id %s; first defined at %s; give one of them another id", quote(id), f)
			return
		}
		first[id] = p
		ids[id] = n
	}
	for _, s := range r.Sections {
		if s.ID == "" {
			s.ID = d.defaultID(s, s.Title, "", s.Pos)
		}
		add(Node{Roadmap: r, Section: s}, s, s.Pos)
		for _, t := range s.Topics {
			if t.ID == "" && s.ID != "" {
				t.ID = d.defaultID(t, t.Title, s.ID+"/", t.Pos)
			}
			add(Node{Roadmap: r, Section: s, Topic: t}, t, t.Pos)
		}
	}
	return ids
}

// defaultID makes the id of obj from its title, reporting a title that
// gives none.
func (d *decoder) defaultID(obj any, title, prefix string, at Pos) string {
	if strings.TrimSpace(title) == "" {
		return ""
	}
	slug := Slug(title)
	if slug == "" {
		d.errorAt(d.fieldPos(obj, "title", at), "cannot make an id from the title %s (it has no letters or digits); add an id field", quote(title))
		return ""
	}
	return prefix + slug
}

// checkLocalRefs reports requires naming no id of this file.
func (d *decoder) checkLocalRefs(r *Roadmap, ids map[string]Node) {
	var names []string
	for _, n := range r.Nodes() {
		if _, ok := ids[n.ID()]; ok && n.ID() != "" {
			names = append(names, n.ID())
		}
	}
	for _, n := range r.Nodes() {
		for _, ref := range n.Requires() {
			if ref.File != "" {
				continue
			}
			if _, ok := ids[ref.ID]; !ok {
				d.errorAt(ref.Pos, "requires %s names no section or topic in this file%s", quote(ref.ID), d.suggestion(ref.ID, names))
			}
		}
	}
}

// suggestion is didYouMean while the error list is not full, so that a
// hostile file cannot make suggestions cost time for errors left out.
func (d *decoder) suggestion(s string, candidates []string) string {
	if len(d.errs) >= MaxErrors {
		return ""
	}
	return didYouMean(s, candidates)
}

// imageExts are the endings that make an icon an image path.
var imageExts = []string{".png", ".jpg", ".jpeg", ".svg", ".gif"}

// IsImageIcon reports whether an icon names an image file (by its
// extension, or a path separator) rather than being an emoji or a short
// text.
func IsImageIcon(icon string) bool {
	lower := strings.ToLower(icon)
	for _, ext := range imageExts {
		if strings.HasSuffix(lower, ext) {
			return true
		}
	}
	return strings.ContainsAny(icon, `/\`)
}

// checkIcons checks that image icons are relative paths and, when proj
// is not nil, that they are files inside it of at most MaxIconSize bytes.
func (d *decoder) checkIcons(r *Roadmap, proj *Project) {
	d.checkIcon(r, r.Icon, proj, r.Pos)
	for _, s := range r.Sections {
		d.checkIcon(s, s.Icon, proj, s.Pos)
	}
}

func (d *decoder) checkIcon(obj any, icon string, proj *Project, at Pos) {
	if icon == "" || !IsImageIcon(icon) {
		return
	}
	p := d.fieldPos(obj, "icon", at)
	if path.IsAbs(icon) || filepath.IsAbs(icon) || urlScheme(icon) != "" {
		d.errorAt(p, "icon %s must be a path relative to this file, or an emoji", quote(icon))
		return
	}
	if proj == nil {
		return
	}
	name := proj.join(d.file, icon)
	info, err := proj.Stat(name)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		d.errorAt(p, "icon image %s not found next to this file (looked for %s); fix the path or use an emoji", quote(icon), name)
	case err != nil:
		d.errorAt(p, "icon image %s: %s", quote(icon), proj.problem(name, err))
	case !info.Mode().IsRegular():
		d.errorAt(p, "icon image %s is not a file; fix the path or use an emoji", quote(icon))
	case info.Size() > MaxIconSize:
		d.errorAt(p, "icon image %s is over the limit of %s (MaxIconSize); use a smaller image", quote(icon), sizeText(MaxIconSize))
	case strings.EqualFold(filepath.Ext(icon), ".svg"):
		d.checkSVGIcon(p, icon, name, proj)
	}
}

// checkSVGIcon checks that the SVG icon file name uses only what the
// raster outputs draw (see package render/svgicon), so that a roadmap
// renders the same in every format or fails in all of them.
func (d *decoder) checkSVGIcon(p Pos, icon, name string, proj *Project) {
	data, err := proj.ReadFile(name, MaxIconSize)
	if err != nil {
		d.errorAt(p, "icon image %s: %s", quote(icon), proj.problem(name, err))
		return
	}
	if _, err := svgicon.Parse(data); err != nil {
		d.errorAt(p, "icon image %s: %v; simplify the icon, or use a PNG", quote(icon), err)
	}
}
