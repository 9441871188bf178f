package layout

import (
	"math"
	"strings"

	"github.com/roadmapgo/roadmap/roadmap"
)

// courseHead adds the course's title (with its description under it)
// and the overview of its parts to d, from the top, and returns the
// bottom of what it added.
func courseHead(d *Diagram, c *roadmap.Course, keys map[*roadmap.Roadmap]string, f *frame) float64 {
	y := f.sc(marginTop)
	if t := strings.TrimSpace(c.Title); t != "" {
		y = courseTitle(d, c, f, y)
	}
	return overview(d, c, keys, f, y+f.sc(overviewGap))
}

// courseTitle adds the title node, its description as smaller lines
// under the title's, from top y, and returns its bottom.
func courseTitle(d *Diagram, c *roadmap.Course, f *frame, y float64) float64 {
	room := f.w - 2*f.sc(marginSide)
	lbl := f.m.Title.Label(c.Title, room)
	lines := lbl.Lines
	h := lbl.H
	if desc := strings.TrimSpace(roadmap.PlainText(c.Description)); desc != "" {
		st := Style{Size: max(minRefText, f.sc(descSize)), LineHeight: 1.3, Fonts: f.m.Title.Text.Fonts}
		base := h + f.sc(descGap)
		for i, l := range st.Lines(desc, math.Min(room, f.sc(descMaxW))) {
			l.X, l.Baseline = lbl.W/2, base+float64(float64(i)*st.Leading())+baseline(st)
			lines = append(lines, l)
			lbl.W = math.Max(lbl.W, l.Width+2*f.m.Title.PadX)
			h = base + float64(float64(i+1)*st.Leading()) + f.m.Title.PadY
		}
		for i := range lines {
			lines[i].X = lbl.W / 2
		}
	}
	if hasRequires(c) {
		l := refLegend(f.m.Progress)
		l.Baseline += h
		lines = append(lines, l)
		lbl.W = math.Max(lbl.W, l.Width+2*f.m.Title.PadX)
		h += Style{Size: l.Size, LineHeight: 1.2}.Leading() + f.m.Title.PadY
		for i := range lines {
			lines[i].X = lbl.W / 2
		}
	}
	box := Rect{X: float64((f.w - lbl.W) / 2), Y: y, W: lbl.W, H: h}
	d.Nodes = append(d.Nodes, Node{ID: TitleID, Kind: KindTitle, Box: box, Lines: shift(lines, box.X, box.Y),
		Tooltip: roadmap.PlainText(c.Description)})
	return box.Y + box.H
}

// hasRequires reports whether a node of a part of c has a prerequisite.
func hasRequires(c *roadmap.Course) bool {
	for _, r := range c.Roadmaps {
		for _, n := range r.Nodes() {
			if len(n.Requires()) > 0 {
				return true
			}
		}
	}
	return false
}

// overview adds a box for each part, in rows from top y, each linking to
// its part's header, and an arrow from each part to every part of its
// row that requires one of its nodes; it returns the bottom of the rows.
func overview(d *Diagram, c *roadmap.Course, keys map[*roadmap.Roadmap]string, f *frame, y float64) float64 {
	parts := c.Roadmaps
	room := f.w - 2*f.sc(marginSide)
	perRow := max(1, min(len(parts), int((room+f.sc(partPitch))/(f.sc(partMinW)+f.sc(partPitch)))))
	w := math.Min(f.sc(partMaxW), (room-float64(float64(perRow-1)*f.sc(partPitch)))/float64(perRow))
	bs := f.m.Section
	bs.Width, bs.MinHeight = w, f.sc(64)
	boxes := make([]Rect, len(parts))
	bottom := y
	for row := 0; row*perRow < len(parts); row++ {
		rowParts := parts[row*perRow : min(len(parts), (row+1)*perRow)]
		labels := make([]Label, len(rowParts))
		h := 0.0
		for _, r := range rowParts {
			h = math.Max(h, bs.Label(PartName(r), 0).H)
		}
		rowStyle := bs
		rowStyle.MinHeight = h // one height a row, so that arcs clear the boxes between
		for i, r := range rowParts {
			labels[i] = rowStyle.Label(PartName(r), 0)
		}
		total := float64(float64(len(rowParts))*w) + float64(float64(len(rowParts)-1)*f.sc(partPitch))
		x := (f.w - total) / 2
		top := bottom + f.sc(arcRoom(len(rowParts)))
		for i, r := range rowParts {
			b := Rect{X: x, Y: top, W: w, H: h}
			boxes[row*perRow+i] = b
			d.Nodes = append(d.Nodes, Node{
				ID: keys[r] + "#:overview", Kind: KindPart, Box: b, Lines: shift(labels[i].Lines, b.X, b.Y),
				Target: keys[r] + "#:part", Tooltip: roadmap.PlainText(r.Description), Optional: r.Optional,
			})
			x += w + f.sc(partPitch)
		}
		bottom = top + h + f.sc(gutter)
	}
	partArrows(d, c, keys, boxes, perRow, f)
	return bottom
}

// arcRoom is the room kept above a row of n parts for the arcs that join
// parts that are not neighbours.
func arcRoom(n int) float64 {
	if n < 3 {
		return 0
	}
	return 24 + float64(12*float64(n-2))
}

// partArrows adds an arrow from each part to each later part of its row
// that requires one of its nodes: straight between neighbours, an arc
// over the row otherwise, starting and ending apart for each.
func partArrows(d *Diagram, c *roadmap.Course, keys map[*roadmap.Roadmap]string, boxes []Rect, perRow int, f *frame) {
	deps := partDeps(c)
	for i, from := range c.Roadmaps {
		for j := i + 1; j < len(c.Roadmaps) && j/perRow == i/perRow; j++ {
			to := c.Roadmaps[j]
			if !deps[[2]*roadmap.Roadmap{from, to}] {
				continue
			}
			a, b := boxes[i], boxes[j]
			var path []Segment
			if j == i+1 {
				path = []Segment{{Op: MoveTo, Pts: []Point{{a.X + a.W, a.Y + float64(a.H/2)}}}, {Op: LineTo, Pts: []Point{{b.X, b.Y + float64(b.H/2)}}}}
			} else {
				lift := f.sc(arcRoom(j - i + 1))
				p0 := Point{a.X + float64(a.W*0.7), a.Y}
				p1 := Point{b.X + float64(b.W*0.3), b.Y}
				path = []Segment{{Op: MoveTo, Pts: []Point{p0}}, {Op: CubicTo, Pts: []Point{{p0.X, p0.Y - lift}, {p1.X, p1.Y - lift}, p1}}}
			}
			fk, tk := keys[from]+"#:overview", keys[to]+"#:overview"
			d.Edges = append(d.Edges, Edge{ID: "requires:" + fk + "->" + tk, From: fk, To: tk, Kind: EdgeRequires, Path: path, Arrow: true, Dashed: true})
		}
	}
}

// partDeps tells, for each pair (a, b) of parts, whether b requires a
// node of a.
func partDeps(c *roadmap.Course) map[[2]*roadmap.Roadmap]bool {
	deps := map[[2]*roadmap.Roadmap]bool{}
	for _, r := range c.Roadmaps {
		for _, n := range r.Nodes() {
			for _, ref := range n.Requires() {
				if ref.File == "" {
					continue
				}
				if target, ok := c.Resolve(r, ref); ok && target.Roadmap != r {
					deps[[2]*roadmap.Roadmap{target.Roadmap, r}] = true
				}
			}
		}
	}
	return deps
}
