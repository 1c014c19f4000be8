package table

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/google/uuid"
	"golang.org/x/text/encoding"

	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/internal/flatcsv"
	"github.com/conflictkit/conflict/internal/formula"
	"github.com/conflictkit/conflict/internal/textenc"
)

// Dest receives the tables: Create is called once per table with its file
// name ("events.csv", "participants.csv", ...), and the Writer closes what
// it returns.
type Dest interface {
	Create(name string) (io.WriteCloser, error)
}

// Dir returns a Dest that creates the tables as files in the directory
// path, creating the directory if needed and replacing files of the same
// names. Read them back with NewReader(os.DirFS(path)).
func Dir(path string) Dest { return dirDest(path) }

type dirDest string

func (d dirDest) Create(name string) (io.WriteCloser, error) {
	if err := os.MkdirAll(string(d), 0o755); err != nil {
		return nil, err
	}
	return os.Create(filepath.Join(string(d), name))
}

// Writer writes events as linked tables: a row of events.csv per event and
// its rows in the child tables, all in event order so that a Reader can
// merge them in one pass. It creates every event table on the first Write
// (or at Close, for no events), so the set of files does not depend on the
// data; a table with no rows has its header only.
//
// Cells that a spreadsheet would run as a formula are neutralised unless
// NoNeutralise is set (see the package documentation).
type Writer struct {
	// NoNeutralise writes every cell as it is, without the leading ' that
	// keeps spreadsheets from running formulas. Read such tables with
	// Reader.NoNeutralise. Cells holding a CR and text cells that read as a
	// missing value ("NA") are still escaped, as the format requires (see
	// the package documentation).
	NoNeutralise bool
	// UseCRLF ends lines with "\r\n" instead of "\n".
	UseCRLF bool
	// Encoding is the tables' text encoding; nil means UTF-8. An event or
	// dataset with a character the encoding cannot hold gives a
	// *WriteError wrapping event.ErrEncoding, and nothing of it is
	// written.
	Encoding encoding.Encoding
	// BOM starts each table with a byte-order mark in its encoding.
	BOM bool

	dst     Dest
	codec   *textenc.Codec // of Encoding, once a table is opened
	out     [numTables]*tableOut
	rows    rows
	cells   []string
	opened  bool // the event tables exist
	dataset bool // WriteDataset ran
	closed  bool
	err     error // sticky: an error creating or writing a table
	warn    event.Problems
}

// tableOut is one table being written.
type tableOut struct {
	wc  io.WriteCloser
	csv *flatcsv.Writer
}

// NewWriter returns a Writer of the tables to dst.
func NewWriter(dst Dest) *Writer { return &Writer{dst: dst} }

// WriteDataset writes d to dst (see Writer.WriteDataset) with the default
// options.
func WriteDataset(dst Dest, d *event.Dataset) error { return NewWriter(dst).WriteDataset(d) }

// open creates tables from..to-1 and writes their headers.
func (w *Writer) open(from, to tableID) error {
	if _, err := w.textCodec(); err != nil {
		return err
	}
	for t := from; t < to; t++ {
		wc, err := w.dst.Create(tables[t].file)
		if err != nil {
			return fmt.Errorf("table: %s: %w", tables[t].file, err)
		}
		cw := flatcsv.NewWriter(wc)
		if w.UseCRLF {
			cw.LineEnd = "\r\n"
		}
		cw.Encoding, cw.BOM = w.Encoding, w.BOM
		w.out[t] = &tableOut{wc: wc, csv: cw}
		if err := cw.Write(tables[t].cols); err != nil {
			return fmt.Errorf("table: %s: %w", tables[t].file, err)
		}
	}
	return nil
}

// Write writes one event. A value that cannot be written — one the JSON
// form refuses too, or text that is not UTF-8 — gives a *WriteError and
// writes nothing of the event; the Writer goes on with the next one. After
// an I/O error every later call returns that error.
func (w *Writer) Write(e event.Event) error {
	w.warn = w.warn[:0]
	if err := w.ready(); err != nil {
		return err
	}
	w.rows.reset()
	if err := encodeEvent(&w.rows, &e); err != nil {
		return err
	}
	if err := w.checkText(tEvents, numTables, e.ID, ""); err != nil {
		return err
	}
	return w.flushRows(tEvents, numTables)
}

// ready creates the event tables on first use.
func (w *Writer) ready() error {
	if w.closed {
		return fmt.Errorf("table: %w", ErrClosed)
	}
	if w.err != nil {
		return w.err
	}
	if !w.opened {
		w.opened = true
		if err := w.open(tEvents, numTables); err != nil {
			w.err = err
			return err
		}
	}
	return nil
}

