// Package crossarch holds the test that the native layout is the same,
// bit for bit, on every architecture the CLI ships for: it builds
// layoutdump for amd64, 386 and arm64, runs each build (arm64 and amd64
// under qemu-user when the machine is another) and compares the outputs.
package crossarch
