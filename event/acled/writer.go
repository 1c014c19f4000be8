package acled

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/encoding"

	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/internal/flatcsv"
	"github.com/conflictkit/conflict/internal/textenc"
)

// Writer writes events as ACLED CSV. Create it with NewWriter, set the
// options, then Write each event and Close.
//
// Options left at their zero values are taken from the first event's Extra
// record, so that a file read and written back keeps its layout, date form,
// inter-code form, HXL row, line ends, text encoding and byte-order mark;
// for an event with no Extra (one read from another format) the defaults
// are the current layout, ISO dates, numeric inter codes, no HXL row, LF and
// UTF-8.
//
// Cells are written as they are: a line end inside a cell is never
// rewritten, whatever the line end of the file.
type Writer struct {
	// Layout is the layout to write. The zero Layout means: the family of
	// the first event's Extra.Layout with its documented columns (plus the
	// names of that event's Extra.Columns, appended), else Current.
	Layout Layout
	// DateForm is the form of event_date; DateFormUnspecified means the
	// first event's, else the layout's usual form (dd/mm/yyyy for version
	// 5, ISO otherwise).
	DateForm DateForm
	// InterForm is the form of inter1, inter2 and interaction;
	// InterFormUnspecified means that of the first event whose Extra
	// records one, else numeric.
	InterForm InterForm
	// HXL adds an HXL hashtag row (the HDX tags, HXLTags) under the header
	// when the layout has none of its own. A layout with HXL tags (such as
	// HDX) always writes them.
	HXL bool
	// LineEnd is "\n", "\r\n" or "\r"; "" means the first event's
	// (Extra.CRLF, Extra.CR), else "\n". Any other value is taken as "\n".
	LineEnd string
	// Encoding is the text encoding to write (charmap.Windows1252,
	// unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), ...); nil
	// means the encoding of the first event whose Extra names one
	// (Extra.Encoding), taken as long as the text written before it is
	// ASCII, which reads the same in both; else UTF-8. A character the
	// encoding cannot hold refuses its event with a *WriteError wrapping
	// event.ErrEncoding: it is never replaced or dropped.
	Encoding encoding.Encoding
	// BOM writes a byte-order mark first, which some spreadsheet programs
	// need to read UTF-8. With Encoding nil, the first event's Extra.BOM
	// asks for one too.
	BOM bool

	w        io.Writer
	csv      *flatcsv.Writer
	adopted  string // the Extra.Encoding last adopted
	enc      *encoder
	layout   Layout
	started  bool
	interSet bool // the inter form is settled
	err      error
	n        int
}

// NewWriter returns a Writer to w.
func NewWriter(w io.Writer) *Writer { return &Writer{w: w} }

