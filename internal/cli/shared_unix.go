//go:build unix

package cli

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"syscall"
)

// detach makes cmd run in a session of its own, so that a signal to this
// command's terminal or process group does not end a companion that later
// commands share.
func detach(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
}

// privateDir makes dir, unless it exists, and checks that it is a
// directory of this user's that no one else may enter, so that no one
// else can answer in place of a shared companion or read its sockets.
func privateDir(dir string) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	st, err := os.Lstat(dir)
	if err != nil {
		return err
	}
	sys, ok := st.Sys().(*syscall.Stat_t)
	if !st.IsDir() || !ok || int(sys.Uid) != os.Getuid() {
		return fmt.Errorf("%s is not a directory of this user's", dir)
	}
	if st.Mode().Perm()&0o077 != 0 {
		return os.Chmod(dir, 0o700)
	}
	return nil
}

// dialSocket connects to the Unix socket at path. It uses the system
// calls themselves, as package net would: linking net costs every
// command a tenth of a millisecond of start-up. The connection is
// non-blocking, so Go's poller waits on it and Close ends a Read.
func dialSocket(path string) (io.ReadWriteCloser, error) {
	syscall.ForkLock.RLock() // no child inherits the socket before CloseOnExec
	fd, err := syscall.Socket(syscall.AF_UNIX, syscall.SOCK_STREAM, 0)
	if err == nil {
		syscall.CloseOnExec(fd)
	}
	syscall.ForkLock.RUnlock()
	if err != nil {
		return nil, os.NewSyscallError("socket", err)
	}
	// A connect that a signal interrupts fails like any other: the
	// caller dials again with a new socket or starts its own companion.
	err = syscall.Connect(fd, &syscall.SockaddrUnix{Name: path})
	if err == nil {
		err = syscall.SetNonblock(fd, true)
	}
	if err != nil {
		syscall.Close(fd)
		return nil, &os.PathError{Op: "connect", Path: path, Err: err}
	}
	return os.NewFile(uintptr(fd), path), nil
}
