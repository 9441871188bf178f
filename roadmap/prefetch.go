package roadmap

import (
	"bytes"
	"runtime"
	"sync"
)

// maxPrefetch bounds the files one load parses ahead.
const maxPrefetch = 8

// parsedFile is a referenced file read, parsed and checked, or why it
// cannot be used.
type parsedFile struct {
	f       *file
	problem string
}

// prefetchJob is the parse of one file, running beside the loader.
type prefetchJob struct {
	done   chan struct{}
	result parsedFile
}

// prefetch starts parsing the roadmap files that data, the file name,
// appears to name (FILE#ID references, a course's parts), each in a
// goroutine of its own, so that they are parsed while name is: a roadmap
// that requires topics of another file costs the time of the larger file,
// not of both. The loader takes a parse when it reaches the file, in its
// own order, so the result is what loading one file after the other
// gives; a name that it never reaches costs only the parse. Only a
// project on disk (os.Root, safe for concurrent use) is read ahead, and
// only with more than one processor.
func (l *loader) prefetch(name string, data []byte) {
	if l.proj.dir == "" || runtime.GOMAXPROCS(0) < 2 {
		return
	}
	for _, ref := range namedFiles(data) {
		target := l.proj.join(name, ref)
		if _, ok := l.pending[target]; ok || target == name || len(l.pending) >= maxPrefetch {
			continue
		}
		job := &prefetchJob{done: make(chan struct{})}
		l.pending[target] = job
		l.running.Add(1)
		go func() {
			defer l.running.Done()
			defer close(job.done)
			job.result = parseReferenced(l.proj, target)
		}()
	}
}

// parsed returns the file name parsed and checked: by its prefetch when
// one ran, else now.
func (l *loader) parsed(name string) parsedFile {
	if job, ok := l.pending[name]; ok {
		<-job.done
		delete(l.pending, name)
		return job.result
	}
	return parseReferenced(l.proj, name)
}

// wait waits for the prefetches still running, which the load did not
// need, so that none outlives it.
func (l *loader) wait() { l.running.Wait() }

// namedFiles returns the relative paths of roadmap files that data names
// as a FILE#ID reference or as a list item of its own ("- part.yaml"),
// in order, each once. It reads bytes only: what it finds is a guess,
// which the loader confirms.
func namedFiles(data []byte) []string {
	var out []string
	seen := map[string]bool{}
	add := func(s []byte) {
		if len(s) > 0 && !seen[string(s)] {
			seen[string(s)] = true
			out = append(out, string(s))
		}
	}
	for line := range bytes.Lines(data) {
		for _, ext := range []string{".yaml#", ".yml#"} {
			for rest, off := line, 0; ; {
				i := bytes.Index(rest[off:], []byte(ext))
				if i < 0 {
					break
				}
				end := off + i + len(ext) - 1
				add(rest[pathStart(rest, end):end])
				off = end + 1
			}
		}
		item := bytes.TrimSpace(line)
		if rest, ok := bytes.CutPrefix(item, []byte("- ")); ok {
			rest = bytes.Trim(bytes.TrimSpace(rest), `"'`)
			if hasRoadmapExt(string(rest)) && !bytes.ContainsAny(rest, " \t#:") {
				add(rest)
			}
		}
	}
	return out
}

// pathStart returns where the path that ends at end in line begins: after
// the last space, quote or YAML flow character before it.
func pathStart(line []byte, end int) int {
	return bytes.LastIndexAny(line[:end], " \t\"'[]{},") + 1
}

// parseReferenced reads, parses and checks the file name, referenced by
// another; it changes nothing but its result, so it may run beside the
// loader.
func parseReferenced(proj *Project, name string) parsedFile {
	data, err := proj.ReadFile(name, MaxFileSize)
	if err != nil {
		return parsedFile{problem: proj.problem(name, err)}
	}
	d := newDecoder(name)
	root := d.decodeRoot(data)
	switch {
	case len(d.errs) > 0:
		return parsedFile{problem: name + " is not a roadmap file: it is not valid YAML (roadmap validate " + name + " says where)"}
	case root != nil && courseKey(root) != nil:
		return parsedFile{problem: name + " is a course file, not a roadmap; a course's parts and FILE#ID references name roadmap files"}
	case root == nil || !isRoadmapShape(root):
		return parsedFile{problem: name + " is not a roadmap file (a roadmap is a YAML mapping with title and sections)"}
	}
	return parsedFile{f: checkFile(d, d.roadmapAt(root), proj)}
}

// loaderSync is the state of a loader's prefetches.
type loaderSync struct {
	pending map[string]*prefetchJob
	running sync.WaitGroup
}
