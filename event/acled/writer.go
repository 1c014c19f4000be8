package acled

import (
	"encoding/csv"
	"io"
	"strings"

	"github.com/conflictkit/conflict/event"
)

// Writer writes events as ACLED CSV. Create it with NewWriter, set the
// options, then Write each event and Close.
//
// Options left at their zero values are taken from the first event's Extra
// record, so that a file read and written back keeps its layout, date form,
// inter-code form, HXL row and line ends; for an event with no Extra (one
// read from another format) the defaults are the current layout, ISO dates,
// numeric inter codes, no HXL row and LF.
type Writer struct {
	// Layout is the layout to write. The zero Layout means: the family of
	// the first event's Extra.Layout with its documented columns (plus the
	// names of that event's Extra.Columns, appended), else Current.
	Layout Layout
	// DateForm is the form of event_date; DateFormUnspecified means each
	// event's own (Extra.DateForm) when it was read from the layout family
	// written, else the first such event's, else the layout's usual form
	// (dd/mm/yyyy for version 5, ISO otherwise).
	DateForm DateForm
	// InterForm is the form of inter1, inter2 and interaction;
	// InterFormUnspecified means that of the first event whose Extra
	// records one, else numeric.
	InterForm InterForm
	// HXL adds an HXL hashtag row (the HDX tags, HXLTags) under the header
	// when the layout has none of its own. A layout with HXL tags (such as
	// HDX) always writes them.
	HXL bool
	// LineEnd is "\n" or "\r\n"; "" means the first event's (Extra.CRLF),
	// else "\n". Any other value is taken as "\n".
	LineEnd string
	// BOM writes a UTF-8 byte-order mark first, which some spreadsheet
	// programs need to read UTF-8.
	BOM bool

	w        io.Writer
	csv      *csv.Writer
	enc      *encoder
	layout   Layout
	started  bool
	interSet bool     // the inter form is settled
	dateForm DateForm // the date form of events that record none of their own
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
			for i, c := range x.Columns {
				// One column per cell: seven unnamed columns stay seven.
				if countUnknown(l.Columns, cols, c.Name) < countNamed(x.Columns[:i+1], c.Name) {
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
		if df == DateFormUnspecified && sameFamily(x.Layout, l.Name) {
			// A form of another family's files ("dd/mm/yyyy" of version 5)
			// would not read back in this one.
			df = x.DateForm
		}
		if inter == InterFormUnspecified {
			inter = x.InterForm
		}
		if end == "" && x.CRLF {
			end = "\r\n"
		}
	}
	w.enc = newEncoder(l.Name, l.Columns, df, inter)
	w.dateForm = w.enc.dateForm
	w.interSet = inter != InterFormUnspecified
	if w.BOM {
		if _, err := io.WriteString(w.w, "\ufeff"); err != nil {
			return err
		}
	}
	w.csv = csv.NewWriter(w.w)
	w.csv.UseCRLF = end == "\r\n"
	if err := w.csv.Write(l.Columns); err != nil {
		return err
	}
	if l.HXL != nil {
		tags := make([]string, len(l.Columns))
		copy(tags, l.HXL)
		if err := w.csv.Write(tags); err != nil {
			return err
		}
	}
	return nil
}

// countUnknown counts the unknown columns of a header named name.
func countUnknown(names []string, cols []col, name string) int {
	n := 0
	for i, h := range names {
		if cols[i] == colUnknown && strings.EqualFold(h, name) {
			n++
		}
	}
	return n
}

// countNamed counts the cells of columns named name.
func countNamed(cs []Column, name string) int {
	n := 0
	for _, c := range cs {
		if strings.EqualFold(c.Name, name) {
			n++
		}
	}
	return n
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
	// Each event read from this family's files keeps its own date form, so
	// that a file whose rows differ ("07 May 2020", "28 May 2020") is
	// written back as read.
	w.enc.dateForm = w.dateForm
	if hasX && w.DateForm == DateFormUnspecified && x.DateForm.valid() && sameFamily(x.Layout, w.enc.family) {
		w.enc.dateForm = x.DateForm
	}
	verbatim := hasX && len(x.Verbatim) > 0 && sameFamily(x.Layout, w.enc.family) &&
		resolveDate(x.DateForm, x.Layout) == w.enc.dateForm &&
		(x.InterForm == InterFormUnspecified || resolveInter(x.InterForm) == w.enc.interForm)
	if err := w.enc.encode(&e, xp, w.n); err != nil {
		return err
	}
	if err := w.csv.Write(w.enc.strings(xp, verbatim)); err != nil {
		w.err = err
		return err
	}
	w.n++
	return nil
}

// resolveDate is the date form an encoder uses for f in a family.
func resolveDate(f DateForm, family string) DateForm {
	if !f.valid() {
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
	w.csv.Flush()
	if err := w.csv.Error(); err != nil {
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
