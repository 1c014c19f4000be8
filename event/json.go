package event

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"math"

	"github.com/conflictkit/conflict/internal/strictjson"
)

// toParseError turns a decoding failure in data, which starts on line
// firstLine of the input, into a *ParseError with line, column and field.
func toParseError(err error, data []byte, firstLine int, base int64) *ParseError {
	err = withEventSentinels(err)
	pe := &ParseError{Line: firstLine, Column: 1, Offset: base, Err: err}
	var se *strictjson.Error
	if errors.As(err, &se) {
		pe.Field, pe.Offset, pe.Err = se.Path, base+se.Offset, se.Err
		off := min(int(se.Offset), len(data))
		pe.Line = firstLine + bytes.Count(data[:off], []byte{'\n'})
		pe.Column = off - (bytes.LastIndexByte(data[:off], '\n') + 1) + 1
	}
	return pe
}

// MarshalEvent returns e as one line of compact JSON, without the newline.
// Unlike json.Marshal it does not escape <, > and & (the canonical form is
// not meant for embedding in HTML).
func MarshalEvent(e Event) ([]byte, error) {
	var b bytes.Buffer
	if err := encode(&b, e, ""); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte{'\n'}), nil
}

// encode writes v as JSON and a newline, indented by indent ("" for
// compact), without HTML escaping.
func encode(w io.Writer, v any, indent string) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if indent != "" {
		enc.SetIndent("", indent)
	}
	return enc.Encode(v)
}

// UnmarshalEvent decodes one event strictly. Errors are *ParseError values
// with the line and column within data and the JSON path of the field.
func UnmarshalEvent(data []byte) (Event, error) {
	var e Event
	if err := decodeRecord(data, &e, "an event"); err != nil {
		return Event{}, toParseError(err, data, 1, 0)
	}
	return e, nil
}

// decodeRecord decodes one whole event or dataset. A bare null is refused:
// it is no record, and encoding/json's convention (null leaves the value
// as it is) would otherwise turn it into an empty one without a word.
func decodeRecord(data []byte, v any, what string) error {
	if string(bytes.TrimSpace(data)) == "null" {
		off := len(data) - len(bytes.TrimLeft(data, " \t\r\n"))
		return &strictjson.Error{Offset: int64(off), Err: fmt.Errorf("%w: null is not %s", strictjson.ErrSyntax, what)}
	}
	return strictjson.Decode(data, v)
}

// Writer writes events as NDJSON: one compact JSON object per line.
type Writer struct {
	w   *bufio.Writer
	err error
}

// NewWriter returns a Writer on w. Call Flush when done.
func NewWriter(w io.Writer) *Writer {
	return &Writer{w: bufio.NewWriter(w)}
}

// Write writes one event and a newline. After an error, every later call
// returns the same error.
func (w *Writer) Write(e Event) error {
	if w.err != nil {
		return w.err
	}
	b, err := MarshalEvent(e)
	if err != nil {
		return fmt.Errorf("event %s: %w", e.ID, err) // a marshalling error does not poison the stream
	}
	if _, err := w.w.Write(b); err != nil {
		w.err = err
		return err
	}
	w.err = w.w.WriteByte('\n')
	return w.err
}

// Flush writes any buffered data to the underlying writer.
func (w *Writer) Flush() error {
	if w.err != nil {
		return w.err
	}
	w.err = w.w.Flush()
	return w.err
}

// Reader reads events from NDJSON input: one JSON object per line; blank
// lines are skipped, a UTF-8 byte-order mark at the start is skipped, and
// a final line without a newline is read. It uses memory for one line at a
// time, and refuses lines longer than MaxRecordBytes.
//
// A record that does not decode is reported as a *ParseError with its line,
// column and field, and with the rejected line verbatim (without its line
// terminator) in Record; the next call to Read goes on with the next line,
// so that a lenient caller can write the rejects to a file and lose
// nothing. Errors of the underlying reader end the stream.
type Reader struct {
	// MaxRecordBytes bounds the length of one line; 0 means
	// DefaultMaxRecordBytes. A longer line is skipped and reported as a
	// *ParseError wrapping ErrTooLong, with Record holding its first
	// MaxRecordBytes bytes.
	MaxRecordBytes int

	r    *bufio.Reader
	line int
	off  int64
	err  error  // sticky I/O error
	last []byte // the last record returned, verbatim
}

// DefaultMaxRecordBytes is the default bound on one NDJSON line: far above
// any real event, low enough that a corrupt file cannot exhaust memory.
const DefaultMaxRecordBytes = 16 << 20

