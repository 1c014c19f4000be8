package place

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/conflictkit/conflict/internal/catalogjson"
	"github.com/conflictkit/conflict/internal/fielderr"
	"github.com/conflictkit/conflict/internal/isodate"
	"github.com/conflictkit/conflict/internal/strictjson"
)

// ParseError reports where LoadJSON or LoadPCodes found a file malformed:
// the 1-based line and byte column of the input, the byte offset, the JSON
// path of the value ("[3].point.lat", "places[0].level") or the column of
// a P-code table ("Admin Level"), and the cause, which wraps ErrMalformed
// and, where there is one, the specific sentinel (ErrBadLevel,
// ErrBadCountry, …).
type ParseError struct {
	Line   int   // 1-based line of the input
	Column int   // 1-based byte column within Line
	Offset int64 // byte offset from the start of the input
	Field  string
	Err    error
}

// Error formats the position, field and cause, e.g.
// `place: line 3, column 17, field "[0].level": malformed gazetteer file: …`.
func (e *ParseError) Error() string {
	s := fmt.Sprintf("place: line %d, column %d", e.Line, e.Column)
	if e.Field != "" {
		s += fmt.Sprintf(", field %q", e.Field)
	}
	return s + ": " + e.Err.Error()
}

// Unwrap returns the cause.
func (e *ParseError) Unwrap() error { return e.Err }

// maxFileBytes bounds a gazetteer file, JSON or P-code table: far above
// any real one, low enough that a runaway input cannot exhaust memory.
const maxFileBytes = catalogjson.MaxBytes

// errTooLong is what limitReader returns past the limit.
var errTooLong = fmt.Errorf("%w: the file is longer than %d bytes", ErrMalformed, maxFileBytes)

// limitReader reads at most n bytes of r, then fails with errTooLong, so
// that a file over the limit is an error rather than cut short silently.
type limitReader struct {
	r io.Reader
	n int64
}

func (l *limitReader) Read(p []byte) (int, error) {
	if l.n <= 0 {
		return 0, errTooLong
	}
	if int64(len(p)) > l.n {
		p = p[:l.n]
	}
	n, err := l.r.Read(p)
	l.n -= int64(n)
	return n, err
}

// LoadJSON reads a gazetteer in the SDK's JSON form: either an array of
// places, or an object whose one member "places" is that array. Each place
// is decoded as Place.UnmarshalJSON does, strictly (unknown members are
// errors), and the gazetteer is built as NewGazetteer builds it, so links
// to places outside the file are allowed; merge it over Default to link
// them (see Gazetteer.Merge).
//
//	[
//	{"id":"sy07","level":"admin1","name":"Idleb","parent":"syria","country":"SY",
//	 "codes":[{"scheme":"ocha-pcode","value":"SY07"}]},
//	...
//	]
//
// Decoding errors are *ParseError values wrapping ErrMalformed, with the
// line, column and JSON path of the bad value ("[3].point.lat",
// "places[0].level"); errors for invalid places are NewGazetteer's. A
// UTF-8 byte-order mark is skipped; a file in UTF-16 or UTF-32, or longer
// than 256 MiB, is refused.
func LoadJSON(r io.Reader) (*Gazetteer, error) {
	data, err := io.ReadAll(&limitReader{r: r, n: maxFileBytes})
	if err == errTooLong {
		line, col, off := catalogjson.Position(data, int64(len(data)))
		return nil, &ParseError{Line: line, Column: col, Offset: off, Err: err}
	}
	if err != nil {
		return nil, fmt.Errorf("place: reading gazetteer: %w", err)
	}
	places, err := decodeJSON(data)
	if err != nil {
		return nil, err
	}
	return NewGazetteer(places...)
}

