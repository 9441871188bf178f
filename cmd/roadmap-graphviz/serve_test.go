package main

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/roadmapgo/roadmap/internal/batch"
)

// startSocket runs serveSocket at a new path and returns the path and a
// channel that closes when it returns, its exit code in *code.
func startSocket(t *testing.T, idle time.Duration, code *int) (string, <-chan struct{}) {
	t.Helper()
	sock := filepath.Join(t.TempDir(), "g.sock")
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		*code = serveSocket(ctx, sock, idle, io.Discard)
		close(done)
	}()
	t.Cleanup(func() {
		cancel()
		<-done
	})
	waitForSocket(t, sock)
	return sock, done
}

// waitForSocket waits until something answers at sock.
func waitForSocket(t *testing.T, sock string) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		if c, err := net.Dial("unix", sock); err == nil {
			c.Close()
			return
		}
	}
	t.Fatalf("nothing answers at %s", sock)
}

// ask sends one request on a new connection to sock and reads the answer.
func ask(t *testing.T, sock string, req batch.Request) batch.Response {
	t.Helper()
	c, err := net.Dial("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := json.NewEncoder(c).Encode(req); err != nil {
		t.Fatal(err)
	}
	var resp batch.Response
	if err := json.NewDecoder(bufio.NewReader(c)).Decode(&resp); err != nil {
		t.Fatal(err)
	}
	return resp
}

func TestSocketAnswersRequestsInTheCallersDirectory(t *testing.T) {
	examples, err := filepath.Abs(filepath.Join("..", "..", "examples"))
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(t.TempDir()) // answering changes directory; this restores it
	var code int
	sock, _ := startSocket(t, time.Minute, &code)
	resp := ask(t, sock, batch.Request{Engine: "dot", Files: []string{"fundamentals.yaml"}, Dir: examples})
	if resp.Error != "" || resp.Diagram == nil || resp.Diagram.Title != "LLM Fundamentals Roadmap" {
		t.Fatalf("answer %+v; want the diagram of examples/fundamentals.yaml", resp)
	}
	resp = ask(t, sock, batch.Request{Engine: "dot", Files: []string{"nowhere.yaml"}, Dir: examples})
	if !strings.Contains(resp.Error, "nowhere.yaml") {
		t.Fatalf("answer %+v; want an error naming nowhere.yaml", resp)
	}
}

func TestSocketEndsWhenIdleAndRemovesItsFile(t *testing.T) {
	var code int
	sock, done := startSocket(t, 300*time.Millisecond, &code)
	ask(t, sock, batch.Request{}) // answered with an error: no file named
	select {
	case <-done:
		if code != 0 {
			t.Fatalf("exit %d", code)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("still serving 10 s after its last connection, with an idle time of 300 ms")
	}
	if _, err := os.Lstat(sock); !os.IsNotExist(err) {
		t.Fatalf("the socket file is left behind: %v", err)
	}
}

func TestSecondSocketServerLeavesTheFirst(t *testing.T) {
	var code int
	sock, _ := startSocket(t, time.Minute, &code)
	if c := serveSocket(context.Background(), sock, time.Minute, io.Discard); c != 0 {
		t.Fatalf("a second companion at the same socket: exit %d, want 0", c)
	}
	if resp := ask(t, sock, batch.Request{}); !strings.Contains(resp.Error, "names no file") {
		t.Fatalf("the first companion no longer answers: %+v", resp)
	}
}

func TestSocketServerReplacesAStaleSocketFile(t *testing.T) {
	sock := filepath.Join(t.TempDir(), "g.sock")
	ln, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	ln.(*net.UnixListener).SetUnlinkOnClose(false)
	ln.Close() // the file stays, as after a crash
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go serveSocket(ctx, sock, time.Minute, io.Discard)
	waitForSocket(t, sock)
	if resp := ask(t, sock, batch.Request{}); !strings.Contains(resp.Error, "names no file") {
		t.Fatalf("answer %+v", resp)
	}
}
