//go:build ignore

// Command make_original writes the original tables of the found fixtures:
// seed/original from the module's testdata/idlib2019/dataset.json and
// spellings/original from spellings.json, with table.WriteDataset's defaults. Run it from this
// directory (go run make_original.go), then make.R and make.py; make.sh
// runs all three. TestFoundOriginal fails when the Writer's output changes.
package main

import (
	"log"
	"os"
	"path/filepath"

	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/event/table"
)

func main() {
	for _, set := range []struct{ json, dir string }{
		{"../../../../testdata/idlib2019/dataset.json", "seed"},
		{"spellings.json", "spellings"},
	} {
		f, err := os.Open(set.json)
		if err != nil {
			log.Fatal(err)
		}
		d, err := event.ReadDataset(f)
		f.Close()
		if err != nil {
			log.Fatal(err)
		}
		out := filepath.Join(set.dir, "original")
		if err := os.RemoveAll(out); err != nil {
			log.Fatal(err)
		}
		if err := table.WriteDataset(table.Dir(out), d); err != nil {
			log.Fatal(err)
		}
	}
}
