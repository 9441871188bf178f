package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/roadmapgo/roadmap/internal/batch"
)

// errUnshared says that this command does not use a shared companion.
var errUnshared = errors.New("no shared companion")

// sharedConn is a connection to the companion that commands share.
type sharedConn struct {
	conn io.ReadWriteCloser
	enc  *json.Encoder
	dec  *json.Decoder
	dir  string // this command's working directory, sent with each request
	stop func() bool
}

// ask sends req and reads the answer.
func (s *sharedConn) ask(req *batch.Request) (*batch.Response, error) {
	r := *req
	r.Dir = s.dir
	if err := s.enc.Encode(&r); err != nil {
		return nil, err
	}
	var resp batch.Response
	if err := s.dec.Decode(&resp); err != nil {
		return nil, err
	}
	return &resp, nil
}

// close ends the connection; the companion stays for later commands.
func (s *sharedConn) close() {
	s.stop()
	s.conn.Close()
}

// askShared asks the shared companion for req. ok is false when this
// command does not share one (sharing is off, fails, or the companion
// broke off), and the caller then asks a companion of its own: for an
// input that made the shared one fail, that run reports why as a single
// run would.
func (b *batchCompanion) askShared(req *batch.Request) (resp *batch.Response, ok bool) {
	if b.unshared {
		return nil, false
	}
	if b.shared == nil {
		c, err := b.connectShared()
		if err != nil {
			b.unshared = true
			return nil, false
		}
		b.shared = c
	}
	resp, err := b.shared.ask(req)
	if err != nil {
		b.shared.close()
		b.shared, b.unshared = nil, true
		return nil, false
	}
	return resp, true
}

// connectShared connects to the shared companion, starting it when none
// runs, unless ROADMAP_GRAPHVIZ_IDLE turns sharing off or the companion
// is run through go run.
func (b *batchCompanion) connectShared() (*sharedConn, error) {
	idle, err := sharedIdle()
	if err != nil {
		b.warn(err)
		return nil, err
	}
	if idle <= 0 {
		return nil, errUnshared
	}
	argv, err := findCompanion()
	if err != nil || len(argv) != 1 {
		return nil, errUnshared
	}
	dir, err := os.Getwd()
	if err != nil {
		return nil, err
	}
	conn, err := dialShared(b.ctx, argv, idle)
	if err != nil {
		return nil, err
	}
	return &sharedConn{
		conn: conn,
		enc:  json.NewEncoder(conn),
		dec:  json.NewDecoder(bufio.NewReader(conn)),
		dir:  dir,
		stop: context.AfterFunc(b.ctx, func() { conn.Close() }),
	}, nil
}

// warn reports that sharing is off because of err.
func (b *batchCompanion) warn(err error) {
	if b.warnings != nil {
		fmt.Fprintf(b.warnings, "roadmap: warning: %v; this command starts a companion of its own\n", err)
	}
}
