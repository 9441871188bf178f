package layout

// KindBadge is the "optional" badge beside the title of a roadmap marked
// optional: a small pill that renderers draw as they draw an optional
// section (a pale tint with a dashed border), without a shadow.
const KindBadge NodeKind = "badge"

// BadgeID is the node id of the optional badge; like TitleID it holds a
// ':', which no model id does. In a course picture it is "KEY#:optional".
const BadgeID = ":optional"

// badgeText is the word of the optional badge.
const badgeText = "optional"

// badgeGap is the room between the title's text and its badge, in px at
// scale 1.
const badgeGap = 18

// badgeStyle is the box style of the optional badge: the legend's text
// (so that theme sizes reach it), padded into a pill.
func badgeStyle(m Metrics) BoxStyle {
	size := m.Legend.Text.Size
	return BoxStyle{Text: Style{Size: size, LineHeight: 1.2, Fonts: m.Legend.Text.Fonts}, PadX: float64(0.6 * size), PadY: float64(0.15 * size)}
}

// badgeLabel is the optional badge's label, sized; its width plus the
// gap before it is the room the title row gives it.
func (p *placer) badgeLabel() Label {
	return badgeStyle(p.m).Label(badgeText, 0)
}

// addBadge adds the optional badge lbl with its left side at x,
// centred on the text of the title line l.
func (p *placer) addBadge(lbl Label, x float64, l Line) error {
	st := Style{Size: l.Size, Bold: l.Bold}
	centre := l.Baseline + float64((st.Descent()-st.Ascent())/2)
	box := Rect{X: x, Y: centre - float64(lbl.H/2), W: lbl.W, H: lbl.H}
	return p.addNode(Node{ID: BadgeID, Kind: KindBadge, Box: box, Lines: lbl.At(box.X, box.Y), Optional: true,
		Tooltip: "This part of the course may be skipped."})
}
