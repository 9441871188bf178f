package cli

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// newFileMode is the mode of a file that writeFileAtomic creates.
const newFileMode = 0o644

// writeFileAtomic replaces path with data: it writes a temporary file in
// the same directory and renames it over path, so a reader never sees a
// half-written file and a failure leaves the old file as it was. The new
// file keeps the permissions of the old one (newFileMode when there was
// none), and when path is a symbolic link the file it points to is the
// one replaced, in its own directory, so that the link stays.
//
// A character device (/dev/null, /dev/stdout) is not replaced but
// written to.
func writeFileAtomic(path string, data []byte) error {
	return writeAtomic(path, bytes.NewReader(data))
}

// writeAtomic is writeFileAtomic of what data writes.
func writeAtomic(path string, data io.WriterTo) (err error) {
	if fi, err := os.Stat(path); err == nil && fi.Mode()&fs.ModeCharDevice != 0 {
		return writeDevice(path, data)
	}
	target, mode, err := replaceTarget(path)
	if err != nil {
		return err
	}
	dir, base := filepath.Split(target)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err = data.WriteTo(tmp); err != nil {
		return err
	}
	if err = tmp.Chmod(mode); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), target)
}

// writeDevice writes data to the character device at path.
func writeDevice(path string, data io.WriterTo) error {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	if _, err := data.WriteTo(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// replaceTarget returns the file that writing path replaces, path with
// its symbolic links resolved, and the permissions it has; a path that
// does not exist yet is itself the target, with newFileMode.
func replaceTarget(path string) (string, os.FileMode, error) {
	target, err := filepath.EvalSymlinks(path)
	if err != nil {
		if _, lerr := os.Lstat(path); errors.Is(lerr, fs.ErrNotExist) {
			return path, newFileMode, nil
		}
		return "", 0, err // a dangling link, or a directory that cannot be read
	}
	fi, err := os.Stat(target)
	if err != nil {
		return "", 0, err
	}
	if !fi.Mode().IsRegular() {
		return "", 0, fmt.Errorf("%s is not a regular file; cannot replace it", path)
	}
	return target, fi.Mode().Perm(), nil
}
