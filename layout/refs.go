package layout

import (
	"fmt"
	"path"
	"path/filepath"
	"strings"

	"github.com/roadmapgo/roadmap/roadmap"
)

// Prerequisites in the native layout are reference chips, not lines: in a
// serpentine, a line from one section's topic to another's crosses the
// spine and the topic fans between them, and with a few dozen of them no
// reader can follow one. A chip is a line of text on the node that
// requires, naming the prerequisite ("← 3. Neural Networks" for a
// section, "← Tokenization" for a topic, the other part's name first when
// it lies in another file) and linking to it.

// Ref is a prerequisite shown on the node that requires it.
type Ref struct {
	// From and To are the model ids of the node that requires and of its
	// prerequisite (To as written in requires: "ID", or "FILE#ID").
	From string `json:"from"`
	To   string `json:"to"`
	// Target is the id of the prerequisite's node in this diagram, or ""
	// when it is drawn in another picture, File (the path of that
	// picture's SVG relative to this one's, ending in "#" and the node's
	// id as it stands in that picture, Fragment).
	Target   string `json:"target,omitempty"`
	File     string `json:"file,omitempty"`
	Fragment string `json:"fragment,omitempty"`
	// Text is the whole name, set in Lines (shortened when it does not
	// fit), inside Box, the chip's clickable area.
	Text  string `json:"text"`
	Lines []Line `json:"lines"`
	Box   Rect   `json:"box"`
}

// refArrow starts every chip's text.
const refArrow = "← "

// refLegendText explains the chips, under the title of a picture that
// has any.
const refLegendText = "← marks a prerequisite; click it to go there"

// refLegend is the line that explains the chips, set in st, centred on
// x = 0 and its baseline at 0.
func refLegend(st Style) Line {
	st.Size = max(minRefText, st.Size*0.85)
	l := st.Line(refLegendText, AnchorMiddle)
	l.Baseline = baseline(st)
	return l
}

// any reports whether a node of the roadmap has a prerequisite.
func (rn *refNamer) any() bool {
	for _, n := range rn.ids {
		if len(n.Requires()) > 0 {
			return true
		}
	}
	return false
}

// maxRefLines is the most lines one chip's text takes.
const maxRefLines = 2

// refNamer names the prerequisites of the nodes of one roadmap drawn in a
// picture.
type refNamer struct {
	self *roadmap.Roadmap
	ids  map[string]roadmap.Node // self's nodes by id
	// course resolves FILE#ID references; nil names them as written.
	course *roadmap.Course
	// drawn returns the id in this diagram of node id of roadmap r, and
	// whether r is drawn in this picture at all.
	drawn func(r *roadmap.Roadmap, id string) (string, bool)
}

// newRefNamer returns the namer of r's prerequisites; it fails when a
// requires of r names no node of r.
func newRefNamer(r *roadmap.Roadmap, c *roadmap.Course, drawn func(*roadmap.Roadmap, string) (string, bool)) (*refNamer, error) {
	rn := &refNamer{self: r, course: c, drawn: drawn, ids: map[string]roadmap.Node{}}
	nodes := r.Nodes()
	for _, n := range nodes {
		rn.ids[n.ID()] = n
	}
	for _, n := range nodes {
		for _, ref := range n.Requires() {
			if _, ok := rn.ids[ref.ID]; ref.File == "" && !ok {
				return nil, fmt.Errorf("layout: %s requires %q, which is no section or topic of this roadmap", n.ID(), ref.ID)
			}
		}
	}
	return rn, nil
}

// sameRoadmap draws the nodes of r, under their own ids, and no other.
func sameRoadmap(r *roadmap.Roadmap) func(*roadmap.Roadmap, string) (string, bool) {
	return func(other *roadmap.Roadmap, id string) (string, bool) { return id, other == r }
}

// sectionLabel is the label of section i, s, in a box of style bs, with
// the chips of its prerequisites.
func (p *placer) sectionLabel(bs BoxStyle, i int, s *roadmap.Section) Label {
	return withRefs(bs.SectionBox(SectionLabel(s, i), 0), p.refs.refsOf(s.ID, s.Requires), bs, p.refStyle())
}

// topicLabel returns the labels of topics in boxes of style bs, with the
// chips of their prerequisites.
func (p *placer) topicLabel(bs BoxStyle) func(*roadmap.Topic) Label {
	return func(t *roadmap.Topic) Label {
		return withRefs(bs.Label(t.Title, 0), p.refs.refsOf(t.ID, t.Requires), bs, p.refStyle())
	}
}

// refStyle is how chips are set: about two thirds of a topic's text, and
// never under minRefText px.
func (p *placer) refStyle() Style {
	return Style{Size: max(minRefText, p.m.Topic.Text.Size*0.68), LineHeight: 1.2, Fonts: p.m.Topic.Text.Fonts}
}

// minRefText is the least size of a chip's text, in px.
const minRefText = 13

// shiftRefs moves chips laid out for a box at the origin to a box at
// (x, y), in place.
func shiftRefs(refs []Ref, x, y float64) []Ref {
	for i := range refs {
		shift(refs[i].Lines, x, y)
		refs[i].Box.X += x
		refs[i].Box.Y += y
	}
	return refs
}

// refsOf returns the chips of the node id that has refs, without lines.
func (rn *refNamer) refsOf(from string, refs []roadmap.Ref) []Ref {
	var out []Ref
	seen := map[string]bool{}
	for _, ref := range refs {
		to := ref.ID
		if ref.File != "" {
			to = ref.File + "#" + ref.ID
		}
		if seen[to] || ref.File == "" && ref.ID == from {
			continue
		}
		seen[to] = true
		out = append(out, rn.ref(from, to, ref))
	}
	return out
}

