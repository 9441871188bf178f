// Command yamlparse parses each file it is given into a yaml.v3 node
// tree and does nothing else. The bench runs it as the floor that the
// YAML library sets: no render can take less than its time on the
// files that the render reads.
package main

import (
	"fmt"
	"os"

	"go.yaml.in/yaml/v3"
)

func main() {
	nodes := 0
	for _, name := range os.Args[1:] {
		data, err := os.ReadFile(name)
		if err != nil {
			fmt.Fprintln(os.Stderr, "yamlparse:", err)
			os.Exit(1)
		}
		var doc yaml.Node
		if err := yaml.Unmarshal(data, &doc); err != nil {
			fmt.Fprintf(os.Stderr, "yamlparse: %s: %v\n", name, err)
			os.Exit(1)
		}
		nodes += count(&doc)
	}
	fmt.Println(nodes, "nodes")
}

// count is the number of nodes in the tree under n.
func count(n *yaml.Node) int {
	c := 1
	for _, k := range n.Content {
		c += count(k)
	}
	return c
}
