package roadmap

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Status is how far a learner is with a section or topic.
type Status string

// The statuses a progress file may give.
const (
	StatusDone  Status = "done"
	StatusDoing Status = "doing"
	StatusSkip  Status = "skip"
)

// statuses lists the valid statuses, in the order messages name them.
var statuses = []string{string(StatusDone), string(StatusDoing), string(StatusSkip)}

// Progress maps the ids of a roadmap's sections and topics to their
// status. A section's status also applies to those of its topics that
// have none of their own (see Of).
type Progress map[string]Status

// Of returns the status of n: its own, or for a topic without one, its
// section's; "" when neither has one.
func (p Progress) Of(n Node) Status {
	if n.Topic != nil {
		if s, ok := p[n.Topic.ID]; ok {
			return s
		}
	}
	return p[n.Section.ID]
}

// LoadProgress reads the progress file at path for the roadmap r. A file
// that cannot be read gives the error of the os package; any other
// failure is as for ParseProgress.
func LoadProgress(path string, r *Roadmap) (Progress, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ParseProgress(f, path, r)
}

// ParseProgress decodes a progress file read from rd for the roadmap r;
// name is the file name used in positions and errors. The file is a YAML
// mapping of section and topic ids to statuses (done, doing, skip), such
// as
//
//	llm-architecture/tokenization: done
//	pre-training-models: skip
//
// An empty file is no progress. Unknown ids, unknown statuses, duplicate
// ids and anything but a mapping are errors; on failure the error is an
// ErrorList holding every problem found, each at its file:line:col. The
// limits of roadmap files (MaxFileSize, MaxDepth, MaxAliases, MaxErrors)
// apply.
func ParseProgress(rd io.Reader, name string, r *Roadmap) (Progress, error) {
	if r == nil {
		return nil, errors.New("roadmap: progress for a nil roadmap")
	}
	data, err := io.ReadAll(io.LimitReader(rd, MaxFileSize+1))
	if err != nil {
		return nil, err
	}
	d := newDecoder(name)
	p := Progress{}
	if root := d.progressRoot(data); root != nil {
		d.progress(root, quote(r.Title), progressIDs(r.Nodes(), false), func(id string, s Status) { p[id] = s })
	}
	if errs := d.result(); len(errs) > 0 {
		return nil, errs
	}
	return p, nil
}

// CourseProgress is a learner's progress over the parts of a course.
type CourseProgress map[*Roadmap]Progress

// LoadCourseProgress reads the progress file at path for the course c:
// as for a roadmap, with ids of any part, each as PART.yaml#ID (PART.yaml
// the part's file name) or, when no other part has it, as the plain id.
func LoadCourseProgress(path string, c *Course) (CourseProgress, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, err
	}
	d := newDecoder(path)
	out := CourseProgress{}
	var nodes []Node
	for _, r := range c.Roadmaps {
		out[r] = Progress{}
		nodes = append(nodes, r.Nodes()...)
	}
	if root := d.progressRoot(data); root != nil {
		ids := progressIDs(nodes, true)
		d.progress(root, "the course", ids, func(id string, s Status) {
			n := ids[id]
			out[n.Roadmap][n.ID()] = s
		})
	}
	if errs := d.result(); len(errs) > 0 {
		return nil, errs
	}
	return out, nil
}

// progressIDs maps the ids a progress file may use to the nodes they
// name: each node's id and, across files, "FILE#ID" (FILE the base name
// of the node's file), a plain id then standing only for a node no other
// file has it for.
func progressIDs(nodes []Node, acrossFiles bool) map[string]Node {
	ids := make(map[string]Node, len(nodes))
	count := map[string]int{}
	for _, n := range nodes {
		count[n.ID()]++
	}
	for _, n := range nodes {
		if !acrossFiles || count[n.ID()] == 1 {
			ids[n.ID()] = n
		}
		if acrossFiles {
			ids[filepath.Base(n.Roadmap.File)+"#"+n.ID()] = n
		}
	}
	return ids
}

// progressRoot checks the size, encoding and shape of a progress file and
// returns its root node, or nil when the file is empty or after recording
// why there is none.
func (d *decoder) progressRoot(data []byte) *yaml.Node {
	return d.document(data, "a progress file")
}

// progress decodes the mapping n of ids (the keys of known) to statuses,
// calling set for each, and reports every problem; what names what the
// ids belong to.
func (d *decoder) progress(n *yaml.Node, what string, known map[string]Node, set func(string, Status)) {
	if n.Kind != yaml.MappingNode {
		d.errorf(n, "a progress file is a mapping of section and topic ids to statuses (%s), not %s",
			strings.Join(statuses, ", "), describe(n))
		return
	}
	ids := make([]string, 0, len(known))
	for id := range known {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	seen := map[string]Pos{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			d.errorf(k, "a key of a progress file is a section or topic id, not %s", describe(k))
			continue
		}
		id := k.Value
		if first, dup := seen[id]; dup {
			d.errorf(k, "duplicate id %s; it was first given at line %d", quote(id), first.Line)
			continue
		}
		seen[id] = d.pos(k)
		if _, ok := known[id]; !ok {
			d.errorf(k, "%s names no section or topic of %s%s", quote(id), what, didYouMean(id, ids))
			continue
		}
		if s, ok := d.status(v, id); ok {
			set(id, s)
		}
	}
}

// status decodes the status v of id.
func (d *decoder) status(v *yaml.Node, id string) (Status, bool) {
	if v.Kind != yaml.ScalarNode || isNull(v) {
		d.errorf(v, "the status of %s is missing or not a word; use one of %s", quote(id), strings.Join(statuses, ", "))
		return "", false
	}
	for _, s := range statuses {
		if v.Value == s {
			return Status(s), true
		}
	}
	d.errorf(v, "unknown status %s of %s; use one of %s%s", quote(v.Value), quote(id),
		strings.Join(statuses, ", "), didYouMean(v.Value, statuses))
	return "", false
}
