package acled

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"iter"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/rickb777/date/v2"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"

	"github.com/conflictkit/conflict/actor"
	"github.com/conflictkit/conflict/casualty"
	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/internal/fielderr"
	"github.com/conflictkit/conflict/internal/flatcsv"
	"github.com/conflictkit/conflict/place"
	"github.com/conflictkit/conflict/source"
)

// Reader reads events from an ACLED CSV file of any layout (see Layout),
// one record at a time. Create it with NewReader; set the options before
// the first Read.
//
// A record that cannot be read is reported as a *event.ParseError giving
// its line, the column (in bytes) and name of the field at fault, and the
// record verbatim; the next Read goes on with the following record, so a
// lenient caller can write rejects to a file and lose nothing; a record
// longer than MaxRecordBytes (event.ErrTooLong) is skipped the same way. I/O
// errors and header errors (ErrLayout, a column named twice) end the stream
// and are returned by every later Read.
type Reader struct {
	// MaxRecordBytes bounds one record; 0 means event.DefaultMaxRecordBytes.
	MaxRecordBytes int
	// Encoding is the text encoding of a file without a byte-order mark
	// (charmap.Windows1252, charmap.ISO8859_1, ...); nil means detect it: a
	// byte-order mark decides (UTF-8, UTF-16), else the file is UTF-8
	// unless its first non-ASCII bytes are not, in which case it is
	// Windows-1252 (see EncodingUsed). Text is never replaced: a byte that
	// is not text in the encoding rejects its record (event.ErrBadText).
	Encoding encoding.Encoding
	// Missing lists the cell values read as an empty cell in the columns
	// this package knows, such as R's "NA": an actor, admin unit or tag is
	// never named "NA". nil means flatcsv's default set ("NA", "N/A",
	// "n/a", "NaN", "nan", "NULL", "null", "None", "#N/A", "<NA>"); an
	// empty slice means that only the empty cell is missing. Numeric
	// columns also read Stata's "." and ".a" to ".z" as missing, whatever
	// the set. The match is exact, on the whole cell (for numbers and
	// labels, once the spaces around them are trimmed). Cells of columns
	// the package does not know are kept as they are, and every cell read
	// as missing is written back as it was (Extra.Verbatim).
	Missing []string
	// Resolver, if set, fills in catalogue IDs for the actors and the
	// P-codes and gazetteer IDs of the admin path and location of every
	// event read (see event.Resolver); the names stay as the row gives
	// them. What does not resolve is reported by Warnings, with the code
	// event.ErrUnresolved and the event's JSON path.
	Resolver *event.Resolver

	src        io.Reader
	fr         *flatcsv.Reader
	started    bool
	err        error // sticky header error
	header     []string
	idx        [numCols]int    // header position of each known column, or -1
	cells      [numCols]string // the current record's known cells, as read (see known)
	cols       []col
	layout     Layout
	enc        *encoder
	dateForm   DateForm  // the dataset's, fixed by the first record
	interForm  InterForm // the dataset's, fixed by the first record that shows it
	warnings   event.Problems
	intern     map[string]string
	rowIDs     map[string]int           // occurrences of hash-derived IDs, bounded
	pendingRow string                   // the current record's hash, counted once it is read
	types      map[[2]string]event.Type // event_type, sub_event_type → type
	countries  map[string]place.Country // iso and iso3 codes read
	dates      map[string]datedForm     // event dates read
	jsonBuf    []byte
	rows       int
}

// NewReader returns a Reader of r.
func NewReader(r io.Reader) *Reader { return &Reader{src: r} }

// maxIntern bounds the interning map; it is cleared when full.
const maxIntern = 4096

// maxRowIDs bounds the memory spent keeping rows without identifiers apart.
const maxRowIDs = 1 << 16

// start reads the header and prepares the column map.
func (r *Reader) start() error {
	r.started = true
	r.fr = flatcsv.NewReader(r.src, r.MaxRecordBytes)
	r.fr.Encoding = r.Encoding
	header, err := r.fr.Header()
	if err != nil {
		r.err = err
		return err
	}
	for _, h := range header {
		if !utf8.ValidString(h) {
			r.err = &event.ParseError{Line: 1, Column: 1, Field: h, Record: r.fr.RawHeader(),
				Err: fmt.Errorf("acled: column name %s: %w: %w", fielderr.Quote(h), ErrLayout, event.ErrBadText)}
			return r.err
		}
	}
	r.header = header
	r.cols = layoutCols(header)
	for i := range r.idx {
		r.idx[i] = -1
	}
	for i, c := range r.cols {
		if c != colUnknown {
			r.idx[c] = i
		}
	}
	for _, c := range []col{colEventDate, colEventType} {
		if r.idx[c] < 0 {
			r.err = &event.ParseError{Line: 1, Column: 1, Record: r.fr.RawHeader(),
				Err: fmt.Errorf("acled: header has no %s column: %w", colName(c), ErrLayout)}
			return r.err
		}
	}
	hxl := r.fr.HXL()
	r.layout = Layout{Name: detect(header, hxl != nil), Columns: append([]string(nil), header...)}
	if hxl != nil {
		r.layout.HXL = append([]string(nil), hxl...)
	}
	r.intern = make(map[string]string, 256)
	return nil
}

