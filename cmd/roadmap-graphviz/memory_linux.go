package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"syscall"
)

// boundMemory lowers the process's address-space limit (RLIMIT_AS) to
// what it maps now plus headroom bytes. go-graphviz makes its WebAssembly
// runtime in an init function with no memory limit, and WebAssembly memory
// grows by copying into ever larger Go allocations, so a runaway layout
// would take many gigabytes before failing; with the limit it fails as
// soon as one allocation would pass it. A limit already lower is kept.
func boundMemory(headroom uint64) error {
	data, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return err
	}
	fields := strings.Fields(string(data))
	if len(fields) == 0 {
		return fmt.Errorf("/proc/self/statm is empty")
	}
	pages, err := strconv.ParseUint(fields[0], 10, 64)
	if err != nil {
		return fmt.Errorf("/proc/self/statm: %w", err)
	}
	var lim syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_AS, &lim); err != nil {
		return err
	}
	want := pages*uint64(os.Getpagesize()) + headroom
	if want >= lim.Cur {
		return nil
	}
	lim.Cur = want
	return syscall.Setrlimit(syscall.RLIMIT_AS, &lim)
}
