package place

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/conflictkit/conflict/internal/isodate"
	"github.com/conflictkit/conflict/internal/strictjson"
)

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
// Errors wrap ErrMalformed with the JSON path of the bad value
// ("[3].point.lat", "places[0].level") for decoding problems, and are
// NewGazetteer's for invalid places.
func LoadJSON(r io.Reader) (*Gazetteer, error) {
	data, err := io.ReadAll(r)
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
	var places []Place
	var err error
	switch t := bytes.TrimLeft(data, " \t\r\n"); {
	case len(t) > 0 && t[0] == '{':
		var doc struct {
			Places []Place `json:"places"`
		}
		err = strictjson.Decode(data, &doc)
		places = doc.Places
	case len(t) > 0 && t[0] == '[':
		err = strictjson.Decode(data, &places)
	default:
		return nil, fmt.Errorf("place: %w: want a JSON array of places or an object with \"places\"", ErrMalformed)
	}
	if err != nil {
		return nil, fmt.Errorf("place: %w: %w", ErrMalformed, err)
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
// Errors wrap ErrMalformed, name the line, and wrap the cause
// (ErrBadCountry, ErrBadLevel, ErrBadCode, ErrBadName, ErrDuplicate).
func LoadPCodes(r io.Reader) (*Gazetteer, error) {
	cr := csv.NewReader(r)
	header, err := cr.Read()
	if err != nil {
		if err == io.EOF {
			return nil, fmt.Errorf("place: P-code table: %w: no header", ErrMalformed)
		}
		return nil, fmt.Errorf("place: P-code table: %w: %w", ErrMalformed, err)
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
			return nil, fmt.Errorf("place: P-code table: %w: no %q column", ErrMalformed, c)
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
			return nil, fmt.Errorf("place: P-code table: %w: %w", ErrMalformed, err)
		}
		line, _ := cr.FieldPos(0)
		p, err := pcodeRow(rec, cols, def, ids)
		if err != nil {
			return nil, fmt.Errorf("place: P-code table line %d: %w: %w", line, ErrMalformed, err)
		}
		places = append(places, p)
	}
	return NewGazetteer(places...)
}

// pcodeRow makes the place of one row of a P-code table.
func pcodeRow(rec []string, cols map[string]int, def *Gazetteer, ids func(string) ID) (Place, error) {
	get := func(c string) string {
		if i, ok := cols[c]; ok && i < len(rec) {
			return rec[i]
		}
		return ""
	}
	loc, pcode, parent := get(colLocation), get(colPCode), get(colParent)
	c, err := ParseCountry(loc)
	if err != nil || len(loc) != 3 {
		return Place{}, fmt.Errorf("%w: Location %q is not an ISO 3166-1 alpha-3 code", ErrBadCountry, loc)
	}
	n, err := strconv.Atoi(get(colLevel))
	if err != nil || n < 1 || n > 4 {
		return Place{}, fmt.Errorf("%w: Admin Level %q is not 1 to 4", ErrBadLevel, get(colLevel))
	}
	code, err := NewCode(SchemePCode, pcode)
	if err != nil {
		return Place{}, fmt.Errorf("P-Code: %w", err)
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
		return Place{}, fmt.Errorf("%w: Parent P-Code is empty", ErrBadCode)
	case strings.EqualFold(parent, loc):
		cp, ok := def.ByCode(SchemeISOCountry, c.Alpha2())
		if !ok {
			return Place{}, fmt.Errorf("%w: country %s is not in the embedded gazetteer", ErrBadCountry, c.Alpha2())
		}
		p.Parent = cp.ID
	default:
		if _, err := NewCode(SchemePCode, parent); err != nil {
			return Place{}, fmt.Errorf("column %q: %w", "Parent P-Code", err)
		}
		p.Parent = ids(parent)
	}
	if v := get(colValid); v != "" {
		if _, err := isodate.ParseDay(v); err != nil {
			return Place{}, fmt.Errorf("%w: Valid from date %q is not a date (YYYY-MM-DD)", ErrBadCode, v)
		}
		p.Notes = "OCHA P-code valid from " + v + "."
	}
	if err := p.Validate(); err != nil {
		return Place{}, err
	}
	return p, nil
}
