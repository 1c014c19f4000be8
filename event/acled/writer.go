package acled

import (
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
	// Actors, if set, names the actors of events from other formats as
	// ACLED does: a participant the registry knows (by ID, else by its name
	// on the event's day) is written with its identifier in scheme
	// actor.SchemeACLED valid on the event's day, or failing that with that
	// of the nearest actor it is part of (CENTCOM as the United States'
	// armed forces); its kind and country from the registry give its inter
	// code (see the package documentation, "Actors"). Others keep their
	// names as given, and events read from ACLED keep the names and codes
	// they were read with. Nil leaves every name as given.
	Actors *actor.Registry
	// Aggregates writes records that are not single incidents (a type
	// marked event.TypeInfo.Aggregate: a campaign, a whole war, a
	// displacement figure) as rows like any other. By default such an
	// event is not written: ACLED records events by day and place, never
	// campaigns or wars; Write returns nil and Warnings reports it (Path
	// "", event.ErrLost).
	Aggregates bool
	// Neutralise writes a formula-like text cell (one a spreadsheet would
	// run: it starts with =, +, -, @, a tab or a carriage return and is not
	// a number) with a leading apostrophe, as the native tables do. By
	// default cells are written as the dataset publishes them, raw, and
	// Warnings reports each formula-like cell written (event.ErrFormula,
	// Path the column name).
	Neutralise bool

	w        io.Writer
	csv      *flatcsv.Writer
	adopted  string // the Extra.Encoding last adopted
	enc      *encoder
	layout   Layout
	started  bool
	interSet bool     // the inter form is settled
	dateForm DateForm // the date form of events that record none of their own
	err      error
	n        int
	warnings event.Problems
	aggr     map[event.Type]string // label of each aggregate type seen, "" for others
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
		if end == "" && x.CR {
			end = "\r"
		}
	}
	if end != "\r\n" && end != "\r" {
		end = "\n"
	}
	w.enc = newEncoder(l.Name, l.Columns, df, inter)
	w.dateForm = w.enc.dateForm
	w.enc.actors = w.Actors
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

// Write writes one event as a row. An event that cannot be written (it has
// no type or no date, its Extra record does not decode) gives a
// *WriteError naming the event and the column, and nothing is written for
// it (Warnings is then empty: the error says why); writing can go on. An
// event the format has no place for — an aggregate (see Aggregates), a type
// with no ACLED counterpart — is not written: Write returns nil and
// Warnings reports it with Path "". What the row cannot hold is reported by Warnings. Errors of the
// underlying writer are returned by every later call.
func (w *Writer) Write(e event.Event) error {
	w.warnings = w.warnings[:0]
	if w.err != nil {
		return w.err
	}
	if label := w.aggregate(e.Type); label != "" && !w.Aggregates {
		w.warnings = append(w.warnings, event.Lost("",
			"%s %s is not a single incident: ACLED records events by day and place, never campaigns, wars or population figures (Writer.Aggregates writes it)",
			label, fielderr.Quote(e.Title)))
		return nil
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
	if e.Type != "" {
		if tc := w.enc.typeCells(e.Type); tc.err != nil {
			// A type ACLED does not code (an extension type): the format
			// has no place for the event, which is not at fault.
			w.warnings = append(w.warnings, event.Lost("", "type %s has no ACLED event type: the event is not written", e.Type))
			return nil
		}
	}
	verbatim := hasX && len(x.Verbatim) > 0 && sameFamily(x.Layout, w.enc.family) &&
		resolveDate(x.DateForm, x.Layout) == w.enc.dateForm &&
		(x.InterForm == InterFormUnspecified || resolveInter(x.InterForm) == w.enc.interForm)
	if err := w.enc.encode(&e, xp, w.n); err != nil {
		return err
	}
	row := w.enc.strings(xp, verbatim)
	w.warnings = w.losses(w.warnings, &e, xp, row, verbatim)
	for i, c := range row {
		if formula.Like(c) {
			if w.Neutralise {
				row[i] = formula.Prefix + c
				continue
			}
			w.warnings = append(w.warnings, event.Problem{Path: w.layout.Columns[i], Code: event.ErrFormula, Severity: event.Warning,
				Message: fmt.Sprintf("%s %s is written as it is, and a spreadsheet would run it as a formula (Writer.Neutralise writes it as text)", w.layout.Columns[i], fielderr.Quote(c))})
		}
	}
	if w.Encoding == nil && hasX && x.Encoding != "" && x.Encoding != w.adopted {
		// Files are detected as Windows-1252 at their first non-ASCII
		// byte, so the records before it say nothing: the first that
		// names an encoding settles it, if the text so far is ASCII.
		if enc, err := encodingNamed(x.Encoding); err == nil && w.csv.Adopt(enc) {
			w.adopted = x.Encoding
		}
	}
	if err := w.csv.Write(row); err != nil {
		var fe *flatcsv.FieldError
		if errors.As(err, &fe) {
			w.warnings = w.warnings[:0] // the error says why
			return w.cellError(&e, w.layout.Columns, err)
		}
		w.err = err
		return err
	}
	w.n++
	return nil
}

// aggregate returns the label of t, in lower case, if t is an aggregate
// (event.TypeInfo.Aggregate), and "" otherwise, from a small cache: Info
// copies the type's slices on every call.
func (w *Writer) aggregate(t event.Type) string {
	if label, ok := w.aggr[t]; ok {
		return label
	}
	label := ""
	if info, ok := t.Info(); ok && info.Aggregate {
		label = strings.ToLower(info.Label)
		if label == "" {
			label = string(t)
		}
	}
	if w.aggr == nil || len(w.aggr) >= 256 {
		w.aggr = map[event.Type]string{}
	}
	w.aggr[t] = label
	return label
}

// Warnings returns the warnings about the event last passed to Write (nil
// if none), valid until the next Write; copy the slice (slices.Clone) to
// keep it. Each is an event.Problem of severity event.Warning:
//
//   - event.ErrLost: a fact of the event that ACLED has no place for, at
//     its JSON path in the event ("claims[0]", "when.end",
//     "participants[3]", "citations[2]" with the members not written named
//     in the message, `ext["…"]`); Path "" means the event was not written
//     at all (an aggregate; see Writer.Aggregates). The package
//     documentation ("What ACLED cannot hold") lists the rules.
//   - event.ErrFormula: a formula-like cell written raw, Path the column
//     name as in the header (see Writer.Neutralise).
//
// An event read from ACLED and written back in its own layout has none,
// unless a cell of it is formula-like.
func (w *Writer) Warnings() event.Problems {
	if len(w.warnings) == 0 {
		return nil
	}
	return w.warnings[:len(w.warnings):len(w.warnings)]
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
