package geojson

import (
	"bufio"
	"fmt"
	"io"
	"strconv"

	"github.com/google/uuid"

	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/internal/jsonw"
)

// Writer writes events as one GeoJSON FeatureCollection, feature by
// feature: memory use does not grow with the number of events (except for
// the IDs of skipped events, 16 bytes each, kept for Summary).
//
// The output has one feature per line:
//
//	{"type":"FeatureCollection","features":[
//	{"type":"Feature","id":"…","geometry":{"type":"Point","coordinates":[36.63393,35.93062]},"properties":{…}},
//	{"type":"Feature",…}
//	]}
//
// Make one with NewWriter (the zero Writer has nothing to write to: its
// methods return ErrNotReady) and set the options before the first Write.
// Call Close to finish the document; it does not close the underlying
// io.Writer.
type Writer struct {
	// Full embeds the canonical JSON of each event (event.MarshalEvent)
	// under the property "event", so that the Reader gives back exactly the
	// events written. NewWriter sets it. It makes the output three to four
	// times larger (see the package documentation); turn it off for a map
	// layer that only needs the flat properties.
	Full bool

	// NullGeometry writes an event without a point as a feature with
	// "geometry": null (RFC 7946 §3.2 allows it) instead of skipping it.
	// Such features are counted in Summary.NullGeometry. Many map tools
	// ignore them, so the default is to skip and count.
	NullGeometry bool

	w        *bufio.Writer
	buf      []byte
	sum      Summary
	started  bool
	closed   bool
	err      error // sticky: an I/O error ends the document
	warnings event.Problems
}

// Summary says what a Writer did with the events it was given. Events
// without a point are never dropped silently: they are counted here, with
// their IDs, so that a caller can report them (String gives a line to
// print).
type Summary struct {
	Written      int         // features written
	NullGeometry int         // of those, features written with null geometry (Writer.NullGeometry)
	Skipped      int         // events without a point, not written
	SkippedIDs   []uuid.UUID // the IDs of the skipped events, in order
}

// String summarises s in one line, e.g. "wrote 7 features; skipped 1 event
// without a point".
func (s Summary) String() string {
	out := "wrote " + plural(s.Written, "feature")
	if s.NullGeometry > 0 {
		out += " (" + strconv.Itoa(s.NullGeometry) + " with null geometry)"
	}
	if s.Skipped > 0 {
		out += "; skipped " + plural(s.Skipped, "event") + " without a point"
	}
	return out
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return strconv.Itoa(n) + " " + what + "s"
}

// NewWriter returns a Writer on w with Full set.
func NewWriter(w io.Writer) *Writer {
	return &Writer{Full: true, w: bufio.NewWriterSize(w, 64<<10)}
}

const (
	header  = `{"type":"FeatureCollection","features":[` + "\n"
	trailer = "]}\n"
)

// Write writes e as a Feature. An event without a point is skipped and
// counted (see Summary), unless NullGeometry is set; Write then returns
// nil. An event that cannot be written (an invalid point, date or code) is
// reported as a *WriteError, and nothing of it is written. After an I/O
// error every call returns that error.
func (w *Writer) Write(e event.Event) error {
	w.warnings = w.warnings[:0]
	if w.w == nil {
		return errNotReady
	}
	if w.err != nil {
		return w.err
	}
	if w.closed {
		return errClosed
	}
	if e.Where.Point == nil && !w.NullGeometry {
		w.sum.Skipped++
		w.sum.SkippedIDs = append(w.sum.SkippedIDs, e.ID)
		w.warnings = append(w.warnings, event.Lost("", "event %s has no point, so it has no place on a map (Writer.NullGeometry writes it with null geometry)", e.ID))
		return nil
	}
	b, err := w.appendFeature(w.buf[:0], &e)
	if cap(b) <= 1<<20 { // keep the buffer unless one huge event grew it
		w.buf = b[:0]
	}
	if err != nil {
		return err
	}
	sep := ",\n"
	if !w.started {
		w.started, sep = true, header
	}
	if _, err := w.w.WriteString(sep); err != nil {
		w.err = err
		return err
	}
	if _, err := w.w.Write(b); err != nil {
		w.err = err
		return err
	}
	w.sum.Written++
	if e.Where.Point == nil {
		w.sum.NullGeometry++
	}
	if !w.Full {
		w.warnings = flatLosses(w.warnings, &e)
	}
	return nil
}