// start settles the options and writes the header.
func (w *Writer) start(x *Extra) error {
	w.started = true
	l := w.Layout
	if l.IsZero() {
		l = Current
		if x != nil && x.Layout != "" {
			if fl, ok := LayoutNamed(x.Layout); ok {
				l = fl
				if x.HXL && l.HXL == nil {
					l.HXL = HXLTags(l.Columns)
				}
			}
			cols := layoutCols(l.Columns)
			for _, c := range x.Columns {
				if !hasUnknown(l.Columns, cols, c.Name) {
					l.Columns = append(l.Columns, c.Name)
					cols = append(cols, colUnknown)
					if l.HXL != nil {
						l.HXL = append(l.HXL, "")
					}
				}
			}
		}
	}
	l.Columns = append([]string(nil), l.Columns...)
	if l.HXL != nil {
		l.HXL = append([]string(nil), l.HXL...)
	}
	if l.HXL == nil && w.HXL {
		l.HXL = HXLTags(l.Columns)
	}
	w.layout = l
	df, inter, end := w.DateForm, w.InterForm, w.LineEnd
	if x != nil {
		if df == DateFormUnspecified {
			df = x.DateForm
		}
		if inter == InterFormUnspecified {
			inter = x.InterForm
		}
		if end == "" && x.CRLF {
			end = "\r\n"
		}
		if end == "" && x.CR {
			end = "\r"
		}
	}
	if end != "\r\n" && end != "\r" {
		end = "\n"
	}
	w.enc = newEncoder(l.Name, l.Columns, df, inter)
	w.interSet = inter != InterFormUnspecified
	w.csv = flatcsv.NewWriter(w.w)
	w.csv.LineEnd, w.csv.Encoding, w.csv.BOM = end, w.Encoding, w.BOM
	if w.Encoding == nil && x != nil {
		w.csv.BOM = w.BOM || x.BOM
		if x.Encoding != "" {
			enc, err := encodingNamed(x.Encoding)
			if err != nil {
				return err
			}
			w.csv.Encoding, w.adopted = enc, x.Encoding
		}
	}
	if err := w.csv.Write(l.Columns); err != nil {
		return w.cellError(nil, l.Columns, err)
	}
	if l.HXL != nil {
		tags := make([]string, len(l.Columns))
		copy(tags, l.HXL)
		if err := w.csv.Write(tags); err != nil {
			return w.cellError(nil, l.Columns, err)
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
		return nil, fmt.Errorf("acled: text encoding %q: %w", name, err)
	}
	return enc, nil
}

// cellError turns a CSV writer's error about a cell of record e (nil for
// the header) into a *WriteError naming the column.
func (w *Writer) cellError(e *event.Event, columns []string, err error) error {
	var fe *flatcsv.FieldError
	if !errors.As(err, &fe) {
		return err
	}
	we := &WriteError{Err: fe.Err}
	if e != nil {
		we.ID = e.ID
	}
	if fe.Field < len(columns) {
		we.Field = columns[fe.Field]
	}
	return we
}

// hasUnknown reports whether the header has an unknown column named name.
func hasUnknown(names []string, cols []col, name string) bool {
	for i, n := range names {
		if cols[i] == colUnknown && strings.EqualFold(n, name) {
			return true
		}
	}
	return false
}

// Write writes one event as a row. An event that cannot be written in the
// layout (its type has no ACLED counterpart, it has no type or no date, its
// Extra record does not decode) gives a *WriteError naming the event and the
// column, and nothing is written for it; writing can go on. Errors of the
// underlying writer are returned by every later call.
func (w *Writer) Write(e event.Event) error {
	if w.err != nil {
		return w.err
	}
	x, hasX, err := GetExtra(e)
	if err != nil {
		return &WriteError{ID: e.ID, Field: "", Err: err}
	}
	xp := &x
	if !hasX {
		xp = nil
	}
	if !w.started {
		if err := w.start(xp); err != nil {
			w.err = err
			return err
		}
	}
	if !w.interSet && hasX && x.InterForm != InterFormUnspecified {
		// Events read from rows without inter codes say nothing of the
		// form; the first one that does settles it.
		w.enc.interForm = resolveInter(x.InterForm)
		w.interSet = true
	}
	verbatim := hasX && len(x.Verbatim) > 0 && sameFamily(x.Layout, w.enc.family) &&
		resolveDate(x.DateForm, x.Layout) == w.enc.dateForm &&
		(x.InterForm == InterFormUnspecified || resolveInter(x.InterForm) == w.enc.interForm)
	if err := w.enc.encode(&e, xp, w.n); err != nil {
		return err
	}
	if w.Encoding == nil && hasX && x.Encoding != "" && x.Encoding != w.adopted {
		// Files are detected as Windows-1252 at their first non-ASCII
		// byte, so the records before it say nothing: the first that
		// names an encoding settles it, if the text so far is ASCII.
		if enc, err := encodingNamed(x.Encoding); err == nil && w.csv.Adopt(enc) {
			w.adopted = x.Encoding
		}
	}
	if err := w.csv.Write(w.enc.strings(xp, verbatim)); err != nil {
		var fe *flatcsv.FieldError
		if errors.As(err, &fe) {
			return w.cellError(&e, w.layout.Columns, err)
		}
		w.err = err
		return err
	}
	w.n++
	return nil
}

// resolveDate is the date form an encoder uses for f in a family.
func resolveDate(f DateForm, family string) DateForm {
	if f == DateFormUnspecified || int(f) >= len(dateFormNames) {
		return defaultDateForm(family)
	}
	return f
}

// resolveInter is the inter form an encoder uses for f.
func resolveInter(f InterForm) InterForm {
	if f == InterText {
		return InterText
	}
	return InterNumeric
}

// Close writes the header if no event was written, and flushes. It does not
// close the underlying io.Writer.
func (w *Writer) Close() error {
	if w.err != nil {
		return w.err
	}
	if !w.started {
		if err := w.start(nil); err != nil {
			w.err = err
			return err
		}
	}
	if err := w.csv.Flush(); err != nil {
		w.err = err
		return err
	}
	return nil
}

// LayoutUsed returns the layout the Writer writes: the zero Layout until the
// first Write (or Close), when the options are settled.
func (w *Writer) LayoutUsed() Layout {
	l := w.layout
	l.Columns = append([]string(nil), l.Columns...)
	if l.HXL != nil {
		l.HXL = append([]string(nil), l.HXL...)
	}
	return l
}
