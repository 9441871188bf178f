package crossarch

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

// exactMath are the math functions and constants whose results are the
// same on every architecture: IEEE 754 or their definition fixes them.
var exactMath = map[string]bool{
	"Abs": true, "Ceil": true, "Floor": true, "Round": true, "Trunc": true,
	"Min": true, "Max": true, "Sqrt": true, "Inf": true, "IsNaN": true, "IsInf": true,
	"NaN": true, "Pi": true, "Sqrt2": true,
	"MaxInt": true, "MaxInt32": true, "MaxFloat64": true, "SmallestNonzeroFloat64": true,
}

// The layout and the renderers may call only math functions that round
// alike everywhere; Hypot, Exp, Log, the trigonometric functions and
// their kin have assembly on amd64 or 386, or Go code that arm64 compiles
// with fused multiply-adds, and their last bits differ. The renderers
// take Sin, Cos, Acos and Hypot from render/internal/exactmath.
func TestOnlyExactMath(t *testing.T) {
	fset := token.NewFileSet()
	for _, dir := range []string{"../../layout", "../../render"} {
		err := filepath.WalkDir(dir, func(path string, e fs.DirEntry, err error) error {
			if err != nil || e.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
				return err
			}
			f, err := parser.ParseFile(fset, path, nil, 0)
			if err != nil {
				return err
			}
			for _, at := range inexactMath(fset, f) {
				t.Errorf("%s: the output must not depend on the architecture's rounding (allowed: see the package doc of layout; render/internal/exactmath has the others)", at)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}

// inexactMath returns the position and name of every use of a math
// function outside exactMath in f.
func inexactMath(fset *token.FileSet, f *ast.File) []string {
	name := ""
	for _, imp := range f.Imports {
		if imp.Path.Value == `"math"` {
			name = "math"
			if imp.Name != nil {
				name = imp.Name.Name
			}
		}
	}
	if name == "" {
		return nil
	}
	var out []string
	ast.Inspect(f, func(n ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		if x, ok := sel.X.(*ast.Ident); ok && x.Name == name && !exactMath[sel.Sel.Name] {
			out = append(out, fset.Position(sel.Pos()).String()+": math."+sel.Sel.Name)
		}
		return true
	})
	return out
}
