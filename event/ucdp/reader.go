package ucdp

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"iter"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"

	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/internal/fielderr"
	"github.com/conflictkit/conflict/internal/flatcsv"
)

// Reader reads events from a UCDP GED CSV file of any supported layout,
// one record at a time. Columns are found by header name (ignoring case and
// surrounding spaces), so column order does not matter and unknown columns
// are kept in the event's Extra record. A UTF-8 byte-order mark and a row
// of HXL hashtags under the header are skipped.
//
// The zero value is not usable; create a Reader with NewReader.
type Reader struct {
	// MaxRecordBytes bounds the size of one record in bytes; 0 means
	// event.DefaultMaxRecordBytes. A longer record is rejected with a
	// *event.ParseError wrapping event.ErrTooLong and skipped, and reading
	// goes on. Set it before the first Read.
	MaxRecordBytes int
	// Encoding is the text encoding of a file without a byte-order mark
	// (charmap.Windows1252, charmap.ISO8859_1, ...); nil means detect it: a
	// byte-order mark decides (UTF-8, UTF-16), else the file is UTF-8
	// unless its first non-ASCII bytes are not, in which case it is
	// Windows-1252 (see EncodingUsed). Text is never replaced: a byte that
	// is not text in the encoding rejects its record (event.ErrBadText).
	// Set it before the first Read.
	Encoding encoding.Encoding
	// Resolver, if set, fills in catalogue IDs for the sides and the
	// P-codes and gazetteer IDs of the admin path and place of every event
	// read (see event.Resolver); the names stay as the row gives them. What
	// does not resolve is reported by Warnings, with the code
	// event.ErrUnresolved and the event's JSON path.
	Resolver *event.Resolver
	// Missing lists the cell values read as a missing value, like an empty
	// cell, in the columns this package knows: nil means
	// flatcsv.DefaultMissing, the spellings R, pandas, Excel and databases
	// write ("NA", "NaN", "nan", "NULL", "None", "#N/A", …); an empty
	// non-nil slice means that only the empty cell is missing. Numeric
	// columns also read Stata's "." and ".a"–".z" as missing. The cell is
	// written back as read (Extra.Verbatim); columns this package does not
	// know are kept as they are.
	Missing []string
	// Headerless, if set, says that the input has no header row (UCDP's
	// candidate file 24.0.1 was published so) and that its columns are
	// those of this layout; the first line is then a record. Without it, a
	// first line that holds a record rather than column names is refused
	// with ErrNoHeader.
	Headerless Layout

	src     io.Reader
	csv     *flatcsv.Reader
	started bool
	err     error // sticky fatal error

	header []string
	idx    [numCols]int // position of each known column, -1 if absent
	others []int        // positions of unknown columns
	layout Layout

	warnings event.Problems
	cells    [numCols]string // scratch: the cells formatted back
	vals     [numCols]string // scratch: the values of the cells read
}

// NewReader returns a Reader that reads from r.
func NewReader(r io.Reader) *Reader {
	return &Reader{src: r}
}

// start reads the header and checks it.
func (r *Reader) start() error {
	if r.started {
		return r.err
	}
	r.started = true
	r.csv = flatcsv.NewReader(r.src, r.MaxRecordBytes)
	r.csv.Encoding = r.Encoding
	if r.Headerless != "" {
		cols := r.Headerless.Columns()
		if cols == nil {
			r.err = &event.ParseError{Line: 1, Column: 1, Err: fmt.Errorf("ucdp: Reader.Headerless %s: %w", fielderr.Quote(string(r.Headerless)), ErrBadLayout)}
			return r.err
		}
		r.csv.SetHeader(cols)
	}
	header, err := r.csv.Header()
	if err != nil {
		r.err = noHeader(err)
		return r.err
	}
	r.header = header
	for c := range r.idx {
		r.idx[c] = -1
	}
	for i, h := range header {
		if c, ok := lookupCol(h); ok {
			r.idx[c] = i
		} else {
			r.others = append(r.others, i)
		}
	}
	if r.idx[cID] < 0 && looksLikeRecord(header) {
		r.err = &event.ParseError{Line: 1, Column: 1, Record: r.csv.RawHeader(),
			Err: fmt.Errorf("ucdp: the first line is a record (it starts %s), not column names: set Reader.Headerless to the file's layout: %w", fielderr.Quote(header[0]), ErrNoHeader)}
		return r.err
	}
	for _, c := range []col{cID, cTypeOfViolence, cDateStart, cDateEnd} {
		if r.idx[c] < 0 {
			r.err = &event.ParseError{Line: 1, Column: 1, Field: colNames[c], Record: r.csv.RawHeader(),
				Err: fmt.Errorf("ucdp: header has no column %q: %w", colNames[c], ErrHeader)}
			return r.err
		}
	}
	r.layout = detectLayout(func(c col) bool { return r.idx[c] >= 0 })
	return nil
}

