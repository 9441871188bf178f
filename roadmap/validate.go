package roadmap

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
)

// Normalize fills in what a file may leave out, for a roadmap built in
// code: each section and topic without an id gets the id a file would
// give it (the slug of its title; a topic's after its section's id and
// "/"), and the sections are numbered 1 to n in order. Ids that are set
// are kept. Normalize reports nothing: Validate does, and a title that
// gives no id leaves it empty for Validate to name.
func Normalize(r *Roadmap) {
	if r == nil {
		return
	}
	for i, s := range r.Sections {
		if s == nil {
			continue
		}
		s.Number = i + 1
		if s.ID == "" {
			s.ID = Slug(s.Title)
		}
		for _, t := range s.Topics {
			if t != nil && t.ID == "" && s.ID != "" && Slug(t.Title) != "" {
				t.ID = s.ID + "/" + Slug(t.Title)
			}
		}
	}
}

// Validate reports every problem of r, a roadmap built in code or
// changed after loading, that Parse would report for the file Encode
// writes of it: missing titles, invalid or duplicate ids, requires that
// name nothing in r, requires cycles, unsafe URLs, a width out of range,
// the limits. Like Parse it checks only the syntax of FILE#ID references
// and of icon paths. It returns nil or an ErrorList; each error names the
// section, topic or resource it is about (and has its Pos when the object
// has one). Validate does not change r.
func Validate(r *Roadmap) error {
	if r == nil {
		return ErrorList{{Msg: "roadmap: the roadmap is nil"}}
	}
	if errs := nilParts(r); len(errs) > 0 {
		return errs
	}
	data, err := Marshal(r)
	if err != nil {
		return ErrorList{{Pos: r.Pos, Msg: "roadmap: " + err.Error()}}
	}
	f := parseFile(data, builtName)
	f.checkCycles()
	errs := f.d.result()
	if len(errs) == 0 {
		return nil
	}
	places := placesOf(f.r, r)
	out := make(ErrorList, len(errs))
	for i, e := range errs {
		p := placeAt(places, e.Pos.Line)
		msg := builtPos().ReplaceAllStringFunc(e.Msg, func(at string) string {
			line, _ := strconv.Atoi(builtPos().FindStringSubmatch(at)[1])
			return placeAt(places, line).name
		})
		out[i] = &Error{Pos: p.pos, Msg: p.name + ": " + msg}
	}
	return out
}

// builtName names the text Validate encodes, so that the positions in it
// that a message quotes ("first defined at ...") can be found and named.
const builtName = "\x00built"

// builtPos matches a position in the text Validate encodes.
var builtPos = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile("\x00built:(\\d+)(?::\\d+)?")
})

// nilParts reports the nil sections, topics and resources of r, which
// cannot be encoded.
func nilParts(r *Roadmap) ErrorList {
	var errs ErrorList
	for i, s := range r.Sections {
		if s == nil {
			errs = append(errs, &Error{Msg: fmt.Sprintf("section %d is nil; remove it or give it a title", i+1)})
			continue
		}
		for j, t := range s.Topics {
			if t == nil {
				errs = append(errs, &Error{Pos: s.Pos, Msg: fmt.Sprintf("section %d: topic %d is nil; remove it or give it a title", i+1, j+1)})
			}
		}
	}
	return errs
}

// place is an object of a roadmap as a Validate error names it: the line
// where the encoded text starts it, its name, and its position in the
// roadmap given to Validate.
type place struct {
	line int
	name string
	pos  Pos
}

// placesOf lists the objects of decoded, r as Validate decoded it again,
// in text order, named and positioned after those of r, the roadmap given.
func placesOf(decoded, r *Roadmap) []place {
	places := []place{{line: 0, name: "roadmap " + quoteTitle(r.Title), pos: r.Pos}}
	if decoded == nil {
		return places
	}
	for i, s := range decoded.Sections {
		if i >= len(r.Sections) {
			break
		}
		orig := r.Sections[i]
		sname := fmt.Sprintf("section %d %s", i+1, quoteTitle(orig.Title))
		places = append(places, place{s.Pos.Line, sname, orig.Pos})
		for j, t := range s.Topics {
			if j < len(orig.Topics) {
				places = append(places, place{t.Pos.Line, fmt.Sprintf("%s, topic %d %s", sname, j+1, quoteTitle(orig.Topics[j].Title)), orig.Topics[j].Pos})
				places = appendResources(places, t.Resources, orig.Topics[j].Resources, sname+fmt.Sprintf(", topic %d", j+1))
			}
		}
		places = appendResources(places, s.Resources, orig.Resources, sname)
	}
	return places
}

// appendResources adds the resources of an object named owner.
func appendResources(places []place, decoded, orig []Resource, owner string) []place {
	for k, res := range decoded {
		if k < len(orig) {
			places = append(places, place{res.Pos.Line, fmt.Sprintf("%s, resource %d %s", owner, k+1, quoteTitle(orig[k].Title)), orig[k].Pos})
		}
	}
	return places
}

// placeAt is the object that the encoded text's line lies in: the last
// to start at or before it.
func placeAt(places []place, line int) place {
	best := places[0]
	for _, p := range places[1:] {
		if p.line > 0 && p.line <= line && p.line >= best.line {
			best = p
		}
	}
	return best
}

// quoteTitle quotes a title for a Validate message, or says it is empty.
func quoteTitle(title string) string {
	if strings.TrimSpace(title) == "" {
		return "(untitled)"
	}
	return quote(title)
}
