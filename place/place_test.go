package place_test

import (
	"encoding/json"
	"errors"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/conflictkit/conflict/place"
)

func TestPlaceCode(t *testing.T) {
	p := idlebGovernorate()
	v, ok := p.Code(place.SchemePCode)
	assert.True(t, ok)
	assert.Equal(t, "SY07", v)
	v, ok = p.Code(place.SchemeISOSubdivision)
	assert.True(t, ok)
	assert.Equal(t, "SY-ID", v)
	v, ok = p.Code(place.SchemeWikidata)
	assert.False(t, ok)
	assert.Equal(t, "", v)
}

func TestPlaceValidateWorkedHierarchy(t *testing.T) {
	for _, p := range workedHierarchy() {
		t.Run(string(p.ID), func(t *testing.T) {
			assert.NoError(t, p.Validate())
		})
	}
}

func TestPlaceValidate(t *testing.T) {
	nullIsland := place.Point{}
	badPoint := place.Point{Lat: math.NaN(), Lon: 36}
	tests := []struct {
		name     string
		edit     func(p *place.Place)
		wantErrs []error
	}{
		{name: "missing ID", edit: func(p *place.Place) { p.ID = "" }, wantErrs: []error{place.ErrBadID}},
		{name: "malformed ID", edit: func(p *place.Place) { p.ID = "Idlib City" }, wantErrs: []error{place.ErrBadID}},
		{name: "unspecified level", edit: func(p *place.Place) { p.Level = place.LevelUnspecified }, wantErrs: []error{place.ErrBadLevel}},
		{name: "invalid level", edit: func(p *place.Place) { p.Level = 42 }, wantErrs: []error{place.ErrBadLevel}},
		{name: "missing name", edit: func(p *place.Place) { p.Name = "" }, wantErrs: []error{place.ErrBadName}},
		{name: "blank name", edit: func(p *place.Place) { p.Name = " \t" }, wantErrs: []error{place.ErrBadName}},
		{name: "invalid UTF-8 name", edit: func(p *place.Place) { p.Name = "Idl\xffib" }, wantErrs: []error{place.ErrBadName}},
		{name: "blank other name", edit: func(p *place.Place) { p.Names = []place.Name{{Text: "", Lang: language.Arabic}} }, wantErrs: []error{place.ErrBadName}},
		{name: "malformed parent", edit: func(p *place.Place) { p.Parent = "SY070000" }, wantErrs: []error{place.ErrBadID}},
		{name: "own parent", edit: func(p *place.Place) { p.Parent = p.ID }, wantErrs: []error{place.ErrCycle}},
		{name: "bad code", edit: func(p *place.Place) { p.Codes = []place.Code{{Scheme: place.SchemeGeoNames, Value: "SY.12"}} }, wantErrs: []error{place.ErrBadCode}},
		{name: "bad scheme", edit: func(p *place.Place) { p.Codes = []place.Code{{Scheme: "GeoNames", Value: "169389"}} }, wantErrs: []error{place.ErrBadScheme}},
		{name: "two codes in one scheme", edit: func(p *place.Place) {
			p.Codes = append(p.Codes, place.Code{Scheme: place.SchemeGeoNames, Value: "169388"})
		}, wantErrs: []error{place.ErrDuplicate}},
		{name: "ISO subdivision of another country", edit: func(p *place.Place) {
			p.Codes = append(p.Codes, place.Code{Scheme: place.SchemeISOSubdivision, Value: "TR-31"})
		}, wantErrs: []error{place.ErrBadCountry}},
		{name: "ISO country code disagrees", edit: func(p *place.Place) {
			p.Codes = append(p.Codes, place.Code{Scheme: place.SchemeISOCountry, Value: "TR"})
		}, wantErrs: []error{place.ErrBadCountry}},
		{name: "null island", edit: func(p *place.Place) { p.Point = &nullIsland }, wantErrs: []error{place.ErrNullIsland}},
		{name: "bad point", edit: func(p *place.Place) { p.Point = &badPoint }, wantErrs: []error{place.ErrLatitude}},
		{name: "malformed within", edit: func(p *place.Place) { p.Within = []place.ID{"Zone"} }, wantErrs: []error{place.ErrBadID}},
		{name: "within itself", edit: func(p *place.Place) { p.Within = []place.ID{p.ID} }, wantErrs: []error{place.ErrCycle}},
		{name: "within twice", edit: func(p *place.Place) { p.Within = append(p.Within, p.Within[0]) }, wantErrs: []error{place.ErrDuplicate}},
		{name: "several problems at once", edit: func(p *place.Place) {
			p.ID = ""
			p.Level = place.LevelUnspecified
			p.Name = ""
			p.Point = &nullIsland
		}, wantErrs: []error{place.ErrBadID, place.ErrBadLevel, place.ErrBadName, place.ErrNullIsland}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := idlibCity()
			tc.edit(&p)
			err := p.Validate()
			require.Error(t, err)
			for _, want := range tc.wantErrs {
				assert.ErrorIs(t, err, want)
			}
			if len(tc.wantErrs) > 1 {
				joined, ok := err.(interface{ Unwrap() []error })
				require.True(t, ok, "several problems are joined")
				assert.Len(t, joined.Unwrap(), len(tc.wantErrs))
			}
		})
	}
}