// decodeJSON decodes the places of a file in the SDK's JSON form.
func decodeJSON(data []byte) ([]Place, error) {
	if err := strictjson.EncodingError(data); err != nil {
		return nil, &ParseError{Line: 1, Column: 1, Err: fmt.Errorf("%w: %w", ErrMalformed, err)}
	}
	base := 0
	if bytes.HasPrefix(data, []byte("\ufeff")) {
		base = 3
	}
	body := data[base:]
	var places []Place
	var err error
	switch t := bytes.TrimLeft(body, " \t\r\n"); {
	case len(t) > 0 && t[0] == '{':
		var doc struct {
			Places []Place `json:"places"`
		}
		err = strictjson.Decode(body, &doc)
		places = doc.Places
	case len(t) > 0 && t[0] == '[':
		err = strictjson.Decode(body, &places)
	default:
		line, col, off := catalogjson.Position(data, int64(len(data)-len(t)))
		return nil, &ParseError{Line: line, Column: col, Offset: off,
			Err: fmt.Errorf("%w: want a JSON array of places or an object with \"places\"", ErrMalformed)}
	}
	if err != nil {
		pe := &ParseError{Line: 1, Column: 1, Err: fmt.Errorf("%w: %w", ErrMalformed, err)}
		var se *strictjson.Error
		if errors.As(err, &se) {
			pe.Line, pe.Column, pe.Offset = catalogjson.Position(data, int64(base)+se.Offset)
			pe.Field, pe.Err = se.Path, fmt.Errorf("%w: %w", ErrMalformed, se.Err)
		}
		return nil, pe
	}
	return places, nil
}

// WriteJSON writes the gazetteer in the array form LoadJSON reads, one
// place per line, in the gazetteer's order, so that files diff well.
// HTML characters are not escaped. A gazetteer written and loaded back
// holds equal places.
func (g *Gazetteer) WriteJSON(w io.Writer) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	buf.WriteString("[")
	for i, p := range g.places {
		if i > 0 {
			buf.WriteString(",")
		}
		buf.WriteString("\n")
		if err := enc.Encode(p); err != nil {
			return fmt.Errorf("place: writing %q: %w", string(p.ID), err)
		}
		buf.Truncate(buf.Len() - 1) // Encode's newline
	}
	buf.WriteString("\n]\n")
	_, err := w.Write(buf.Bytes())
	return err
}

// The columns of the OCHA/HDX P-code table that LoadPCodes needs.
const (
	colLocation = "Location"
	colLevel    = "Admin Level"
	colPCode    = "P-Code"
	colName     = "Name"
	colParent   = "Parent P-Code"
	colValid    = "Valid from date"
)

// LoadPCodes reads a table in the layout of HDX's global P-code lists
// ("global_pcodes_adm_1_2.csv"): comma-separated, a header naming the
// columns Location (the country's ISO 3166-1 alpha-3 code), Admin Level
// (1 to 4), P-Code, Name, Parent P-Code and, optionally, Valid from date
// (YYYY-MM-DD). Columns are found by header name, in any order; others
// are ignored; a UTF-8 byte-order mark before the header is skipped.
//
// Each row becomes a place at admin level 1 to 4 with the P-code as its
// code (SchemePCode), the name as its display name, and a note of the
// validity date. Its ID is the ID the embedded gazetteer (Default) gives
// the same P-code, if any ("sy07", "hatay"), else the lower-cased P-code,
// so that a newer table merged over Default replaces places rather than
// duplicating them; Default().Update(table) keeps the embedded names,
// points and other codes of the places it updates, which Merge drops. The parent is the row whose P-code is Parent P-Code;
// a parent equal to the country's alpha-3 code (as HDX writes for first
// levels) links to the embedded country place ("syria"), which the result
// does not hold: merge it over Default, or with a gazetteer that holds the
// countries, to link it.
//
// Errors in the file are *ParseError values wrapping ErrMalformed, with the
// line and column of the bad cell and its column name as Field, and wrap
// the cause (ErrBadCountry, ErrBadLevel, ErrBadCode, ErrBadName); a
// P-code given twice is NewGazetteer's ErrDuplicate. A table in UTF-16 or
// UTF-32, or longer than 256 MiB, is refused.
func LoadPCodes(r io.Reader) (*Gazetteer, error) {
	br := bufio.NewReader(&limitReader{r: r, n: maxFileBytes})
	if head, _ := br.Peek(4); strictjson.EncodingError(head) != nil {
		return nil, &ParseError{Line: 1, Column: 1, Err: fmt.Errorf("%w: %w", ErrMalformed, strictjson.EncodingError(head))}
	}
	cr := csv.NewReader(br)
	lastLine := 1 // of the last record read
	fail := func(err error) error {
		line, col := lastLine, 1
		var ce *csv.ParseError
		if errors.As(err, &ce) {
			line, col, err = ce.Line, ce.Column, ce.Err
		}
		if err == errTooLong {
			return &ParseError{Line: line, Column: col, Offset: cr.InputOffset(), Err: err}
		}
		return &ParseError{Line: line, Column: col, Offset: cr.InputOffset(), Err: fmt.Errorf("%w: %w", ErrMalformed, err)}
	}
	header, err := cr.Read()
	if err != nil {
		if err == io.EOF {
			return nil, &ParseError{Line: 1, Column: 1, Err: fmt.Errorf("%w: no header", ErrMalformed)}
		}
		return nil, fail(err)
	}
	cols := map[string]int{}
	for i, h := range header {
		if i == 0 {
			h = strings.TrimPrefix(h, "\uFEFF")
		}
		if _, dup := cols[h]; !dup {
			cols[h] = i
		}
	}
	for _, c := range []string{colLocation, colLevel, colPCode, colName, colParent} {
		if _, ok := cols[c]; !ok {
			return nil, &ParseError{Line: 1, Column: 1, Field: c, Err: fmt.Errorf("%w: no %q column", ErrMalformed, c)}
		}
	}
	def := Default()
	ids := func(pcode string) ID {
		if p, ok := def.ByCode(SchemePCode, pcode); ok {
			return p.ID
		}
		return ID(strings.ToLower(pcode))
	}
	var places []Place
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fail(err)
		}
		lastLine, _ = cr.FieldPos(0)
		p, col, err := pcodeRow(rec, cols, def, ids)
		var fe *FieldError
		if col == "" && errors.As(err, &fe) && fe.Path == "name" {
			col = colName // a name Validate refuses
		}
		if err != nil {
			line, c := cr.FieldPos(0)
			if i, ok := cols[col]; ok && i < len(rec) {
				line, c = cr.FieldPos(i)
			}
			return nil, &ParseError{Line: line, Column: c, Field: col, Err: fmt.Errorf("%w: %w", ErrMalformed, err)}
		}
		places = append(places, p)
	}
	return NewGazetteer(places...)
}

