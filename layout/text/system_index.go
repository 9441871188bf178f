package text

import (
	"encoding/json"
	"os"
	"path/filepath"
)

// indexVersion changes whenever what the index holds does.
const indexVersion = 1

// fontIndex is what is kept of the installed fonts between runs, per file.
type fontIndex struct {
	Version int                `json:"version"`
	Files   map[string]fileRec `json:"files"`
}

// fileRec is what was read of one font file, and when it was.
type fileRec struct {
	Size    int64     `json:"size"`
	ModTime int64     `json:"modTime"`
	Faces   []sysFace `json:"faces"`
}

// indexPath is where the index is kept.
func indexPath() string { return filepath.Join(systemCacheDir(), "index.json") }

// loadIndex returns the faces of the font files under dirs, from the kept
// index where a file has not changed, reading the others, and keeps the
// index up to date.
func loadIndex(dirs []string) []sysFace {
	old := readIndex(indexPath())
	idx := fontIndex{Version: indexVersion, Files: map[string]fileRec{}}
	changed := false
	var faces []sysFace
	for _, path := range fontFiles(dirs) {
		st, err := os.Stat(path)
		if err != nil {
			continue
		}
		rec, ok := old.Files[path]
		if !ok || rec.Size != st.Size() || rec.ModTime != st.ModTime().UnixNano() {
			rec = fileRec{Size: st.Size(), ModTime: st.ModTime().UnixNano(), Faces: scanFile(path)}
			changed = true
		}
		idx.Files[path] = rec
		faces = append(faces, rec.Faces...)
	}
	if changed || len(idx.Files) != len(old.Files) {
		writeIndex(indexPath(), idx)
	}
	return faces
}

// readIndex reads the kept index; an empty one when there is none or it
// is of another version.
func readIndex(path string) fontIndex {
	var idx fontIndex
	data, err := os.ReadFile(path)
	if err != nil || json.Unmarshal(data, &idx) != nil || idx.Version != indexVersion {
		return fontIndex{Files: map[string]fileRec{}}
	}
	return idx
}

// writeIndex keeps idx at path, replacing the file whole; a cache that
// cannot be written is no error, only slower next time.
func writeIndex(path string, idx fontIndex) {
	data, err := json.Marshal(idx)
	if err != nil || os.MkdirAll(filepath.Dir(path), 0o755) != nil {
		return
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".index-*")
	if err != nil {
		return
	}
	_, werr := tmp.Write(data)
	if cerr := tmp.Close(); werr != nil || cerr != nil || os.Rename(tmp.Name(), path) != nil {
		_ = os.Remove(tmp.Name())
	}
}
