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
	"strconv"
	"strings"

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

// encodingError is the error for input in UTF-16 or UTF-32: it is no
// record, and nothing of it can be read.
func encodingError(err error) *ParseError {
	return &ParseError{Line: 1, Column: 1, Err: fmt.Errorf("%w: %w", ErrBadText, err)}
}

// UnmarshalEvent decodes one event strictly. Errors are *ParseError values
// with the line and column within data and the JSON path of the field.
// Text in UTF-16 or UTF-32 is refused (ErrBadText) with a message that
// says so.
func UnmarshalEvent(data []byte) (Event, error) {
	if err := strictjson.EncodingError(data); err != nil {
		return Event{}, encodingError(err)
	}
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
// time, and refuses lines longer than MaxRecordBytes. Input in UTF-16 or
// UTF-32 (a byte-order mark, or NUL bytes between the characters) is
// refused at once with a message that says so: JSON text is UTF-8
// (RFC 8259).
//
// A record that does not decode is reported as a *ParseError with its line,
// column and field, and with the rejected line verbatim (without its line
// terminator) in Record; the next call to Read goes on with the next line,
// so that a lenient caller can write the rejects to a file and lose
// nothing. Errors of the underlying reader end the stream.
//
// An event must have an ID (a UUID other than the nil one) and a type;
// see Event.UnmarshalJSON.
type Reader struct {
	// MaxRecordBytes bounds the length of one line; 0 means
	// DefaultMaxRecordBytes. A longer line is reported as soon as the
	// limit is passed, as a *ParseError wrapping ErrTooLong with Record
	// holding its first MaxRecordBytes bytes; the next Read skips the rest
	// of the line, in constant memory, and goes on after it. In a Dataset
	// document (ReadDataset) it bounds each record and each string.
	MaxRecordBytes int
	// MaxDocumentBytes bounds the Dataset document ReadDataset reads; 0
	// means DefaultMaxDocumentBytes. NDJSON streams have no such bound.
	MaxDocumentBytes int64

	r        *bufio.Reader
	line     int   // line of the last record read (returned or rejected)
	next     int   // number of the next line to read, less one
	off      int64 // offset of the next byte
	skip     bool  // the rest of an over-long line is still to be skipped
	started  bool
	err      error  // sticky I/O error, or io.EOF
	last     []byte // the last record returned, verbatim
	warnings Problems
}

// DefaultMaxRecordBytes is the default bound on one NDJSON line: far above
// any real event, low enough that a corrupt file cannot exhaust memory.
const DefaultMaxRecordBytes = 16 << 20

// readLine reads one line, keeping at most limit+1 bytes of it, so that it
// stops in bounded memory on an endless line; n is the number of bytes
// read and whole reports whether the line's end (a newline or the end of
// input) was reached.
func (r *Reader) readLine(limit int) (line []byte, n int, whole bool, err error) {
	for {
		chunk, err := r.r.ReadSlice('\n')
		n += len(chunk)
		keep := chunk[:min(len(chunk), limit+1-len(line))]
		if need := len(line) + len(keep); need > cap(line) {
			// Double, as append does not for large slices: a long line
			// then costs at most twice its kept length in all.
			line = append(make([]byte, 0, max(need, min(2*cap(line), limit+1))), line...)
		}
		line = append(line, keep...)
		if err != bufio.ErrBufferFull {
			return line, n, true, err
		}
		if len(line) > limit {
			return line, n, false, nil
		}
	}
}

// skipLine consumes the rest of the current line, reporting the bytes read.
func (r *Reader) skipLine() (n int, err error) {
	for {
		chunk, err := r.r.ReadSlice('\n')
		n += len(chunk)
		if err != bufio.ErrBufferFull {
			return n, err
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

// Line returns the line of the last record Read returned or rejected (the
// line of a *ParseError's record), so that a warning or a failed
// validation can name its record; 0 before the first Read.
func (r *Reader) Line() int { return r.line }

// Warnings returns the warnings about the event last returned by Read, or,
// after ReadDataset, about the document (nil if none): each is a Problem of
// severity Warning with the JSON path of the value. The readers report a
// point at exactly (0, 0) (ErrNullIsland), which almost always stands for
// missing coordinates but is well-formed, so it is read as it is. The
// slice is valid until the next Read.
func (r *Reader) Warnings() Problems { return r.warnings }

// start checks the first bytes of the input for UTF-16 and UTF-32.
func (r *Reader) start() error {
	r.started = true
	head, _ := r.r.Peek(4)
	if err := strictjson.EncodingError(head); err != nil {
		return encodingError(err)
	}
	return nil
}

// limit returns the bound on one record.
func (r *Reader) limit() int {
	limit := r.MaxRecordBytes
	if limit <= 0 {
		limit = DefaultMaxRecordBytes
	}
	return min(limit, math.MaxInt-8) // "no limit" must not overflow below
}

// Read returns the next event, or io.EOF when the input is exhausted.
func (r *Reader) Read() (Event, error) {
	r.warnings = nil
	if !r.started {
		if err := r.start(); err != nil {
			r.err = err
			return Event{}, err
		}
	}
	for {
		if r.err != nil {
			return Event{}, r.err
		}
		if r.skip {
			n, err := r.skipLine()
			r.off += int64(n)
			r.skip = false
			if err != nil {
				r.err = err
				continue
			}
		}
		limit := r.limit()
		raw, n, whole, err := r.readLine(limit + 5) // room for a BOM and "\r\n"
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
		r.next++
		base := r.off
		r.off += int64(n)
		clipped := n > len(raw) // readLine kept only the first limit+6 bytes
		if r.next == 1 {
			if rest, ok := bytes.CutPrefix(raw, []byte("\ufeff")); ok {
				raw, base = rest, base+3
			}
		}
		rec := bytes.TrimRight(raw, "\r\n")
		if clipped || len(rec) > limit {
			r.line, r.skip = r.next, !whole
			return Event{}, &ParseError{Line: r.line, Column: 1, Offset: base, Record: rec[:min(len(rec), limit):min(len(rec), limit)], // a fresh slice
				Err: fmt.Errorf("%w: line longer than %d bytes", ErrTooLong, limit)}
		}
		if len(bytes.TrimSpace(rec)) == 0 {
			continue
		}
		r.line = r.next
		var e Event
		if err := decodeRecord(rec, &e, "an event"); err != nil {
			pe := toParseError(err, rec, r.line, base)
			pe.Record = bytes.Clone(rec)
			return Event{}, pe
		}
		r.warnings = eventWarnings(&e, "", r.warnings)
		r.last = rec // readLine gives a fresh slice for each line
		return e, nil
	}
}

// All returns an iterator over the remaining events and decoding errors.
// Iteration stops at the end of input, at an I/O error and at an input
// that cannot be read at all (UTF-16), each yielded first; a *ParseError
// for one record does not stop it.
func (r *Reader) All() iter.Seq2[Event, error] {
	return func(yield func(Event, error) bool) {
		for {
			e, err := r.Read()
			if err == io.EOF {
				return
			}
			var pe *ParseError
			if err != nil && (!errors.As(err, &pe) || err == r.err) {
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

// DefaultMaxDocumentBytes is the default bound on a Dataset document: the
// document is decoded as a whole, and the Dataset takes about as much
// memory again, so the bound keeps a hostile or runaway input from
// exhausting memory. Collections larger than this belong in NDJSON, which
// streams.
const DefaultMaxDocumentBytes = 256 << 20

// ReadDataset reads one Dataset document with the default limits: see
// Reader.ReadDataset.
func ReadDataset(r io.Reader) (*Dataset, error) {
	return NewReader(r).ReadDataset()
}

// ReadDataset reads the whole input as one Dataset document, in place of
// Read: it must be the Reader's first call. It decodes strictly and checks
// the schema version; errors are *ParseError values with line, column and
// the JSON path of the field ("events[2].when.start"). It does not
// validate the content: call Validate for that. Warnings then returns the
// warnings about the document (points at exactly (0, 0)).
//
// It refuses, with a *ParseError wrapping ErrTooLong, a document longer
// than MaxDocumentBytes (reading stops there, so an endless input ends in
// bounded memory) and any record of the document (an element of "events",
// "actors", "places" or "sources") or other member longer than
// MaxRecordBytes, before decoding. An event ID, or an actor, place or
// source ID, given twice is refused with ErrDuplicate, naming both
// places. A UTF-8 byte-order mark at the start is skipped; UTF-16 and
// UTF-32 input is refused (ErrBadText).
func (r *Reader) ReadDataset() (*Dataset, error) {
	if r.started {
		return nil, errors.New("event: ReadDataset must be the Reader's first call")
	}
	if err := r.start(); err != nil {
		r.err = err
		return nil, err
	}
	max := r.MaxDocumentBytes
	if max <= 0 {
		max = DefaultMaxDocumentBytes
	}
	max = min(max, math.MaxInt64-1)
	data, err := io.ReadAll(io.LimitReader(r.r, max+1))
	r.err = io.EOF
	if err != nil {
		r.err = err
		return nil, err
	}
	if int64(len(data)) > max {
		pe := toParseError(&strictjson.Error{Offset: max, Err: fmt.Errorf("%w: document longer than %d bytes", ErrTooLong, max)}, data, 1, 0)
		return nil, pe
	}
	var base int64
	if rest, ok := bytes.CutPrefix(data, []byte("\ufeff")); ok {
		data, base = rest, 3
	}
	if err := checkSizes(data, r.limit()); err != nil {
		return nil, toParseError(err, data, 1, base)
	}
	var d Dataset
	if err := decodeRecord(data, &d, "a dataset"); err != nil {
		return nil, toParseError(err, data, 1, base)
	}
	r.line = 1
	r.warnings = datasetWarnings(&d)
	return &d, nil
}

// recordArrays are the members of a Dataset document whose elements are
// records, each bounded by MaxRecordBytes rather than the whole array.
var recordArrays = map[string]bool{"events": true, "actors": true, "places": true, "sources": true}

// checkSizes refuses a document in which a member of the top-level object,
// or an element of one of its record arrays, is longer than limit, so that
// no record and no string is decoded (and copied) beyond the limit. It
// does not need data to be well formed, and leaves the reporting of
// malformed JSON to the decoder.
func checkSizes(data []byte, limit int) error {
	i := skipJSONSpace(data, 0)
	if i >= len(data) || data[i] != '{' {
		return nil
	}
	i = skipJSONSpace(data, i+1)
	for i < len(data) && data[i] == '"' {
		kEnd := roughEnd(data, i)
		key := string(data[i+1 : max(i+1, kEnd-1)])
		i = skipJSONSpace(data, kEnd)
		if i >= len(data) || data[i] != ':' {
			return nil
		}
		i = skipJSONSpace(data, i+1)
		if i >= len(data) {
			return nil
		}
		end := roughEnd(data, i)
		if recordArrays[key] && data[i] == '[' {
			j := skipJSONSpace(data, i+1)
			for n := 0; j < end && data[j] != ']'; n++ {
				e := roughEnd(data, j)
				if e-j > limit {
					return &strictjson.Error{Offset: int64(j), Path: key + "[" + strconv.Itoa(n) + "]",
						Err: fmt.Errorf("%w: %s record longer than %d bytes", ErrTooLong, strings.TrimSuffix(key, "s"), limit)}
				}
				j = skipJSONSpace(data, e)
				if j < len(data) && data[j] == ',' {
					j = skipJSONSpace(data, j+1)
				}
			}
		} else if end-i > limit {
			return &strictjson.Error{Offset: int64(i), Path: key, Err: fmt.Errorf("%w: member longer than %d bytes", ErrTooLong, limit)}
		}
		i = skipJSONSpace(data, end)
		if i < len(data) && data[i] == ',' {
			i = skipJSONSpace(data, i+1)
		}
	}
	return nil
}

func skipJSONSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n') {
		i++
	}
	return i
}

// roughEnd returns the end of the JSON value that starts at b[i], found by
// following strings and brackets only (len(b) when it does not end); at
// least i+1, so that a caller always moves on.
func roughEnd(b []byte, i int) int {
	depth := 0
	for j := i; j < len(b); j++ {
		switch c := b[j]; c {
		case '"':
			for j++; j < len(b) && b[j] != '"'; j++ {
				if b[j] == '\\' {
					j++
				}
			}
			if depth == 0 {
				return min(j+1, len(b))
			}
		case '{', '[':
			depth++
		case '}', ']':
			if depth == 0 { // the bracket of the enclosing value ends a scalar
				return max(j, i+1)
			}
			depth--
			if depth == 0 {
				return j + 1
			}
		case ',', ':', ' ', '\t', '\r', '\n':
			if depth == 0 {
				return max(j, i+1)
			}
		}
	}
	return len(b)
}

// eventWarnings appends the warnings a reader gives about an event it
// read, with paths under prefix ("" or "events[3]").
func eventWarnings(e *Event, prefix string, ps Problems) Problems {
	if p := e.Where.Point; p != nil && p.IsNullIsland() {
		ps = append(ps, Problem{Path: join(prefix, "where.point"), Code: ErrNullIsland, Severity: Warning,
			Message: "point is exactly (0, 0), which almost always stands for missing coordinates"})
	}
	return ps
}

// datasetWarnings returns the warnings about a Dataset document read.
func datasetWarnings(d *Dataset) Problems {
	var ps Problems
	for i := range d.Places {
		if p := d.Places[i].Point; p != nil && p.IsNullIsland() {
			ps = append(ps, Problem{Path: index("places", i) + ".point", Code: ErrNullIsland, Severity: Warning,
				Message: "point is exactly (0, 0), which almost always stands for missing coordinates"})
		}
	}
	for i := range d.Events {
		ps = eventWarnings(&d.Events[i], index("events", i), ps)
	}
	return ps
}

// join joins two parts of a JSON path.
func join(prefix, path string) string {
	if prefix == "" {
		return path
	}
	return prefix + "." + path
}