// ref names one prerequisite.
func (rn *refNamer) ref(from, to string, ref roadmap.Ref) Ref {
	out := Ref{From: from, To: to, Text: refArrow + to}
	n, ok := rn.resolve(ref)
	if !ok {
		return out
	}
	out.Text = refArrow + nodeName(n)
	if n.Roadmap != rn.self {
		out.Text = refArrow + PartName(n.Roadmap) + " " + nodeName(n)
		if n.Topic != nil {
			out.Text = refArrow + PartName(n.Roadmap) + ": " + nodeName(n)
		}
	}
	if id, inPicture := rn.drawn(n.Roadmap, n.ID()); inPicture {
		out.Target = id
		return out
	}
	out.File = imagePath(rn.self.File, n.Roadmap.File)
	out.Fragment = n.ID()
	return out
}

// resolve finds the node ref names.
func (rn *refNamer) resolve(ref roadmap.Ref) (roadmap.Node, bool) {
	if ref.File == "" {
		n, ok := rn.ids[ref.ID]
		return n, ok
	}
	if rn.course == nil {
		return roadmap.Node{}, false
	}
	return rn.course.Resolve(rn.self, ref)
}

// nodeName is "3. Title" for a section, the number kept with the title's
// first word by a no-break space, and the title of a topic.
func nodeName(n roadmap.Node) string {
	if n.Topic != nil {
		return strings.TrimSpace(n.Topic.Title)
	}
	return n.Number() + ".\u00a0" + strings.TrimSpace(n.Section.Title)
}

// PartName is the short name of a roadmap among the parts of a course:
// its title without a leading "The" and a trailing "Roadmap".
func PartName(r *roadmap.Roadmap) string {
	t := strings.TrimSpace(r.Title)
	if rest, ok := strings.CutPrefix(t, "The "); ok && rest != "" {
		t = rest
	}
	if rest, ok := strings.CutSuffix(t, " Roadmap"); ok && rest != "" {
		t = rest
	}
	return t
}

// imagePath is the path of the SVG image of the roadmap file to, relative
// to the directory of the roadmap file from: "fundamentals.svg" beside
// it.
func imagePath(from, to string) string {
	rel, err := filepath.Rel(filepath.Dir(from), to)
	if err != nil {
		rel = to
	}
	rel = filepath.ToSlash(rel)
	return strings.TrimSuffix(rel, path.Ext(rel)) + ".svg"
}

// withRefs adds the chips refs to label l of a box of style bs: each on
// one or two lines of style rs under the label's lines, the box growing
// when they do not fit its least height, the lines of both centred.
func withRefs(l Label, refs []Ref, bs BoxStyle, rs Style) Label {
	if len(refs) == 0 {
		return l
	}
	room := l.W - 2*bs.PadX
	lead, refLead := bs.Text.Leading(), rs.Leading()
	gap := float64(refLead * 0.35)
	padX, padY := min(float64(rs.Size*0.45), float64(bs.PadX*0.9)), float64(refLead*0.12)
	textH := float64(float64(len(l.Lines)) * lead)
	out := make([]Ref, len(refs))
	for i, ref := range refs {
		out[i] = ref
		out[i].Lines = refLines(ref.Text, room, rs)
		textH += gap + float64(float64(len(out[i].Lines))*refLead)
	}
	l.H = max(bs.MinHeight, textH+2*bs.PadY)
	y := float64((l.H - textH) / 2)
	for i := range l.Lines {
		l.Lines[i].Baseline = y + float64(float64(i)*lead) + baseline(bs.Text)
	}
	y += float64(float64(len(l.Lines)) * lead)
	for i := range out {
		y += gap
		widest := 0.0
		for k := range out[i].Lines {
			out[i].Lines[k].X = l.W / 2
			out[i].Lines[k].Baseline = y + float64(float64(k)*refLead) + baseline(rs)
			widest = max(widest, out[i].Lines[k].Width)
		}
		h := float64(float64(len(out[i].Lines)) * refLead)
		out[i].Box = Rect{X: float64((l.W-widest)/2) - padX, Y: y - padY, W: widest + 2*padX, H: h + 2*padY}
		y += h
	}
	l.Refs = out
	return l
}

// baseline is where the baseline sits in a line of style s: ascent and
// descent centred in the leading.
func baseline(s Style) float64 {
	return float64((s.Leading()-s.Ascent()-s.Descent())/2) + s.Ascent()
}

// refLines wraps a chip's text into at most maxRefLines lines of style s
// room wide, the last one shortened with an ellipsis when more is left.
func refLines(text string, room float64, s Style) []Line {
	lines := s.Lines(text, room)
	if len(lines) > maxRefLines {
		lines = lines[:maxRefLines]
		lines[maxRefLines-1] = s.Line(ellipsize(lines[maxRefLines-1].Text, room, s), AnchorMiddle)
	}
	return lines
}

// ellipsize shortens t, word by word and then rune by rune, until it and
// an ellipsis fit in room.
func ellipsize(t string, room float64, s Style) string {
	r := []rune(strings.TrimSpace(t))
	for len(r) > 0 && MeasureString(string(r)+"…", s) > room {
		r = r[:len(r)-1]
	}
	return strings.TrimRight(string(r), " ") + "…"
}
