package svgicon

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// The namespaces of SVG elements and of xlink:href.
const (
	svgNS   = "http://www.w3.org/2000/svg"
	xlinkNS = "http://www.w3.org/1999/xlink"
)

// element is an SVG element of the file, with the attributes that matter
// (by local name; xlink:href is "href") and where it starts.
type element struct {
	name      string
	attrs     map[string]string
	line, col int
	children  []*element
}

// errorf returns an Error at e.
func (e *element) errorf(format string, args ...any) *Error {
	return &Error{Line: e.line, Col: e.col, Msg: fmt.Sprintf(format, args...)}
}

// readTree reads the elements of data, rooted at its <svg>, and the
// elements by id. Elements and attributes of other namespaces (an
// editor's metadata) are left out; a DOCTYPE declaring entities, an
// unknown entity and malformed XML are errors: encoding/xml expands only
// the five predefined entities, never a file's own.
func readTree(data []byte) (*element, map[string]*element, error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = true
	var root *element
	var stack []*element
	ids := map[string]*element{}
	skip, count := 0, 0 // depth inside a foreign element; elements read
	for {
		line, col := d.InputPos()
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, nil, xmlError(err, line, col)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if count++; count > MaxElements {
				return nil, nil, &Error{line, col, fmt.Sprintf("more than %d elements (MaxElements)", MaxElements)}
			}
			if len(stack)+skip >= MaxDepth {
				return nil, nil, &Error{line, col, fmt.Sprintf("elements nested deeper than %d (MaxDepth)", MaxDepth)}
			}
			if skip > 0 || (t.Name.Space != svgNS && t.Name.Space != "") {
				skip++
				continue
			}
			e := newElement(t, line, col)
			if id := e.attrs["id"]; id != "" && ids[id] == nil {
				ids[id] = e
			}
			switch {
			case len(stack) > 0:
				p := stack[len(stack)-1]
				p.children = append(p.children, e)
			case root != nil || e.name != "svg":
				return nil, nil, e.errorf("the root element is <%s>, not <svg>", e.name)
			default:
				root = e
			}
			stack = append(stack, e)
		case xml.EndElement:
			if skip > 0 {
				skip--
			} else {
				stack = stack[:len(stack)-1]
			}
		case xml.Directive:
			if bytes.Contains(t, []byte("<!ENTITY")) {
				return nil, nil, &Error{line, col, "a DOCTYPE declaring entities (not expanded; spell the text out)"}
			}
		}
	}
	if root == nil {
		return nil, nil, &Error{Msg: "no <svg> element"}
	}
	return root, ids, nil
}

// newElement makes the element of t, keeping its attributes without a
// namespace, and xlink:href as href.
func newElement(t xml.StartElement, line, col int) *element {
	e := &element{name: t.Name.Local, attrs: map[string]string{}, line: line, col: col}
	for _, a := range t.Attr {
		switch {
		case a.Name.Space == "":
			e.attrs[a.Name.Local] = a.Value
		case a.Name.Space == xlinkNS && a.Name.Local == "href":
			if _, ok := e.attrs["href"]; !ok {
				e.attrs["href"] = a.Value
			}
		}
	}
	return e
}

// xmlError words a syntax error of the XML decoder, at its line when it
// has one.
func xmlError(err error, line, col int) error {
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		msg := se.Msg
		if strings.Contains(msg, "entity") {
			msg += " (only the predefined entities &lt; &gt; &amp; &apos; &quot; and numeric ones are read)"
		}
		return &Error{Line: se.Line, Msg: "bad XML: " + msg}
	}
	return &Error{Line: line, Col: col, Msg: "bad XML: " + err.Error()}
}
