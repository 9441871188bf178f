package roadmap

import "io"

// ParseAny decodes and validates a roadmap or a course file read from r,
// such as standard input; name is the file name used in positions and
// errors, and the files it refers to (a course's parts, FILE#ID targets,
// icons) are read in p relative to name's directory. Like LoadAny, it
// returns a Course whose File is empty for a roadmap, and on failure an
// ErrorList holding every problem found.
func (p *Project) ParseAny(r io.Reader, name string) (*Course, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxFileSize+1))
	if err != nil {
		return nil, err
	}
	l := newLoader(p)
	defer l.wait()
	return l.any(name, data)
}