func TestPlaceValidateCountryLevelNeedsCountry(t *testing.T) {
	p := syria()
	p.Country = place.Country{}
	p.Codes = nil
	assert.ErrorIs(t, p.Validate(), place.ErrBadCountry)
}

func TestPlaceValidateMessage(t *testing.T) {
	p := idlibCity()
	p.Parent = "SY070000"
	p.Names = []place.Name{{Text: ""}}
	p.Codes = append(p.Codes, place.Code{Scheme: place.SchemeISOSubdivision, Value: "TR-31"})
	err := p.Validate()
	require.Error(t, err)
	assert.Equal(t, `place: names[0].text: invalid place name: missing`+"\n"+
		`place: parent "SY070000": invalid place ID`+"\n"+
		`place: codes[1].value "TR-31": invalid country: disagrees with country "SY"`, err.Error())
}

// problem is one expected FieldError: its path, its value and the sentinel
// it wraps.
type problem struct {
	path  string
	value string
	err   error
}

// assertProblems checks that err is an errors.Join of exactly the expected
// FieldErrors, in order, each wrapping its sentinel.
func assertProblems(t *testing.T, want []problem, err error) {
	t.Helper()
	if len(want) == 0 {
		assert.NoError(t, err)
		return
	}
	require.Error(t, err)
	joined, ok := err.(interface{ Unwrap() []error })
	require.True(t, ok, "Validate must return an errors.Join value, got %T", err)
	errs := joined.Unwrap()
	require.Len(t, errs, len(want), "problems: %v", err)
	for i, w := range want {
		var fe *place.FieldError
		require.True(t, errors.As(errs[i], &fe), "problem %d is %T", i, errs[i])
		assert.Equal(t, w.path, fe.Path, "problem %d", i)
		assert.Equal(t, w.value, fe.Value, "problem %d", i)
		assert.ErrorIs(t, fe, w.err, "problem %d: %v", i, fe)
		assert.ErrorIs(t, err, w.err)
	}
}

