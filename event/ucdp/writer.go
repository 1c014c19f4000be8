package ucdp

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/encoding"

	"github.com/conflictkit/conflict/actor"
	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/internal/fielderr"
	"github.com/conflictkit/conflict/internal/flatcsv"
	"github.com/conflictkit/conflict/internal/formula"
	"github.com/conflictkit/conflict/internal/textenc"
)

// Writer writes events as a UCDP GED CSV file. Set the options before the
// first Write. The zero value is not usable; create a Writer with
// NewWriter.
//
// Options left at their zero values are taken from the first event's Extra
// record, so that a file read and written back keeps its layout, line
// ends, text encoding and byte-order mark. Cells are written as they are:
// a line end inside a cell is never rewritten, whatever the line end of
// the file.
type Writer struct {
	// Layout is the layout to write. If it is empty, the Writer uses the
	// Layout of the first event's Extra record, or LayoutGED20, the layout
	// of every release since 20.1.
	Layout Layout
	// Header, if set, is the exact list of columns to write, in order:
	// known column names (in any case, written as given) and names of
	// other columns, whose cells come from each event's Extra.Columns.
	// Reader.Header gives the header of a file read. It overrides Layout's
	// column list.
	Header []string
	// HXL asks for a row of HXL hashtags under the header (see HXLTag).
	// LayoutHDX always has one.
	HXL bool
	// HXLRow, if set, is written as the HXL row instead of the default
	// tags, e.g. Reader.HXL of the file read. It must have one cell per
	// column.
	HXLRow []string
	// UseCRLF ends lines with "\r\n"; it is LineEnd "\r\n".
	UseCRLF bool
	// LineEnd is "\n", "\r\n" or "\r"; "" means "\r\n" if UseCRLF is
	// set, else the first event's (Extra.CRLF, Extra.CR), else "\n". Any
	// other value is taken as "\n".
	LineEnd string
	// Encoding is the text encoding to write (charmap.Windows1252,
	// unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), ...); nil
	// means the encoding of the first event whose Extra names one
	// (Extra.Encoding), taken as long as the text written before it is
	// ASCII, which reads the same in both; else UTF-8. A character the
	// encoding cannot hold refuses its event with a *WriteError wrapping
	// event.ErrEncoding: it is never replaced or dropped.
	Encoding encoding.Encoding
	// BOM writes a byte-order mark first. With Encoding nil, the first
	// event's Extra.BOM asks for one too.
	BOM bool
	// Headerless leaves out the header row (and any HXL row), to write a
	// file back as it came when it had none (see Reader.Headerless).
	Headerless bool
	// Actors, if set, names the sides of events from other formats as UCDP
	// does: a participant the registry knows (by ID, else by its name on
	// the event's day) is written with its identifier in scheme
	// actor.SchemeUCDP valid on the event's first day, or failing that
	// with that of the nearest actor it is part of (a command by its
	// government: "Government of United States of America"). Others keep
	// their names, and events read from UCDP the names they were read
	// with. Nil leaves every name as given.
	Actors *actor.Registry
	// Aggregates writes records that are not single incidents (a type
	// marked event.TypeInfo.Aggregate: a campaign, a whole war, a
	// displacement figure) as rows, with event_clarity 2 (UCDP's code for
	// a total reported over a period) unless the event's Extra gives one.
	// By default such an event is not written: Write returns nil and
	// Warnings reports it (Path "", event.ErrLost).
	Aggregates bool
	// Neutralise writes a formula-like text cell (one a spreadsheet would
	// run: it starts with =, +, -, @, a tab or a carriage return and is not
	// a number) with a leading apostrophe, as the native tables do. By
	// default cells are written as UCDP publishes them, raw, and Warnings
	// reports each formula-like cell written (event.ErrFormula, Path the
	// column name).
	Neutralise bool

	w       io.Writer
	csv     *flatcsv.Writer
	adopted string // the Extra.Encoding last adopted
	started bool
	layout  Layout
	cols    []col    // known column of each output column, or numCols
	names   []string // output column names
	err     error
	cells   [numCols]string
	record  []string
	used    []bool // which of the event's Columns are written
	ctx     rowContext
	warn    event.Problems
	hasCol  [numCols + 1]bool // which known columns the header has
}

// NewWriter returns a Writer that writes to w.
func NewWriter(w io.Writer) *Writer {
	return &Writer{w: w}
}