// colName returns the current name of a known column.
func colName(c col) string {
	for n, k := range colNames {
		if k == c && !strings.HasPrefix(n, "ally") {
			return n
		}
	}
	return ""
}

// Layout returns the layout of the file: its family and its header and
// HXL row as written. It is the zero Layout until the first Read, and the
// file's own from then on, also when every record is rejected (but not
// when the header is: ErrLayout, a column named twice). A Writer given it
// writes the same columns, and with no event the header and HXL row alone.
func (r *Reader) Layout() Layout {
	l := r.layout
	l.Columns = append([]string(nil), l.Columns...)
	if l.HXL != nil {
		l.HXL = append([]string(nil), l.HXL...)
	}
	return l
}

// RawHeader returns the header line, and the HXL line under it if there is
// one, verbatim without the final line end, for the top of a reject file.
// It is nil until the first Read.
func (r *Reader) RawHeader() []byte {
	if r.fr == nil {
		return nil
	}
	return r.fr.RawHeader()
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
	if r.fr == nil {
		return nil
	}
	return r.fr.Raw()
}

// LineEnd returns the input's line end, "\n", "\r\n" or "\r" (Excel for
// Mac's CSV), as the header line ends ("\n" until the first Read).
func (r *Reader) LineEnd() string {
	if r.fr == nil {
		return "\n"
	}
	return r.fr.LineEnd()
}

// EncodingUsed returns the input's text encoding and whether the input
// began with a byte-order mark. It is UTF-8 until the first Read, and
// while the text read is ASCII and nothing else decided it; UTF-16 is
// reported as the variant that ignores byte-order marks.
func (r *Reader) EncodingUsed() (enc encoding.Encoding, bom bool) {
	if r.fr == nil {
		return unicode.UTF8, false
	}
	return r.fr.EncodingUsed()
}

// Line returns the line of the input on which the record last read
// starts, also when Read rejected it: with the event's ID it names the
// record a warning is about. It is 0 before the first Read.
func (r *Reader) Line() int {
	if r.fr == nil {
		return 0
	}
	return r.fr.Line()
}

// Warnings returns the warnings about the record last returned by Read
// (nil if none): each is an event.Problem of severity event.Warning whose
// Path is the column name as in the header and whose Code is one of the
// package's warning sentinels (ErrMixedInter, ErrYear, ...) or
// event.ErrNullIsland.
// The slice is reused by the next Read: copy it (slices.Clone) to keep it.
func (r *Reader) Warnings() event.Problems {
	if len(r.warnings) == 0 {
		return nil
	}
	return r.warnings[:len(r.warnings):len(r.warnings)] // an append copies
}

// Read returns the next event, or io.EOF at the end of the input.
func (r *Reader) Read() (event.Event, error) {
	r.warnings = r.warnings[:0]
	if !r.started {
		if err := r.start(); err != nil {
			return event.Event{}, err
		}
	}
	if r.err != nil {
		return event.Event{}, r.err
	}
	fields, err := r.fr.Read()
	if err != nil {
		return event.Event{}, err
	}
	e, err := r.decode(fields)
	if err != nil {
		r.warnings = r.warnings[:0]
		return event.Event{}, err
	}
	r.rows++
	if r.Resolver != nil {
		r.warnings = r.Resolver.AppendResolve(r.warnings, &e)
	}
	return e, nil
}

// All returns an iterator over the remaining events. A rejected record is
// yielded as a zero event and its *event.ParseError, and iteration goes
// on; it stops at the end of the input or after a fatal error, which is
// yielded.
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
			if err != nil && r.fatal(err) {
				return
			}
		}
	}
}

// fatal reports whether a Read error ends the stream: a header error or an
// I/O error.
func (r *Reader) fatal(err error) bool {
	var pe *event.ParseError
	return r.err != nil || !errors.As(err, &pe)
}

