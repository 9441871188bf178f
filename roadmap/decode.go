package roadmap

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// decoder walks the YAML nodes of one file into the model, collecting
// every problem it meets instead of stopping at the first.
type decoder struct {
	file       string
	errs       ErrorList
	dropped    int              // errors left out past MaxErrors
	topicCount int              // topics decoded so far, against MaxTopics
	at         map[fieldKey]Pos // where each decoded field value was written
}

// fieldKey names one field of one decoded object.
type fieldKey struct {
	obj  any
	name string
}

func newDecoder(file string) *decoder {
	return &decoder{file: file, at: map[fieldKey]Pos{}}
}

// pos is the position of a node.
func (d *decoder) pos(n *yaml.Node) Pos {
	return Pos{File: d.file, Line: n.Line, Col: n.Column}
}

// errorAt records a problem at p.
func (d *decoder) errorAt(p Pos, format string, args ...any) {
	if len(d.errs) >= MaxErrors {
		d.dropped++
		return
	}
	d.errs = append(d.errs, &Error{Pos: p, Msg: fmt.Sprintf(format, args...)})
}

// errorf records a problem at node n.
func (d *decoder) errorf(n *yaml.Node, format string, args ...any) {
	d.errorAt(d.pos(n), format, args...)
}

// result returns the problems found, sorted, with a last note when some
// were left out.
func (d *decoder) result() ErrorList {
	d.errs.Sort()
	if d.dropped > 0 {
		d.errs = append(d.errs, &Error{Pos: Pos{File: d.file},
			Msg: fmt.Sprintf("%d more errors left out (MaxErrors = %d); fix the ones above first", d.dropped, MaxErrors)})
	}
	return d.errs
}

// decodeFile decodes and validates the structure of one file. It returns
// the roadmap it could build, possibly partial, and leaves the problems in
// d.errs. Ids, references and icons are checked afterwards.
func (d *decoder) decodeFile(data []byte) *Roadmap {
	return d.roadmapAt(d.decodeRoot(data))
}

// roadmapAt decodes the roadmap of root, the parsed file (nil when it
// could not be parsed, which decodeRoot has reported).
func (d *decoder) roadmapAt(root *yaml.Node) *Roadmap {
	if root == nil {
		return nil
	}
	if key := courseKey(root); key != nil {
		d.errorf(key, "this is a course file (it has a %q field), not a roadmap; a course's parts and FILE#ID references name roadmap files", key.Value)
		return nil
	}
	r := &Roadmap{File: d.file, Pos: d.pos(root)}
	if !d.object(root, "roadmap", r, roadmapFields(r)) {
		return nil
	}
	return r
}

// overSizeMsg is the problem of a file over MaxFileSize.
func overSizeMsg() string {
	return fmt.Sprintf("file is over the limit of %d MiB (MaxFileSize); split the course into several files", MaxFileSize>>20)
}

// decodeRoot checks the size and encoding of data, parses it and checks
// the shape of the tree. It returns the root node, or nil after recording
// why there is none.
func (d *decoder) decodeRoot(data []byte) *yaml.Node {
	if len(data) > MaxFileSize {
		d.errorAt(Pos{File: d.file}, "%s", overSizeMsg())
		return nil
	}
	if line, col, bad := firstInvalidUTF8(data); bad {
		d.errorAt(Pos{File: d.file, Line: line, Col: col}, "invalid UTF-8 byte; save the file as UTF-8")
		return nil
	}
	root := d.parseYAML(data)
	if root != nil {
		d.checkShape(root)
	}
	return root
}

// firstInvalidUTF8 returns the 1-based line and column (in characters) of
// the first byte that is not valid UTF-8.
func firstInvalidUTF8(data []byte) (line, col int, bad bool) {
	if utf8.Valid(data) {
		return 0, 0, false
	}
	line, col = 1, 1
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size <= 1 {
			return line, col, true
		}
		if r == '\n' {
			line, col = line+1, 0
		}
		col++
		data = data[size:]
	}
	return 0, 0, false
}

// yamlLine finds the line number in a yaml.v3 error message.
var yamlLine = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^yaml: line (\d+): (.*)$`)
})

// parseYAML decodes the single document of data and returns its root
// node, or nil after recording why it could not.
func (d *decoder) parseYAML(data []byte) *yaml.Node {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := safeDecode(dec, &doc); err != nil {
		if errors.Is(err, io.EOF) {
			d.errorAt(Pos{File: d.file}, "file is empty; a roadmap needs at least a title and sections")
		} else {
			d.yamlError(err, data)
		}
		return nil
	}
	var next yaml.Node
	switch err := safeDecode(dec, &next); {
	case err == nil:
		d.errorf(&next, "a second YAML document; a roadmap file holds one document, remove the \"---\" line")
	case !errors.Is(err, io.EOF):
		d.yamlError(err, data)
	}
	if len(doc.Content) == 0 {
		d.errorAt(Pos{File: d.file}, "file is empty; a roadmap needs at least a title and sections")
		return nil
	}
	return doc.Content[0]
}

// safeDecode runs the YAML decoder, turning a panic in it into an error
// so that no input can crash the caller.
func safeDecode(dec *yaml.Decoder, n *yaml.Node) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("yaml: the YAML decoder failed on this input (%v)", p)
		}
	}()
	return dec.Decode(n)
}

// parserProblems are the messages of yaml.v3's parser (not its scanner),
// whose "line N" counts from 0: N+1 is the line the problem is in.
var parserProblems = []string{
	"did not find expected ',' or ']'",
	"did not find expected ',' or '}'",
	"did not find expected '-' indicator",
	"did not find expected <document start>",
	"did not find expected key",
	"did not find expected node content",
	"found undefined tag handle",
	"found incompatible YAML document",
}

// yamlError records a decoder error of data at its line and column,
// worded by placeYAMLError.
func (d *decoder) yamlError(err error, data []byte) {
	msg := err.Error()
	line := 0
	if m := yamlLine().FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = m[2]
		if slices.Contains(parserProblems, msg) {
			line = min(line+1, lineCount(data))
		}
	} else {
		msg = strings.TrimPrefix(msg, "yaml: ")
	}
	p := placeYAMLError(data, line, msg)
	d.errorAt(Pos{File: d.file, Line: p.line, Col: p.col}, "%s", p.msg)
}

// lineCount is the number of lines of data, the last one counted even
// without a final newline.
func lineCount(data []byte) int {
	n := bytes.Count(data, []byte("\n"))
	if len(data) > 0 && data[len(data)-1] != '\n' {
		n++
	}
	return max(n, 1)
}

// checkShape walks the whole tree once, before decoding, to refuse
// aliases and nesting deeper than MaxDepth wherever they are.
func (d *decoder) checkShape(root *yaml.Node) {
	type item struct {
		n     *yaml.Node
		depth int
	}
	stack := []item{{root, 1}}
	deep := false
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if it.n.Kind == yaml.AliasNode {
			d.errorf(it.n, "YAML alias *%s is not allowed (MaxAliases = %d); write the value out in full", it.n.Value, MaxAliases)
			continue
		}
		if it.depth > MaxDepth {
			if !deep {
				d.errorf(it.n, "nesting deeper than %d levels (MaxDepth); flatten the file", MaxDepth)
				deep = true
			}
			continue
		}
		for i := len(it.n.Content) - 1; i >= 0; i-- {
			stack = append(stack, item{it.n.Content[i], it.depth + 1})
		}
	}
}
