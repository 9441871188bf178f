package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"sync"
	"syscall"
	"time"
)

// serveSocket listens on the Unix socket at path and answers the batch
// requests of each connection, as --batch does those of standard input,
// until no connection has been open for idle: the companion that
// successive roadmap commands share, so that Graphviz's WebAssembly
// starts once for all of them. When another companion already answers
// at path it returns 0 at once; a socket file left by one that ended
// without removing it is replaced.
func serveSocket(ctx context.Context, path string, idle time.Duration, stderr io.Writer) int {
	ln, err := listenUnix(path)
	if errors.Is(err, errServing) {
		return 0
	}
	if err != nil {
		fmt.Fprintln(stderr, "roadmap-graphviz --serve:", err)
		return 1
	}
	s := &socketServer{ln: ln, last: time.Now()}
	go s.stopWhenIdle(ctx, idle)
	s.acceptAll(ctx, stderr)
	return 0
}

// errServing says that another companion answers at the socket's path.
var errServing = errors.New("another companion answers at this socket")

// listenUnix listens at path, replacing a socket file that no process
// answers at.
func listenUnix(path string) (net.Listener, error) {
	ln, err := net.Listen("unix", path)
	if err == nil || !errors.Is(err, syscall.EADDRINUSE) {
		return ln, err
	}
	if c, derr := net.DialTimeout("unix", path, time.Second); derr == nil {
		c.Close()
		return nil, errServing
	}
	if err := os.Remove(path); err != nil {
		return nil, err
	}
	return net.Listen("unix", path)
}

// socketServer is a companion answering on a socket.
type socketServer struct {
	ln       net.Listener
	mu       sync.Mutex
	open     int       // connections being answered
	last     time.Time // when the last connection closed
	handlers sync.WaitGroup
}

// acceptAll answers each connection in its own goroutine until the
// listener closes, then waits for those still open.
func (s *socketServer) acceptAll(ctx context.Context, stderr io.Writer) {
	for {
		c, err := s.ln.Accept()
		if err != nil {
			break
		}
		s.mu.Lock()
		s.open++
		s.mu.Unlock()
		s.handlers.Add(1)
		go func() {
			defer s.handlers.Done()
			serveBatch(ctx, c, c, stderr)
			c.Close()
			s.mu.Lock()
			s.open--
			s.last = time.Now()
			s.mu.Unlock()
		}()
	}
	s.handlers.Wait()
}

// stopWhenIdle closes the listener, which removes the socket file, once
// no connection has been open for idle, or when ctx ends.
func (s *socketServer) stopWhenIdle(ctx context.Context, idle time.Duration) {
	tick := time.NewTicker(min(idle/4+time.Millisecond, time.Second))
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			s.ln.Close()
			return
		case <-tick.C:
		}
		s.mu.Lock()
		done := s.open == 0 && time.Since(s.last) >= idle
		if done {
			s.ln.Close()
		}
		s.mu.Unlock()
		if done {
			return
		}
	}
}
