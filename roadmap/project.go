package roadmap

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// A Project is the tree of files that loading may read: every file a
// roadmap or course refers to (its parts, the files of its FILE#ID
// references, its icons) must lie inside it, symbolic links followed, or
// loading reports it at the reference's file:line:col and reads nothing.
// A server that loads files from strangers opens a Project on the
// directory it serves, so no file can make it read another.
//
// Names given to a Project's methods, and the names it prints and stores
// in Roadmap.File, are paths as the caller writes them: for a Project
// from OpenProject, operating-system paths (relative to the working
// directory, or absolute) inside its directory; for one from NewProject,
// slash-separated names in its fs.FS (fs.ValidPath).
type Project struct {
	fsys fs.FS
	// dir is the root on disk, absolute, for a Project from OpenProject;
	// "" for one from NewProject, whose names are names in fsys.
	dir string
	// shown is the root as the caller wrote it, for messages.
	shown  string
	closer io.Closer
}

// NewProject returns a Project that reads through fsys; names are names
// in fsys. Prefer an fsys from os.OpenRoot(dir).FS() to os.DirFS(dir): an
// os.Root refuses symbolic links that lead outside dir, os.DirFS follows
// them.
func NewProject(fsys fs.FS) *Project {
	return &Project{fsys: fsys, shown: "the project's file system"}
}

// OpenProject opens the directory root as a Project: symbolic links are
// followed only while they stay inside it. Close releases it.
func OpenProject(root string) (*Project, error) {
	abs, err := filepath.Abs(root)
	if err != nil {
		return nil, err
	}
	r, err := os.OpenRoot(abs)
	if err != nil {
		return nil, fmt.Errorf("project root: %w", err)
	}
	return &Project{fsys: r.FS(), dir: abs, shown: root, closer: r}, nil
}

// Close releases the directory of a Project from OpenProject; it does
// nothing for one from NewProject.
func (p *Project) Close() error {
	if p.closer == nil {
		return nil
	}
	return p.closer.Close()
}

// Root is the project's root as OpenProject was given it, or a phrase
// naming the file system of a NewProject.
func (p *Project) Root() string { return p.shown }

// FindRoot returns the default project root of the file at path: the
// nearest directory holding .git that encloses it, else the directory of
// the file itself.
func FindRoot(path string) string {
	dir := filepath.Dir(path)
	abs, err := filepath.Abs(dir)
	if err != nil {
		return dir
	}
	for d := abs; ; d = filepath.Dir(d) {
		if _, err := os.Lstat(filepath.Join(d, ".git")); err == nil {
			return d
		}
		if filepath.Dir(d) == d {
			return dir
		}
	}
}

// openDefault opens the default project of the file at path (FindRoot).
func openDefault(path string) (*Project, error) {
	return OpenProject(FindRoot(path))
}

// ErrOutsideRoot is wrapped by the errors of reading a file that lies
// outside the project root, or that a symbolic link leads out of it.
var ErrOutsideRoot = errors.New("outside the project root")

// fsName is the name in p's file system of the file name.
func (p *Project) fsName(name string) (string, error) {
	if p.dir == "" {
		clean := path.Clean(filepath.ToSlash(name))
		if !fs.ValidPath(clean) {
			return "", ErrOutsideRoot
		}
		return clean, nil
	}
	abs, err := filepath.Abs(name)
	if err != nil {
		return "", err
	}
	rel, err := filepath.Rel(p.dir, abs)
	if err != nil || !filepath.IsLocal(rel) && rel != "." {
		return "", ErrOutsideRoot
	}
	return filepath.ToSlash(rel), nil
}

// join is the name of the file ref, written in the file from: relative
// to from's directory.
func (p *Project) join(from, ref string) string {
	if p.dir == "" {
		return path.Join(path.Dir(filepath.ToSlash(from)), filepath.ToSlash(ref))
	}
	return filepath.Join(filepath.Dir(from), filepath.FromSlash(ref))
}

