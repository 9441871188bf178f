package cli

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"time"
)

// defaultIdle is how long a shared companion waits for the next command
// before it ends.
const defaultIdle = time.Minute

// startLimit bounds the wait for a shared companion to answer once
// started: its first start compiles Graphviz's WebAssembly, 0.6 to 2 s
// on an idle machine and more on a loaded one.
const startLimit = 30 * time.Second

// maxSocketPath is the longest socket path used; the system's limit is
// 104 to 108 bytes.
const maxSocketPath = 100

// sharedIdle is how long a shared companion waits for the next command:
// $ROADMAP_GRAPHVIZ_IDLE (a Go duration), else defaultIdle. Zero or less
// turns the sharing off: each command then starts its own companion.
func sharedIdle() (time.Duration, error) {
	v := os.Getenv("ROADMAP_GRAPHVIZ_IDLE")
	if v == "" {
		return defaultIdle, nil
	}
	d, err := time.ParseDuration(v)
	if err != nil {
		return 0, fmt.Errorf("ROADMAP_GRAPHVIZ_IDLE=%s is not a duration such as 1m or 30s", v)
	}
	return d, nil
}

// sharedSocket returns where the shared companion for the program prog
// listens: a socket in a directory of the user's cache that only the
// user may enter, named after the program (its path, size and time) and
// the environment that decides which fonts it finds, so that another
// build or setting gets a companion of its own.
func sharedSocket(prog string) (string, error) {
	abs, err := filepath.Abs(prog)
	if err != nil {
		return "", err
	}
	st, err := os.Stat(abs)
	if err != nil {
		return "", err
	}
	cache, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	dir := filepath.Join(cache, "roadmap", "run")
	if err := privateDir(dir); err != nil {
		return "", err
	}
	h := sha256.New()
	for _, s := range []string{"batch/1", abs, strconv.FormatInt(st.Size(), 10), st.ModTime().UTC().Format(time.RFC3339Nano),
		os.Getenv("HOME"), os.Getenv("XDG_DATA_HOME"), os.Getenv("XDG_DATA_DIRS")} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	sock := filepath.Join(dir, "graphviz-"+hex.EncodeToString(h.Sum(nil))[:16]+".sock")
	if len(sock) > maxSocketPath {
		return "", fmt.Errorf("the socket path %s is too long", sock)
	}
	return sock, nil
}

// dialShared connects to the shared companion that argv runs, starting
// it when none answers.
func dialShared(ctx context.Context, argv []string, idle time.Duration) (io.ReadWriteCloser, error) {
	sock, err := sharedSocket(argv[0])
	if err != nil {
		return nil, err
	}
	if c, err := dialSocket(sock); err == nil {
		return c, nil
	}
	ended, err := startShared(argv, sock, idle)
	if err != nil {
		return nil, err
	}
	return awaitShared(ctx, sock, ended)
}

// startShared starts the companion that argv runs, listening at sock,
// apart from this process (its own session, its standard streams not
// this one's) so that it outlives it; what it prints goes to sock.log.
// The channel closes when it ends.
func startShared(argv []string, sock string, idle time.Duration) (<-chan struct{}, error) {
	log, err := os.OpenFile(sock+".log", os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o600)
	if err != nil {
		return nil, err
	}
	defer log.Close()
	cmd := exec.Command(argv[0], append(argv[1:], "--serve", sock, "--idle", idle.String())...)
	cmd.Env = companionEnv()
	cmd.Stderr = log
	detach(cmd)
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	ended := make(chan struct{})
	go func() {
		_ = cmd.Wait()
		close(ended)
	}()
	return ended, nil
}

// awaitShared connects to sock once the companion just started listens
// there, or one that another command started at the same time does.
func awaitShared(ctx context.Context, sock string, ended <-chan struct{}) (io.ReadWriteCloser, error) {
	deadline := time.Now().Add(startLimit)
	for delay := time.Millisecond; ; delay = min(2*delay, 50*time.Millisecond) {
		c, err := dialSocket(sock)
		if err == nil {
			return c, nil
		}
		if time.Now().After(deadline) {
			return nil, fmt.Errorf("the shared companion did not answer within %v", startLimit)
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-ended:
			if c, err := dialSocket(sock); err == nil {
				return c, nil
			}
			return nil, errors.New("the shared companion ended before it answered")
		case <-time.After(delay):
		}
	}
}
