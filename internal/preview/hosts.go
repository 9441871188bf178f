package preview

import (
	"fmt"
	"strings"
)

// Hosts is the value of the repeatable, comma-separated --host flag:
// the names, besides its own, that the preview answers to.
type Hosts []string

// String returns the names, comma-separated.
func (h *Hosts) String() string { return strings.Join(*h, ",") }

// Set adds the comma-separated names of v, each a host name or an IP
// address without a port. A name with one colon, or a bracketed address
// followed by one, has a port; an IPv6 address has two colons or more.
// A malformed address is kept: it matches no Host header.
func (h *Hosts) Set(v string) error {
	for _, name := range strings.Split(v, ",") {
		host := NormalHost(name)
		if host == "" {
			return fmt.Errorf("empty name in %q", v)
		}
		if strings.Count(host, ":") == 1 || strings.Contains(host, "]:") {
			return fmt.Errorf("%q: give a name without a port (the port is not compared)", name)
		}
		*h = append(*h, host)
	}
	return nil
}

// NormalHost returns host, a name or an address without its port, as it
// is compared: lower case, without the brackets of an IPv6 address.
func NormalHost(host string) string {
	host = strings.ToLower(strings.TrimSpace(host))
	if strings.HasPrefix(host, "[") && strings.HasSuffix(host, "]") {
		host = host[1 : len(host)-1]
	}
	return host
}
