package main

import (
	"errors"
	"io"
	"io/fs"
	"os"

	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/event/table"
)

// openTables reads the native CSV tables in the directory -in. A directory
// with dataset.csv holds a whole Dataset (actor, place and source records
// too) and is read at once; one without is a stream of events.
func openTables(o *options, _ io.Reader) (*source, error) {
	if o.in == "" {
		return nil, usageError{errors.New("-from csv reads a directory of tables: give it with -in DIR")}
	}
	fsys := os.DirFS(o.in)
	if _, err := fs.Stat(fsys, "dataset.csv"); err == nil {
		r := table.NewReader(fsys)
		r.MaxRecordBytes = o.maxRecord
		d, err := r.ReadDataset()
		if err != nil {
			return nil, err
		}
		return datasetSource(d), nil
	}
	if _, err := fs.Stat(fsys, "events.csv"); err != nil {
		return nil, err
	}
	r := table.NewReader(fsys)
	r.MaxRecordBytes = o.maxRecord
	return &source{read: r.Read, warnings: r.Warnings, reader: r}, nil
}

// tablesSink writes the native CSV tables into the directory -out. Events
// stream, unless the input has actor, place and source records: then the
// whole Dataset is written at Close.
type tablesSink struct {
	w *table.Writer
	d *event.Dataset // non-nil: collect and write the dataset at Close
}

func createTables(o *options, _ io.Writer, _ io.Writer, _ *source) (sink, error) {
	if o.out == "" {
		return nil, usageError{errors.New("-to csv writes a directory of tables: give it with -out DIR")}
	}
	if err := os.MkdirAll(o.out, 0o777); err != nil {
		return nil, err
	}
	return &tablesSink{w: table.NewWriter(table.Dir(o.out))}, nil
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
	err := s.w.Write(e)
	var we *table.WriteError
	if errors.As(err, &we) {
		return false, &writeError{err}
	}
	return err == nil, err
}

func (s *tablesSink) Close() error {
	if s.d != nil {
		return s.w.WriteDataset(s.d)
	}
	return s.w.Close()
}

func (s *tablesSink) Warnings() map[string]int { return nil }

// wideSink writes the wide spreadsheet table.
type wideSink struct{ w *table.WideWriter }

func createWide(o *options, w io.Writer, _ io.Writer, _ *source) (sink, error) {
	ww := table.NewWideWriter(w)
	ww.HXL = o.hxl
	return &wideSink{w: ww}, nil
}

func createHXL(o *options, w io.Writer, stderr io.Writer, src *source) (sink, error) {
	s, err := createWide(o, w, stderr, src)
	s.(*wideSink).w.HXL = true
	return s, err
}

func (s *wideSink) Write(e event.Event) (bool, error) {
	err := s.w.Write(e)
	var we *table.WriteError
	if errors.As(err, &we) {
		return false, &writeError{err}
	}
	return err == nil, err
}

func (s *wideSink) Close() error             { return s.w.Close() }
func (s *wideSink) Warnings() map[string]int { return nil }