// ReadAll reads every event of r. It stops at the first error, which it
// returns with the events read before it.
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

// cell returns the cell of known column c as read (see known), or "".
func (r *Reader) cell(c col) string { return r.cells[c] }

// known returns the cell s of known column c as the model reads it: a
// spelling of a missing value (Reader.Missing) is the empty cell; numbers,
// labels and codes lose the spaces around them, no-break spaces included.
// The Writer gives the cell back as it was (Extra.Verbatim), so nothing of
// the file is lost.
func (r *Reader) known(c col, s string) string {
	if trimmed[c] {
		s = flatcsv.TrimSpace(s)
		if numeric[c] {
			if flatcsv.MissingNumber(s) {
				return ""
			}
			s = flatcsv.Integral(s)
		}
	}
	if flatcsv.Missing(s, r.Missing) {
		return ""
	}
	return s
}

// numeric marks the columns that hold numbers (in some files, numbers or
// text labels: the inter codes), which take Stata's "." for missing.
var numeric = func() (m [numCols]bool) {
	for _, c := range []col{colYear, colTimePrecision, colInter1, colInter2, colInteraction, colISO,
		colLatitude, colLongitude, colGeoPrecision, colFatalities, colTimestamp, colDataID,
		colEventIDNoCnty, colGWNO} {
		m[c] = true
	}
	return m
}()

// trimmed marks the columns whose cells are read without surrounding
// spaces: numbers, codes and the labels of closed sets. Names and notes
// keep theirs, as written.
var trimmed = func() (m [numCols]bool) {
	m = numeric
	for _, c := range []col{colEventIDCnty, colEventDate, colEventType, colSubEventType, colDisorderType,
		colCivilianTargeting, colISO3} {
		m[c] = true
	}
	return m
}()

// fail returns the error for column c of the current record.
func (r *Reader) fail(c col, err error) error { return r.fr.Error(r.idx[c], err) }

// warn records a warning about column c.
func (r *Reader) warn(c col, code error, format string, args ...any) {
	r.warnings = append(r.warnings, event.Problem{Path: r.header[r.idx[c]], Code: code,
		Severity: event.Warning, Message: fmt.Sprintf(format, args...)})
}

// str interns s.
func (r *Reader) str(s string) string {
	if s == "" {
		return ""
	}
	if v, ok := r.intern[s]; ok {
		return v
	}
	if len(r.intern) >= maxIntern {
		clear(r.intern)
	}
	s = strings.Clone(s) // fields share one buffer per record
	r.intern[s] = s
	return s
}

