package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/event/table"
)

// errEmpty is an input with nothing in it: no file of any format.
var errEmpty = errors.New("the input is empty")

// openTables reads the native CSV tables in the directory -in. A directory
// with dataset.csv holds a whole Dataset (actor, place and source records
// too) and is read at once; one without is a stream of events.
func openTables(o *options, _ io.Reader) (*source, error) {
	if o.in == "" {
		return nil, usageError{errors.New("-from csv reads a directory of tables: give it with -in DIR")}
	}
	fsys := os.DirFS(o.in)
	for _, main := range []string{"dataset.csv", "events.csv"} {
		if fi, err := fs.Stat(fsys, main); err == nil {
			if fi.Size() == 0 {
				return nil, fmt.Errorf("%w (%s has no bytes)", errEmpty, main)
			}
			break
		}
	}
	if _, err := fs.Stat(fsys, "dataset.csv"); err == nil {
		r := table.NewReader(fsys)
		r.MaxRecordBytes = o.maxRecord
		r.Encoding = o.encoding
		d, err := r.ReadDataset()
		if err != nil {
			return nil, err
		}
		src := datasetSource(d, r.Warnings())
		src.encoding, src.reader = r.EncodingUsed, r
		return src, nil
	}
	if _, err := fs.Stat(fsys, "events.csv"); err != nil {
		return nil, err
	}
	r := table.NewReader(fsys)
	r.MaxRecordBytes = o.maxRecord
	r.Encoding = o.encoding
	return &source{read: r.Read, encoding: r.EncodingUsed, reader: r}, nil
}

// tablesSink writes the native CSV tables into a directory (the temporary
// one that becomes -out). Events stream, unless the input has actor, place
// and source records: then the whole Dataset is written at Close.
//
// The tables are written in -out-encoding; else, read from tables whose
// encoding a byte-order mark or -encoding gave, in that encoding and with
// that mark; else in UTF-8. A detected encoding is not followed: the
// reader knows it only at the first non-ASCII byte, possibly after the
// first tables were begun, and the native tables are the SDK's own
// format, UTF-8 unless asked (Windows-1252 there is a spreadsheet's
// re-save).
type tablesSink struct {
	w       *table.Writer
	d       *event.Dataset // non-nil: collect and write the dataset at Close
	src     *source
	given   bool // -encoding given
	settled bool // the encoding is set
}

func createTables(o *options, _ io.Writer, dir string, src *source) (sink, error) {
	w := table.NewWriter(table.Dir(dir))
	w.Encoding, w.BOM = o.outEncoding, o.bom
	return &tablesSink{w: w, src: src, given: o.encoding != nil, settled: o.outEncoding != nil}, nil
}

// settle takes the input tables' encoding, if it was given, before the
// first table is written.
func (s *tablesSink) settle() {
	if s.settled {
		return
	}
	s.settled = true
	if _, ok := s.src.reader.(*table.Reader); ok && s.src.encoding != nil {
		if enc, bom := s.src.encoding(); bom || s.given {
			s.w.Encoding, s.w.BOM = enc, bom
		}
	}
}

func (s *tablesSink) setRecords(d *event.Dataset) {
	c := *d
	s.d = &c
}

func (s *tablesSink) Write(e event.Event) (bool, error) {
	if s.d != nil {
		s.d.Events = append(s.d.Events, e)
		return true, nil
	}
	s.settle()
	err := s.w.Write(e)
	var we *table.WriteError
	if errors.As(err, &we) {
		return false, &writeError{err}
	}
	return err == nil, err
}

func (s *tablesSink) Close() error {
	s.settle()
	if s.d != nil {
		return s.w.WriteDataset(s.d)
	}
	return s.w.Close()
}

func (s *tablesSink) Warnings() event.Problems { return nil } // the tables hold every fact

// wideSink writes the wide spreadsheet table: in UTF-8 unless
// -out-encoding or -bom say otherwise, as it is never an input format.
type wideSink struct{ w *table.WideWriter }

func createWide(o *options, w io.Writer, _ string, _ *source) (sink, error) {
	ww := table.NewWideWriter(w)
	ww.HXL = o.hxl
	ww.Encoding, ww.BOM = o.outEncoding, o.bom
	return &wideSink{w: ww}, nil
}

func createHXL(o *options, w io.Writer, dir string, src *source) (sink, error) {
	s, err := createWide(o, w, dir, src)
	s.(*wideSink).w.HXL = true
	return s, err
}

func (s *wideSink) Write(e event.Event) (bool, error) {
	err := s.w.Write(e)
	var we *table.WriteError
	if errors.As(err, &we) {
		return false, &writeError{err}
	}
	return err == nil && !wholeLost(s.Warnings()), err
}

func (s *wideSink) Close() error             { return s.w.Close() }
func (s *wideSink) Warnings() event.Problems { return writerWarnings(s.w) }
