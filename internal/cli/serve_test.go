package cli

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"github.com/roadmapgo/roadmap/internal/preview"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/roadmapgo/roadmap/render"
)

// lockedBuffer is a stderr that the server and the test share.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// liveServer is a roadmap serve running in-process.
type liveServer struct {
	url    string // http://127.0.0.1:PORT
	stop   context.CancelFunc
	done   chan int // receives the exit code
	stderr *lockedBuffer
}

var servingURL = regexp.MustCompile(`serving (http://[0-9.:]+)/`)

// startServe runs "roadmap serve --addr 127.0.0.1:0 args..." and waits
// for the URL it prints; the server is stopped when the test ends.
func startServe(t *testing.T, args ...string) *liveServer {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	s := &liveServer{stop: cancel, done: make(chan int, 1), stderr: &lockedBuffer{}}
	go func() {
		s.done <- run(ctx, append([]string{"serve", "--addr", "127.0.0.1:0"}, args...), strings.NewReader(""), io.Discard, s.stderr)
	}()
	t.Cleanup(func() { s.shutdown(t) })
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if m := servingURL.FindStringSubmatch(s.stderr.String()); m != nil {
			s.url = m[1]
			return s
		}
		select {
		case code := <-s.done:
			t.Fatalf("serve exited with %d: %s", code, s.stderr.String())
		case <-time.After(20 * time.Millisecond):
		}
	}
	t.Fatalf("serve printed no URL: %q", s.stderr.String())
	return nil
}

// shutdown cancels the context, as Ctrl-C does, and returns the exit
// code, failing when the server takes more than 10 s to stop.
func (s *liveServer) shutdown(t *testing.T) int {
	t.Helper()
	s.stop()
	select {
	case code := <-s.done:
		s.done <- code // for a second call
		return code
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop within 10 s of cancellation")
		return -1
	}
}

// get fetches path and returns the status, content type and body.
func (s *liveServer) get(t *testing.T, path string) (int, string, string) {
	t.Helper()
	return s.fetch(t, path, "")
}

// eventStream reads the versions sent by /f/N/events.
type eventStream struct {
	versions chan string
	body     io.Closer
}

func (s *liveServer) events(t *testing.T, n string) *eventStream {
	t.Helper()
	res, err := http.Get(s.url + "/f/" + n + "/events")
	if err != nil {
		t.Fatal(err)
	}
	if ct := res.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Fatalf("events: content type %q", ct)
	}
	es := &eventStream{versions: make(chan string, 16), body: res.Body}
	t.Cleanup(func() { res.Body.Close() })
	go func() {
		sc := bufio.NewScanner(res.Body)
		for sc.Scan() {
			if v, ok := strings.CutPrefix(sc.Text(), "data: "); ok {
				es.versions <- v
			}
		}
		close(es.versions)
	}()
	return es
}

// next waits up to 5 s for the next event and returns its version.
func (es *eventStream) next(t *testing.T) string {
	t.Helper()
	select {
	case v, ok := <-es.versions:
		if !ok {
			t.Fatal("event stream closed")
		}
		return v
	case <-time.After(5 * time.Second):
		t.Fatal("no event within 5 s")
		return ""
	}
}

// editTitle rewrites the roadmap title of the file at path.
func editTitle(t *testing.T, path, title string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile(`(?m)^title: .*$`)
	if err := writeFileAtomic(path, re.ReplaceAll(data, []byte("title: "+title))); err != nil {
		t.Fatal(err)
	}
}

func TestServeRedrawsOnSaveAndKeepsLastGoodPicture(t *testing.T) {
	path := copyExample(t, t.TempDir(), "fundamentals.yaml")
	s := startServe(t, path)

	code, ct, body := s.get(t, "/")
	if code != http.StatusOK || !strings.HasPrefix(ct, "text/html") || !strings.Contains(body, "<svg") ||
		!strings.Contains(body, "LLM Fundamentals Roadmap") || !strings.Contains(body, "new EventSource") {
		t.Fatalf("page: %d %q, body lacks the picture or the script:\n%.500s", code, ct, body)
	}
	code, ct, svg := s.get(t, "/f/0/svg")
	if code != http.StatusOK || ct != "image/svg+xml" || strings.Contains(svg, "<script") {
		t.Fatalf("svg: %d %q", code, ct)
	}

	es := s.events(t, "0")
	if v := es.next(t); v != "1" {
		t.Fatalf("first event: version %q, want 1", v)
	}
	editTitle(t, path, "A Fresh Title")
	if v := es.next(t); v != "2" {
		t.Fatalf("after a save: version %q, want 2", v)
	}
	if _, _, svg := s.get(t, "/f/0/svg"); !strings.Contains(svg, "A Fresh Title") {
		t.Fatal("the SVG was not redrawn after the save")
	}

	bad := "title: x\nsections:\n  - titel: <a>\n"
	if err := writeFileAtomic(path, []byte(bad)); err != nil {
		t.Fatal(err)
	}
	es.next(t)
	_, _, st := s.get(t, "/f/0/state")
	var state preview.State
	if err := json.Unmarshal([]byte(st), &state); err != nil {
		t.Fatal(err)
	}
	if len(state.Errors) == 0 || !strings.Contains(state.Errors[0], path+":3:5: unknown field \"titel\"") || state.SVGVersion != 2 {
		t.Fatalf("state after an invalid save: %+v", state)
	}
	if _, _, svg := s.get(t, "/f/0/svg"); !strings.Contains(svg, "A Fresh Title") {
		t.Fatal("the last good SVG is not served after an invalid save")
	}
	_, _, body = s.get(t, "/")
	if !strings.Contains(body, ":3:5: unknown field &#34;titel&#34;") || !strings.Contains(body, "A Fresh Title") {
		t.Fatalf("page after an invalid save lacks the escaped error or the last picture:\n%.800s", body)
	}

	if code := s.shutdown(t); code != exitOK {
		t.Fatalf("serve exited with %d after cancellation, want 0", code)
	}
	if _, ok := <-es.versions; ok {
		t.Fatal("the event stream stayed open after the server stopped")
	}
}

