package cli

import (
	"bytes"
	"testing"
)

// A large output written in uneven pieces comes back byte for byte, both
// written out and joined, across many blocks.
func TestChunksKeepEveryByte(t *testing.T) {
	var want bytes.Buffer
	c := new(chunks)
	for i := range 3000 {
		p := bytes.Repeat([]byte{byte(i)}, i%1500)
		want.Write(p)
		if n, err := c.Write(p); n != len(p) || err != nil {
			t.Fatalf("Write = %d, %v; want %d, nil", n, err, len(p))
		}
	}
	if len(c.blocks) < 2 {
		t.Fatalf("%d bytes in %d block; want several blocks", c.Len(), len(c.blocks))
	}
	var out bytes.Buffer
	if n, err := c.WriteTo(&out); err != nil || n != int64(want.Len()) {
		t.Fatalf("WriteTo = %d, %v; want %d, nil", n, err, want.Len())
	}
	if !bytes.Equal(out.Bytes(), want.Bytes()) || !bytes.Equal(c.Bytes(), want.Bytes()) {
		t.Fatal("the output differs from what was written")
	}
}
