package cli

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/roadmapgo/roadmap/internal/tooltest"
)

// The browser test drives headless Chromium through the DevTools protocol
// over --remote-debugging-pipe: JSON messages ended by a NUL byte, read by
// the browser on file descriptor 3 and written on 4. It needs only the
// standard library (no WebSocket), and unlike --dump-dom with a virtual
// time budget it does not hang on the event stream, which never ends
// and so holds virtual time still.

// chromiumBin finds Chromium (see tooltest.Chromium).
func chromiumBin(t *testing.T) string {
	t.Helper()
	return tooltest.Chromium(t)
}

// browser is a headless Chromium and a DevTools session on its page.
type browser struct {
	in      *os.File // the browser's fd 3
	mu      sync.Mutex
	next    int
	pending map[int]chan cdpReply
	session string
}

// cdpReply is the answer to one DevTools command.
type cdpReply struct {
	ID     int             `json:"id"`
	Result json.RawMessage `json:"result"`
	Error  *struct {
		Message string `json:"message"`
	} `json:"error"`
}

// startBrowser opens url in headless Chromium, in its own process group
// killed when the test ends, and attaches to the page.
func startBrowser(t *testing.T, bin, url string) *browser {
	t.Helper()
	toBrowser, in, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	out, fromBrowser, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
		"--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir="+t.TempDir(),
		"--remote-debugging-pipe", url)
	cmd.ExtraFiles = []*os.File{toBrowser, fromBrowser}
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		t.Skipf("cannot start %s: %v", bin, err)
	}
	toBrowser.Close()
	fromBrowser.Close()
	b := &browser{in: in, pending: map[int]chan cdpReply{}}
	t.Cleanup(func() {
		in.Close()
		syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) // the whole group: renderer and helpers too
		cmd.Wait()
		out.Close()
	})
	go b.read(out)
	b.attach(t)
	return b
}

// read dispatches the browser's answers; events have no id and are dropped.
func (b *browser) read(out *os.File) {
	r := bufio.NewReader(out)
	for {
		msg, err := r.ReadBytes(0)
		if err != nil {
			return
		}
		var rep cdpReply
		if json.Unmarshal(msg[:len(msg)-1], &rep) != nil || rep.ID == 0 {
			continue
		}
		b.mu.Lock()
		ch := b.pending[rep.ID]
		delete(b.pending, rep.ID)
		b.mu.Unlock()
		if ch != nil {
			ch <- rep
		}
	}
}

// call sends one command, to the page session when page is set, and waits
// up to 10 s for its result.
func (b *browser) call(page bool, method string, params any, result any) error {
	b.mu.Lock()
	b.next++
	id := b.next
	ch := make(chan cdpReply, 1)
	b.pending[id] = ch
	b.mu.Unlock()
	msg := map[string]any{"id": id, "method": method, "params": params}
	if page {
		msg["sessionId"] = b.session
	}
	data, err := json.Marshal(msg)
	if err != nil {
		return err
	}
	if _, err := b.in.Write(append(data, 0)); err != nil {
		return err
	}
	select {
	case rep := <-ch:
		if rep.Error != nil {
			return fmt.Errorf("%s: %s", method, rep.Error.Message)
		}
		return json.Unmarshal(rep.Result, result)
	case <-time.After(30 * time.Second): // a browser starting on a loaded machine is slow
		return fmt.Errorf("%s: no answer within 30 s", method)
	}
}

// attach finds the page target and opens a session on it.
func (b *browser) attach(t *testing.T) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		var targets struct {
			TargetInfos []struct{ TargetID, Type string } `json:"targetInfos"`
		}
		if err := b.call(false, "Target.getTargets", map[string]any{}, &targets); err != nil {
			t.Fatal(err)
		}
		for _, ti := range targets.TargetInfos {
			if ti.Type == "page" {
				var s struct{ SessionID string }
				if err := b.call(false, "Target.attachToTarget", map[string]any{"targetId": ti.TargetID, "flatten": true}, &s); err != nil {
					t.Fatal(err)
				}
				b.session = s.SessionID
				return
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatal("Chromium opened no page within 20 s")
}

// waitFor evaluates the JavaScript condition in the page until it is true,
// for at most limit.
func (b *browser) waitFor(t *testing.T, cond string, limit time.Duration) {
	t.Helper()
	deadline := time.Now().Add(limit)
	var last string
	for time.Now().Before(deadline) {
		var res struct {
			Result struct {
				Value any `json:"value"`
			} `json:"result"`
			ExceptionDetails any `json:"exceptionDetails"`
		}
		err := b.call(true, "Runtime.evaluate", map[string]any{"expression": cond, "returnByValue": true}, &res)
		if err != nil {
			t.Fatal(err)
		}
		if res.Result.Value == true {
			return
		}
		last = fmt.Sprint(res.Result.Value, res.ExceptionDetails)
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("not true within %v: %s (last value %s)", limit, cond, last)
}

func TestServeInChromium(t *testing.T) {
	bin := chromiumBin(t)
	path := copyExample(t, t.TempDir(), "fundamentals.yaml")
	s := startServe(t, path)
	b := startBrowser(t, bin, s.url+"/")

	const picture = `document.getElementById("map").textContent`
	b.waitFor(t, `document.readyState === "complete" && document.body.dataset.version === "1" && `+
		picture+`.includes("LLM Fundamentals Roadmap") && window.roadmapPage.events.readyState === EventSource.OPEN`, 30*time.Second)

	editTitle(t, path, "Seen In Chromium")
	b.waitFor(t, `document.body.dataset.version === "2" && `+picture+`.includes("Seen In Chromium")`, 10*time.Second)

	if err := writeFileAtomic(path, []byte("title: x\nsections:\n  - titel: a\n")); err != nil {
		t.Fatal(err)
	}
	b.waitFor(t, `document.body.dataset.version === "3" && !document.getElementById("errors").hidden && `+
		`document.getElementById("errors").textContent.includes(":3:5: unknown field") && `+
		picture+`.includes("Seen In Chromium")`, 10*time.Second)
}