func TestServeListsSeveralFiles(t *testing.T) {
	dir := t.TempDir()
	a := copyExample(t, dir, "fundamentals.yaml")
	b := copyExample(t, dir, "scientist.yaml")
	s := startServe(t, a, b)
	_, _, body := s.get(t, "/")
	if !strings.Contains(body, `href="/f/0/"`) || !strings.Contains(body, `href="/f/1/"`) || !strings.Contains(body, b) {
		t.Fatalf("index does not list both files:\n%s", body)
	}
	if code, _, body := s.get(t, "/f/1/"); code != http.StatusOK || !strings.Contains(body, "The LLM Scientist Roadmap") {
		t.Fatalf("page of the second file: %d", code)
	}
	if code, _, _ := s.get(t, "/f/2/"); code != http.StatusNotFound {
		t.Fatalf("page of a third file: %d, want 404", code)
	}
}

func TestServeInvalidFromTheStart(t *testing.T) {
	path := writeTemp(t, t.TempDir(), "bad.yaml", "title: [\n")
	s := startServe(t, path)
	if code, _, _ := s.get(t, "/f/0/svg"); code != http.StatusNotFound {
		t.Fatalf("svg of a file never valid: %d, want 404", code)
	}
	if _, _, body := s.get(t, "/"); !strings.Contains(body, path+":") || strings.Contains(body, " hidden>") {
		t.Fatalf("page does not show the errors:\n%.600s", body)
	}
}

func TestServeUsage(t *testing.T) {
	for _, args := range [][]string{{"serve"}, {"serve", "--theme", "neon", "x.yaml"}, {"serve", "-"},
		{"serve", "--width", "0", "x.yaml"}, {"serve", "--addr", "256.0.0.1:bad", "x.yaml"},
		{"serve", "--host", "a.lan:8080", "x.yaml"}, {"serve", "--host", "a.lan,", "x.yaml"}} {
		if code, _, _ := runCLI(t, "", args...); code != exitUsage {
			t.Errorf("roadmap %v: exit %d, want %d", args, code, exitUsage)
		}
	}
	if code, out, _ := runCLI(t, "", "help", "serve"); code != exitOK || !strings.Contains(out, "--host NAME") {
		t.Fatalf("help serve: exit %d, no --host in\n%s", code, out)
	}
}

// getHost fetches path with the Host header host and returns the status
// and the body.
func (s *liveServer) getHost(t *testing.T, path, host string) (int, string) {
	t.Helper()
	code, _, body := s.fetch(t, path, host)
	return code, body
}

