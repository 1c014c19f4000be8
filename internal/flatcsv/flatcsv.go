// Package flatcsv is the record reader under the flat-format codecs
// (event/acled, event/ucdp, event/table): encoding/csv plus what those
// formats need and encoding/csv does not give.
//
//   - Columns are found by header name, case-insensitively, after a UTF-8
//     byte-order mark is dropped from the start of the input.
//   - A second row of HXL hashtags is recognised, kept apart, and not
//     returned as data.
//   - Each record is handed back verbatim (Raw), so that a lenient caller
//     can write rejects without loss, and errors carry the line and column
//     of the field at fault (Error).
//   - A maximum record size bounds the memory one record may take.
//
// A record with a syntax error or the wrong number of fields is reported
// and reading goes on with the next record; an over-long record or an I/O
// error ends the stream.
package flatcsv

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/conflictkit/conflict/event"
)

// bom is the UTF-8 byte-order mark.
const bom = "\ufeff"

// Reader reads CSV records by header name. Create it with NewReader.
type Reader struct {
	rec     *recorder
	csv     *csv.Reader
	max     int
	header  []string
	index   map[string]int
	hxl     []string
	rawHead []byte

	fields  []string
	raw     []byte
	line    int   // line of the current record's first byte
	offset  int64 // input offset of the current record
	pending bool  // fields/raw hold a record read ahead (the row after the header)
	lineEnd string
	err     error // sticky: a fatal error ends the stream
	started bool
}

// NewReader returns a Reader of r that refuses records longer than max
// bytes (max <= 0 means event.DefaultMaxRecordBytes).
func NewReader(r io.Reader, max int) *Reader {
	if max <= 0 {
		max = event.DefaultMaxRecordBytes
	}
	rec := &recorder{r: r, max: max}
	c := csv.NewReader(rec)
	c.FieldsPerRecord = -1 // the count is checked against the header here, with a position
	c.ReuseRecord = true
	return &Reader{rec: rec, csv: c, max: max}
}

// Header reads the header row, and the HXL row under it if there is one,
// and returns the column names as written (without a byte-order mark).
// Read calls it as needed. It fails with a *event.ParseError wrapping
// io.ErrUnexpectedEOF for empty input and event.ErrDuplicate for a
// non-empty column name given twice (case-insensitively).
func (r *Reader) Header() ([]string, error) {
	if r.started {
		if r.header == nil {
			return nil, r.err
		}
		return r.header, nil
	}
	r.started = true
	fields, err := r.next()
	if err == io.EOF {
		r.err = &event.ParseError{Line: 1, Column: 1, Err: fmt.Errorf("no header row: %w", io.ErrUnexpectedEOF)}
		return nil, r.err
	}
	if err != nil {
		r.err = err
		return nil, err
	}
	r.header = append([]string(nil), fields...)
	r.rawHead = append([]byte(nil), r.raw...)
	r.index = make(map[string]int, len(r.header))
	for i, h := range r.header {
		k := strings.ToLower(strings.TrimSpace(h))
		if _, dup := r.index[k]; dup && k != "" {
			line, col := r.csv.FieldPos(i)
			r.err = &event.ParseError{Line: line, Column: col, Field: h, Err: fmt.Errorf("column %q given twice: %w", h, event.ErrDuplicate), Record: r.rawHead}
			r.header = nil
			return nil, r.err
		}
		r.index[k] = i
	}
	// The row under the header may be HXL hashtags; otherwise it is the
	// first record, kept for the first Read.
	fields, err = r.next()
	switch {
	case err == io.EOF:
	case err != nil:
		r.pending = true // reported by the first Read
		r.err = err
	case isHXL(fields):
		r.hxl = append([]string(nil), fields...)
		r.rawHead = append(append(r.rawHead, r.lineEnd...), r.raw...)
	default:
		r.pending = true
	}
	return r.header, nil
}

