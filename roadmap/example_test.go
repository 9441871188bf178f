package roadmap_test

import (
	"fmt"
	"strings"

	"github.com/roadmapgo/roadmap/roadmap"
)

func ExampleParse() {
	src := `title: The LLM Scientist
sections:
  - title: The LLM architecture
    topics:
      - title: Tokenization
  - title: Pre-training
    requires: [the-llm-architecture/tokenization]
`
	r, err := roadmap.Parse(strings.NewReader(src), "scientist.yaml")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, n := range r.Nodes() {
		fmt.Printf("%s %s %q at %s\n", n.Kind(), n.ID(), n.Title(), n.Pos())
	}
	// Output:
	// section the-llm-architecture "The LLM architecture" at scientist.yaml:3:5
	// topic the-llm-architecture/tokenization "Tokenization" at scientist.yaml:5:9
	// section pre-training "Pre-training" at scientist.yaml:6:5
}

func ExampleParse_errors() {
	src := `title: T
sections:
  - titel: The LLM architecture
    optional: maybe
`
	_, err := roadmap.Parse(strings.NewReader(src), "bad.yaml")
	fmt.Println(err)
	// Output:
	// bad.yaml:3:5: unknown field "titel" in section; did you mean "title"?
	// bad.yaml:3:5: missing required field "title" in section
	// bad.yaml:4:15: optional in section must be true or false, got "maybe"
}

func ExampleLoad() {
	r, err := roadmap.Load("testdata/example.yaml")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Title)
	g := roadmap.NewGraph(r)
	for _, i := range g.TopologicalOrder() {
		fmt.Println(g.Nodes[i].ID())
	}
	// Output:
	// Tiny course
	// basics
	// basics/python
	// models
	// models/linear-regression
	// models/neural-networks
}

func ExampleLoadAll() {
	c, err := roadmap.LoadAll("testdata/example.yaml", "testdata/next.yaml")
	if err != nil {
		fmt.Println(err)
		return
	}
	next := c.Roadmaps[1]
	n, _ := c.Resolve(next, next.Sections[0].Requires[0])
	fmt.Printf("%q requires %q of %s\n", next.Sections[0].Title, n.Title(), n.Roadmap.File)
	// Output:
	// "Deep learning" requires "Neural networks" of testdata/example.yaml
}

func ExampleLoadCourse() {
	c, err := roadmap.LoadCourse("../examples/course.yaml")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c.Title)
	for _, r := range c.Roadmaps {
		fmt.Printf("%s: %d sections\n", r.Title, len(r.Sections))
	}
	// Output:
	// The LLM Course
	// LLM Fundamentals Roadmap: 4 sections
	// The LLM Scientist Roadmap: 8 sections
	// The LLM Engineer Roadmap: 7 sections
}

func ExampleLoadAny() {
	for _, path := range []string{"../examples/course.yaml", "../examples/scientist.yaml"} {
		c, err := roadmap.LoadAny(path)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%s: course %v, %d part(s)\n", path, c.File != "", len(c.Roadmaps))
	}
	// Output:
	// ../examples/course.yaml: course true, 3 part(s)
	// ../examples/scientist.yaml: course false, 1 part(s)
}

func ExampleFormat() {
	src := `sections:   # reading order
    - topics: [{title: Tokenization}]
      title: The LLM architecture
title: Tiny
`
	out, err := roadmap.Format([]byte(src), "tiny.yaml")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(string(out))
	// Output:
	// # yaml-language-server: $schema=https://raw.githubusercontent.com/roadmapgo/roadmap/main/roadmap.schema.json
	// title: Tiny
	// sections: # reading order
	//   - title: The LLM architecture
	//     topics:
	//       - title: Tokenization
}

func ExampleSlug() {
	fmt.Println(roadmap.Slug("Storage & chat templates"))
	fmt.Println(roadmap.Slug("Natural Language Processing (NLP)"))
	// Output:
	// storage-chat-templates
	// natural-language-processing-nlp
}

func ExampleIsCourse() {
	fmt.Println(roadmap.IsCourse([]byte("course: The LLM Course\nparts: [a.yaml]\n")))
	fmt.Println(roadmap.IsCourse([]byte("title: A roadmap\nsections: []\n")))
	// Output:
	// true
	// false
}

func ExampleParseProgress() {
	r, err := roadmap.Parse(strings.NewReader(`title: Course
sections:
  - title: Basics
    topics:
      - title: Tokens
      - title: Attention
`), "course.yaml")
	if err != nil {
		fmt.Println(err)
		return
	}
	_, err = roadmap.ParseProgress(strings.NewReader("basics/tokens: done\nbasics/atention: doing\n"), "me.yaml", r)
	fmt.Println(err)
	p, _ := roadmap.ParseProgress(strings.NewReader("basics: done\nbasics/attention: doing\n"), "me.yaml", r)
	for _, n := range r.Nodes() {
		fmt.Println(n.ID(), p.Of(n))
	}
	// Output:
	// me.yaml:2:1: "basics/atention" names no section or topic of "Course"; did you mean "basics/attention"?
	// basics done
	// basics/tokens done
	// basics/attention doing
}