// HXLTag returns the HXL hashtag the Writer puts under a column, or "" for
// a column it leaves untagged. The tags for date_start, date_end, year,
// side_a, side_b, best and source_article are those HDX gives UCDP data;
// the geography, id and low/high tags are standard HXL 1.1 hashtags.
func HXLTag(column string) string {
	if c, ok := lookupCol(column); ok {
		return hxlTags[c]
	}
	return ""
}

// start writes the header, and the HXL row if wanted, fixing the columns
// from the options and, failing those, from the first event's Extra.
func (w *Writer) start(x *Extra) error {
	w.started = true
	layout := w.Layout
	if layout == "" && x != nil {
		layout = x.Layout
	}
	if layout == "" {
		layout = LayoutGED20
	}
	if _, err := ParseLayout(string(layout)); err != nil {
		w.err = err
		return err
	}
	w.layout = layout
	names := w.Header
	if names == nil {
		names = layout.Columns()
		// Unknown columns of the file read go back in when writing the
		// same layout.
		if x != nil && x.Layout == layout {
			for _, c := range x.Columns {
				names = append(names, c.Name)
			}
		}
	}
	w.names = names
	w.cols = make([]col, len(names))
	for i, n := range names {
		c, ok := lookupCol(n)
		if !ok {
			c = numCols
		}
		w.cols[i] = c
		w.hasCol[c] = true
	}
	w.record = make([]string, len(names))
	w.csv = flatcsv.NewWriter(w.w)
	end := w.LineEnd
	if end == "" && w.UseCRLF {
		end = "\r\n"
	}
	if end == "" && x != nil && x.CRLF {
		end = "\r\n"
	}
	if end == "" && x != nil && x.CR {
		end = "\r"
	}
	if end != "\r\n" && end != "\r" {
		end = "\n"
	}
	w.csv.LineEnd, w.csv.Encoding, w.csv.BOM = end, w.Encoding, w.BOM
	if w.Encoding == nil && x != nil {
		w.csv.BOM = w.BOM || x.BOM
		if x.Encoding != "" {
			enc, err := encodingNamed(x.Encoding)
			if err != nil {
				w.err = err
				return err
			}
			w.csv.Encoding, w.adopted = enc, x.Encoding
		}
	}
	if w.Headerless {
		return nil
	}
	if err := w.csv.Write(names); err != nil {
		w.err = w.cellError(nil, err)
		return w.err
	}
	if w.HXLRow != nil || w.HXL || layout == LayoutHDX {
		row := w.HXLRow
		if row == nil {
			row = make([]string, len(names))
			for i, c := range w.cols {
				if c < numCols {
					row[i] = hxlTags[c]
				}
			}
		}
		if len(row) != len(names) {
			w.err = fmt.Errorf("ucdp: HXL row has %d cells for %d columns: %w", len(row), len(names), csv.ErrFieldCount)
			return w.err
		}
		if err := w.csv.Write(row); err != nil {
			w.err = w.cellError(nil, err)
			return w.err
		}
	}
	return nil
}

// encodingNamed returns the encoding an Extra record names, which the
// Writer must be able to write.
func encodingNamed(name string) (encoding.Encoding, error) {
	enc, err := textenc.Lookup(name)
	if err == nil {
		_, err = textenc.For(enc)
	}
	if err != nil {
		return nil, fmt.Errorf("ucdp: text encoding %q: %w", name, err)
	}
	return enc, nil
}

// cellError turns a CSV writer's error about a cell of event e (nil for
// the header) into a *WriteError naming the column.
func (w *Writer) cellError(e *event.Event, err error) error {
	var fe *flatcsv.FieldError
	if !errors.As(err, &fe) {
		return err
	}
	we := &WriteError{Err: fe.Err}
	if e != nil {
		we.ID = e.ID
	}
	if fe.Field < len(w.names) {
		we.Field = w.names[fe.Field]
	}
	return we
}