// isHXL reports whether a row is an HXL hashtag row: at least one cell, and
// every non-empty cell, starts with '#'.
func isHXL(fields []string) bool {
	n := 0
	for _, f := range fields {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		if f[0] != '#' {
			return false
		}
		n++
	}
	return n > 0
}

// HXL returns the hashtag row under the header, or nil if there was none.
func (r *Reader) HXL() []string { return r.hxl }

// RawHeader returns the header line (and the HXL line, if any) verbatim,
// without the final line end, for writing at the top of a reject file.
func (r *Reader) RawHeader() []byte { return r.rawHead }

// LineEnd returns the line end the input uses, "\n" or "\r\n", as seen on
// the header line ("\n" before the header is read).
func (r *Reader) LineEnd() string {
	if r.lineEnd == "" {
		return "\n"
	}
	return r.lineEnd
}

// Index returns the position of the column named name, compared
// case-insensitively and ignoring surrounding spaces, or -1.
func (r *Reader) Index(name string) int {
	if i, ok := r.index[strings.ToLower(name)]; ok {
		return i
	}
	return -1
}

// Read returns the fields of the next record, valid until the next call.
// At the end of input it returns io.EOF. A record that is not well-formed
// CSV or has a different number of fields from the header is reported as a
// *event.ParseError with the record in Record; the next Read goes on after
// it. Other errors are final.
func (r *Reader) Read() ([]string, error) {
	if _, err := r.Header(); err != nil {
		return nil, err
	}
	if r.pending {
		r.pending = false
		if r.err != nil {
			err := r.err
			if !r.fatal(err) {
				r.err = nil
			}
			return nil, err
		}
		return r.check()
	}
	if r.err != nil {
		return nil, r.err
	}
	if _, err := r.next(); err != nil {
		if r.fatal(err) {
			r.err = err
		}
		return nil, err
	}
	return r.check()
}

// fatal reports whether err ends the stream.
func (r *Reader) fatal(err error) bool {
	var pe *event.ParseError
	return err == io.EOF || !errors.As(err, &pe) || errors.Is(err, event.ErrTooLong)
}

// check compares the field count with the header.
func (r *Reader) check() ([]string, error) {
	if len(r.fields) == len(r.header) {
		return r.fields, nil
	}
	col := 0
	if len(r.fields) > len(r.header) {
		_, col = r.csv.FieldPos(len(r.header))
	} else {
		col = len(r.raw) + 1 // the record ends early
		if i := bytes.LastIndexByte(r.raw, '\n'); i >= 0 {
			col = len(r.raw) - i
		}
	}
	return nil, &event.ParseError{Line: r.line, Column: col, Offset: r.offset,
		Err: fmt.Errorf("%d fields, want %d as in the header: %w", len(r.fields), len(r.header), csv.ErrFieldCount), Record: r.Raw()}
}

