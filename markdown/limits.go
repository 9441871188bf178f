package markdown

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/roadmapgo/roadmap/roadmap"
)

// Limits that keep a hostile README from exhausting time or memory; a
// README past one of them is refused with an error naming the limit.
const (
	// MaxReadmeSize is the largest README Import and ReadFile accept, in
	// bytes: the limit of a roadmap file.
	MaxReadmeSize = roadmap.MaxFileSize
	// MaxNesting is the deepest nesting of lists and block quotes
	// accepted. The Markdown parser slows down steeply with depth (a
	// list 3,000 deep takes a minute), so Import measures it from the
	// lines' markers and indentation before parsing. Course READMEs nest
	// two or three deep.
	MaxNesting = 32
)

// ReadFile reads a README from a file, refusing one larger than
// MaxReadmeSize by its size before reading it.
func ReadFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() && fi.Size() > MaxReadmeSize {
		return nil, tooLarge(path)
	}
	return Read(f, path)
}

// Read reads a README from r, at most MaxReadmeSize+1 bytes of it: past
// the limit it stops and returns an error; name is used in the message.
func Read(r io.Reader, name string) ([]byte, error) {
	src, err := io.ReadAll(io.LimitReader(r, MaxReadmeSize+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", displayName(name), err)
	}
	if len(src) > MaxReadmeSize {
		return nil, tooLarge(name)
	}
	return src, nil
}

func tooLarge(name string) error {
	return fmt.Errorf("%s: README is over the limit of %d MiB (markdown.MaxReadmeSize); split the course into several READMEs",
		displayName(name), MaxReadmeSize>>20)
}

// checkLimits refuses a README past MaxReadmeSize or MaxNesting.
func checkLimits(src []byte, name string) error {
	if len(src) > MaxReadmeSize {
		return tooLarge(name)
	}
	line, col, ok := tooDeep(string(src))
	if !ok {
		return fmt.Errorf("%s:%d:%d: lists and block quotes nest more than %d deep (markdown.MaxNesting); flatten them",
			displayName(name), line, col, MaxNesting)
	}
	return nil
}

// tooDeep scans the lines of src for the markers of block quotes and list
// items and returns the line and column (1-based, in bytes) of the first
// marker nested deeper than MaxNesting, and false; or true when there is
// none. Its count is never below the parser's: an item is nested in the
// open one when its marker is at or past that item's content column, and
// a less indented line closes items only after a blank line (before one,
// it may continue a paragraph lazily). Code blocks are scanned too.
func tooDeep(src string) (line, col int, ok bool) {
	var open []int // content column of each open list item
	blank := true
	for n, text := range strings.Split(src, "\n") {
		c, quotes := 0, 0
		for {
			c = skipBlanks(text, c)
			marker := c
			if c < len(text) && text[c] == '>' {
				quotes++
				c++
			} else if w := listMarker(text[c:]); w > 0 {
				for len(open) > 0 && open[len(open)-1] > c {
					open = open[:len(open)-1]
				}
				open = append(open, c+w)
				c += w
			} else {
				break
			}
			if quotes+len(open) > MaxNesting {
				return n + 1, marker + 1, false
			}
		}
		isBlank := strings.TrimSpace(text) == ""
		if !isBlank && blank && c == skipBlanks(text, 0) {
			for len(open) > 0 && open[len(open)-1] > c {
				open = open[:len(open)-1]
			}
		}
		blank = isBlank
	}
	return 0, 0, true
}

// skipBlanks returns the index of the first byte at or after i that is
// not a space or a tab.
func skipBlanks(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}

// listMarker returns the width of the list item marker at the start of s
// ("-", "+", "*", or up to nine digits and "." or ")") with the blank
// after it, or 0 when s does not start with one.
func listMarker(s string) int {
	w := 0
	switch {
	case s == "":
		return 0
	case s[0] == '-' || s[0] == '+' || s[0] == '*':
		w = 1
	default:
		digits := len(s) - len(strings.TrimLeft(s, "0123456789"))
		if digits == 0 || digits > 9 || digits == len(s) || s[digits] != '.' && s[digits] != ')' {
			return 0
		}
		w = digits + 1
	}
	if w == len(s) || s[w] == '\r' {
		return w
	}
	if s[w] != ' ' && s[w] != '\t' {
		return 0
	}
	return w + 1
}
