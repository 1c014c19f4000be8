package place_test

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/place"
)

func TestLoadPCodes(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "pcodes_idleb_hatay.csv"))
	require.NoError(t, err)
	defer f.Close()
	g, err := place.LoadPCodes(f)
	require.NoError(t, err)
	assert.Equal(t, []place.ID{"sy07", "sy0700", "sy0702", "sy0703", "sy0704", "sy0705", "hatay", "tur031009"}, ids(slices.Collect(g.All())))
	p, ok := g.Get("sy0702")
	require.True(t, ok)
	assert.Equal(t, place.Place{
		ID: "sy0702", Level: place.LevelAdmin2, Name: "Al Ma'ra", Parent: "sy07",
		Country: place.MustCountry("SY"),
		Codes:   []place.Code{{Scheme: place.SchemePCode, Value: "SY0702"}},
		Notes:   "OCHA P-code valid from 2020-12-17.",
	}, p)
	p, _ = g.Get("sy07")
	assert.Equal(t, place.ID("syria"), p.Parent, "first levels link to the embedded country")
	p, _ = g.Get("hatay")
	assert.Equal(t, place.ID("turkey"), p.Parent)
	p, _ = g.Get("tur031009")
	assert.Equal(t, place.ID("hatay"), p.Parent, "the embedded ID of the parent's P-code")
	assert.ErrorIs(t, g.Validate(), place.ErrNotFound, "the countries are not in the table")

	merged, err := place.Default().Merge(g)
	require.NoError(t, err)
	assert.Equal(t, place.Default().Len(), merged.Len(), "replaced, not duplicated")
	assert.NoError(t, merged.Validate())
	p, _ = merged.Get("sy07")
	assert.Equal(t, "OCHA P-code valid from 2020-12-17.", p.Notes)
	assert.Empty(t, p.Names, "the table's place replaces the embedded one")
}

// TestUpdateWithPCodes updates the embedded gazetteer with a P-code table
// that renames a governorate: Update keeps what the table does not say,
// Merge does not.
func TestUpdateWithPCodes(t *testing.T) {
	const table = "Location,Admin Level,P-Code,Name,Parent P-Code,Valid from date\n" +
		"SYR,1,SY07,Idlib,SYR,2030-01-01\n" +
		"SYR,2,SY0799,New District,SY07,2030-01-01\n"
	newer, err := place.LoadPCodes(strings.NewReader(table))
	require.NoError(t, err)
	def := place.Default()
	old, _ := def.Get("sy07")
	tests := []struct {
		name    string
		combine func(*place.Gazetteer) (*place.Gazetteer, error)
		keeps   bool
	}{
		{name: "Update keeps the embedded names, codes and links", combine: def.Update, keeps: true},
		{name: "Merge replaces the record", combine: def.Merge, keeps: false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g, err := tc.combine(newer)
			require.NoError(t, err)
			assert.Equal(t, def.Len()+1, g.Len(), "one new district")
			require.NoError(t, g.Validate())
			p, ok := g.Get("sy07")
			require.True(t, ok)
			assert.Equal(t, "Idlib", p.Name, "the table's name wins")
			assert.Equal(t, place.Code{Scheme: place.SchemePCode, Value: "SY07"}, p.Codes[0])
			iso, hasISO := p.Code(place.SchemeISOSubdivision)
			m, err := g.Resolve("إدلب", place.ResolveOptions{Level: place.LevelAdmin1})
			if !tc.keeps {
				assert.Equal(t, "OCHA P-code valid from 2030-01-01.", p.Notes)
				assert.False(t, hasISO)
				assert.Empty(t, p.Names)
				assert.ErrorIs(t, err, place.ErrNotFound)
				return
			}
			assert.Equal(t, old.Notes+" OCHA P-code valid from 2030-01-01.", p.Notes, "the notes of both")
			assert.True(t, hasISO)
			assert.Equal(t, "SY-ID", iso)
			require.NoError(t, err)
			assert.Equal(t, place.ID("sy07"), m.Place.ID)
			assert.Contains(t, p.Names, place.Name{Text: "Idleb"}, "the old display name is kept as a name")
			for _, n := range old.Names {
				if n.Text != p.Name {
					assert.Contains(t, p.Names, n, "the embedded names are kept")
				}
			}
			assert.True(t, g.Contains("sy07", "saraqib"))
			d, _ := g.Get("sy0799")
			assert.Equal(t, place.ID("sy07"), d.Parent)
		})
	}
	_, err = def.Update(nil)
	assert.NoError(t, err)
	bad, err := place.NewGazetteer(place.Place{ID: "sy07", Level: place.LevelAdmin1, Name: "Idlib", Parent: "idlib-city", Country: place.MustCountry("SY")})
	require.NoError(t, err)
	_, err = def.Update(bad)
	assert.ErrorIs(t, err, place.ErrCycle, "an update that breaks the hierarchy fails")
}

