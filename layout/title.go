package layout

import (
	"fmt"
	"math"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/roadmapgo/roadmap/roadmap"
)

// placeTitle centres the title and its icon at the top of the canvas,
// with the completion line and the legend under it when progress is
// shown, and sets both column floors below them.
func (p *placer) placeTitle(r *roadmap.Roadmap) error {
	top := p.f.sc(marginTop)
	bottom, err := p.titleRow(r, top)
	if err != nil {
		return err
	}
	placed := bottom > top
	if p.progress != nil {
		if placed {
			bottom += p.f.sc(legendGap)
		}
		if bottom, err = p.placeLegend(bottom); err != nil {
			return err
		}
		placed = true
	}
	p.lowest = bottom
	if placed {
		bottom += p.f.sc(titleGap - gutter)
	} else {
		bottom = top - p.f.sc(gutter)
	}
	p.floor = [2]float64{bottom, bottom}
	return nil
}

// titleRow places the title, its icon, its completion line and, for an
// optional roadmap, its badge from top down and returns the row's bottom
// (top when there is no title).
func (p *placer) titleRow(r *roadmap.Roadmap, top float64) (float64, error) {
	if strings.TrimSpace(r.Title) == "" {
		return top, nil
	}
	icon := IconFor(r.Icon, p.dir)
	iconW, badgeW := 0.0, 0.0
	if icon != nil {
		iconW = p.m.TitleIcon + p.m.TitleIconGap
	}
	var badge Label
	if r.Optional {
		badge = p.badgeLabel()
		badgeW = p.f.sc(badgeGap) + badge.W
	}
	lbl := p.m.Title.Label(r.Title, p.d.Width-2*p.side()-iconW-badgeW)
	textW, textH := lbl.W, lbl.H
	var subs []Line
	if p.refs.any() {
		subs = append(subs, refLegend(p.m.Progress))
	}
	if p.progress != nil {
		subs = append(subs, p.progress.completionLine(p.m.Progress))
	}
	for _, sub := range subs {
		textW = math.Max(textW, sub.Width+2*p.m.Title.PadX)
		textH += p.m.Progress.Leading()
	}
	rowH := textH
	if icon != nil {
		rowH = math.Max(rowH, p.m.TitleIcon)
	}
	x := p.cx - float64((textW+iconW+badgeW)/2)
	if icon != nil {
		icon.Box = Rect{X: x, Y: top + float64((rowH-p.m.TitleIcon)/2), W: p.m.TitleIcon, H: p.m.TitleIcon}
	}
	box := Rect{X: x + iconW, Y: top + float64((rowH-textH)/2), W: textW, H: textH}
	lines := lbl.At(box.X+float64((textW-lbl.W)/2), box.Y)
	for i, sub := range subs {
		sub.X = box.X + float64(textW/2)
		sub.Baseline += box.Y + lbl.H - p.m.Title.PadY + float64(float64(i)*p.m.Progress.Leading())
		lines = append(lines, sub)
	}
	err := p.addNode(Node{
		ID: TitleID, Kind: KindTitle, Box: box, Lines: lines,
		Icon: icon, URL: r.URL, Tooltip: roadmap.PlainText(r.Description),
	})
	if err == nil && r.Optional && len(lbl.Lines) > 0 {
		err = p.addBadge(badge, box.X+textW+p.f.sc(badgeGap), lines[0])
	}
	return top + rowH, err
}

// IconFor turns a model icon into a diagram icon without its box: an image
// path, resolved against dir (the roadmap file's directory), or an emoji.
// An empty icon gives nil.
func IconFor(spec, dir string) *Icon {
	spec = strings.TrimSpace(spec)
	if spec == "" {
		return nil
	}
	if !roadmap.IsImageIcon(spec) {
		return &Icon{Text: spec}
	}
	if filepath.IsAbs(spec) || strings.Contains(spec, "://") {
		return &Icon{Path: spec}
	}
	return &Icon{Path: filepath.ToSlash(filepath.Join(dir, filepath.FromSlash(spec)))}
}

// side is the margin beside the outermost boxes.
func (p *placer) side() float64 {
	if p.f.narrow {
		return narrowSide
	}
	return marginSide
}

// addNode appends a node; its id must be new and not empty.
func (p *placer) addNode(n Node) error {
	if n.ID == "" {
		return fmt.Errorf("layout: a %s has no id", n.Kind)
	}
	if _, dup := p.index[n.ID]; dup {
		return fmt.Errorf("layout: two nodes share the id %q", n.ID)
	}
	p.index[n.ID] = len(p.d.Nodes)
	p.lowest = math.Max(p.lowest, n.Box.Y+n.Box.H)
	p.d.Nodes = append(p.d.Nodes, n)
	return nil
}

// SectionLabel is the text of a section's box: its number, then its
// title, unless the title already starts with that number. index is the
// section's 0-based place, used when its Number is not set.
func SectionLabel(s *roadmap.Section, index int) string {
	num := s.Number
	if num <= 0 {
		num = index + 1
	}
	prefix := strconv.Itoa(num) + ". "
	if strings.HasPrefix(s.Title, prefix) {
		return s.Title
	}
	return prefix + s.Title
}

// shift moves lines laid out for a box at the origin to a box at (x, y),
// in place.
func shift(lines []Line, x, y float64) []Line {
	for i := range lines {
		lines[i].X += x
		lines[i].Baseline += y
	}
	return lines
}
