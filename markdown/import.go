// Package markdown converts between roadmaps and course READMEs written in
// Markdown, in the shape of github.com/mlabonne/llm-course: each "##" part
// is a roadmap, each "### N. Title" a section, each bold-named bullet a
// topic and each "📚 References" bullet a resource.
package markdown

import (
	"bytes"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/roadmapgo/roadmap/roadmap"
	"github.com/yuin/goldmark/ast"
)

// Warning is something of the README that Import left out: a part without
// numbered sections, a heading, paragraph or list it could not place.
type Warning struct {
	Pos roadmap.Pos
	Msg string
}

// String formats the warning as "file:line: message".
func (w Warning) String() string {
	return fmt.Sprintf("%s:%d: %s", w.Pos.File, w.Pos.Line, w.Msg)
}

// Import reads a course README and returns one roadmap per "##" part that
// has numbered sections, in document order; name is the file name used in
// positions and messages.
//
// A part's heading gives its title and, when it starts with an emoji, its
// icon; the paragraphs under it its description; a "<details>" block whose
// summary says "(optional)" makes it optional. A "### N. Title" heading
// starts a section, described by the paragraphs after it. Bullets that
// start with a bold name ("**Name**: text", "**[Name](url)**: text",
// "[**Name**](url): text") are its topics. After a "📚 References" or
// "📚 Resources" line, bullets "[Title](url) by Author: note" are its
// resources; in the form "[Author - Title](url): note" the whole link text
// is the title and the author stays empty. Descriptions and notes keep
// their inline Markdown (links, emphasis, code). Parts without numbered
// sections and content that fits nowhere are returned as warnings.
//
// A README with no numbered section at all is an error, and so is one
// past MaxReadmeSize or MaxNesting.
func Import(src []byte, name string) ([]*roadmap.Roadmap, []Warning, error) {
	if err := checkLimits(src, name); err != nil {
		return nil, nil, err
	}
	doc := parse(src)
	im := &importer{src: src, name: name, lines: lineStarts(src)}
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		im.block(n)
	}
	im.endPart()
	sort.SliceStable(im.warnings, func(i, j int) bool { return im.warnings[i].Pos.Line < im.warnings[j].Pos.Line })
	if len(im.roadmaps) == 0 {
		return nil, im.warnings, fmt.Errorf("%s: not a course README: expected \"##\" parts with numbered sections (\"### 1. Title\")", displayName(name))
	}
	return im.roadmaps, im.warnings, nil
}

func displayName(name string) string {
	if name == "" {
		return "<input>"
	}
	return name
}

// mode says what the next list of the current section holds.
type mode int

const (
	modeTopics    mode = iota // before the topic list
	modeAfter                 // topics read, waiting for a resources line
	modeResources             // after "📚 References"
	modeIgnore                // inside an unnumbered "###" block
)

type importer struct {
	src      []byte
	name     string
	lines    []int
	roadmaps []*roadmap.Roadmap
	warnings []Warning

	part        *roadmap.Roadmap // current "##" part, nil before the first
	partHeading string           // its heading text, for messages
	sec         *roadmap.Section // current section, nil before the first
	topicIDs    map[string]int   // ids of sec's topics, and the next suffix to try
	mode        mode
}

func (im *importer) block(n ast.Node) {
	switch n := n.(type) {
	case *ast.Heading:
		im.heading(n)
	case *ast.Paragraph:
		im.paragraph(n)
	case *ast.List:
		im.list(n)
	case *ast.HTMLBlock:
		im.html(n)
	case *ast.ThematicBreak:
	default:
		if im.sec != nil && im.mode != modeIgnore {
			im.warn(n, "ignored %s in section %q", strings.ToLower(n.Kind().String()), im.sec.Title)
		}
	}
}

func (im *importer) heading(h *ast.Heading) {
	title := plainText(h, im.src)
	switch {
	case h.Level <= 2:
		im.endPart()
		if h.Level == 2 {
			im.startPart(h, title)
		}
	case im.part == nil:
	case h.Level == 3:
		im.startSection(h, title)
	default:
		im.warn(h, "ignored heading %q", title)
	}
}

func (im *importer) startPart(h *ast.Heading, title string) {
	icon, rest := splitIcon(title)
	im.part = &roadmap.Roadmap{Title: rest, Icon: icon, Pos: im.pos(h)}
	im.partHeading = title
	im.sec, im.mode = nil, modeTopics
}

func (im *importer) endPart() {
	switch {
	case im.part == nil:
	case len(im.part.Sections) == 0:
		im.warnings = append(im.warnings, Warning{im.part.Pos, fmt.Sprintf("skipped part %q: no numbered sections", im.partHeading)})
	default:
		im.roadmaps = append(im.roadmaps, im.part)
	}
	im.part, im.sec = nil, nil
}