// readLine reads one line, keeping at most max bytes of it; it reports
// the line's full length.
func (r *Reader) readLine(max int) (line []byte, n int, err error) {
	for {
		chunk, err := r.r.ReadSlice('\n')
		n += len(chunk)
		if room := max - len(line); room > 0 {
			line = append(line, chunk[:min(len(chunk), room)]...)
		}
		if err != bufio.ErrBufferFull {
			return line, n, err
		}
	}
}

// NewReader returns a Reader on r.
func NewReader(r io.Reader) *Reader {
	return &Reader{r: bufio.NewReader(r)}
}

// Raw returns the line of the last event Read returned, verbatim, without
// its line end: for a caller that rejects the event for its own reasons
// (say, failed validation) and writes it to a reject file. The caller must
// not modify it.
func (r *Reader) Raw() []byte { return r.last }

// Line returns the number of the last line read.
func (r *Reader) Line() int { return r.line }

// Read returns the next event, or io.EOF when the input is exhausted.
func (r *Reader) Read() (Event, error) {
	for {
		if r.err != nil {
			return Event{}, r.err
		}
		limit := r.MaxRecordBytes
		if limit <= 0 {
			limit = DefaultMaxRecordBytes
		}
		limit = min(limit, math.MaxInt-8)    // "no limit" must not overflow below
		raw, n, err := r.readLine(limit + 5) // room for a BOM and "\r\n"
		if err != nil {
			if err != io.EOF {
				r.err = err
				return Event{}, err
			}
			r.err = io.EOF
			if n == 0 {
				return Event{}, io.EOF
			}
		}
		r.line++
		base := r.off
		r.off += int64(n)
		truncated := n > len(raw) // readLine kept only the first limit+5 bytes
		if r.line == 1 {
			if rest, ok := bytes.CutPrefix(raw, []byte("\ufeff")); ok {
				raw, base = rest, base+3
			}
		}
		rec := bytes.TrimRight(raw, "\r\n")
		if truncated || len(rec) > limit {
			return Event{}, &ParseError{Line: r.line, Column: 1, Offset: base, Record: bytes.Clone(rec[:min(len(rec), limit)]),
				Err: fmt.Errorf("%w: line longer than %d bytes", ErrTooLong, limit)}
		}
		if len(bytes.TrimSpace(rec)) == 0 {
			continue
		}
		var e Event
		if err := decodeRecord(rec, &e, "an event"); err != nil {
			pe := toParseError(err, rec, r.line, base)
			pe.Record = bytes.Clone(rec)
			return Event{}, pe
		}
		r.last = rec // readLine gives a fresh slice for each line
		return e, nil
	}
}

// All returns an iterator over the remaining events and decoding errors.
// Iteration stops at the end of input or at an I/O error; a *ParseError
// for one record does not stop it.
func (r *Reader) All() iter.Seq2[Event, error] {
	return func(yield func(Event, error) bool) {
		for {
			e, err := r.Read()
			if err == io.EOF {
				return
			}
			var pe *ParseError
			if err != nil && !errors.As(err, &pe) {
				yield(Event{}, err)
				return
			}
			if !yield(e, err) {
				return
			}
		}
	}
}

// ReadAll reads every event. It stops at the first error, which it returns
// with the events read before it.
func ReadAll(r io.Reader) ([]Event, error) {
	var out []Event
	for e, err := range NewReader(r).All() {
		if err != nil {
			return out, err
		}
		out = append(out, e)
	}
	return out, nil
}

// WriteDataset writes d as an indented JSON document followed by a
// newline, without HTML escaping. An empty Schema is written as the
// current Schema.
func WriteDataset(w io.Writer, d *Dataset) error {
	if d == nil {
		return errors.New("event: WriteDataset: nil dataset")
	}
	c := *d
	if c.Schema == "" {
		c.Schema = Schema
	}
	return encode(w, &c, "  ") // the Encoder writes nothing if marshalling fails
}

// ReadDataset reads one Dataset document. It decodes strictly and checks
// the schema version; errors are *ParseError values with line, column and
// the JSON path of the field ("events[2].when.start"). It does not
// validate the content: call Validate for that.
func ReadDataset(r io.Reader) (*Dataset, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	var d Dataset
	if err := decodeRecord(data, &d, "a dataset"); err != nil {
		return nil, toParseError(err, data, 1, 0)
	}
	return &d, nil
}
