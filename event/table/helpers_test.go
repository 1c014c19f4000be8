package table

import (
	"bytes"
	"encoding/csv"
	"io"
	"testing/fstest"
)

// memDest is a Dest that keeps the tables in memory.
type memDest map[string]*bytes.Buffer

type memFile struct{ *bytes.Buffer }

func (memFile) Close() error { return nil }

func (m memDest) Create(name string) (io.WriteCloser, error) {
	b := &bytes.Buffer{}
	m[name] = b
	return memFile{b}, nil
}

// fs returns the tables as a file system for a Reader.
func (m memDest) fs() fstest.MapFS {
	out := fstest.MapFS{}
	for k, v := range m {
		out[k] = &fstest.MapFile{Data: v.Bytes()}
	}
	return out
}

// csvErr returns encoding/csv's sentinel for a kind of record error.
func csvErr(kind string) error {
	if kind == "quote" {
		return csv.ErrBareQuote
	}
	return csv.ErrFieldCount
}