// Warnings returns the warnings about the event last passed to Write (nil
// if none), valid until the next Write; copy the slice (slices.Clone) to
// keep it. Each is an event.Problem of severity event.Warning and Code
// event.ErrLost: Path "" for an event skipped for want of a point (see
// NullGeometry), and, when Full is off, one per fact the flat properties
// do not hold, at its JSON path in the event ("claims[0]",
// "casualties[2]", "citations[1]" with the members not written named in
// the message, "participants[0]" for its citations and note,
// "related[0]", `ext["…"]`). With Full on, the embedded event holds
// everything.
func (w *Writer) Warnings() event.Problems {
	if len(w.warnings) == 0 {
		return nil
	}
	return w.warnings[:len(w.warnings):len(w.warnings)]
}

// appendFeature appends e as one Feature object.
func (w *Writer) appendFeature(b []byte, e *event.Event) ([]byte, error) {
	b = append(b, `{"type":"Feature","id":"`...)
	b = appendUUID(b, e.ID)
	b = append(b, `","geometry":`...)
	if p := e.Where.Point; p != nil {
		if err := p.Validate(); err != nil {
			return b, &WriteError{ID: e.ID, Field: "where.point", Err: fmt.Errorf("%w: %w", event.ErrBadPoint, err)}
		}
		// RFC 7946 §3.1.1: longitude first. A 0.0 is a coordinate like any
		// other and is written.
		b = append(b, `{"type":"Point","coordinates":[`...)
		b = appendFloat(b, p.Lon)
		b = append(b, ',')
		b = appendFloat(b, p.Lat)
		b = append(b, ']', '}')
	} else {
		b = append(b, "null"...)
	}
	b = append(b, `,"properties":{`...)
	o := jsonw.Object{B: b}
	if err := appendProperties(&o, e); err != nil {
		return o.B, err
	}
	if w.Full {
		raw, err := event.MarshalEvent(*e)
		if err != nil {
			return o.B, &WriteError{ID: e.ID, Err: err}
		}
		o.Key(propEvent)
		o.B = append(o.B, raw...)
	}
	return append(o.B, '}', '}'), nil
}

const hexDigits = "0123456789abcdef"

// appendUUID appends id in its canonical 36-character form.
func appendUUID(b []byte, id uuid.UUID) []byte {
	for i, c := range id {
		if i == 4 || i == 6 || i == 8 || i == 10 {
			b = append(b, '-')
		}
		b = append(b, hexDigits[c>>4], hexDigits[c&0xf])
	}
	return b
}

// Close finishes the document: it writes the end of the FeatureCollection
// (the whole of an empty one if nothing was written) and flushes. It does
// not close the underlying io.Writer. Read the Summary afterwards. Calling
// Close again does nothing.
func (w *Writer) Close() error {
	if w.w == nil {
		return errNotReady
	}
	if w.err != nil {
		return w.err
	}
	if w.closed {
		return nil
	}
	w.closed = true
	end := "\n" + trailer
	if !w.started {
		end = header + trailer
	}
	if _, err := w.w.WriteString(end); err != nil {
		w.err = err
		return err
	}
	if err := w.w.Flush(); err != nil {
		w.err = err
		return err
	}
	return nil
}

// Summary reports how many features were written and which events were
// skipped for want of a point. It is complete once Close has run.
func (w *Writer) Summary() Summary {
	s := w.sum
	s.SkippedIDs = append([]uuid.UUID(nil), s.SkippedIDs...)
	return s
}

// Skipped returns the IDs of the events skipped so far for want of a point,
// in order.
func (w *Writer) Skipped() []uuid.UUID {
	return append([]uuid.UUID(nil), w.sum.SkippedIDs...)
}