// decode maps one record onto an event.
func (r *Reader) decode(f []string) (event.Event, error) {
	r.pendingRow = ""
	for i, s := range f {
		if !utf8.ValidString(s) {
			return event.Event{}, r.fr.Error(i, fmt.Errorf("acled: %s: %w", fielderr.Quote(s), event.ErrBadText))
		}
	}
	for c := colUnknown + 1; c < numCols; c++ {
		r.cells[c] = ""
		if i := r.idx[c]; i >= 0 {
			r.cells[c] = r.known(c, f[i])
		}
	}
	var e event.Event
	var x Extra
	blk := new(block)
	x.Layout = r.layout.Name
	x.HXL = r.layout.HXL != nil
	x.CRLF = r.fr.LineEnd() == "\r\n"
	x.CR = r.fr.LineEnd() == "\r"
	x.Encoding = r.fr.RecordEncoding()
	_, x.BOM = r.fr.EncodingUsed()

	// What happened.
	t, err := r.typeOf(r.cell(colEventType), r.cell(colSubEventType))
	if err != nil {
		c := colEventType
		if _, e2 := event.TypeFromACLED(r.cell(colEventType), ""); e2 == nil && r.idx[colSubEventType] >= 0 {
			c = colSubEventType
		}
		return e, r.fail(c, fmt.Errorf("acled: %w", err))
	}
	if s := r.cell(colDisorderType); s != "" {
		for part := range strings.SplitSeq(s, ";") {
			d, err := event.DisorderFromACLED(strings.TrimSpace(part))
			if err != nil {
				return e, r.fail(colDisorderType, fmt.Errorf("acled: %w", err))
			}
			x.Disorder = append(x.Disorder, d)
		}
	}
	switch s := r.cell(colCivilianTargeting); {
	case s == "":
	case strings.EqualFold(s, civilianTargeting):
		x.CivilianTargeting = true
	default:
		return e, r.fail(colCivilianTargeting, fmt.Errorf("acled: civilian_targeting %s, want %q or nothing: %w", fielderr.Quote(s), civilianTargeting, ErrBadForm))
	}

	// When.
	ds := r.cell(colEventDate)
	day, form, exact, err := r.dateOf(ds)
	if err != nil {
		return e, r.fail(colEventDate, err)
	}
	if form == DateSlash && r.layout.Name != LayoutV5 {
		return e, r.fail(colEventDate, fmt.Errorf("acled: %w %s: dd/mm/yyyy is the convention of version 5 files only; "+
			"in a file of the %s layout a spreadsheet program may have written mm/dd/yyyy, so day and month cannot be told apart: refused",
			event.ErrBadDate, fielderr.Quote(ds), r.layout.Name))
	}
	// The dataset's forms are set by the records read without error, so
	// that a rejected record changes nothing. Each row keeps its own date
	// form, which writes its cell back as read; forms that differ only in
	// spelling ("07 May 2020", "28 May 2020") are one form for the warning.
	dateForm, interForm := r.dateForm, r.interForm
	rowForm := form
	switch {
	case dateForm == DateFormUnspecified:
		dateForm = form
	case exact.has(dateForm):
		rowForm = dateForm
	case form.family() != dateForm.family():
		r.warn(colEventDate, ErrMixedDates, "event_date %s is in form %q; earlier records use %q", fielderr.Quote(ds), form, dateForm)
	case exact != 0:
		dateForm = form // a spelling earlier records did not show
	default:
		rowForm = dateForm // no form writes this cell ("16 may 2025"): Verbatim keeps it
	}
	x.DateForm = rowForm
	prec := event.DateUnspecified
	if s := r.cell(colTimePrecision); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil {
			return e, r.fail(colTimePrecision, fmt.Errorf("acled: time_precision %s: %w", fielderr.Quote(s), ErrBadNumber))
		}
		if prec, err = event.DatePrecisionFromACLED(n); err != nil {
			return e, r.fail(colTimePrecision, fmt.Errorf("acled: %w", err))
		}
	}
	// ACLED codes one day; a coarser precision says how far that day can be
	// trusted, so the day is kept and the precision set beside it.
	e.When = event.When{Start: day, End: day, Precision: prec}
	r.checkYear(day)

	// Who.
	k1, err := r.inter(colInter1, &interForm)
	if err != nil {
		return e, err
	}
	k2, err := r.inter(colInter2, &interForm)
	if err != nil {
		return e, err
	}
	x.InterForm = interForm
	a1, a2 := r.cell(colActor1), r.cell(colActor2)
	r.checkActor(colActor1, colInter1, a1, k1)
	r.checkActor(colActor2, colInter2, a2, k2)
	as1, as2 := r.cell(colAssoc1), r.cell(colAssoc2)
	if n := nonEmpty(a1) + nonEmpty(a2) + pieces(as1) + pieces(as2); n <= len(blk.parts) {
		e.Participants = blk.parts[:0:n]
	} else {
		e.Participants = make([]event.Participant, 0, n)
	}
	if a1 != "" {
		e.Participants = append(e.Participants, event.Participant{Actor: actor.Ref{Name: r.str(a1), Kind: k1.kind}, Role: event.Perpetrator})
	}
	e.Participants = r.associates(e.Participants, as1, event.PerpetratorAssociate)
	if a2 != "" {
		e.Participants = append(e.Participants, event.Participant{Actor: actor.Ref{Name: r.str(a2), Kind: k2.kind}, Role: event.Target})
	}
	e.Participants = r.associates(e.Participants, as2, event.TargetAssociate)
	e.Participants = trim(e.Participants)
	r.checkInteraction(k1, k2)

	// Where.
	units := blk.units[:0]
	cc, hasCC := r.country()
	if name := r.cell(colCountry); name != "" || hasCC {
		u := place.Unit{Level: place.LevelCountry, Name: r.str(name)}
		if hasCC {
			u.Code = cc.Alpha2()
		}
		units = append(units, u)
	}
	for _, a := range [...]struct {
		c col
		l place.Level
	}{{colAdmin1, place.LevelAdmin1}, {colAdmin2, place.LevelAdmin2}, {colAdmin3, place.LevelAdmin3}} {
		if name := r.cell(a.c); name != "" {
			units = append(units, place.Unit{Level: a.l, Name: r.str(name)})
		}
	}
	e.Where.Place.Path = trim(units)
	if loc := r.cell(colLocation); loc != "" {
		e.Where.Place.Name = r.str(loc)
		e.Where.Place.Level = place.LevelLocality
	}
	if err := r.point(&blk.pt); err != nil {
		return e, err
	}
	if r.hasPoint() {
		e.Where.Point = &blk.pt
		if blk.pt.IsNullIsland() {
			// Kept, as read; but (0, 0) almost always stands for a missing
			// value, and a map would put the event in the Gulf of Guinea.
			r.warn(colLatitude, event.ErrNullIsland, "latitude %s and longitude %s put the event at (0, 0), which almost always stands for a missing value",
				fielderr.Quote(r.cell(colLatitude)), fielderr.Quote(r.cell(colLongitude)))
		}
	}
	if s := r.cell(colGeoPrecision); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil {
			return e, r.fail(colGeoPrecision, fmt.Errorf("acled: geo_precision %s: %w", fielderr.Quote(s), ErrBadNumber))
		}
		if e.Where.Precision, err = place.PrecisionFromACLED(n); err != nil {
			return e, r.fail(colGeoPrecision, fmt.Errorf("acled: %w", err))
		}
	}
	x.Region = r.str(r.cell(colRegion))
	x.GWNO = r.str(r.cell(colGWNO))

	// Who says so, and how many died.
	if s := r.cell(colTimestamp); s != "" {
		ts, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return e, r.fail(colTimestamp, fmt.Errorf("acled: timestamp %s: %w", fielderr.Quote(s), ErrBadNumber))
		}
		x.Timestamp = ts
	}
	src := r.cell(colSource)
	if n := 1 + pieces(src); n <= len(blk.cites) {
		e.Citations = blk.cites[:1:n]
	} else {
		e.Citations = make([]source.Citation, 1, n)
	}
	e.Citations[0] = source.Citation{ID: CitationID, Source: source.Ref{Name: "ACLED"}}
	if published(x.Timestamp, &blk.pub) {
		e.Citations[0].Published = &blk.pub
	}
	if src != "" {
		for part := range strings.SplitSeq(src, ";") {
			if name := strings.TrimSpace(part); name != "" {
				e.Citations = append(e.Citations, source.Citation{ID: sourceCitationID(len(e.Citations)), Source: source.Ref{Name: r.str(name)}})
			}
		}
	}
	e.Citations = e.Citations[:len(e.Citations):len(e.Citations)]
	x.SourceScale = r.str(r.cell(colSourceScale))
	if s := r.cell(colFatalities); s != "" {
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil || n < 0 || n > casualty.MaxCount {
			return e, r.fail(colFatalities, fmt.Errorf("acled: fatalities %s: %w", fielderr.Quote(s), ErrBadNumber))
		}
		// ACLED codes the most conservative reported figure: a lower bound.
		// Zero means no death was reported, not that none occurred (split
		// rows carry 0 too), so it is "at least 0", not "exactly 0".
		blk.cas[0] = event.Casualty{Figure: casualty.NewFigure(casualty.Killed, "", casualty.AtLeast(n)), Citation: CitationID}
		e.Casualties = blk.cas[:1:1]
	}
	e.Notes = r.cell(colNotes)
	if s := r.cell(colTags); s != "" {
		e.Tags = strings.Split(s, "; ")
		for i, t := range e.Tags {
			e.Tags[i] = r.str(t)
		}
	}

	// Columns this package does not know.
	for i, c := range r.cols {
		if c == colUnknown {
			x.Columns = append(x.Columns, Column{Name: r.header[i], Value: f[i]})
		}
	}

	// Identity.
	e.Type = t
	id, dataID := r.cell(colEventIDCnty), r.cell(colDataID)
	switch {
	case id != "":
		blk.keys[0] = event.Key{Scheme: KeyScheme, Value: id}
		e.ID, e.Keys = event.DeriveID(KeyScheme, id), blk.keys[:1:1]
	case dataID != "":
		blk.keys[0] = event.Key{Scheme: DataIDScheme, Value: dataID}
		e.ID, e.Keys = event.DeriveID(DataIDScheme, dataID), blk.keys[:1:1]
	default:
		e.ID = event.DeriveID(RowScheme, r.rowHash(f))
	}
	x.DataID = dataID
	x.EventIDNoCnty = r.cell(colEventIDNoCnty)

	// Cells the Writer would not give back as they are.
	if r.enc == nil {
		r.enc = newEncoder(r.layout.Name, r.header, dateForm, interForm)
	}
	r.enc.dateForm = rowForm
	if interForm == InterText {
		r.enc.interForm = InterText
	} else {
		r.enc.interForm = InterNumeric
	}
	if err := r.enc.encode(&e, &x, r.rows); err != nil {
		// The type was read from an ACLED label, so it has one; this
		// cannot happen short of a registry change under way.
		return e, r.fail(colEventType, err)
	}
	for i, c := range r.cols {
		if c != colUnknown && string(r.enc.cell(i)) != f[i] {
			if x.Verbatim == nil {
				x.Verbatim = map[string]string{}
			}
			x.Verbatim[r.enc.keys[i]] = f[i]
		}
	}
	// The record's forms and disorder types are valid: they were read.
	r.jsonBuf = x.appendJSON(r.jsonBuf[:0])
	e.Ext = event.Ext{ExtKey: bytes.Clone(r.jsonBuf)}
	r.dateForm, r.interForm = dateForm, interForm
	if r.pendingRow != "" {
		r.rowIDs[r.pendingRow]++
		r.pendingRow = ""
	}
	return e, nil
}

