package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/conflictkit/conflict/event"
)

// source is an input format's reader, adapted. Only read is required.
type source struct {
	read      func() (event.Event, error)
	warnings  func() event.Problems // warnings about the last event; nil: none
	rawHeader func() []byte         // CSV inputs: the header line(s) verbatim
	lineEnd   func() string         // CSV inputs: "\n" or "\r\n"
	raw       func() []byte         // the last record read, verbatim; nil: not available
	verbatim  bool                  // rejects can be written in the input format
	// records returns the dataset's actor, place and source records and its
	// title, for inputs that have them (a Dataset without events); nil: none.
	records func() *event.Dataset
	reader  any // the format's own reader, for a writer of the same format
	n       int
}

// Read returns the next event.
func (s *source) Read() (event.Event, error) {
	s.n++
	return s.read()
}

// Warnings returns the reader's warnings about the last event.
func (s *source) Warnings() event.Problems {
	if s.warnings == nil {
		return nil
	}
	return s.warnings()
}

// where names the last record read.
func (s *source) where() string { return fmt.Sprintf("record %d", s.n) }

// sink is an output format's writer, adapted.
type sink interface {
	// Write writes one event and reports whether it was written (GeoJSON
	// skips events without a point, and counts them in Warnings). A
	// *writeError means this format cannot hold the event; any other error
	// is an I/O error.
	Write(event.Event) (bool, error)
	Close() error
	// Warnings counts, by code, what the format could not carry (e.g.
	// GeoJSON events without a point), once Close has run.
	Warnings() map[string]int
}

// recordSink is a sink that can hold a Dataset's actor, place and source
// records as well as events.
type recordSink interface {
	setRecords(d *event.Dataset)
}

// writeError is an event the output format cannot hold.
type writeError struct{ err error }

func (e *writeError) Error() string { return e.err.Error() }
func (e *writeError) Unwrap() error { return e.err }

// ioWatch records the first error of the writer under a format's writer,
// so that a Write error can be told apart as I/O or content.
type ioWatch struct {
	w   io.Writer
	err error
}

func (w *ioWatch) Write(p []byte) (int, error) {
	n, err := w.w.Write(p)
	if err != nil && w.err == nil {
		w.err = err
	}
	return n, err
}

// classify turns a format writer's error into a *writeError unless the
// output itself failed.
func (w *ioWatch) classify(err error) (bool, error) {
	if err == nil || w.err != nil {
		return err == nil, err
	}
	return false, &writeError{err}
}

// isTerminal reports whether f is a character device, such as a terminal.
func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// progress shows a running count on a terminal.
type progress struct {
	w     io.Writer
	step  time.Duration
	next  time.Time
	shown bool
}

func newProgress(w io.Writer, step time.Duration) *progress {
	return &progress{w: w, step: step, next: time.Now().Add(step)}
}

func (p *progress) tick(n int) {
	if p.step == 0 || n%1024 != 0 {
		return
	}
	if now := time.Now(); now.After(p.next) {
		fmt.Fprintf(p.w, "\rread %d records...", n)
		p.shown, p.next = true, now.Add(p.step)
	}
}

func (p *progress) done() {
	if p.shown {
		fmt.Fprint(p.w, "\r\033[K")
	}
}
