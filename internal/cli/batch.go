package cli

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"strings"
	"sync"

	"github.com/roadmapgo/roadmap/internal/batch"
	"github.com/roadmapgo/roadmap/layout"
)

// batchCompanion lays out every input of a command, one request at a
// time, in the companion that commands share (see shared.go) or else in
// one companion process of the command's own, so that Graphviz's
// WebAssembly starts once for many commands, or at least once per command
// rather than once per file. Its own process starts on the first request
// that needs it; after it fails, the next request starts a new one.
type batchCompanion struct {
	mu     sync.Mutex
	ctx    context.Context
	cmd    *exec.Cmd
	in     io.WriteCloser
	enc    *json.Encoder
	dec    *json.Decoder
	stderr bytes.Buffer
	// shared is the connection to the companion that commands share,
	// tried first; unshared is set once sharing failed or is off, and
	// the command then starts a companion of its own.
	shared   *sharedConn
	unshared bool
	warnings io.Writer // where a bad ROADMAP_GRAPHVIZ_IDLE is reported
}

// layout sends req to the companion and returns its diagram.
func (b *batchCompanion) layout(req *batch.Request) (*layout.Diagram, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if resp, ok := b.askShared(req); ok {
		return diagramOf(resp)
	}
	if b.ctx.Err() != nil {
		return nil, b.ctx.Err()
	}
	if b.cmd == nil {
		if err := b.start(); err != nil {
			return nil, err
		}
	}
	var resp batch.Response
	if err := b.enc.Encode(req); err != nil {
		return nil, b.fail(err)
	}
	if err := b.dec.Decode(&resp); err != nil {
		return nil, b.fail(err)
	}
	return diagramOf(&resp)
}

// diagramOf returns the diagram of a companion's answer, or its error.
func diagramOf(resp *batch.Response) (*layout.Diagram, error) {
	if resp.Error != "" {
		return nil, errors.New(strings.TrimSpace(resp.Error))
	}
	if resp.Diagram == nil {
		return nil, fmt.Errorf("%s gave an answer without a diagram", companion)
	}
	return resp.Diagram, nil
}

// start runs the companion in --batch mode.
func (b *batchCompanion) start() error {
	argv, err := findCompanion()
	if err != nil {
		return err
	}
	cmd := exec.CommandContext(b.ctx, argv[0], append(argv[1:], "--batch")...)
	cmd.Env = companionEnv()
	b.stderr.Reset()
	cmd.Stderr = &b.stderr
	in, err := cmd.StdinPipe()
	if err != nil {
		return err
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return err
	}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("%s: %w", companion, err)
	}
	b.cmd, b.in = cmd, in
	b.enc = json.NewEncoder(in)
	b.dec = json.NewDecoder(bufio.NewReader(out))
	return nil
}

// fail ends a companion that broke off the exchange with err and returns
// the error to report: what it printed, or err.
func (b *batchCompanion) fail(err error) error {
	b.in.Close()
	if werr := b.cmd.Wait(); werr != nil {
		err = werr
	}
	b.cmd = nil
	if b.ctx.Err() != nil {
		return b.ctx.Err()
	}
	return companionError(b.stderr.String(), err)
}

// close ends the companion, if one runs, once it has read every request.
func (b *batchCompanion) close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.shared != nil {
		b.shared.close()
		b.shared = nil
	}
	if b.cmd == nil {
		return
	}
	b.in.Close()
	_ = b.cmd.Wait() // every answer was read: a late failure changes none
	b.cmd = nil
}
