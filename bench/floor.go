package main

import (
	"fmt"
	"time"
)

// floors prints what the render's dependencies cost before any work of
// its own, against hello world: the start-up of the roadmap program
// (its runtime and package inits, "roadmap version") and a program that
// only parses the files of the scientist render with yaml.v3. Their sum
// less one hello world is the least a render can take; the last line
// sets it against dot, as the first comparison does.
func floors(bins, files map[string]string, runs int) error {
	sides := [][][]string{
		one(bins["hello"]),
		one(bins["roadmap"], "version"),
		one(bins["yamlparse"], "examples/scientist.yaml", "examples/fundamentals.yaml"),
		one("dot", "-Tsvg", files["scientist.yaml.dot"]),
	}
	ts, err := alternateSides(sides, runs)
	if err != nil {
		return err
	}
	hello, startup, parse, dot := ts[0], ts[1], ts[2], ts[3]
	floor := startup + parse - hello
	fmt.Printf("\n%-42s %10s %10s %8s\n", "floor (median of "+fmt.Sprint(runs)+" alternating runs)", "time", "peer", "ratio")
	for _, f := range []struct {
		name       string
		time, peer time.Duration
	}{
		{"roadmap version / hello world", startup, hello},
		{"yaml.v3 parse of its files / hello world", parse, hello},
		{"start-up + YAML floor / hello world", floor, hello},
		{"start-up + YAML floor / dot -Tsvg", floor, dot},
	} {
		fmt.Printf("%-42s %10s %10s %8.2f\n", f.name, f.time.Round(100*time.Microsecond), f.peer.Round(100*time.Microsecond), float64(f.time)/float64(f.peer))
	}
	return nil
}
