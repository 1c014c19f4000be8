package ucdp_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/casualty"
	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/event/ucdp"
	"github.com/conflictkit/conflict/place"
)

// TestCells checks cells as R, pandas, Stata and spreadsheets spell them,
// one quirk at a time on record 209980: the value read, and the cell kept
// for the write-back (which TestCellsWriteBack checks).
func TestCells(t *testing.T) {
	tests := []struct {
		name     string
		missing  []string // Reader.Missing
		mods     map[string]string
		check    func(t *testing.T, e event.Event, x ucdp.Extra)
		verbatim map[string]string
	}{
		{"R NA in a text column", nil, map[string]string{"adm_2": "NA"}, func(t *testing.T, e event.Event, x ucdp.Extra) {
			assert.Equal(t, []place.Unit{{Level: place.LevelArea, Name: "Asia"}, {Level: place.LevelCountry, Name: "Myanmar (Burma)"},
				{Level: place.LevelAdmin1, Name: "Shan State"}}, e.Where.Place.Path)
		}, map[string]string{"adm_2": "NA"}},
		{"R NA as a side", nil, map[string]string{"side_b": "NA"}, func(t *testing.T, e event.Event, x ucdp.Extra) {
			require.Len(t, e.Participants, 1)
			assert.Equal(t, "Government of Myanmar (Burma)", e.Participants[0].Actor.Name)
		}, map[string]string{"side_b": "NA", "deaths_b": "1"}}, // no side B to tie deaths_b to: kept as read
		{"R NA in gwnob and a dset id", nil, map[string]string{"gwnob": "NA", "side_b_new_id": "NA"}, func(t *testing.T, e event.Event, x ucdp.Extra) {
			assert.Equal(t, "", x.GWNoB)
			assert.Equal(t, "", x.SideBNewID)
		}, map[string]string{"gwnob": "NA", "side_b_new_id": "NA"}},
		{"R NA in the coordinates", nil, map[string]string{"latitude": "NA", "longitude": "NA", "geom_wkt": "NA"}, func(t *testing.T, e event.Event, x ucdp.Extra) {
			assert.Nil(t, e.Where.Point)
		}, map[string]string{"latitude": "NA", "longitude": "NA", "geom_wkt": "NA"}},
		{"NA read as text when Missing is empty", []string{}, map[string]string{"adm_2": "NA"}, func(t *testing.T, e event.Event, x ucdp.Extra) {
			assert.Equal(t, "NA", e.Where.Place.Path[3].Name)
		}, nil},
		{"a Missing set of one's own", []string{"-"}, map[string]string{"adm_2": "-", "gwnoa": "NA"}, func(t *testing.T, e event.Event, x ucdp.Extra) {
			assert.Len(t, e.Where.Place.Path, 3)
			assert.Equal(t, "NA", x.GWNoA)
		}, map[string]string{"adm_2": "-"}},
		{"pandas nan in a number column", nil, map[string]string{"deaths_a": "nan"}, func(t *testing.T, e event.Event, x ucdp.Extra) {
			assert.Len(t, e.Casualties, 4, "no deaths_a figure")
		}, map[string]string{"deaths_a": "nan"}},
		{"Stata's . in a number column", nil, map[string]string{"deaths_a": ".", "gwnoa": ".a"}, func(t *testing.T, e event.Event, x ucdp.Extra) {
			assert.Len(t, e.Casualties, 4)
			assert.Equal(t, "", x.GWNoA)
		}, map[string]string{"deaths_a": ".", "gwnoa": ".a"}},
		{"Stata's . is text in a text column", nil, map[string]string{"source_original": "."}, func(t *testing.T, e event.Event, x ucdp.Extra) {
			assert.Equal(t, ".", x.SourceOriginal)
		}, nil},
		{"pandas float integers", nil, map[string]string{"deaths_b": "1.0", "best": "1.0", "low": "1.0", "high": "30.0", "where_prec": "2.0", "gwnoa": "775.0", "priogrid_gid": "163998.0", "id": "209980.0"},
			func(t *testing.T, e event.Event, x ucdp.Extra) {
				assert.Equal(t, casualty.Estimate(1, 1, 30), e.Casualties[4].Count)
				assert.Equal(t, casualty.Exactly(1), e.Casualties[1].Count)
				assert.Equal(t, place.PrecisionNear, e.Where.Precision)
				assert.Equal(t, "775", x.GWNoA)
				assert.Equal(t, "163998", x.PrioGridGID)
				assert.Equal(t, event.FromKey(event.Battles, event.Key{Scheme: "ucdp", Value: "209980"}).ID, e.ID, "the same event as id 209980")
			}, map[string]string{"deaths_b": "1.0", "best": "1.0", "low": "1.0", "high": "30.0", "where_prec": "2.0", "gwnoa": "775.0", "priogrid_gid": "163998.0", "id": "209980.0"}},
		{"R exponent forms", nil, map[string]string{"high": "1e+05", "low": "1E0", "best": "1.0e0"}, func(t *testing.T, e event.Event, x ucdp.Extra) {
			assert.Equal(t, casualty.Estimate(1, 1, 100000), e.Casualties[4].Count)
		}, map[string]string{"high": "1e+05", "low": "1E0", "best": "1.0e0"}},
		{"coordinates in exponent form", nil, map[string]string{"latitude": "2.3690225e1"}, func(t *testing.T, e event.Event, x ucdp.Extra) {
			assert.Equal(t, 23.690225, e.Where.Point.Lat)
		}, map[string]string{"latitude": "2.3690225e1"}},
		{"spaces around numbers", nil, map[string]string{"longitude": "\u00a098.765042", "best": " 1 ", "type_of_violence": "1\u202f", "date_start": " 2015-05-11"},
			func(t *testing.T, e event.Event, x ucdp.Extra) {
				assert.Equal(t, 98.765042, e.Where.Point.Lon)
				assert.Equal(t, day(2015, 5, 11), e.When.Start)
			}, map[string]string{"longitude": "\u00a098.765042", "best": " 1 ", "type_of_violence": "1\u202f", "date_start": " 2015-05-11"}},
		{"spaces are text in a text column", nil, map[string]string{"side_a": " MNDAA "}, func(t *testing.T, e event.Event, x ucdp.Extra) {
			assert.Equal(t, " MNDAA ", e.Participants[0].Actor.Name)
		}, nil},
		{"active_year TRUE", nil, map[string]string{"active_year": "TRUE"}, func(t *testing.T, e event.Event, x ucdp.Extra) {
			assert.Equal(t, ptr(true), x.ActiveYear)
			assert.True(t, x.ActiveYearWords)
		}, map[string]string{"active_year": "TRUE"}},
		{"active_year False", nil, map[string]string{"active_year": "False"}, func(t *testing.T, e event.Event, x ucdp.Extra) {
			assert.Equal(t, ptr(false), x.ActiveYear)
		}, map[string]string{"active_year": "False"}},
		{"active_year 1.0", nil, map[string]string{"active_year": "1.0"}, func(t *testing.T, e event.Event, x ucdp.Extra) {
			assert.Equal(t, ptr(true), x.ActiveYear)
			assert.False(t, x.ActiveYearWords)
		}, map[string]string{"active_year": "1.0"}},
		{"number_of_sources -1.0", nil, map[string]string{"number_of_sources": "-1.0"}, func(t *testing.T, e event.Event, x ucdp.Extra) {
			assert.Equal(t, ptr(-1), x.NumberOfSources)
		}, map[string]string{"number_of_sources": "-1.0"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := csv19(tc.mods)
			r := ucdp.NewReader(strings.NewReader(in))
			r.Missing = tc.missing
			e, err := r.Read()
			require.NoError(t, err)
			assert.Empty(t, r.Warnings())
			x := extra(t, e)
			tc.check(t, e, x)
			assert.Equal(t, tc.verbatim, x.Verbatim)
			assert.Equal(t, records(t, []byte(in)), records(t, write(t, r, []event.Event{e})), "written back as read")
			assert.Empty(t, (event.Validator{}).Event(&e).Errors())
		})
	}
}