// noHeader turns the error about a first line whose cells repeat into
// ErrNoHeader when that line is a record: a headerless file's first record
// repeats names (side_a in dyad_name, say) more often than not.
func noHeader(err error) error {
	var pe *event.ParseError
	if !errors.Is(err, event.ErrDuplicate) || !errors.As(err, &pe) {
		return err
	}
	cr := csv.NewReader(bytes.NewReader(pe.Record))
	cr.FieldsPerRecord = -1
	fields, cerr := cr.Read()
	if cerr != nil || !looksLikeRecord(fields) {
		return err
	}
	return &event.ParseError{Line: pe.Line, Column: 1, Offset: pe.Offset, Record: pe.Record,
		Err: fmt.Errorf("ucdp: the first line is a record (it starts %s), not column names: set Reader.Headerless to the file's layout: %w", fielderr.Quote(fields[0]), ErrNoHeader)}
}

// looksLikeRecord reports whether a header row is a record instead: no
// known column name, and a first cell that is a number, as UCDP's ids are.
// It only picks the error message; the columns are never guessed.
func looksLikeRecord(header []string) bool {
	for _, h := range header {
		if _, ok := lookupCol(h); ok {
			return false
		}
	}
	_, ok := wholeNumber(flatcsv.TrimSpace(header[0]))
	return ok
}

// Read returns the next event, or io.EOF at the end of the input.
//
// A record that cannot be read is reported as a *event.ParseError with
// the line and byte column of the cell at fault, the column name as Field,
// an Err wrapping a sentinel (ErrBadNumber, ErrBadCode, event.ErrBadDate,
// event.ErrMissing, …) and the record verbatim in Record; the next Read
// goes on with the following record, so a lenient caller loses nothing; a
// record over MaxRecordBytes (event.ErrTooLong) is skipped the same way.
// Fatal errors — I/O errors, a header that is not UCDP's (ErrHeader) — are
// returned again by every later Read.
func (r *Reader) Read() (event.Event, error) {
	r.warnings = r.warnings[:0]
	if err := r.start(); err != nil {
		return event.Event{}, err
	}
	if r.err != nil {
		return event.Event{}, r.err
	}
	fields, err := r.csv.Read()
	if err != nil {
		var pe *event.ParseError
		if err == io.EOF || !errors.As(err, &pe) {
			r.err = err
		}
		return event.Event{}, err
	}
	e, err := r.build(fields)
	if err == nil && r.Resolver != nil {
		r.warnings = r.Resolver.AppendResolve(r.warnings, &e)
	}
	return e, err
}

// All returns an iterator over the remaining events. A rejected record is
// yielded as (zero Event, *event.ParseError) and iteration goes on; it
// stops at the end of the input and after a fatal error, which it yields.
func (r *Reader) All() iter.Seq2[event.Event, error] {
	return func(yield func(event.Event, error) bool) {
		for {
			e, err := r.Read()
			if err == io.EOF {
				return
			}
			if !yield(e, err) {
				return
			}
			if err != nil && r.err != nil {
				return
			}
		}
	}
}