// typeOf is event.TypeFromACLED with a small cache: a file has a few dozen
// label pairs.
func (r *Reader) typeOf(et, st string) (event.Type, error) {
	k := [2]string{et, st}
	if t, ok := r.types[k]; ok {
		return t, nil
	}
	t, err := event.TypeFromACLED(et, st)
	if err != nil {
		return t, err
	}
	if r.types == nil || len(r.types) >= 256 {
		r.types = map[[2]string]event.Type{}
	}
	r.types[[2]string{strings.Clone(et), strings.Clone(st)}] = t
	return t, nil
}

// dateOf is parseDate with a small cache: many events share a day.
func (r *Reader) dateOf(s string) (date.Date, DateForm, formSet, error) {
	if v, ok := r.dates[s]; ok {
		return v.d, v.f, v.exact, nil
	}
	d, f, exact, err := parseDate(s)
	if err == nil {
		if r.dates == nil || len(r.dates) >= 4096 {
			r.dates = map[string]datedForm{}
		}
		r.dates[strings.Clone(s)] = datedForm{d, f, exact}
	}
	return d, f, exact, err
}

type datedForm struct {
	d     date.Date
	f     DateForm
	exact formSet
}

// countryOf is place.ParseCountry with a small cache: a file names few
// countries.
func (r *Reader) countryOf(s string) (place.Country, error) {
	if c, ok := r.countries[s]; ok {
		return c, nil
	}
	code := s
	if len(s) < 3 && strings.Trim(s, "0123456789") == "" {
		// ACLED's iso is a number: Afghanistan is 4, not 004.
		code = strings.Repeat("0", 3-len(s)) + s
	}
	c, err := place.ParseCountry(code)
	if err == nil {
		if r.countries == nil || len(r.countries) >= 256 {
			r.countries = map[string]place.Country{}
		}
		r.countries[strings.Clone(s)] = c
	}
	return c, err
}

