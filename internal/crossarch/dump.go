// Package crossarch dumps the native layout of a fixed set of inputs, so
// that its tests can require the dumps of builds for amd64, 386 and arm64
// byte-identical: a committed image must pass "roadmap render --check" on
// every machine. Command layoutdump prints the dump of its build.
package crossarch

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"path/filepath"
	"strings"

	"github.com/roadmapgo/roadmap/layout"
	"github.com/roadmapgo/roadmap/roadmap"
)

// files are the inputs read from the repository, laid out at every width.
var files = []string{
	"examples/fundamentals.yaml",
	"examples/scientist.yaml",
	"examples/engineer.yaml",
	"examples/course.yaml",
	"examples/widths/python.yaml",
	"layout/testdata/prerequisites.yaml",
	"render/internal/rendertest/testdata/multilingual.yaml",
}

// widths are the canvas widths of every input.
var widths = []float64{480, 960, 1440, 1920, 4096}

// randomCount is how many generated roadmaps follow the files.
const randomCount = 12

// Dump writes the layout of every input to w: its name on a "== NAME"
// line, then its Diagram as indented JSON. The files are read under root,
// the repository's root directory.
func Dump(w io.Writer, root string) error {
	bw := bufio.NewWriter(w)
	err := dump(bw, root)
	if ferr := bw.Flush(); err == nil {
		err = ferr
	}
	return err
}

// dump writes every diagram to w.
func dump(w *bufio.Writer, root string) error {
	for _, f := range files {
		if err := dumpFile(w, root, f); err != nil {
			return err
		}
	}
	if err := dumpProgress(w, root); err != nil {
		return err
	}
	for seed := uint64(1); seed <= randomCount; seed++ {
		r := randomRoadmap(rand.New(rand.NewPCG(seed, 7)))
		for _, width := range widths {
			d, err := layout.Native{}.Layout(context.Background(), r, layout.Options{Width: width})
			if err != nil {
				return fmt.Errorf("random roadmap %d: %w", seed, err)
			}
			if err := write(w, fmt.Sprintf("random %d at %v", seed, width), d); err != nil {
				return err
			}
		}
	}
	return nil
}

// dumpFile lays out the file at path under root, a roadmap or a course,
// at every width.
func dumpFile(w *bufio.Writer, root, path string) error {
	c, err := roadmap.LoadAny(filepath.Join(root, path))
	if err != nil {
		return err
	}
	for _, width := range widths {
		opt := layout.Options{Width: width, Course: c}
		var d *layout.Diagram
		if c.File != "" {
			d, err = layout.Native{}.LayoutCourse(context.Background(), c, opt)
		} else {
			d, err = layout.Native{}.Layout(context.Background(), c.Roadmaps[0], opt)
		}
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		if err := write(w, fmt.Sprintf("%s at %v", path, width), d); err != nil {
			return err
		}
	}
	return nil
}

// dumpProgress lays out the scientist part with its example progress,
// which adds marks, bars and a legend.
func dumpProgress(w *bufio.Writer, root string) error {
	c, err := roadmap.LoadAll(filepath.Join(root, "examples/scientist.yaml"))
	if err != nil {
		return err
	}
	p, err := roadmap.LoadProgress(filepath.Join(root, "examples/progress/scientist.yaml"), c.Roadmaps[0])
	if err != nil {
		return err
	}
	d, err := layout.Native{}.Layout(context.Background(), c.Roadmaps[0], layout.Options{Width: 1200, Course: c, Progress: p})
	if err != nil {
		return err
	}
	return write(w, "examples/scientist.yaml with progress", d)
}

// write prints the name line and the diagram's indented JSON.
func write(w *bufio.Writer, name string, d *layout.Diagram) error {
	fmt.Fprintf(w, "== %s\n", name)
	b, err := json.MarshalIndent(d, "", " ")
	if err != nil {
		return err
	}
	w.Write(b)
	return w.WriteByte('\n')
}

// words make the generated titles: long words, CJK, Hangul, emoji,
// accents and narrow letters.
var words = []string{
	"LLM", "architecture", "tokenization", "attention", "sampling", "of", "a", "&",
	"Supercalifragilisticexpialidociousnessization", "大規模言語モデル", "データ前処理と特徴抽出",
	"한국어", "의", "🚀", "naïve", "Überblick", "—", "Wo", "AV", "llama.cpp", "fine-tuning",
}

// title makes a title of 1 to 8 words, now and then one of 30.
func title(rng *rand.Rand) string {
	n := 1 + rng.IntN(8)
	if rng.IntN(10) == 0 {
		n = 30
	}
	parts := make([]string, n)
	for i := range parts {
		parts[i] = words[rng.IntN(len(words))]
	}
	return strings.Join(parts, " ")
}

// randomRoadmap builds a roadmap of 1 to 14 sections of 0 to 9 topics
// with generated titles, icons, optional flags and a few requires.
func randomRoadmap(rng *rand.Rand) *roadmap.Roadmap {
	r := &roadmap.Roadmap{Title: title(rng), Icon: "🧠", Description: title(rng)}
	var ids []string
	for i := range 1 + rng.IntN(14) {
		s := &roadmap.Section{ID: fmt.Sprintf("s%d", i), Title: title(rng), Number: i + 1, Optional: rng.IntN(5) == 0}
		if rng.IntN(2) == 0 {
			s.Icon = "⚙️"
		}
		for j := range rng.IntN(10) {
			t := &roadmap.Topic{ID: fmt.Sprintf("s%d/t%d", i, j), Title: title(rng), Optional: rng.IntN(6) == 0}
			if len(ids) > 0 && rng.IntN(6) == 0 {
				t.Requires = []roadmap.Ref{{ID: ids[rng.IntN(len(ids))]}}
			}
			s.Topics = append(s.Topics, t)
		}
		ids = append(ids, s.ID)
		r.Sections = append(r.Sections, s)
	}
	return r
}
