// Package batch is the protocol between roadmap and its Graphviz
// companion, roadmap-graphviz: one JSON Request a line, one JSON Response
// a line, in order, on the companion's standard input and output in its
// --batch mode, or on a connection to its socket in its --serve mode.
package batch

import "github.com/roadmapgo/roadmap/layout"

// Request is one layout asked of the companion: the command line of a
// single run.
type Request struct {
	// Engine is the Graphviz algorithm (--engine).
	Engine string `json:"engine"`
	// Files are the inputs, as on the command line; "-" reads Stdin.
	Files []string `json:"files"`
	// Stdin is what standard input holds for "-" (base64 in JSON, so
	// that bytes that are not UTF-8 reach the loader as they are).
	Stdin []byte `json:"stdin,omitempty"`
	// Width is the canvas width in px (--width); 0 means the default.
	Width float64 `json:"width,omitempty"`
	// Clusters draws each section as a cluster (--clusters).
	Clusters bool `json:"clusters,omitempty"`
	// Root is the project root (--root); "" means the default.
	Root string `json:"root,omitempty"`
	// Fonts are the font files text is set in first (--font).
	Fonts []string `json:"fonts,omitempty"`
	// Dir is the directory relative names are read from: the caller's
	// working directory, which a shared companion (--serve) does not
	// share; "" means the companion's own.
	Dir string `json:"dir,omitempty"`
}

// Response answers one Request: the diagram, or the error a single run
// prints.
type Response struct {
	Diagram *layout.Diagram `json:"diagram,omitempty"`
	Error   string          `json:"error,omitempty"`
}