// next reads one record into r.fields and r.raw.
func (r *Reader) next() ([]string, error) {
	start := r.csv.InputOffset()
	r.rec.forget(start)
	fields, err := r.csv.Read()
	end := r.csv.InputOffset()
	raw := r.rec.take(start, end)
	// encoding/csv skips blank lines before a record: they are not part of it.
	lead := len(raw) - len(bytes.TrimLeft(raw, "\r\n"))
	raw = raw[lead:]
	r.offset = r.rec.skipped + start + int64(lead)
	if r.lineEnd == "" {
		if i := bytes.IndexByte(raw, '\n'); i > 0 && raw[i-1] == '\r' {
			r.lineEnd = "\r\n"
		} else if i >= 0 {
			r.lineEnd = "\n"
		}
	}
	raw = bytes.TrimSuffix(raw, []byte("\n"))
	raw = bytes.TrimSuffix(raw, []byte("\r"))
	r.raw = raw
	r.fields = fields
	if err == nil && len(raw) > r.max {
		// The recorder stops a record only once it is well over the limit
		// (it cannot see where records end); this is the exact check.
		r.line, _ = r.csv.FieldPos(0)
		return nil, &event.ParseError{Line: r.line, Column: 1, Offset: r.offset,
			Err: fmt.Errorf("more than %d bytes: %w", r.max, event.ErrTooLong), Record: append([]byte(nil), raw[:r.max]...)}
	}
	if err == nil {
		r.line, _ = r.csv.FieldPos(0)
		return fields, nil
	}
	if err == io.EOF {
		return nil, err
	}
	if errors.Is(err, event.ErrTooLong) {
		line, _ := r.csv.FieldPos(0)
		return nil, &event.ParseError{Line: line, Column: 1, Offset: r.offset,
			Err: fmt.Errorf("more than %d bytes: %w", r.max, event.ErrTooLong), Record: append([]byte(nil), r.rec.head(start, r.max)...)}
	}
	var ce *csv.ParseError
	if errors.As(err, &ce) {
		r.line = ce.StartLine
		return nil, &event.ParseError{Line: ce.Line, Column: ce.Column, Offset: r.offset, Err: ce.Err, Record: r.Raw()}
	}
	return nil, err
}

// Raw returns the current record verbatim, without its final line end. It
// is a copy the caller may keep.
func (r *Reader) Raw() []byte { return append([]byte(nil), r.raw...) }

// Line returns the line on which the current record starts.
func (r *Reader) Line() int { return r.line }

// Error returns a *event.ParseError for field i of the current record: its
// line and column, the column name as Field, err, and the record verbatim.
func (r *Reader) Error(i int, err error) *event.ParseError {
	line, col := r.line, 1
	field := ""
	if i >= 0 && i < len(r.fields) {
		line, col = r.csv.FieldPos(i)
	}
	if i >= 0 && i < len(r.header) {
		field = r.header[i]
	}
	return &event.ParseError{Line: line, Column: col, Offset: r.offset, Field: field, Err: err, Record: r.Raw()}
}

// recorder is the reader under encoding/csv. It drops a leading byte-order
// mark, keeps the bytes it has handed out since the start of the current
// record, so that a record can be returned verbatim, and fails once a
// record outgrows the limit.
type recorder struct {
	r       io.Reader
	max     int
	buf     []byte // input bytes from offset base on (offsets as encoding/csv counts them)
	base    int64
	skipped int64 // length of the byte-order mark dropped, if any
	begun   bool
	err     error
}

func (c *recorder) Read(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	if !c.begun {
		c.begun = true
		br := bufio.NewReaderSize(c.r, 16)
		if b, _ := br.Peek(len(bom)); string(b) == bom {
			_, _ = br.Discard(len(bom))
			c.skipped = int64(len(bom))
		}
		c.r = br
	}
	// encoding/csv reads ahead by at most one buffer: more than max plus
	// that much unconsumed means the record under way is over the limit.
	if len(c.buf) > c.max+64<<10 {
		c.err = event.ErrTooLong
		return 0, c.err
	}
	n, err := c.r.Read(p)
	c.buf = append(c.buf, p[:n]...)
	return n, err
}

// forget drops the bytes before offset start, reusing the buffer.
func (c *recorder) forget(start int64) {
	if d := int(start - c.base); d > 0 && d <= len(c.buf) {
		n := copy(c.buf, c.buf[d:])
		c.buf = c.buf[:n]
		c.base = start
	}
}

// take returns the bytes from start to end, valid until the next forget.
func (c *recorder) take(start, end int64) []byte {
	s, e := int(start-c.base), int(end-c.base)
	s = max(0, min(s, len(c.buf)))
	e = max(s, min(e, len(c.buf)))
	return c.buf[s:e]
}

// head returns up to n bytes from start.
func (c *recorder) head(start int64, n int) []byte {
	s := max(0, int(start-c.base))
	if s > len(c.buf) {
		return nil
	}
	return c.buf[s:min(len(c.buf), s+n)]
}
