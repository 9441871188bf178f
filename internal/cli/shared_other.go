//go:build !unix

package cli

import (
	"errors"
	"io"
	"os/exec"
)

// errNoSharing says that companions are not shared on this system.
var errNoSharing = errors.New("companions are shared through Unix sockets, on Unix systems")

// detach leaves cmd as it is: sharing is off here.
func detach(*exec.Cmd) {}

// privateDir refuses: without Unix ownership checks a socket directory
// cannot be known private, so each command starts its own companion.
func privateDir(string) error { return errNoSharing }

// dialSocket refuses, as privateDir does.
func dialSocket(string) (io.ReadWriteCloser, error) { return nil, errNoSharing }
