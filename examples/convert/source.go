package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"golang.org/x/text/encoding"

	"github.com/conflictkit/conflict/event"
)

// source is an input format's reader, adapted. Only read is required. The
// format's own reader, if any, is in reader: what it can tell beyond
// reading (Warnings, Line) is asked of it through small interfaces, so a
// reader that gains a method is used as soon as it has it.
type source struct {
	read      func() (event.Event, error)
	rawHeader func() []byte // CSV inputs: the header line(s) verbatim
	lineEnd   func() string // CSV inputs: "\n", "\r\n" or "\r"
	raw       func() []byte // the last record read, verbatim; nil: not available
	// encoding returns the input's text encoding and whether it began with
	// a byte-order mark (CSV inputs; nil: UTF-8), as the reader knows them
	// so far: a byte-order mark or -encoding from the start, a detected
	// Windows-1252 from the first non-ASCII bytes on.
	encoding func() (encoding.Encoding, bool)
	verbatim bool // rejects can be written in the input format
	// records returns the dataset's actor, place and source records and its
	// title, for inputs that have them (a Dataset without events); nil: none.
	records func() *event.Dataset
	reader  any // the format's own reader, for a writer of the same format
	// warnings, if set, gives the warnings about the last event instead of
	// the reader's (a Dataset read whole: see datasetSource).
	warnings func() event.Problems

	held *heldRecord // a record read ahead by peek
}

// heldRecord is what a Read returned ahead of its turn.
type heldRecord struct {
	e   event.Event
	err error
}

// dataset returns the input's Dataset records, or nil.
func (s *source) dataset() *event.Dataset {
	if s.records == nil {
		return nil
	}
	return s.records()
}

// Read returns the next event, or the next error, or io.EOF.
func (s *source) Read() (event.Event, error) {
	if h := s.held; h != nil {
		s.held = nil
		return h.e, h.err
	}
	return s.read()
}

// peek reads the next record ahead, to be returned by the next Read.
func (s *source) peek() (event.Event, error) {
	e, err := s.read()
	s.held = &heldRecord{e, err}
	return e, err
}

// again reports whether next is the error prev returned again: readers
// return an error that ends the stream from every later Read.
func again(prev, next error) bool {
	return next != nil && next != io.EOF && (next == prev || next.Error() == prev.Error())
}

// Warnings returns the reader's warnings about the last event.
func (s *source) Warnings() event.Problems {
	if s.warnings != nil {
		return s.warnings()
	}
	if w, ok := s.reader.(interface{ Warnings() event.Problems }); ok {
		return w.Warnings()
	}
	return nil
}

// Line returns the line on which the last record read starts, if the
// reader tells; else 0.
func (s *source) Line() int {
	if l, ok := s.reader.(interface{ Line() int }); ok {
		return l.Line()
	}
	return 0
}

// sink is an output format's writer, adapted.
type sink interface {
	// Write writes one event and reports whether it was written: an event
	// can be left out whole (a loss warning with the empty path). A
	// *writeError means this format cannot hold the event (a rejected
	// record); any other error is an I/O error.
	Write(event.Event) (bool, error)
	// Warnings returns the warnings about the event last passed to Write:
	// the facts the format has no place for (event.ErrLost) and the
	// writer's other warnings. Valid until the next Write.
	Warnings() event.Problems
	Close() error
}

// writerWarnings asks a format's writer for its warnings about the event
// last written, if it gives them.
func writerWarnings(w any) event.Problems {
	if x, ok := w.(interface{ Warnings() event.Problems }); ok {
		return x.Warnings()
	}
	return nil
}

// wholeLost reports whether ps says the event was not written at all.
func wholeLost(ps event.Problems) bool {
	for _, p := range ps {
		if p.Path == "" && errors.Is(p.Code, event.ErrLost) {
			return true
		}
	}
	return false
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