// sourceCitationID returns the local ID of the n-th source citation
// (1-based): "source-1", "source-2", ...
func sourceCitationID(n int) string {
	if n < len(sourceIDs) {
		return sourceIDs[n]
	}
	return "source-" + strconv.Itoa(n)
}

var sourceIDs = [...]string{"", "source-1", "source-2", "source-3", "source-4", "source-5", "source-6", "source-7", "source-8"}

// published sets *d to the day of a Unix timestamp, for the ACLED citation:
// the row as read was published on or after its last edit. It reports
// false without a plausible timestamp.
func published(ts int64, d *date.Date) bool {
	const year10000 = 253402300800
	if ts <= 0 || ts >= year10000 {
		return false
	}
	*d = date.NewAt(time.Unix(ts, 0).UTC())
	return true
}

// block holds the slices and pointers of one event, so that a record costs
// one allocation for them rather than one each. The event's slices are cut
// to their length, so that appending to one never writes into another.
type block struct {
	parts [3]event.Participant
	cites [2]source.Citation
	cas   [1]event.Casualty
	keys  [1]event.Key
	units [4]place.Unit
	pub   date.Date
	pt    place.Point
}

// nonEmpty is 1 for a non-empty s, else 0.
func nonEmpty(s string) int {
	if s == "" {
		return 0
	}
	return 1
}

// pieces is the most names a ";"-joined cell can hold.
func pieces(s string) int {
	if s == "" {
		return 0
	}
	return strings.Count(s, ";") + 1
}

// trim cuts s to its length, or returns nil for an empty s.
func trim[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	return s[:len(s):len(s)]
}

