package main

import (
	"syscall"
	"testing"
)

func TestBoundMemorySetsAddressSpaceLimit(t *testing.T) {
	var old syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_AS, &old); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { syscall.Setrlimit(syscall.RLIMIT_AS, &old) })
	const headroom = 64 << 30
	if err := boundMemory(headroom); err != nil {
		t.Fatal(err)
	}
	var got syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_AS, &got); err != nil {
		t.Fatal(err)
	}
	if old.Cur > headroom && (got.Cur <= headroom || got.Cur > headroom+(64<<30) || got.Max != old.Max) {
		t.Errorf("address-space limit %d (max %d), want a little over %d above the mapped size, max %d", got.Cur, got.Max, uint64(headroom), old.Max)
	}
	if err := boundMemory(2 * headroom); err != nil {
		t.Fatal(err)
	}
	var again syscall.Rlimit
	syscall.Getrlimit(syscall.RLIMIT_AS, &again)
	if again.Cur != got.Cur {
		t.Errorf("a larger bound raised the limit from %d to %d", got.Cur, again.Cur)
	}
}
