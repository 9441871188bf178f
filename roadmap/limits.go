package roadmap

// Limits against hostile or runaway files. A file that goes beyond one of
// them is refused with an error naming the limit.
const (
	// MaxFileSize is the largest roadmap file accepted, in bytes.
	MaxFileSize = 4 << 20
	// MaxSections is the most sections one file may hold.
	MaxSections = 500
	// MaxTopics is the most topics one file may hold, over all sections.
	MaxTopics = 10000
	// MaxStringLen is the longest string value accepted, in bytes.
	MaxStringLen = 10000
	// MaxDepth is the deepest nesting of YAML collections accepted.
	MaxDepth = 64
	// MaxAliases is the number of YAML aliases (*name) accepted: none, so
	// no file can expand into more than it spells out ("billion laughs").
	MaxAliases = 0
	// MaxFiles is the most files one Load or LoadAll reads, following
	// FILE#ID references.
	MaxFiles = 64
	// MaxIconSize is the largest icon image file accepted, in bytes; the
	// size is checked before the file is read.
	MaxIconSize = 2 << 20
	// MaxErrors is the most errors reported for one file; past it the
	// list ends with a note that more were left out.
	MaxErrors = 200
)