// Warnings returns the warnings about the record the last Read returned:
// low/best/high out of order (ErrRangeOrder, at "low" or "high"), deaths
// per side that do not add up to best (ErrDeathsSum, at "best"), a year
// that is not date_start's (ErrYear, at "year") and a point at (0, 0)
// (event.ErrNullIsland, at "latitude" or "geom_wkt"). Path is the column
// name and Severity event.Warning. The rows are read unchanged.
// The slice is reused by the next Read: copy it (slices.Clone) to keep it.
func (r *Reader) Warnings() event.Problems {
	if len(r.warnings) == 0 {
		return nil
	}
	return r.warnings[:len(r.warnings):len(r.warnings)] // an append copies
}

// Layout returns the layout detected from the header, or "" before the
// first Read or after a header error.
func (r *Reader) Layout() Layout { return r.layout }

// Header returns the column names as the header gives them (the layout's
// with Headerless), or nil before the first Read. It stays valid when
// every record is rejected. Pass it to Writer.Header to write the columns
// in the same order, unknown ones included.
func (r *Reader) Header() []string { return r.header }

// HXL returns the row of HXL hashtags under the header, or nil if there
// was none. Pass it to Writer.HXLRow to write the same row.
func (r *Reader) HXL() []string {
	if r.csv == nil {
		return nil
	}
	return r.csv.HXL()
}

// RawHeader returns the header line, and the HXL line under it if any,
// verbatim and without the final line end, for the top of a reject file.
// It is nil before the first Read.
func (r *Reader) RawHeader() []byte {
	if r.csv == nil {
		return nil
	}
	return r.csv.RawHeader()
}

// Raw returns the last record read, verbatim and without its line end, as
// a copy: for a caller that turns down an event Read returned for reasons
// of its own (say, failed validation) and writes it to a reject file in
// the input's own form. It is nil before the first Read.
//
// Raw, RawHeader and the Record of a *event.ParseError are the input's own
// bytes, in its encoding (EncodingUsed): a reject file made of them, with
// LineEnd between them, is in the input's encoding as long as the line end
// is written in it too (it is ASCII, so only UTF-16 changes it; the
// byte-order mark, if any, is not part of RawHeader).
func (r *Reader) Raw() []byte {
	if r.csv == nil {
		return nil
	}
	return r.csv.Raw()
}

// LineEnd returns the line end of the input, "\n", "\r\n" or "\r" (Excel
// for Mac's CSV), as the header line ends ("\n" before the first Read). Set
// Writer.LineEnd from it to write the same.
func (r *Reader) LineEnd() string {
	if r.csv == nil {
		return "\n"
	}
	return r.csv.LineEnd()
}

// EncodingUsed returns the input's text encoding and whether the input
// began with a byte-order mark. It is UTF-8 until the first Read, and
// while the text read is ASCII and nothing else decided it; UTF-16 is
// reported as the variant that ignores byte-order marks.
func (r *Reader) EncodingUsed() (enc encoding.Encoding, bom bool) {
	if r.csv == nil {
		return unicode.UTF8, false
	}
	return r.csv.EncodingUsed()
}

// Line returns the line of the input on which the record last read
// starts, also when Read rejected it: with the event's ID it names the
// record a warning is about. It is 0 before the first Read.
func (r *Reader) Line() int {
	if r.csv == nil {
		return 0
	}
	return r.csv.Line()
}

// fileExtra records in x what the file says of all its records: line
// ends, text encoding, byte-order mark.
func (r *Reader) fileExtra(x *Extra) {
	x.CRLF = r.csv.LineEnd() == "\r\n"
	x.CR = r.csv.LineEnd() == "\r"
	x.Encoding = r.csv.RecordEncoding()
	_, x.BOM = r.csv.EncodingUsed()
}

// ReadAll reads every event of a UCDP GED CSV file strictly: it stops at
// the first error and returns it with the events read before it.
func ReadAll(r io.Reader) ([]event.Event, error) {
	rd := NewReader(r)
	var out []event.Event
	for {
		e, err := rd.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, e)
	}
}
