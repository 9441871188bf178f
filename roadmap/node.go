package roadmap

// NodeKind tells a section from a topic.
type NodeKind int

const (
	// SectionNode is a numbered section of a roadmap.
	SectionNode NodeKind = iota
	// TopicNode is a topic of a section.
	TopicNode
)

// String returns "section" or "topic".
func (k NodeKind) String() string {
	if k == TopicNode {
		return "topic"
	}
	return "section"
}

// Node is a section or a topic of a roadmap: the things ids name.
type Node struct {
	Roadmap *Roadmap
	// Section is the section itself, or the section of the topic.
	Section *Section
	// Topic is nil for a section.
	Topic *Topic
}

// Kind tells whether the node is a section or a topic.
func (n Node) Kind() NodeKind {
	if n.Topic != nil {
		return TopicNode
	}
	return SectionNode
}

// ID is the id of the section or topic.
func (n Node) ID() string {
	if n.Topic != nil {
		return n.Topic.ID
	}
	return n.Section.ID
}

// Title is the title of the section or topic.
func (n Node) Title() string {
	if n.Topic != nil {
		return n.Topic.Title
	}
	return n.Section.Title
}

// Requires lists the prerequisites of the section or topic.
func (n Node) Requires() []Ref {
	if n.Topic != nil {
		return n.Topic.Requires
	}
	return n.Section.Requires
}

// Pos is where the section or topic is written.
func (n Node) Pos() Pos {
	if n.Topic != nil {
		return n.Topic.Pos
	}
	return n.Section.Pos
}

// Nodes lists the sections and topics of r in reading order: section 1,
// its topics, section 2, its topics, and so on.
func (r *Roadmap) Nodes() []Node {
	var out []Node
	for _, s := range r.Sections {
		out = append(out, Node{Roadmap: r, Section: s})
		for _, t := range s.Topics {
			out = append(out, Node{Roadmap: r, Section: s, Topic: t})
		}
	}
	return out
}

// Lookup finds the section or topic of r with the given id.
func (r *Roadmap) Lookup(id string) (Node, bool) {
	for _, n := range r.Nodes() {
		if n.ID() == id {
			return n, true
		}
	}
	return Node{}, false
}