// TestLoadPCodesSharedFile loads the whole OCHA table the embedded data
// was built from: the same units, names and parents.
func TestLoadPCodesSharedFile(t *testing.T) {
	f, err := os.Open(filepath.Join(generatorInputs, "data", "syr_tur31_pcodes_adm1_adm2.csv"))
	require.NoError(t, err)
	defer f.Close()
	g, err := place.LoadPCodes(f)
	require.NoError(t, err)
	assert.Equal(t, 14+62+1+15, g.Len())
	for p := range g.All() {
		d, ok := place.Default().Get(p.ID)
		require.True(t, ok, p.ID)
		assert.Equal(t, d.Name, p.Name, p.ID)
		assert.Equal(t, d.Parent, p.Parent, p.ID)
		assert.Equal(t, d.Level, p.Level, p.ID)
		assert.Equal(t, d.Codes[0], p.Codes[0], p.ID)
	}
}

func TestLoadPCodesErrors(t *testing.T) {
	const header = "Location,Admin Level,P-Code,Name,Parent P-Code,Valid from date\n"
	tests := []struct {
		name  string
		in    string
		wants []error
		msg   string
	}{
		{name: "empty", in: "", wants: []error{place.ErrMalformed}, msg: "place: line 1, column 1: malformed gazetteer file: no header"},
		{name: "missing column", in: "Location,Admin Level,P-Code,Name\n", wants: []error{place.ErrMalformed}, msg: `place: line 1, column 1, field "Parent P-Code": malformed gazetteer file: no "Parent P-Code" column`},
		{name: "not alpha-3", in: header + "SY,1,SY07,Idleb,SY,2020-12-17\n", wants: []error{place.ErrMalformed, place.ErrBadCountry}},
		{name: "not a country", in: header + "XYZ,1,SY07,Idleb,XYZ,2020-12-17\n", wants: []error{place.ErrMalformed, place.ErrBadCountry}},
		{name: "level 0", in: header + "SYR,0,SY,Syria,SYR,2020-12-17\n", wants: []error{place.ErrMalformed, place.ErrBadLevel},
			msg: `place: line 2, column 5, field "Admin Level": malformed gazetteer file: invalid place level: Admin Level "0" is not 1 to 4`},
		{name: "level word", in: header + "SYR,one,SY07,Idleb,SYR,2020-12-17\n", wants: []error{place.ErrMalformed, place.ErrBadLevel}},
		{name: "bad P-code", in: header + "SYR,1,sy07,Idleb,SYR,2020-12-17\n", wants: []error{place.ErrMalformed, place.ErrBadCode}},
		{name: "bad parent", in: header + "SYR,2,SY0700,Idleb,sy07,2020-12-17\n", wants: []error{place.ErrMalformed, place.ErrBadCode}},
		{name: "empty parent", in: header + "SYR,2,SY0700,Idleb,,2020-12-17\n", wants: []error{place.ErrMalformed, place.ErrBadCode}},
		{name: "empty name", in: header + "SYR,1,SY07,,SYR,2020-12-17\n", wants: []error{place.ErrMalformed, place.ErrBadName}},
		{name: "impossible date", in: header + "SYR,1,SY07,Idleb,SYR,2020-02-30\n", wants: []error{place.ErrMalformed, place.ErrBadCode}},
		{name: "ragged row", in: header + "SYR,1,SY07\n", wants: []error{place.ErrMalformed}},
		{name: "code twice", in: header + "SYR,1,SY07,Idleb,SYR,\nSYR,1,SY07,Idlib,SYR,\n", wants: []error{place.ErrDuplicate}},
		{name: "line of the error", in: header + "SYR,1,SY07,Idleb,SYR,\nSYR,2,SY0700,Idleb,SY07,2020-13-01\n", wants: []error{place.ErrMalformed},
			msg: `place: line 3, column 25, field "Valid from date": malformed gazetteer file: invalid place code: Valid from date "2020-13-01" is not a date (YYYY-MM-DD)`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g, err := place.LoadPCodes(strings.NewReader(tc.in))
			assert.Nil(t, g)
			for _, want := range tc.wants {
				assert.ErrorIs(t, err, want)
			}
			if tc.msg != "" {
				assert.EqualError(t, err, tc.msg)
			}
		})
	}
}