// TestPlaceValidatePaths pins the Path, Value and sentinel of every problem
// Place.Validate can report, and their order (field order of the struct,
// then element order).
func TestPlaceValidatePaths(t *testing.T) {
	tests := []struct {
		name string
		base func() place.Place // idlibCity when nil
		edit func(p *place.Place)
		want []problem
	}{
		{name: "valid", edit: func(*place.Place) {}},
		{name: "id missing", edit: func(p *place.Place) { p.ID = "" },
			want: []problem{{"id", "", place.ErrBadID}}},
		{name: "id malformed", edit: func(p *place.Place) { p.ID = "Idlib City" },
			want: []problem{{"id", "Idlib City", place.ErrBadID}}},
		{name: "level unspecified", edit: func(p *place.Place) { p.Level = place.LevelUnspecified },
			want: []problem{{"level", "", place.ErrBadLevel}}},
		{name: "level invalid", edit: func(p *place.Place) { p.Level = 42 },
			want: []problem{{"level", "Level(42)", place.ErrBadLevel}}},
		{name: "name missing", edit: func(p *place.Place) { p.Name = "" },
			want: []problem{{"name", "", place.ErrBadName}}},
		{name: "name blank", edit: func(p *place.Place) { p.Name = " \t" },
			want: []problem{{"name", " \t", place.ErrBadName}}},
		{name: "name not UTF-8", edit: func(p *place.Place) { p.Name = "Idl\xffib" },
			want: []problem{{"name", "Idl\xffib", place.ErrBadName}}},
		{name: "names text blank", edit: func(p *place.Place) {
			p.Names = []place.Name{{Text: "Idlib", Lang: language.English}, {Text: " ", Lang: language.Arabic}}
		}, want: []problem{{"names[1].text", " ", place.ErrBadName}}},
		{name: "parent malformed", edit: func(p *place.Place) { p.Parent = "SY070000" },
			want: []problem{{"parent", "SY070000", place.ErrBadID}}},
		{name: "parent is the place", edit: func(p *place.Place) { p.Parent = p.ID },
			want: []problem{{"parent", "idlib-city", place.ErrCycle}}},
		{name: "country missing at country level", base: syria, edit: func(p *place.Place) {
			p.Country, p.Codes = place.Country{}, nil
		}, want: []problem{{"country", "", place.ErrBadCountry}}},
		{name: "code scheme malformed", edit: func(p *place.Place) { p.Codes[0].Scheme = "GeoNames" },
			want: []problem{{"codes[0].scheme", "GeoNames", place.ErrBadScheme}}},
		{name: "code value bad for scheme", edit: func(p *place.Place) { p.Codes[0].Value = "SY.12" },
			want: []problem{{"codes[0].value", "SY.12", place.ErrBadCode}}},
		{name: "code scheme repeated", edit: func(p *place.Place) {
			p.Codes = append(p.Codes, place.Code{Scheme: place.SchemeGeoNames, Value: "169388"})
		}, want: []problem{{"codes[1].scheme", "geonames", place.ErrDuplicate}}},
		{name: "ISO subdivision of another country", edit: func(p *place.Place) {
			p.Codes = append(p.Codes, place.Code{Scheme: place.SchemeISOSubdivision, Value: "TR-31"})
		}, want: []problem{{"codes[1].value", "TR-31", place.ErrBadCountry}}},
		{name: "ISO country code disagrees", base: syria, edit: func(p *place.Place) {
			p.Codes[0].Value = "TR"
		}, want: []problem{{"codes[0].value", "TR", place.ErrBadCountry}}},
		{name: "latitude out of range", edit: func(p *place.Place) { p.Point = &place.Point{Lat: math.NaN(), Lon: 36.63393} },
			want: []problem{{"point.lat", "NaN", place.ErrLatitude}}},
		{name: "longitude out of range", edit: func(p *place.Place) { p.Point = &place.Point{Lat: 35.93062, Lon: 181} },
			want: []problem{{"point.lon", "181", place.ErrLongitude}}},
		{name: "both coordinates out of range", edit: func(p *place.Place) { p.Point = &place.Point{Lat: -91, Lon: math.Inf(-1)} },
			want: []problem{{"point.lat", "-91", place.ErrLatitude}, {"point.lon", "-Inf", place.ErrLongitude}}},
		{name: "null island", edit: func(p *place.Place) { p.Point = &place.Point{} },
			want: []problem{{"point", "0,0", place.ErrNullIsland}}},
		{name: "within malformed", edit: func(p *place.Place) { p.Within = []place.ID{"Zone"} },
			want: []problem{{"within[0]", "Zone", place.ErrBadID}}},
		{name: "within itself", edit: func(p *place.Place) { p.Within = append(p.Within, p.ID) },
			want: []problem{{"within[1]", "idlib-city", place.ErrCycle}}},
		{name: "within twice", edit: func(p *place.Place) { p.Within = append(p.Within, p.Within[0]) },
			want: []problem{{"within[1]", "idlib-de-escalation-zone", place.ErrDuplicate}}},
		{name: "several problems in field order", edit: func(p *place.Place) {
			p.ID, p.Level, p.Name = "", place.LevelUnspecified, ""
			p.Codes = []place.Code{{Scheme: place.SchemeWikidata, Value: "P31"}, {Scheme: "", Value: "x"}}
			p.Point = &place.Point{}
			p.Within = []place.ID{"Zone"}
		}, want: []problem{
			{"id", "", place.ErrBadID},
			{"level", "", place.ErrBadLevel},
			{"name", "", place.ErrBadName},
			{"codes[0].value", "P31", place.ErrBadCode},
			{"codes[1].scheme", "", place.ErrBadScheme},
			{"point", "0,0", place.ErrNullIsland},
			{"within[0]", "Zone", place.ErrBadID},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			base := tc.base
			if base == nil {
				base = idlibCity
			}
			p := base()
			tc.edit(&p)
			assertProblems(t, tc.want, p.Validate())
		})
	}
}

