package place_test

import (
	"encoding/csv"
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/place"
)

// The hostile suite of the gazetteer loaders: files a careless export, a
// spreadsheet or an attacker produces, each with the exact typed error it
// must give. A gazetteer loads whole or not at all.

// utf16le encodes ASCII text as UTF-16LE.
func utf16le(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		b.WriteByte(s[i])
		b.WriteByte(0)
	}
	return b.String()
}

// hostileCase is one input and what it must give: a *place.ParseError at
// line:col with field, wrapping every error of is; or, with is nil, a
// gazetteer of n places. Errors of NewGazetteer (invalid or duplicate
// places) carry no position: pos false.
type hostileCase struct {
	name  string
	in    string
	is    []error
	pos   bool
	line  int
	col   int
	field string
	msg   string
	n     int
}

func checkHostile(t *testing.T, tc hostileCase, load func(string) (*place.Gazetteer, error)) {
	t.Helper()
	g, err := load(tc.in)
	if tc.is == nil {
		require.NoError(t, err)
		assert.Equal(t, tc.n, g.Len())
		return
	}
	assert.Nil(t, g)
	for _, is := range tc.is {
		assert.ErrorIs(t, err, is)
	}
	var pe *place.ParseError
	if tc.pos {
		require.True(t, errors.As(err, &pe), "%T: %v", err, err)
		assert.Equal(t, tc.line, pe.Line, "line: %v", err)
		assert.Equal(t, tc.col, pe.Column, "column: %v", err)
		assert.Equal(t, tc.field, pe.Field, "field: %v", err)
	} else {
		assert.False(t, errors.As(err, &pe), "not an error in the file's syntax: %v", err)
	}
	assert.Contains(t, err.Error(), tc.msg)
	assert.Less(t, len(err.Error()), 400, "the message does not echo the input: %.400s", err)
}

func TestHostileLoadJSON(t *testing.T) {
	const good = `{"id":"x","level":"area","name":"X"}`
	pt := func(p string) string { return `[{"id":"x","level":"area","name":"X","point":` + p + `}]` }
	var many strings.Builder
	many.WriteString("[")
	for i := range 10000 {
		if i > 0 {
			many.WriteString(",\n")
		}
		many.WriteString(`{"id":"x` + strconv.Itoa(i) + `","level":"area","name":"X ` + strconv.Itoa(i) + `"}`)
	}
	many.WriteString("]")
	for _, tc := range []hostileCase{
		{name: "empty file", in: "", is: []error{place.ErrMalformed}, pos: true, line: 1, col: 1, msg: "want a JSON array of places"},
		{name: "UTF-8 byte-order mark", in: "\ufeff[" + good + "]", n: 1},
		{name: "UTF-16LE with its mark", in: "\xff\xfe" + utf16le("["+good+"]"), is: []error{place.ErrMalformed}, pos: true, line: 1, col: 1, msg: "the input is UTF-16LE text"},
		{name: "UTF-16LE without a mark", in: utf16le("[" + good + "]"), is: []error{place.ErrMalformed}, pos: true, line: 1, col: 1, msg: "NUL bytes between the characters"},
		{name: "truncated", in: "[\n" + good[:12], is: []error{place.ErrMalformed}, pos: true, line: 2, col: 12},
		{name: "NUL in a name", in: "[\n" + `{"id":"x","level":"area","name":"X` + "\x00" + `"}]`, is: []error{place.ErrMalformed}, pos: true, line: 2, col: 35},
		{name: "invalid UTF-8", in: `[{"id":"x","level":"area","name":"` + "\xff" + `"}]`, is: []error{place.ErrMalformed}, pos: true, line: 1, col: 35, msg: "invalid UTF-8"},
		{name: "1e309 latitude", in: pt(`{"lat":1e309,"lon":1}`), is: []error{place.ErrMalformed, place.ErrLatitude}, pos: true, line: 1, col: 53, field: "[0].point.lat"},
		{name: "NaN", in: pt(`{"lat":NaN,"lon":1}`), is: []error{place.ErrMalformed}, pos: true, line: 1, col: 53},
		{name: "longitude out of range", in: pt(`{"lat":1,"lon":-181}`), is: []error{place.ErrMalformed, place.ErrLongitude}, pos: true, line: 1, col: 61, field: "[0].point.lon"},
		{name: "(0,0) is refused", in: pt(`{"lat":0,"lon":0}`), is: []error{place.ErrNullIsland}, msg: `cannot add "x"`},
		{name: "deep JSON", in: `[{"id":"x","level":"area","name":` + strings.Repeat("[", 20000) + strings.Repeat("]", 20000) + `}]`, is: []error{place.ErrMalformed}, pos: true, line: 1, col: 34 + 9998}, // the bracket 10,001 deep
		{name: "duplicate member", in: `[{"id":"x","level":"area","name":"X","name":"Y"}]`, is: []error{place.ErrMalformed}, pos: true, line: 1, col: 38, field: "[0].name"},
		{name: "unknown member", in: `[{"id":"x","level":"area","name":"X","nmae":"Y"}]`, is: []error{place.ErrMalformed}, pos: true, line: 1, col: 38, field: "[0].nmae"},
		{name: "duplicate ID", in: "[" + good + "," + good + "]", is: []error{place.ErrDuplicate}, msg: `ID "x"`},
		{name: "formula name is text", in: `[{"id":"x","level":"area","name":"=cmd|' /C calc'!A0"}]`, n: 1},
		{name: "10,000 places", in: many.String(), n: 10000},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkHostile(t, tc, func(s string) (*place.Gazetteer, error) { return place.LoadJSON(strings.NewReader(s)) })
		})
	}
}