// pcodeRow makes the place of one row of a P-code table.
func pcodeRow(rec []string, cols map[string]int, def *Gazetteer, ids func(string) ID) (Place, string, error) {
	get := func(c string) string {
		if i, ok := cols[c]; ok && i < len(rec) {
			return rec[i]
		}
		return ""
	}
	loc, pcode, parent := get(colLocation), get(colPCode), get(colParent)
	c, err := ParseCountry(loc)
	if err != nil || len(loc) != 3 {
		return Place{}, colLocation, fmt.Errorf("%w: Location %s is not an ISO 3166-1 alpha-3 code", ErrBadCountry, fielderr.Quote(loc))
	}
	n, err := strconv.Atoi(get(colLevel))
	if err != nil || n < 1 || n > 4 {
		return Place{}, colLevel, fmt.Errorf("%w: Admin Level %s is not 1 to 4", ErrBadLevel, fielderr.Quote(get(colLevel)))
	}
	code, err := NewCode(SchemePCode, pcode)
	if err != nil {
		return Place{}, colPCode, err
	}
	p := Place{
		ID:      ids(pcode),
		Level:   LevelAdmin1 + Level(n-1),
		Name:    get(colName),
		Country: c,
		Codes:   []Code{code},
	}
	switch {
	case parent == "":
		return Place{}, colParent, fmt.Errorf("%w: Parent P-Code is empty", ErrBadCode)
	case strings.EqualFold(parent, loc):
		cp, ok := def.ByCode(SchemeISOCountry, c.Alpha2())
		if !ok {
			return Place{}, colLocation, fmt.Errorf("%w: country %s is not in the embedded gazetteer", ErrBadCountry, c.Alpha2())
		}
		p.Parent = cp.ID
	default:
		if _, err := NewCode(SchemePCode, parent); err != nil {
			return Place{}, colParent, err
		}
		p.Parent = ids(parent)
	}
	if v := get(colValid); v != "" {
		if _, err := isodate.ParseDay(v); err != nil {
			return Place{}, colValid, fmt.Errorf("%w: Valid from date %s is not a date (YYYY-MM-DD)", ErrBadCode, fielderr.Quote(v))
		}
		p.Notes = "OCHA P-code valid from " + v + "."
	}
	if err := p.Validate(); err != nil {
		return Place{}, "", err
	}
	return p, "", nil
}
