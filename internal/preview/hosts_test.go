package preview

import (
	"slices"
	"testing"
)

// TestHostsRefusePorts checks that --host takes names and addresses, IPv6
// ones bracketed or not, and refuses any with a port, which is never
// compared.
func TestHostsRefusePorts(t *testing.T) {
	var h Hosts
	for _, v := range []string{"MyBox.lan", "10.0.0.2", "fd00::1", "[fd00::2]", "::1", "a.lan,b.lan"} {
		if err := h.Set(v); err != nil {
			t.Errorf("--host %s: %v", v, err)
		}
	}
	want := Hosts{"mybox.lan", "10.0.0.2", "fd00::1", "fd00::2", "::1", "a.lan", "b.lan"}
	if !slices.Equal(h, want) {
		t.Errorf("hosts %q, want %q", h, want)
	}
	for _, v := range []string{"a.lan:8080", "10.0.0.2:80", "[fd00::1]:8080", "a.lan,", " "} {
		var h Hosts
		if err := h.Set(v); err == nil {
			t.Errorf("--host %q accepted as %q", v, h)
		}
	}
}