// associates appends one participant per name in a "; "-joined cell.
func (r *Reader) associates(ps []event.Participant, cell string, role event.Role) []event.Participant {
	if cell == "" {
		return ps
	}
	for part := range strings.SplitSeq(cell, ";") {
		if name := strings.TrimSpace(part); name != "" {
			ps = append(ps, event.Participant{Actor: actor.Ref{Name: r.str(name)}, Role: role})
		}
	}
	return ps
}

// interCell is a parsed inter1 or inter2 cell.
type interCell struct {
	kind actor.Kind
	code int       // 0: no actor, or an unknown code
	form InterForm // unspecified for an empty cell
	set  bool      // a category, not "no actor"
}

// inter reads an inter code in numeric or text form and checks the form
// against the dataset's.
func (r *Reader) inter(c col, form *InterForm) (interCell, error) {
	s := r.cell(c)
	if s == "" {
		return interCell{}, nil
	}
	var ic interCell
	if s[0] >= '0' && s[0] <= '9' {
		n, err := strconv.Atoi(s)
		if err != nil {
			return ic, r.fail(c, fmt.Errorf("acled: %s %s: %w", colName(c), fielderr.Quote(s), ErrBadNumber))
		}
		ic.form = InterNumeric
		if n != 0 {
			k, err := actor.KindFromACLEDInter(n)
			if err != nil {
				return ic, r.fail(c, fmt.Errorf("acled: %w", err))
			}
			ic.kind, ic.code, ic.set = k, n, true
		}
	} else {
		k, err := kindFromLabel(s)
		if err != nil {
			return ic, r.fail(c, fmt.Errorf("acled: %w", err))
		}
		ic.form = InterText
		ic.kind, ic.set = k, true
		ic.code, _ = k.ACLEDInter()
	}
	switch {
	case *form == InterFormUnspecified:
		*form = ic.form
	case ic.form != *form:
		r.warn(c, ErrMixedInter, "%s %s is in %s form; earlier cells use the %s form", colName(c), fielderr.Quote(s), ic.form, *form)
	}
	return ic, nil
}

// checkActor warns when an inter code and its actor disagree.
func (r *Reader) checkActor(ac, ic col, name string, k interCell) {
	if r.idx[ac] < 0 || r.idx[ic] < 0 {
		return
	}
	switch {
	case name == "" && k.set:
		r.warn(ic, ErrActorInter, "%s names a category (%s) but %s is empty", colName(ic), k.kind, colName(ac))
	case name != "" && !k.set:
		r.warn(ic, ErrActorInter, "%s says no actor but %s is %s", colName(ic), colName(ac), fielderr.Quote(name))
	}
}

// kindFromLabel is actor.KindFromACLEDLabel in any ASCII letter case:
// ACLED has written "State Forces" and "State forces", and files edited by
// hand carry "STATE FORCES". The error is that of the label as written.
func kindFromLabel(s string) (actor.Kind, error) {
	k, err := actor.KindFromACLEDLabel(s)
	if err == nil {
		return k, nil
	}
	// Every category has a label in sentence case ("Rebel group") or in
	// title case ("Rebel Groups", "External/Other Forces").
	for _, title := range [2]bool{false, true} {
		if k, e := actor.KindFromACLEDLabel(recase(s, title)); e == nil {
			return k, nil
		}
	}
	return "", err
}

// recase writes s in sentence case, or in title case (a capital after a
// space or '/'), for ASCII letters; other bytes are kept.
func recase(s string, title bool) string {
	b := []byte(s)
	start := true
	for i, c := range b {
		switch {
		case 'A' <= c && c <= 'Z' && !start:
			b[i] = c + 'a' - 'A'
		case 'a' <= c && c <= 'z' && start:
			b[i] = c - ('a' - 'A')
		}
		start = title && (c == ' ' || c == '/')
	}
	return string(b)
}

// checkInteraction warns when interaction disagrees with the inter codes:
// the two codes, lower first ("17", "10"), or their labels in any letter
// case ("Rebel group-Civilians", "State Forces only").
func (r *Reader) checkInteraction(k1, k2 interCell) {
	s := r.cell(colInteraction)
	if s == "" || r.idx[colInteraction] < 0 || r.idx[colInter1] < 0 || r.idx[colInter2] < 0 {
		// ACLED's monadic files have one actor per row but the interaction
		// of both: it cannot be checked.
		return
	}
	var a1, a2 *actor.Ref
	if k1.set {
		a1 = &actor.Ref{Kind: k1.kind}
	}
	if k2.set {
		a2 = &actor.Ref{Kind: k2.kind}
	}
	if s != interaction(a1, a2, InterNumeric) && !sameInteraction(s, k1.code, k2.code) {
		r.warn(colInteraction, ErrInteraction, "interaction %s does not follow from inter codes %d and %d", fielderr.Quote(s), k1.code, k2.code)
	}
}