// fetch fetches path, with the Host header host unless it is "", and
// returns the status, content type and body.
func (s *liveServer) fetch(t *testing.T, path, host string) (int, string, string) {
	t.Helper()
	req, err := http.NewRequest("GET", s.url+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if host != "" {
		req.Host = host
	}
	c := &http.Client{Timeout: 10 * time.Second}
	res, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return res.StatusCode, res.Header.Get("Content-Type"), string(b)
}

// port is the port the server listens on.
func (s *liveServer) port() string {
	return s.url[strings.LastIndex(s.url, ":")+1:]
}

// servePaths are all the routes, and one that is none.
var servePaths = []string{"/", "/f/0/", "/f/0/svg", "/f/0/state", "/f/0/events", "/nowhere"}

func TestServeRefusesOtherHosts(t *testing.T) {
	s := startServe(t, copyExample(t, t.TempDir(), "fundamentals.yaml"))
	for _, host := range []string{"evil.example", "evil.example:" + s.port(), "localhost.evil.example",
		"127.0.0.1.nip.io", "[::2]:" + s.port()} {
		for _, path := range servePaths {
			code, body := s.getHost(t, path, host)
			if code != http.StatusMisdirectedRequest || len(body) > 200 || strings.Contains(body, "LLM Fundamentals") ||
				strings.Contains(body, "<svg") || strings.Contains(body, "event:") || strings.Contains(body, "version") {
				t.Errorf("Host %s, GET %s: %d, want 421 and nothing of the roadmap:\n%.300s", host, path, code, body)
			}
		}
	}
}

func TestServeAnswersLoopbackAndListenAddress(t *testing.T) {
	path := copyExample(t, t.TempDir(), "fundamentals.yaml")
	s := startServe(t, path)
	p := s.port()
	for _, host := range []string{"localhost", "localhost:" + p, "LocalHost:" + p, "127.0.0.1", "127.0.0.1:" + p,
		"[::1]", "[::1]:" + p, "localhost:9999"} {
		if code, body := s.getHost(t, "/", host); code != http.StatusOK || !strings.Contains(body, "LLM Fundamentals Roadmap") {
			t.Errorf("Host %s: %d, want the page", host, code)
		}
	}
	if code, _ := s.getHost(t, "/f/0/svg", "localhost:"+p); code != http.StatusOK {
		t.Errorf("svg through localhost: %d", code)
	}

	ln, err := net.Listen("tcp", "127.0.0.2:0")
	if err != nil {
		t.Skipf("cannot listen on 127.0.0.2 here: %v", err)
	}
	ln.Close()
	other := startServe(t, "--addr", "127.0.0.2:0", path)
	if code, _ := other.getHost(t, "/", "127.0.0.2:"+other.port()); code != http.StatusOK {
		t.Errorf("Host of the listen address 127.0.0.2: %d, want 200", code)
	}
	if code, _ := other.getHost(t, "/", "127.0.0.3"); code != http.StatusMisdirectedRequest {
		t.Errorf("Host 127.0.0.3 on a server listening on 127.0.0.2: %d, want 421", code)
	}
}

func TestServeHostFlagAllowsNames(t *testing.T) {
	s := startServe(t, "--host", "MyBox.lan,other.lan", "--host", "[fd00::1]", copyExample(t, t.TempDir(), "fundamentals.yaml"))
	for _, host := range []string{"mybox.lan", "mybox.lan:" + s.port(), "other.lan:80", "[fd00::1]:" + s.port(), "localhost"} {
		if code, body := s.getHost(t, "/", host); code != http.StatusOK || !strings.Contains(body, "LLM Fundamentals Roadmap") {
			t.Errorf("Host %s allowed by --host: %d, want the page", host, code)
		}
	}
	for _, host := range []string{"evil.example", "mybox.lan.evil.example", "box.lan"} {
		if code, _ := s.getHost(t, "/f/0/svg", host); code != http.StatusMisdirectedRequest {
			t.Errorf("Host %s not given: %d, want 421", host, code)
		}
	}
}

func TestServeFollowsTheFilesACourseReads(t *testing.T) {
	dir := t.TempDir()
	course := copyExample(t, dir, "course.yaml")
	s := startServe(t, course)
	es := s.events(t, "0")
	if v := es.next(t); v != "1" {
		t.Fatalf("first event: version %q, want 1", v)
	}
	editTitle(t, filepath.Join(dir, "engineer.yaml"), "A Renamed Part")
	if v := es.next(t); v != "2" {
		t.Fatalf("after a part's save: version %q, want 2", v)
	}
	if _, _, svg := s.get(t, "/f/0/svg"); !strings.Contains(svg, "A Renamed Part") {
		t.Fatal("the course was not redrawn after a save of one of its parts")
	}
	if code := s.shutdown(t); code != exitOK {
		t.Fatalf("serve exited with %d, want 0", code)
	}
}

// failingListener fails every Accept, as a listener whose socket died.
type failingListener struct{ net.Listener }

func (failingListener) Accept() (net.Conn, error) { return nil, errors.New("the socket is gone") }

func TestServeStopsWhenServingFails(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	stderr := &lockedBuffer{}
	e := &env{ctx: context.Background(), stdin: strings.NewReader(""), stdout: &lockedBuffer{}, stderr: stderr}
	s := newServer(e, []string{copyExample(t, t.TempDir(), "fundamentals.yaml")}, look{theme: render.Light}, 0)
	done := make(chan int)
	go func() { done <- s.serveOn(failingListener{ln}, ln.Addr().String(), "127.0.0.1:0", nil) }()
	select {
	case code := <-done:
		if code != exitInvalid || !strings.Contains(stderr.String(), "the socket is gone") {
			t.Errorf("exit %d, stderr %q; want 1 and the error", code, stderr.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve hangs after serving failed")
	}
}