// textCodec returns the codec of the Encoding option.
func (w *Writer) textCodec() (*textenc.Codec, error) {
	if w.codec == nil {
		w.codec = textenc.UTF8
		if w.Encoding != nil {
			c, err := textenc.For(w.Encoding)
			if err != nil {
				return nil, fmt.Errorf("table: %w", err)
			}
			w.codec = c
		}
	}
	return w.codec, nil
}

// checkText refuses text that is not UTF-8, which no reader accepts
// (the JSON form would replace it with U+FFFD), and text the encoding
// cannot hold, before any row is written.
func (w *Writer) checkText(from, to tableID, id uuid.UUID, record string) error {
	codec, err := w.textCodec()
	if err != nil {
		return err
	}
	for t := from; t < to; t++ {
		for k, row := range w.rows.buf[t][:w.rows.n[t]] {
			for i, c := range row {
				err := error(nil)
				if !utf8.ValidString(c) {
					err = fmt.Errorf("table: %w", event.ErrBadText)
				} else if e := flatcsv.CheckText(codec, c); e != nil {
					err = fmt.Errorf("table: %w", e)
				}
				if err != nil {
					return &WriteError{ID: id, Record: record,
						Field: fmt.Sprintf("%s row %d: %s", tables[t].file, k+1, tables[t].cols[i]), Err: err}
				}
			}
		}
	}
	return nil
}

// flushRows writes the collected rows of tables from..to-1.
func (w *Writer) flushRows(from, to tableID) error {
	for t := from; t < to; t++ {
		o := w.out[t]
		for _, row := range w.rows.buf[t][:w.rows.n[t]] {
			if err := o.csv.Write(w.escape(t, row)); err != nil {
				w.err = fmt.Errorf("table: %s: %w", tables[t].file, err)
				return w.err
			}
		}
	}
	return nil
}

// escape returns row with its cells escaped (see escapeCell), and with
// NoNeutralise warns about each formula-like cell written raw.
func (w *Writer) escape(t tableID, row []string) []string {
	w.cells = append(w.cells[:0], row...)
	for i, c := range w.cells {
		if w.NoNeutralise && formula.Like(c) && strings.IndexByte(c, '\r') < 0 {
			w.warn = append(w.warn, formulaWarning(tables[t].file+": "+tables[t].cols[i], c))
		}
		w.cells[i] = escapeCell(c, !w.NoNeutralise, isNumeric(t, i))
	}
	return w.cells
}

// Warnings returns the warnings about the event last passed to Write (nil
// if none), valid until the next Write; copy the slice (slices.Clone) to
// keep it. The linked tables hold every fact of an event, so the only
// warnings are those of NoNeutralise: a formula-like cell written raw
// (event.ErrFormula), with Path naming the table and the column
// ("claims.csv: quote").
func (w *Writer) Warnings() event.Problems {
	if len(w.warn) == 0 {
		return nil
	}
	return w.warn[:len(w.warn):len(w.warn)]
}

// isNumeric reports whether column col of table t is numeric.
func isNumeric(t tableID, col int) bool {
	for _, c := range tables[t].numeric {
		if c == col {
			return true
		}
	}
	return false
}

// Close creates the event tables if no event was written, flushes them and
// closes them. It returns the first error met; a second Close does
// nothing.
func (w *Writer) Close() error {
	if w.closed {
		return nil
	}
	err := w.ready()
	w.closed = true
	for t, o := range w.out {
		if o == nil {
			continue
		}
		if e := o.csv.Flush(); e != nil && err == nil {
			err = fmt.Errorf("table: %s: %w", tables[t].file, e)
		}
		if e := o.wc.Close(); e != nil && err == nil {
			err = fmt.Errorf("table: %s: %w", tables[t].file, e)
		}
		w.out[t] = nil
	}
	return err
}

// WriteDataset writes a whole dataset: dataset.csv (schema, title,
// description and the numbers of records), the actor, place and source
// tables, and every event, then closes the Writer. It must be the
// Writer's first call. On error the tables written so far are closed and
// incomplete.
func (w *Writer) WriteDataset(d *event.Dataset) error {
	if d == nil {
		return errors.New("table: WriteDataset of a nil dataset")
	}
	if w.closed || w.opened || w.dataset {
		return fmt.Errorf("table: WriteDataset must be the first call: %w", ErrClosed)
	}
	w.dataset = true
	err := w.writeDataset(d)
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	return err
}

func (w *Writer) writeDataset(d *event.Dataset) error {
	w.rows.reset()
	if err := encodeDataset(&w.rows, d); err != nil {
		return err
	}
	if err := w.checkText(tDataset, tEvents, uuid.Nil, "dataset"); err != nil {
		return err
	}
	if err := w.open(tDataset, tEvents); err != nil {
		w.err = err
		return err
	}
	if err := w.flushRows(tDataset, tEvents); err != nil {
		return err
	}
	for i := range d.Events {
		if err := w.Write(d.Events[i]); err != nil {
			return err
		}
	}
	return nil
}
