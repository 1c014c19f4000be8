package ucdp

import (
	"encoding/csv"
	"fmt"
	"io"
	"strings"

	"github.com/conflictkit/conflict/event"
)

// Writer writes events as a UCDP GED CSV file. Set the options before the
// first Write. The zero value is not usable; create a Writer with
// NewWriter.
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
	// UseCRLF ends lines with "\r\n" instead of "\n".
	UseCRLF bool
	// Headerless leaves out the header row (and any HXL row), to write a
	// file back as it came when it had none (see Reader.Headerless).
	Headerless bool

	w       io.Writer
	csv     *csv.Writer
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
	w.csv = csv.NewWriter(w.w)
	w.csv.UseCRLF = w.UseCRLF
	if w.Headerless {
		return nil
	}
	if err := w.csv.Write(names); err != nil {
		w.err = err
		return err
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
			w.err = err
			return err
		}
	}
	return nil
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
	if err := w.csv.Write(w.record); err != nil {
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
	w.csv.Flush()
	if err := w.csv.Error(); err != nil {
		w.err = err
		return err
	}
	return nil
}
