package roadmap

import (
	"bytes"
	"errors"
	"io"

	"go.yaml.in/yaml/v3"
)

// ParseDocument parses data, the file name (used in positions), as one
// YAML document under the rules of roadmap files, for other formats of
// the project built on YAML (theme files): at most MaxFileSize bytes,
// valid UTF-8, one document, no aliases (MaxAliases), nesting at most
// MaxDepth. YAML syntax errors are placed at file:line:col and worded as
// for roadmap files; what names the kind of file in messages ("a theme
// file"). It returns the root node, nil for an empty file; on failure
// the error is an ErrorList.
func ParseDocument(data []byte, name, what string) (*yaml.Node, error) {
	d := newDecoder(name)
	root := d.document(data, what)
	if errs := d.result(); len(errs) > 0 {
		return nil, errs
	}
	return root, nil
}

// document checks the size, encoding and shape of a file of the kind
// what and returns its root node, or nil when the file is empty or after
// recording why there is none.
func (d *decoder) document(data []byte, what string) *yaml.Node {
	if len(data) > MaxFileSize {
		d.errorAt(Pos{File: d.file}, "file is over the limit of %d MiB (MaxFileSize)", MaxFileSize>>20)
		return nil
	}
	if line, col, bad := firstInvalidUTF8(data); bad {
		d.errorAt(Pos{File: d.file, Line: line, Col: col}, "invalid UTF-8 byte; save the file as UTF-8")
		return nil
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := safeDecode(dec, &doc); err != nil {
		if !errors.Is(err, io.EOF) {
			d.yamlError(err, data)
		}
		return nil
	}
	var next yaml.Node
	switch err := safeDecode(dec, &next); {
	case err == nil:
		d.errorf(&next, "a second YAML document; %s holds one document, remove the \"---\" line", what)
	case !errors.Is(err, io.EOF):
		d.yamlError(err, data)
	}
	if len(doc.Content) == 0 || isNull(doc.Content[0]) {
		return nil
	}
	root := doc.Content[0]
	d.checkShape(root)
	return root
}
