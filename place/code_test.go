package place_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/place"
)

func TestParseScheme(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		known   bool
		wantErr error
	}{
		{name: "iso3166-1", in: "iso3166-1", known: true},
		{name: "iso3166-2", in: "iso3166-2", known: true},
		{name: "ocha-pcode", in: "ocha-pcode", known: true},
		{name: "geonames", in: "geonames", known: true},
		{name: "wikidata", in: "wikidata", known: true},
		{name: "other well-formed", in: "geoboundaries", known: false},
		{name: "namespaced", in: "org.example/grid", known: false},
		{name: "empty", in: "", wantErr: place.ErrBadScheme},
		{name: "upper case", in: "GeoNames", wantErr: place.ErrBadScheme},
		{name: "space", in: "ocha pcode", wantErr: place.ErrBadScheme},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := place.ParseScheme(tc.in)
			if tc.wantErr != nil {
				assert.ErrorIs(t, err, tc.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.in, got.String())
			assert.Equal(t, tc.known, got.Known())
		})
	}
}

func TestCodeValidate(t *testing.T) {
	tests := []struct {
		name    string
		scheme  place.Scheme
		value   string
		wantErr error
	}{
		// iso3166-1
		{name: "country alpha-2", scheme: place.SchemeISOCountry, value: "SY"},
		{name: "country lower case", scheme: place.SchemeISOCountry, value: "sy", wantErr: place.ErrBadCode},
		{name: "country alpha-3", scheme: place.SchemeISOCountry, value: "SYR", wantErr: place.ErrBadCode},
		{name: "country numeric", scheme: place.SchemeISOCountry, value: "760", wantErr: place.ErrBadCode},
		{name: "country alias UK", scheme: place.SchemeISOCountry, value: "UK", wantErr: place.ErrBadCode},
		{name: "country group", scheme: place.SchemeISOCountry, value: "145", wantErr: place.ErrBadCode},
		// iso3166-2
		{name: "subdivision letters", scheme: place.SchemeISOSubdivision, value: "SY-ID"},
		{name: "subdivision digits", scheme: place.SchemeISOSubdivision, value: "TR-31"},
		{name: "subdivision one char", scheme: place.SchemeISOSubdivision, value: "SY-A"},
		{name: "subdivision four chars", scheme: place.SchemeISOSubdivision, value: "SY-ABCD", wantErr: place.ErrBadCode},
		{name: "subdivision lower case", scheme: place.SchemeISOSubdivision, value: "sy-id", wantErr: place.ErrBadCode},
		{name: "subdivision no hyphen", scheme: place.SchemeISOSubdivision, value: "SYID", wantErr: place.ErrBadCode},
		{name: "subdivision empty part", scheme: place.SchemeISOSubdivision, value: "SY-", wantErr: place.ErrBadCode},
		{name: "subdivision unknown country", scheme: place.SchemeISOSubdivision, value: "QQ-ID", wantErr: place.ErrBadCode},
		{name: "subdivision alpha-3 prefix", scheme: place.SchemeISOSubdivision, value: "SYR-ID", wantErr: place.ErrBadCode},
		// ocha-pcode
		{name: "pcode admin1", scheme: place.SchemePCode, value: "SY07"},
		{name: "pcode admin3", scheme: place.SchemePCode, value: "SY070000"},
		{name: "pcode Turkey admin2", scheme: place.SchemePCode, value: "TUR031001"},
		{name: "pcode Syria community", scheme: place.SchemePCode, value: "C1007"},
		{name: "pcode lower case", scheme: place.SchemePCode, value: "sy07", wantErr: place.ErrBadCode},
		{name: "pcode leading digit", scheme: place.SchemePCode, value: "07", wantErr: place.ErrBadCode},
		{name: "pcode one char", scheme: place.SchemePCode, value: "S", wantErr: place.ErrBadCode},
		{name: "pcode hyphen", scheme: place.SchemePCode, value: "SY-07", wantErr: place.ErrBadCode},
		{name: "pcode too long", scheme: place.SchemePCode, value: "SY" + strings.Repeat("0", 19), wantErr: place.ErrBadCode},
		// geonames
		{name: "geonames id", scheme: place.SchemeGeoNames, value: "169389"},
		{name: "geonames leading zero", scheme: place.SchemeGeoNames, value: "0169389", wantErr: place.ErrBadCode},
		{name: "geonames zero", scheme: place.SchemeGeoNames, value: "0", wantErr: place.ErrBadCode},
		{name: "geonames admin code", scheme: place.SchemeGeoNames, value: "SY.12", wantErr: place.ErrBadCode},
		{name: "geonames empty", scheme: place.SchemeGeoNames, value: "", wantErr: place.ErrBadCode},
		// wikidata
		{name: "wikidata item", scheme: place.SchemeWikidata, value: "Q2429253"},
		{name: "wikidata no number", scheme: place.SchemeWikidata, value: "Q", wantErr: place.ErrBadCode},
		{name: "wikidata zero", scheme: place.SchemeWikidata, value: "Q0", wantErr: place.ErrBadCode},
		{name: "wikidata lower case", scheme: place.SchemeWikidata, value: "q2429253", wantErr: place.ErrBadCode},
		{name: "wikidata property", scheme: place.SchemeWikidata, value: "P31", wantErr: place.ErrBadCode},
		// other schemes
		{name: "other scheme free value", scheme: "org.example/grid", value: "Cell 12/7"},
		{name: "other scheme empty value", scheme: "org.example/grid", value: "", wantErr: place.ErrBadCode},
		{name: "other scheme padded value", scheme: "org.example/grid", value: " 12", wantErr: place.ErrBadCode},
		{name: "other scheme control char", scheme: "org.example/grid", value: "a\tb", wantErr: place.ErrBadCode},
		{name: "other scheme invalid UTF-8", scheme: "org.example/grid", value: "a\xffb", wantErr: place.ErrBadCode},
		{name: "malformed scheme", scheme: "OCHA", value: "SY07", wantErr: place.ErrBadScheme},
		{name: "empty scheme", scheme: "", value: "SY07", wantErr: place.ErrBadScheme},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := place.Code{Scheme: tc.scheme, Value: tc.value}
			err := c.Validate()
			got, nerr := place.NewCode(tc.scheme, tc.value)
			if tc.wantErr != nil {
				assert.ErrorIs(t, err, tc.wantErr)
				assert.ErrorIs(t, nerr, tc.wantErr)
				assert.True(t, got.IsZero())
				// One problem, at the field the sentinel is about.
				var fe *place.FieldError
				require.ErrorAs(t, err, &fe)
				wantPath, wantValue := "value", tc.value
				if tc.wantErr == place.ErrBadScheme {
					wantPath, wantValue = "scheme", string(tc.scheme)
				}
				assert.Equal(t, wantPath, fe.Path)
				assert.Equal(t, wantValue, fe.Value)
				assert.Len(t, err.(interface{ Unwrap() []error }).Unwrap(), 1)
				return
			}
			assert.NoError(t, err)
			require.NoError(t, nerr)
			assert.Equal(t, c, got)
		})
	}
}

func TestCodeString(t *testing.T) {
	assert.Equal(t, "ocha-pcode:SY07", place.Code{Scheme: place.SchemePCode, Value: "SY07"}.String())
	assert.True(t, place.Code{}.IsZero())
}

func TestCodeJSONRoundTrip(t *testing.T) {
	c := place.Code{Scheme: place.SchemeISOSubdivision, Value: "SY-ID"}
	b, err := json.Marshal(c)
	require.NoError(t, err)
	assert.Equal(t, `{"scheme":"iso3166-2","value":"SY-ID"}`, string(b))
	var got place.Code
	require.NoError(t, json.Unmarshal(b, &got))
	assert.Equal(t, c, got)

	err = json.Unmarshal([]byte(`{"scheme":"OCHA","value":"SY07"}`), &got)
	assert.ErrorIs(t, err, place.ErrBadScheme)
}
