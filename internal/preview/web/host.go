package web

import (
	"fmt"
	"net"
	"net/http"

	"github.com/roadmapgo/roadmap/internal/preview"
)

// A web page can point a name it controls at 127.0.0.1 and then read the
// preview as its own origin (DNS rebinding). The server therefore answers
// only requests whose Host header names it: the address it listens on,
// a loopback name, or a name given with --host. The port of the header is
// not compared, so that a forwarded port (ssh -L) still works.

// loopbackHosts are the names serve always answers to.
var loopbackHosts = []string{"localhost", "127.0.0.1", "::1"}

// hostOf returns the host of a Host header, without its port.
func hostOf(header string) string {
	if h, _, err := net.SplitHostPort(header); err == nil {
		return preview.NormalHost(h)
	}
	return preview.NormalHost(header)
}

// allowedHosts returns the names the server answers to: the loopback
// names, the host of addr (the --addr flag) and of ln (where it listens),
// and the names of --host.
func allowedHosts(addr string, ln net.Addr, extra []string) map[string]bool {
	allowed := map[string]bool{}
	for _, h := range loopbackHosts {
		allowed[h] = true
	}
	for _, a := range []string{addr, ln.String()} {
		if h := hostOf(a); h != "" {
			allowed[h] = true
		}
	}
	for _, h := range extra {
		allowed[h] = true
	}
	return allowed
}

// checkHost answers 421 Misdirected Request, with nothing of the
// roadmaps, to a request whose Host header is not allowed, and passes
// the others to next.
func checkHost(allowed map[string]bool, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !allowed[hostOf(r.Host)] {
			msg := fmt.Sprintf("roadmap serve does not answer to the host %q; open it through localhost, or start it with --host NAME", r.Host)
			http.Error(w, msg, http.StatusMisdirectedRequest)
			return
		}
		next.ServeHTTP(w, r)
	})
}
