package cli

import "io"

// Bounds of the blocks a chunks holds: each new block is as large as all
// before it, between these.
const (
	minChunk = 4 << 10
	maxChunk = 1 << 20
)

// chunks is an output held in memory as a list of blocks. Unlike a
// bytes.Buffer it grows without copying what it holds, so writing a large
// output never needs room for it twice over.
type chunks struct {
	blocks [][]byte
	n      int
}

// Write appends p; it never fails.
func (c *chunks) Write(p []byte) (int, error) {
	written := len(p)
	for len(p) > 0 {
		last := len(c.blocks) - 1
		if last < 0 || len(c.blocks[last]) == cap(c.blocks[last]) {
			c.blocks = append(c.blocks, make([]byte, 0, min(max(c.n, minChunk), maxChunk)))
			last++
		}
		b := c.blocks[last]
		k := min(len(p), cap(b)-len(b))
		c.blocks[last] = append(b, p[:k]...)
		c.n += k
		p = p[k:]
	}
	return written, nil
}

// Len is the number of bytes written.
func (c *chunks) Len() int { return c.n }

// WriteTo writes every block to w.
func (c *chunks) WriteTo(w io.Writer) (int64, error) {
	var total int64
	for _, b := range c.blocks {
		n, err := w.Write(b)
		total += int64(n)
		if err != nil {
			return total, err
		}
	}
	return total, nil
}

// Bytes returns the output in one slice.
func (c *chunks) Bytes() []byte {
	if len(c.blocks) == 1 {
		return c.blocks[0]
	}
	out := make([]byte, 0, c.n)
	for _, b := range c.blocks {
		out = append(out, b...)
	}
	return out
}
