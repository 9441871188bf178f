package text

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/go-fonts/liberation/liberationserifregular"
)

// TestSystemIndexIsKeptAndRefreshed scans a font directory, finds a face
// by a character it covers, and checks that the index kept in the cache
// is read again for an unchanged file and not for a changed one.
func TestSystemIndexIsKeptAndRefreshed(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	t.Setenv("HOME", t.TempDir())
	dir := t.TempDir()
	path := filepath.Join(dir, "serif.ttf")
	if err := os.WriteFile(path, liberationserifregular.TTF, 0o644); err != nil {
		t.Fatal(err)
	}
	faces := loadIndex([]string{dir})
	if len(faces) != 1 || faces[0].Family != "Liberation Serif" || !faces[0].covers('Ž') || faces[0].covers('世') {
		t.Fatalf("faces %+v", faces)
	}
	s := &systemFonts{}
	s.once.Do(func() { s.faces = faces })
	if f := s.find('Ž', false); f == nil || f.Family != "Liberation Serif" {
		t.Fatalf("find Ž: %+v", f)
	}
	if f := s.find('世', false); f != nil {
		t.Errorf("find 世: %s, want none", f.Family)
	}
	idx := readIndex(indexPath())
	rec := idx.Files[path]
	rec.Faces[0].Family = "Kept"
	idx.Files[path] = rec
	writeIndex(indexPath(), idx)
	if faces := loadIndex([]string{dir}); faces[0].Family != "Kept" {
		t.Errorf("an unchanged file was read again: %q", faces[0].Family)
	}
	later := time.Now().Add(time.Hour)
	if err := os.Chtimes(path, later, later); err != nil {
		t.Fatal(err)
	}
	if faces := loadIndex([]string{dir}); faces[0].Family != "Liberation Serif" {
		t.Errorf("a changed file was not read again: %q", faces[0].Family)
	}
}