func TestNameValidate(t *testing.T) {
	assert.NoError(t, place.Name{Text: "إدلب", Lang: language.Arabic}.Validate())
	assert.NoError(t, place.Name{Text: "Idlib"}.Validate())
	assert.ErrorIs(t, place.Name{}.Validate(), place.ErrBadName)
	assert.ErrorIs(t, place.Name{Text: "\xc3"}.Validate(), place.ErrBadName)
	// Paths are relative to the name when it is validated on its own.
	assert.EqualError(t, place.Name{Text: " "}.Validate(), `place: text " ": invalid place name: blank`)
}

func TestPlaceJSON(t *testing.T) {
	tests := []struct {
		name  string
		place place.Place
		json  string
	}{
		{
			name:  "Idlib city",
			place: idlibCity(),
			json: `{"id":"idlib-city","level":"locality","name":"Idlib","parent":"sy070000","country":"SY",` +
				`"codes":[{"scheme":"geonames","value":"169389"}],"point":{"lat":35.93062,"lon":36.63393},` +
				`"within":["idlib-de-escalation-zone"]}`,
		},
		{
			name:  "Idleb governorate with names in two scripts",
			place: idlebGovernorate(),
			json: `{"id":"sy07","level":"admin1","name":"Idleb",` +
				`"names":[{"text":"Idlib","lang":"en"},{"text":"إدلب","lang":"ar"}],"parent":"sy","country":"SY",` +
				`"codes":[{"scheme":"ocha-pcode","value":"SY07"},{"scheme":"iso3166-2","value":"SY-ID"}]}`,
		},
		{
			name:  "area without country or codes",
			place: deEscalationZone(),
			json:  `{"id":"idlib-de-escalation-zone","level":"area","name":"Idlib de-escalation zone","parent":"sy"}`,
		},
		{
			name: "zero coordinate and notes kept",
			place: place.Place{ID: "x", Level: place.LevelLocality, Name: "X",
				Point: &place.Point{Lat: 0, Lon: 12.5}, Notes: "test point on the equator"},
			json: `{"id":"x","level":"locality","name":"X","point":{"lat":0,"lon":12.5},"notes":"test point on the equator"}`,
		},
		{
			name:  "name without language",
			place: place.Place{ID: "x", Level: place.LevelArea, Name: "X", Names: []place.Name{{Text: "Y"}}},
			json:  `{"id":"x","level":"area","name":"X","names":[{"text":"Y"}]}`,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := json.Marshal(tc.place)
			require.NoError(t, err)
			assert.Equal(t, tc.json, string(b))
			var got place.Place
			require.NoError(t, json.Unmarshal(b, &got))
			assert.Equal(t, tc.place, got)
		})
	}
}