func (im *importer) startSection(h *ast.Heading, text string) {
	number, title, ok := sectionNumber(text)
	if !ok {
		im.warn(h, "ignored unnumbered heading %q", text)
		im.sec, im.mode = nil, modeIgnore
		return
	}
	icon, title := splitIcon(title)
	place := len(im.part.Sections) + 1
	if number != place {
		im.warn(h, "section %q is numbered %d but is section %d of %q", title, number, place, im.partHeading)
	}
	im.sec = &roadmap.Section{ID: roadmap.Slug(title), Title: title, Icon: icon, Number: place, Pos: im.pos(h)}
	im.topicIDs = map[string]int{}
	im.part.Sections = append(im.part.Sections, im.sec)
	im.mode = modeTopics
}

// sectionNumber splits "3. Title" (or "3) Title", or "🧮 3. Title") into
// 3 and "Title"; an emoji before the number stays with the title.
func sectionNumber(s string) (int, string, bool) {
	icon, s := splitIcon(s)
	digits := len(s) - len(strings.TrimLeft(s, "0123456789"))
	if digits == 0 || digits > 9 || digits == len(s) || (s[digits] != '.' && s[digits] != ')') {
		return 0, "", false
	}
	n, err := strconv.Atoi(s[:digits])
	title := strings.TrimSpace(s[digits+1:])
	if err != nil || title == "" {
		return 0, "", false
	}
	if icon != "" {
		title = icon + " " + title
	}
	return n, title, true
}

func (im *importer) paragraph(p *ast.Paragraph) {
	if im.part == nil || im.mode == modeIgnore && im.sec == nil || isImageOnly(p, im.src) {
		return
	}
	if isResourcesLine(plainText(p, im.src)) {
		if im.sec == nil {
			im.warn(p, "ignored resources line before the first section of %q", im.partHeading)
			return
		}
		im.mode = modeResources
		return
	}
	desc := inlineMarkdown(p.FirstChild(), im.src)
	switch {
	case im.sec == nil && len(im.part.Sections) == 0:
		im.part.Description = joinParagraphs(im.part.Description, desc)
	case im.sec != nil && im.mode == modeTopics:
		im.sec.Description = joinParagraphs(im.sec.Description, desc)
	default:
		im.warn(p, "ignored paragraph %q", shorten(desc))
	}
}

// isResourcesLine recognizes "📚 References:", "📚 **Resources**:" and
// the like: the words References or Resources alone, after any emoji.
func isResourcesLine(s string) bool {
	_, s = splitIcon(s)
	s = strings.ToLower(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), ":")))
	return s == "references" || s == "resources"
}

func joinParagraphs(a, b string) string {
	if a == "" {
		return b
	}
	return a + "\n\n" + b
}

func shorten(s string) string {
	r := []rune(s)
	if len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return s
}

func (im *importer) list(l *ast.List) {
	if im.sec == nil || im.mode == modeIgnore {
		if im.part != nil && im.mode != modeIgnore {
			im.warn(l, "ignored list outside a section of %q", im.partHeading)
		}
		return
	}
	switch im.mode {
	case modeTopics:
		im.topics(l)
		im.mode = modeAfter
	case modeResources:
		im.resources(l)
		im.mode = modeAfter
	default:
		im.warn(l, "ignored list after the topics of section %q", im.sec.Title)
	}
}

func (im *importer) topics(l *ast.List) {
	for item := l.FirstChild(); item != nil; item = item.NextSibling() {
		if t := im.topic(item); t != nil {
			im.sec.Topics = append(im.sec.Topics, t)
		}
	}
}

// topic reads "**Name**: description" and its variants with a link in or
// around the bold name; it returns nil (and warns) for other items.
func (im *importer) topic(item ast.Node) *roadmap.Topic {
	block := item.FirstChild()
	if block == nil || block.FirstChild() == nil {
		im.warn(item, "ignored empty item in section %q", im.sec.Title)
		return nil
	}
	name, url := boldName(block.FirstChild())
	if name == nil {
		im.warn(item, "ignored item without a bold name in section %q", im.sec.Title)
		return nil
	}
	title := strings.TrimSpace(strings.TrimSuffix(plainText(name, im.src), ":"))
	desc := inlineMarkdown(block.FirstChild().NextSibling(), im.src)
	desc = strings.TrimSpace(strings.TrimPrefix(desc, ":"))
	for more := block.NextSibling(); more != nil; more = more.NextSibling() {
		if _, ok := more.(*ast.Paragraph); !ok {
			im.warn(more, "ignored %s in topic %q", strings.ToLower(more.Kind().String()), title)
			continue
		}
		desc = joinParagraphs(desc, inlineMarkdown(more.FirstChild(), im.src))
	}
	return &roadmap.Topic{
		ID:          im.topicID(title),
		Title:       title,
		Description: desc,
		URL:         url,
		Pos:         im.pos(item),
	}
}