// TestCellsRefused checks the spellings that stay errors.
func TestCellsRefused(t *testing.T) {
	tests := []struct {
		name string
		mods map[string]string
		want error
		msg  string
	}{
		{"fractional deaths", map[string]string{"deaths_a": "1.5"}, ucdp.ErrBadNumber, `ucdp: deaths_a "1.5": ucdp: malformed number`},
		{"negative float deaths", map[string]string{"deaths_a": "-1.0"}, casualty.ErrNegative, `ucdp: deaths_a "-1.0": negative count`},
		{"huge exponent", map[string]string{"best": "1e309"}, casualty.ErrOverflow, `ucdp: best "1e309": count out of range`},
		{"Inf", map[string]string{"best": "Inf"}, ucdp.ErrBadNumber, `ucdp: best "Inf": ucdp: malformed number`},
		{"hexadecimal", map[string]string{"latitude": "0x1p-2"}, ucdp.ErrBadNumber, `ucdp: latitude "0x1p-2": ucdp: malformed number`},
		{"a code as a fraction", map[string]string{"type_of_violence": "1.5"}, ucdp.ErrBadCode, `ucdp: type_of_violence "1.5": want 1, 2 or 3: ucdp: unknown code`},
		{"active_year yes", map[string]string{"active_year": "yes"}, ucdp.ErrBadCode, `ucdp: active_year "yes": want 1, 0, true or false: ucdp: unknown code`},
		{"active_year 2.0", map[string]string{"active_year": "2.0"}, ucdp.ErrBadCode, `ucdp: active_year "2.0": want 1, 0, true or false: ucdp: unknown code`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ucdp.NewReader(strings.NewReader(csv19(tc.mods))).Read()
			require.ErrorIs(t, err, tc.want)
			var pe *event.ParseError
			require.ErrorAs(t, err, &pe)
			assert.Equal(t, tc.msg, pe.Err.Error())
		})
	}
}