func TestPlaceUnmarshalJSONErrors(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		wantErr error
	}{
		{name: "malformed id", in: `{"id":"Idlib","level":"locality","name":"Idlib"}`, wantErr: place.ErrBadID},
		{name: "unknown level", in: `{"id":"idlib","level":"city","name":"Idlib"}`, wantErr: place.ErrBadLevel},
		{name: "non-canonical country", in: `{"id":"idlib","level":"locality","name":"Idlib","country":"SYR"}`, wantErr: place.ErrBadCountry},
		{name: "point missing lon", in: `{"id":"idlib","level":"locality","name":"Idlib","point":{"lat":35.9}}`, wantErr: place.ErrLongitude},
		{name: "malformed scheme", in: `{"id":"idlib","level":"locality","name":"Idlib","codes":[{"scheme":"P CODE","value":"SY07"}]}`, wantErr: place.ErrBadScheme},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var p place.Place
			assert.ErrorIs(t, json.Unmarshal([]byte(tc.in), &p), tc.wantErr)
		})
	}
}

func TestRef(t *testing.T) {
	assert.True(t, place.Ref{}.IsZero())
	assert.False(t, place.Ref{Name: "Idlib"}.IsZero())
	assert.False(t, place.Ref{ID: "idlib-city"}.IsZero())
	assert.False(t, place.Ref{Level: place.LevelLocality}.IsZero())
	assert.False(t, place.Ref{Path: []place.Unit{{Level: place.LevelCountry, Code: "SY", Name: "Syria"}}}.IsZero())
}

func TestRefJSONRoundTrip(t *testing.T) {
	tests := []struct {
		name string
		ref  place.Ref
		json string
	}{
		{
			name: "unresolved name only",
			ref:  place.Ref{Name: "Kafr Nobol"},
			json: `{"name":"Kafr Nobol"}`,
		},
		{
			name: "with path",
			ref: place.Ref{ID: "sy0700", Name: "Idleb", Level: place.LevelAdmin2, Path: []place.Unit{
				{Level: place.LevelCountry, ID: "sy", Code: "SY", Name: "Syria"},
				{Level: place.LevelAdmin1, ID: "sy07", Code: "SY07", Name: "Idleb"},
			}},
			json: `{"id":"sy0700","name":"Idleb","level":"admin2","path":[` +
				`{"level":"country","id":"sy","code":"SY","name":"Syria"},` +
				`{"level":"admin1","id":"sy07","code":"SY07","name":"Idleb"}]}`,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := json.Marshal(tc.ref)
			require.NoError(t, err)
			assert.Equal(t, tc.json, string(b))
			var got place.Ref
			require.NoError(t, json.Unmarshal(b, &got))
			assert.Equal(t, tc.ref, got)
		})
	}
}

func TestPlaceUnmarshalJSONIsStrict(t *testing.T) {
	var p place.Place
	err := json.Unmarshal([]byte(`{"id":"sy07","level":"admin1","name":"Idleb","pcode":"SY07"}`), &p)
	require.Error(t, err)
	assert.EqualError(t, err, `pcode: unknown field "pcode"`)

	require.NoError(t, json.Unmarshal([]byte(`{"id":"sy07","level":"admin1","name":"Idleb"}`), &p))
	require.NoError(t, json.Unmarshal([]byte(`{"id":"sy0700","level":"admin2","name":"Idleb"}`), &p))
	assert.Equal(t, place.Place{ID: "sy0700", Level: place.LevelAdmin2, Name: "Idleb"}, p, "the whole value is replaced")
}