// Stat returns the file information of name, symbolic links followed.
func (p *Project) Stat(name string) (fs.FileInfo, error) {
	n, err := p.fsName(name)
	if err != nil {
		return nil, err
	}
	info, err := fs.Stat(p.fsys, n)
	return info, p.pathError(err)
}

// ReadFile reads the file name, at most limit bytes of it: a file whose
// size, checked before reading, is over limit is refused with an error
// naming the limit, and so is one that grows past it while being read.
func (p *Project) ReadFile(name string, limit int64) ([]byte, error) {
	n, err := p.fsName(name)
	if err != nil {
		return nil, err
	}
	f, err := p.fsys.Open(n)
	if err != nil {
		return nil, p.pathError(err)
	}
	defer f.Close()
	return readBounded(f, limit)
}

// readBounded reads f whole, refusing it when its size, from Stat or
// from the bytes read, is over limit.
func readBounded(f fs.File, limit int64) ([]byte, error) {
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, errNotFile
	}
	if info.Size() > limit {
		return nil, &SizeError{Limit: limit}
	}
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, &SizeError{Limit: limit}
	}
	return data, nil
}

// errNotFile is the error of reading a directory or a device.
var errNotFile = errors.New("not a regular file")

// SizeError is the error of a file over a size limit.
type SizeError struct{ Limit int64 }

// Error names the limit.
func (e *SizeError) Error() string {
	return fmt.Sprintf("the file is over the limit of %s", sizeText(e.Limit))
}

// sizeText prints a byte count in MiB or KiB.
func sizeText(n int64) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d KiB", n>>10)
}

// pathError turns an os.Root error for a path that leaves the root into
// ErrOutsideRoot.
func (p *Project) pathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) && strings.Contains(pe.Err.Error(), "escapes") {
		return ErrOutsideRoot
	}
	return err
}

// problem says why the file name, referred to from a file, could not be
// read, in words that name no content of it.
func (p *Project) problem(name string, err error) string {
	var se *SizeError
	switch {
	case errors.Is(err, ErrOutsideRoot):
		return fmt.Sprintf("%s is outside the project root %s; keep the files a roadmap uses inside its project (the nearest directory holding .git), or choose the root with --root", name, p.shown)
	case errors.Is(err, fs.ErrNotExist):
		return "file " + name + " does not exist; fix the path (it is relative to this file)"
	case errors.Is(err, errNotFile):
		return name + " is not a file; fix the path (it is relative to this file)"
	case errors.As(err, &se):
		return fmt.Sprintf("%s is over the limit of %s", name, sizeText(se.Limit))
	}
	return "cannot read " + name + ": " + err.Error()
}

// ReadLimited reads the operating-system file name, refusing it as
// Project.ReadFile does when it is over limit bytes. It confines nothing:
// it is for files named by the user, such as on a command line.
func ReadLimited(name string, limit int64) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readBounded(f, limit)
}

// Files lists every file the load of c read, in the order it read them:
// the course file, the roadmap files (parts and the targets of FILE#ID
// references), and the icon images they name; each once.
func (c *Course) Files() []string {
	var out []string
	seen := map[string]bool{}
	add := func(name string) {
		if name != "" && !seen[name] {
			seen[name] = true
			out = append(out, name)
		}
	}
	add(c.File)
	for _, f := range c.loaded {
		if f.r == nil {
			continue
		}
		add(f.r.File)
		add(c.iconFile(f.r, f.r.Icon))
		for _, s := range f.r.Sections {
			add(c.iconFile(f.r, s.Icon))
		}
	}
	return out
}

// iconFile is the name of the image file icon of r names, "" for an
// emoji.
func (c *Course) iconFile(r *Roadmap, icon string) string {
	if icon == "" || !IsImageIcon(icon) || c.proj == nil {
		return ""
	}
	return c.proj.join(r.File, icon)
}