func TestHostileLoadPCodes(t *testing.T) {
	const header = "Location,Admin Level,P-Code,Name,Parent P-Code,Valid from date\n"
	// Rows of the OCHA table the embedded gazetteer is made from
	// (place/data: Idleb governorate and its district).
	const idleb = "SYR,1,SY07,Idleb,SYR,2020-12-17\n"
	const district = "SYR,2,SY0700,Idleb,SY07,2020-12-17\n"
	var many strings.Builder
	many.WriteString(header)
	for i := range 10000 {
		many.WriteString("SYR,1,SY9" + strconv.Itoa(1000+i) + ",Area " + strconv.Itoa(i) + ",SYR,\n")
	}
	for _, tc := range []hostileCase{
		{name: "empty file", in: "", is: []error{place.ErrMalformed}, pos: true, line: 1, col: 1, msg: "no header"},
		{name: "header only", in: header, n: 0},
		{name: "UTF-8 byte-order mark", in: "\ufeff" + header + idleb, n: 1},
		{name: "UTF-16LE", in: "\xff\xfe" + utf16le(header+idleb), is: []error{place.ErrMalformed}, pos: true, line: 1, col: 1, msg: "the input is UTF-16LE text"},
		{name: "truncated last line", in: header + idleb + "SYR,2,SY07", is: []error{place.ErrMalformed, csv.ErrFieldCount}, pos: true, line: 3, col: 1},
		{name: "quote open at the end", in: header + idleb + `SYR,2,SY0700,"Idleb`, is: []error{place.ErrMalformed, csv.ErrQuote}, pos: true, line: 3, col: 20},
		{name: "wrong delimiter", in: strings.ReplaceAll(header+idleb, ",", ";"), is: []error{place.ErrMalformed}, pos: true, line: 1, col: 1, field: "Location", msg: `no "Location" column`},
		{name: "missing required column", in: "Location,Admin Level,P-Code,Name\nSYR,1,SY07,Idleb\n", is: []error{place.ErrMalformed}, pos: true, line: 1, col: 1, field: "Parent P-Code"},
		{name: "invalid UTF-8 name", in: header + "SYR,1,SY07,Idl\xe9b,SYR,\n", is: []error{place.ErrMalformed, place.ErrBadName}, pos: true, line: 2, col: 12, field: "Name", msg: "not valid UTF-8"},
		{name: "31 February", in: header + "SYR,1,SY07,Idleb,SYR,2020-02-31\n", is: []error{place.ErrMalformed, place.ErrBadCode}, pos: true, line: 2, col: 22, field: "Valid from date"},
		{name: "year 20190", in: header + "SYR,1,SY07,Idleb,SYR,20190-12-17\n", is: []error{place.ErrMalformed, place.ErrBadCode}, pos: true, line: 2, col: 22, field: "Valid from date"},
		{name: "-5 as a level", in: header + "SYR,-5,SY07,Idleb,SYR,\n", is: []error{place.ErrMalformed, place.ErrBadLevel}, pos: true, line: 2, col: 5, field: "Admin Level"},
		{name: "misplaced HXL row", in: header + idleb + "#country+code,#adm+level,#adm+code,#adm+name,#adm+code+parent,#date\n", is: []error{place.ErrMalformed, place.ErrBadCountry}, pos: true, line: 3, col: 1, field: "Location"},
		{name: "formula name is text", in: header + "SYR,1,SY07,\"=HYPERLINK(\"\"x\"\")\",SYR,\n", n: 1},
		{name: "a P-code twice", in: header + idleb + idleb, is: []error{place.ErrDuplicate}},
		{name: "two levels", in: header + idleb + district, n: 2},
		{name: "10,000 rows", in: many.String(), n: 10000},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkHostile(t, tc, func(s string) (*place.Gazetteer, error) { return place.LoadPCodes(strings.NewReader(s)) })
		})
	}
}