// sameInteraction reports whether s, an interaction in the text form, names
// the categories of codes c1 and c2 (0 for no actor), lower code first.
func sameInteraction(s string, c1, c2 int) bool {
	lo, hi := min(c1, c2), max(c1, c2)
	if lo == 0 && hi == 0 {
		return false
	}
	code := func(label string) int {
		k, err := kindFromLabel(label)
		if err != nil {
			return -1
		}
		n, _ := k.ACLEDInter()
		return n
	}
	if len(s) > len(" only") && equalFoldASCII(s[len(s)-len(" only"):], " only") {
		return lo == 0 && code(s[:len(s)-len(" only")]) == hi
	}
	first, second, ok := strings.Cut(s, "-") // no label has a '-'
	return ok && lo > 0 && code(first) == lo && code(second) == hi
}

// checkYear warns when the year column disagrees with the event's year.
// Version 5 files may give a span such as "2001-2002"; a span that
// contains the year agrees.
func (r *Reader) checkYear(day date.Date) {
	s := r.cell(colYear)
	if s == "" {
		return
	}
	y := day.Year()
	lo, hi, span := strings.Cut(s, "-")
	a, err1 := strconv.Atoi(lo)
	b, err2 := a, error(nil)
	if span {
		b, err2 = strconv.Atoi(hi)
	}
	if err1 != nil || err2 != nil || y < a || y > b {
		r.warn(colYear, ErrYear, "year %s, but event_date %s is in %d", fielderr.Quote(s), day, y)
	}
}

// country reads the iso and iso3 columns.
func (r *Reader) country() (place.Country, bool) {
	var cc place.Country
	ok := false
	if s := r.cell(colISO); s != "" {
		c, err := r.countryOf(s)
		if err != nil {
			r.warn(colISO, ErrCountryCode, "iso %s is not an ISO 3166-1 country code", fielderr.Quote(s))
		} else {
			cc, ok = c, true
		}
	}
	if s := r.cell(colISO3); s != "" {
		c, err := r.countryOf(s)
		switch {
		case err != nil:
			r.warn(colISO3, ErrCountryCode, "iso3 %s is not an ISO 3166-1 country code", fielderr.Quote(s))
		case ok && c != cc:
			r.warn(colISO3, ErrCountryCode, "iso3 %s names %s, iso %s names %s", fielderr.Quote(s), c, fielderr.Quote(r.cell(colISO)), cc)
		case !ok:
			cc, ok = c, true
		}
	}
	return cc, ok
}

// hasPoint reports whether the record gives coordinates.
func (r *Reader) hasPoint() bool {
	return r.cell(colLatitude) != "" || r.cell(colLongitude) != ""
}

// point reads latitude and longitude into *pt: both or neither.
func (r *Reader) point(pt *place.Point) error {
	if !r.hasPoint() {
		return nil
	}
	var v [2]float64
	for i, c := range [2]col{colLatitude, colLongitude} {
		s := r.cell(c)
		n, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return r.fail(c, fmt.Errorf("acled: %s %s: %w", colName(c), fielderr.Quote(s), ErrBadNumber))
		}
		v[i] = n
	}
	p, err := place.NewPoint(v[0], v[1])
	if err != nil {
		c := colLatitude
		if errors.Is(err, place.ErrLongitude) && !errors.Is(err, place.ErrLatitude) {
			c = colLongitude
		}
		return r.fail(c, fmt.Errorf("acled: %w: %w", ErrBadNumber, err))
	}
	*pt = p
	return nil
}

// rowHash identifies a row without event_id_cnty and data_id by its cells
// (with their column names, so that the layout counts). Identical rows in
// one file are told apart by their order ("#2" for the second), so that
// distinct records never share an ID.
func (r *Reader) rowHash(f []string) string {
	h := sha256.New()
	for i, s := range f {
		h.Write([]byte(strings.ToLower(r.header[i])))
		h.Write([]byte{0x1f})
		h.Write([]byte(s))
		h.Write([]byte{0x1e})
	}
	sum := hex.EncodeToString(h.Sum(nil)[:16])
	if r.rowIDs == nil {
		r.rowIDs = map[string]int{}
	}
	n := r.rowIDs[sum]
	if len(r.rowIDs) < maxRowIDs || n > 0 {
		r.pendingRow = sum // counted once the record is read without error
	}
	if n > 0 {
		return sum + "#" + strconv.Itoa(n+1)
	}
	return sum
}