func TestLoadPCodesColumnsByName(t *testing.T) {
	in := "Name,Extra,Parent P-Code,P-Code,Admin Level,Location\nIdleb,x,SYR,SY07,1,SYR\n"
	g, err := place.LoadPCodes(strings.NewReader(in))
	require.NoError(t, err)
	p, ok := g.Get("sy07")
	require.True(t, ok)
	assert.Equal(t, "Idleb", p.Name)
	assert.Empty(t, p.Notes, "no validity date column")
}

func TestLoadJSON(t *testing.T) {
	const place1 = `{"id":"x","level":"area","name":"X"}`
	tests := []struct {
		name string
		in   string
		want []place.ID
	}{
		{name: "array", in: "[" + place1 + "]", want: []place.ID{"x"}},
		{name: "object", in: ` {"places": [` + place1 + `]}`, want: []place.ID{"x"}},
		{name: "empty array", in: "[]", want: []place.ID{}},
		{name: "empty object", in: "{}", want: []place.ID{}},
		{name: "null places", in: `{"places": null}`, want: []place.ID{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g, err := place.LoadJSON(strings.NewReader(tc.in))
			require.NoError(t, err)
			assert.Equal(t, tc.want, ids(slices.Collect(g.All())))
		})
	}
}

func TestLoadJSONErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want error
		msg  string
	}{
		{name: "empty", in: "", want: place.ErrMalformed},
		{name: "a string", in: `"places"`, want: place.ErrMalformed},
		{name: "not JSON", in: `[{"id":`, want: place.ErrMalformed},
		{name: "unknown member of the document", in: `{"places":[],"schema":"x"}`, want: place.ErrMalformed,
			msg: `place: line 1, column 14, field "schema": malformed gazetteer file: unknown field "schema"`},
		{name: "unknown member of a place", in: `[{"id":"x","level":"area","name":"X","nmae":"Y"}]`, want: place.ErrMalformed,
			msg: `place: line 1, column 38, field "[0].nmae": malformed gazetteer file: unknown field "nmae"`},
		{name: "bad value", in: `{"places":[{"id":"x","level":"district","name":"X"}]}`, want: place.ErrBadLevel},
		{name: "invalid place", in: `[{"id":"x","name":"X"}]`, want: place.ErrBadLevel},
		{name: "duplicate", in: `[{"id":"x","level":"area","name":"X"},{"id":"x","level":"area","name":"Y"}]`, want: place.ErrDuplicate},
		{name: "invalid UTF-8", in: "[{\"id\":\"x\",\"level\":\"area\",\"name\":\"\xff\"}]", want: place.ErrMalformed},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g, err := place.LoadJSON(strings.NewReader(tc.in))
			assert.Nil(t, g)
			assert.ErrorIs(t, err, tc.want)
			if tc.msg != "" {
				assert.EqualError(t, err, tc.msg)
			}
		})
	}
	_, err := place.LoadJSON(iotest.ErrReader(errors.New("disk on fire")))
	assert.ErrorContains(t, err, "disk on fire")
}
