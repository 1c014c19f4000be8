// Command gen writes the embedded gazetteer data of package place
// (place/data) from the project's shared data files. Run it with
// go generate in place/, or from anywhere in the module:
//
//	go run ./place/internal/gen [-shared dir] [-out dir]
//
// By default it reads ../shared (relative to the module root, holding
// data/ and REFERENCE.md) and writes place/data. It also copies the inputs
// it read into place/internal/gazgen/testdata/shared, so that the test of
// the committed data runs in a clone that has no ../shared. It prints a
// summary of what it read, merged and dropped.
package main

import (
	"flag"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"

	"github.com/conflictkit/conflict/place/internal/gazgen"
)

func main() {
	root, err := moduleRoot()
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	shared := flag.String("shared", filepath.Join(root, "..", "shared"), "directory holding data/ and REFERENCE.md")
	out := flag.String("out", filepath.Join(root, "place", "data"), "output directory")
	flag.Parse()
	res, err := gazgen.Generate(*shared)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	for _, line := range res.Report {
		fmt.Println(line)
	}
	for _, name := range slices.Sorted(maps.Keys(res.Files)) {
		if err := os.WriteFile(filepath.Join(*out, name), res.Files[name], 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "gen:", err)
			os.Exit(1)
		}
	}
	if err := snapshot(*shared, filepath.Join(root, gazgen.SnapshotDir)); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

// snapshot copies the generator's inputs from shared to dir.
func snapshot(shared, dir string) error {
	for _, name := range gazgen.Inputs() {
		b, err := os.ReadFile(filepath.Join(shared, name))
		if err != nil {
			return err
		}
		dst := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(dst, b, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// moduleRoot finds the directory of go.mod above the working directory.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no go.mod above the working directory")
		}
		dir = parent
	}
}