// TestCellWarnings checks the suspicious values read with a warning.
func TestCellWarnings(t *testing.T) {
	tests := []struct {
		name string
		mods map[string]string
		want event.Problems
	}{
		{"(0, 0)", map[string]string{"latitude": "0", "longitude": "0", "geom_wkt": "POINT (0 0)"}, event.Problems{{Path: "latitude", Code: event.ErrNullIsland,
			Severity: event.Warning, Message: "point (0, 0), which almost always stands for a missing value (kept as read)"}}},
		{"(0, 0) in geom_wkt alone", map[string]string{"latitude": "", "longitude": "", "geom_wkt": "POINT (0 0)"}, event.Problems{{Path: "geom_wkt", Code: event.ErrNullIsland,
			Severity: event.Warning, Message: "point (0, 0), which almost always stands for a missing value (kept as read)"}}},
		{"year of another date", map[string]string{"year": "2014"}, event.Problems{{Path: "year", Code: ucdp.ErrYear,
			Severity: event.Warning, Message: `year "2014", but date_start 2015-05-11 is in 2015`}}},
		{"year not a number", map[string]string{"year": "MMXV"}, event.Problems{{Path: "year", Code: ucdp.ErrYear,
			Severity: event.Warning, Message: `year "MMXV", but date_start 2015-05-11 is in 2015`}}},
		{"year as a float", map[string]string{"year": "2015.0"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := csv19(tc.mods)
			e, _, w := readOne(t, in)
			assert.Equal(t, tc.want, w)
			r := ucdp.NewReader(strings.NewReader(in))
			_, err := r.Read()
			require.NoError(t, err)
			assert.Equal(t, records(t, []byte(in)), records(t, write(t, r, []event.Event{e})), "written back as read")
		})
	}
}
