package ucdp

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/encoding"

	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/internal/flatcsv"
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
// another format gets a row made from the model alone. It returns a
// *WriteError, wrapping ErrNoCounterpart, for an event whose type has no
// UCDP type_of_violence (a protest, say), and a plain error for an invalid
// Extra record or a failed write; after a write error every later call
// fails.
func (w *Writer) Write(e event.Event) error {
	if w.err != nil {
		return w.err
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
	if err := formatRow(&e, &x, has, w.layout, &w.cells); err != nil {
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
			return w.cellError(&e, err)
		}
		w.err = err
		return err
	}
	return nil
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