// Write writes e as one row. An event read from UCDP GED is written back
// field for field from the event and its Extra record; an event from
// another format gets a row made from the model alone. An event of a type
// UCDP GED does not code (a protest, an agreement) and an aggregate (see
// Aggregates) are not written: Write returns nil and Warnings reports the
// event as lost (Path ""). It returns a *WriteError, wrapping
// ErrNoCounterpart, for an event of an unregistered type, and a plain
// error for an invalid Extra record or a failed write; after a write error
// every later call fails. What the row cannot hold is reported
// by Warnings.
func (w *Writer) Write(e event.Event) error {
	w.warn = w.warn[:0]
	if w.err != nil {
		return w.err
	}
	info, ok := ucdpInfo(e.Type) // cached: Info copies the type's slices
	if info.Aggregate && !w.Aggregates {
		w.warn = append(w.warn, event.Lost("",
			"%s %s is not a single incident: UCDP GED codes incidents, not campaigns, wars or population figures (Writer.Aggregates writes it)",
			strings.ToLower(info.Label), fielderr.Quote(e.Title)))
		return nil
	}
	if ok && len(info.UCDP) == 0 {
		// A known type outside UCDP's violence (an agreement, a protest):
		// the format has no place for the event, which is not at fault.
		w.warn = append(w.warn, event.Lost("",
			"type %s has no UCDP type_of_violence (UCDP GED codes lethal violence only): the event is not written", e.Type))
		return nil
	}
	x, has, err := GetExtra(e)
	if err != nil {
		return &WriteError{ID: e.ID, Field: "ext", Err: err}
	}
	if !w.started {
		var first *Extra
		if has {
			first = &x
		}
		if err := w.start(first); err != nil {
			return err
		}
	}
	w.ctx.actors, w.ctx.aggregate = w.Actors, info.Aggregate
	if err := formatRowWith(&e, &x, has, w.layout, &w.cells, &w.ctx); err != nil {
		return err
	}
	w.used = append(w.used[:0], make([]bool, len(x.Columns))...)
	for i, c := range w.cols {
		if c < numCols {
			w.record[i] = w.cells[c]
			if v, ok := x.Verbatim[colNames[c]]; ok {
				w.record[i] = v
			}
			continue
		}
		// The first unused column of that name: a header may repeat a
		// name, such as an empty one.
		w.record[i] = ""
		for j, o := range x.Columns {
			if j < len(w.used) && !w.used[j] && strings.EqualFold(o.Name, w.names[i]) {
				w.record[i] = o.Value
				w.used[j] = true
				break
			}
		}
	}
	w.warn = w.losses(w.warn, &e, &x, has)
	for i, c := range w.record {
		if formula.Like(c) {
			if w.Neutralise {
				w.record[i] = formula.Prefix + c
				continue
			}
			w.warn = append(w.warn, event.Problem{Path: w.names[i], Code: event.ErrFormula, Severity: event.Warning,
				Message: fmt.Sprintf("%s %s is written as it is, and a spreadsheet would run it as a formula (Writer.Neutralise writes it as text)", w.names[i], fielderr.Quote(c))})
		}
	}
	if w.Encoding == nil && has && x.Encoding != "" && x.Encoding != w.adopted {
		// Files are detected as Windows-1252 at their first non-ASCII
		// byte, so the records before it say nothing: the first that
		// names an encoding settles it, if the text so far is ASCII.
		if enc, err := encodingNamed(x.Encoding); err == nil && w.csv.Adopt(enc) {
			w.adopted = x.Encoding
		}
	}
	if err := w.csv.Write(w.record); err != nil {
		var fe *flatcsv.FieldError
		if errors.As(err, &fe) {
			w.warn = w.warn[:0] // the error says why
			return w.cellError(&e, err)
		}
		w.err = err
		return err
	}
	return nil
}

// Warnings returns the warnings about the event last passed to Write (nil
// if none), valid until the next Write; copy the slice (slices.Clone) to
// keep it. Each is an event.Problem of severity event.Warning:
//
//   - event.ErrLost: a fact of the event that UCDP GED has no place for, at
//     its JSON path in the event ("claims[0]", "notes", "participants[3]",
//     "citations[2]" with the members not written named in the message,
//     `ext["…"]`); Path "" means the event was not written at all (an
//     aggregate; see Writer.Aggregates). The package documentation ("What
//     UCDP cannot hold") lists the rules.
//   - event.ErrFormula: a formula-like cell written raw, Path the column
//     name (see Writer.Neutralise).
//
// An event read from UCDP and written back in its own layout has none,
// unless a cell of it is formula-like.
func (w *Writer) Warnings() event.Problems {
	if len(w.warn) == 0 {
		return nil
	}
	return w.warn[:len(w.warn):len(w.warn)]
}

// Close writes the header if no event was written, and flushes. It does
// not close the underlying io.Writer.
func (w *Writer) Close() error {
	if w.err != nil {
		return w.err
	}
	if !w.started {
		if err := w.start(nil); err != nil {
			return err
		}
	}
	if err := w.csv.Flush(); err != nil {
		w.err = err
		return err
	}
	return nil
}