// boldName finds the bold name at the start of a topic: the strong node
// and the url of a link in or around it.
func boldName(n ast.Node) (ast.Node, string) {
	if link, ok := n.(*ast.Link); ok {
		if strong(link.FirstChild()) && link.FirstChild().NextSibling() == nil {
			return link, linkValue(link.Destination)
		}
		return nil, ""
	}
	if !strong(n) {
		return nil, ""
	}
	if link, ok := n.FirstChild().(*ast.Link); ok && link.NextSibling() == nil {
		return n, linkValue(link.Destination)
	}
	return n, ""
}

func strong(n ast.Node) bool {
	e, ok := n.(*ast.Emphasis)
	return ok && e.Level == 2
}

// topicID is the default id of a topic, made unique in its section.
// topicID is a new id for a topic of the current section: the slug of
// its title, with -2, -3, ... when the section has it already. Each base
// remembers the next suffix to try, so many equal titles cost linear time.
func (im *importer) topicID(title string) string {
	base := im.sec.ID + "/" + roadmap.Slug(title)
	id := base
	i := max(2, im.topicIDs[base])
	for _, taken := im.topicIDs[id]; taken; _, taken = im.topicIDs[id] {
		id = fmt.Sprintf("%s-%d", base, i)
		i++
	}
	im.topicIDs[base] = i
	im.topicIDs[id] = max(im.topicIDs[id], 0)
	return id
}

func (im *importer) resources(l *ast.List) {
	for item := l.FirstChild(); item != nil; item = item.NextSibling() {
		if r, ok := im.resource(item); ok {
			im.sec.Resources = append(im.sec.Resources, r)
		}
	}
}

// resource reads "[Title](url) by Author: note"; author and note are
// optional.
func (im *importer) resource(item ast.Node) (roadmap.Resource, bool) {
	block := item.FirstChild()
	if block == nil {
		return roadmap.Resource{}, false
	}
	link, ok := block.FirstChild().(*ast.Link)
	if !ok {
		im.warn(item, "ignored resource without a leading link in section %q", im.sec.Title)
		return roadmap.Resource{}, false
	}
	author, note := authorNote(link.NextSibling(), im.src)
	return roadmap.Resource{
		Title:  plainText(link, im.src),
		URL:    linkValue(link.Destination),
		Author: author,
		Note:   note,
		Pos:    im.pos(item),
	}, true
}

// authorNote splits " by Author: note" at the first colon outside links
// and code. Text before the colon is the author only when it starts with
// "by "; otherwise the whole rest is the note.
func authorNote(rest ast.Node, src []byte) (author, note string) {
	var before strings.Builder
	for n := rest; n != nil; n = n.NextSibling() {
		t, ok := n.(*ast.Text)
		if !ok {
			writeMarkdown(&before, n, src)
			continue
		}
		v := t.Value(src)
		i := bytes.IndexByte(v, ':')
		if i < 0 {
			writeMarkdown(&before, n, src)
			continue
		}
		before.Write(v[:i])
		after := collapseSpaces(string(v[i+1:]) + " " + inlineMarkdown(n.NextSibling(), src))
		return splitAuthor(collapseSpaces(before.String()), after)
	}
	return splitAuthor(collapseSpaces(before.String()), "")
}

func splitAuthor(before, after string) (author, note string) {
	if a, ok := strings.CutPrefix(before, "by "); ok {
		return strings.TrimSpace(a), after
	}
	if before == "" {
		return "", after
	}
	if after == "" {
		return "", before
	}
	return "", before + ": " + after
}

func (im *importer) html(h *ast.HTMLBlock) {
	if im.part == nil {
		return
	}
	var b bytes.Buffer
	for i := 0; i < h.Lines().Len(); i++ {
		seg := h.Lines().At(i)
		b.Write(seg.Value(im.src))
	}
	s := strings.ToLower(b.String())
	if strings.Contains(s, "<summary") && strings.Contains(s, "(optional)") {
		im.part.Optional = true
	}
}

func (im *importer) warn(n ast.Node, format string, args ...any) {
	im.warnings = append(im.warnings, Warning{im.pos(n), fmt.Sprintf(format, args...)})
}

// pos is the position of a block node: its first line.
func (im *importer) pos(n ast.Node) roadmap.Pos {
	off := offset(n)
	if off < 0 {
		return roadmap.Pos{File: im.name}
	}
	line := sort.SearchInts(im.lines, off+1)
	return roadmap.Pos{File: im.name, Line: line, Col: off - im.lines[line-1] + 1}
}

// offset is the byte offset where n starts, or -1 when it has no text.
func offset(n ast.Node) int {
	if n.Type() == ast.TypeBlock && n.Lines().Len() > 0 {
		return n.Lines().At(0).Start
	}
	if t, ok := n.(*ast.Text); ok {
		return t.Segment.Start
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if off := offset(c); off >= 0 {
			return off
		}
	}
	return -1
}

// lineStarts lists the byte offset of the start of every line.
func lineStarts(src []byte) []int {
	starts := []int{0}
	for i, c := range src {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}
