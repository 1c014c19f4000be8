package place_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/conflictkit/conflict/place"
)

// Expected values are from REFERENCE.md §6.6 (checked against x/text
// v0.43.0) and ISO 3166-1.
func TestParseCountry(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		alpha2  string
		alpha3  string
		numeric int
		english string
		wantErr error
	}{
		{name: "alpha-2", in: "SY", alpha2: "SY", alpha3: "SYR", numeric: 760, english: "Syria"},
		{name: "alpha-2 lower case", in: "sy", alpha2: "SY", alpha3: "SYR", numeric: 760, english: "Syria"},
		{name: "alpha-3", in: "SYR", alpha2: "SY", alpha3: "SYR", numeric: 760, english: "Syria"},
		{name: "alpha-3 lower case", in: "syr", alpha2: "SY", alpha3: "SYR", numeric: 760, english: "Syria"},
		{name: "numeric", in: "760", alpha2: "SY", alpha3: "SYR", numeric: 760, english: "Syria"},
		{name: "Turkey", in: "TR", alpha2: "TR", alpha3: "TUR", numeric: 792, english: "Turkey"},
		{name: "UK canonicalised to GB", in: "UK", alpha2: "GB", alpha3: "GBR", numeric: 826, english: "United Kingdom"},
		{name: "Russia", in: "RU", alpha2: "RU", alpha3: "RUS", numeric: 643, english: "Russia"},
		{name: "Palestine", in: "PS", alpha2: "PS", alpha3: "PSE", numeric: 275, english: "Palestinian Territories"},
		{name: "Kosovo user-assigned", in: "XK", alpha2: "XK", alpha3: "XKK", numeric: 983, english: "Kosovo"},
		{name: "historical Soviet Union kept, no name", in: "SU", alpha2: "SU", alpha3: "SUN", numeric: 810, english: ""},
		{name: "historical Yugoslavia kept, no name", in: "YU", alpha2: "YU", alpha3: "YUG", numeric: 891, english: ""},
		{name: "withdrawn Burma mapped to successor", in: "BU", alpha2: "MM", alpha3: "MMR", numeric: 104, english: "Myanmar (Burma)"},
		// UCDP's Gleditsch-Ward number for Syria is 652, which in ISO is
		// Saint Barthélemy: a GW number parsed as ISO silently names
		// another country.
		{name: "Gleditsch-Ward 652 is ISO Saint Barthelemy", in: "652", alpha2: "BL", alpha3: "BLM", numeric: 652, english: "St. Barthélemy"},
		{name: "group Western Asia", in: "145", wantErr: place.ErrBadCountry},
		{name: "group World", in: "001", wantErr: place.ErrBadCountry},
		{name: "group EU", in: "EU", wantErr: place.ErrBadCountry},
		{name: "unknown region", in: "ZZ", wantErr: place.ErrBadCountry},
		{name: "unknown region numeric", in: "999", wantErr: place.ErrBadCountry},
		{name: "private use alpha-3", in: "QQQ", wantErr: place.ErrBadCountry},
		{name: "private use alpha-2", in: "AA", wantErr: place.ErrBadCountry},
		{name: "reserved United Nations", in: "UN", wantErr: place.ErrBadCountry},
		{name: "reserved Eurozone", in: "EZ", wantErr: place.ErrBadCountry},
		{name: "reserved Ascension, no numeric code", in: "AC", wantErr: place.ErrBadCountry},
		{name: "empty", in: "", wantErr: place.ErrBadCountry},
		{name: "padded", in: " SY", wantErr: place.ErrBadCountry},
		{name: "one letter", in: "S", wantErr: place.ErrBadCountry},
		{name: "two digits", in: "76", wantErr: place.ErrBadCountry},
		{name: "four digits", in: "0760", wantErr: place.ErrBadCountry},
		{name: "name", in: "Syria", wantErr: place.ErrBadCountry},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := place.ParseCountry(tc.in)
			if tc.wantErr != nil {
				assert.ErrorIs(t, err, tc.wantErr)
				assert.True(t, got.IsZero())
				return
			}
			require.NoError(t, err)
			assert.False(t, got.IsZero())
			assert.Equal(t, tc.alpha2, got.Alpha2())
			assert.Equal(t, tc.alpha2, got.String())
			assert.Equal(t, tc.alpha3, got.Alpha3())
			assert.Equal(t, tc.numeric, got.Numeric())
			assert.Equal(t, tc.english, got.Name())
			again, err := place.ParseCountry(got.String())
			require.NoError(t, err)
			assert.Equal(t, got, again, "round trip through alpha-2")
		})
	}
}

func TestParseCountryErrorMessage(t *testing.T) {
	_, err := place.ParseCountry("QQQ")
	require.Error(t, err)
	assert.Equal(t, `place: invalid country "QQQ"`, err.Error())
}

func TestCountryFromRegion(t *testing.T) {
	uk := language.MustParseRegion("UK")
	got, err := place.CountryFromRegion(uk)
	require.NoError(t, err)
	assert.Equal(t, "GB", got.Alpha2())
	assert.Equal(t, language.MustParseRegion("GB"), got.Region())

	_, err = place.CountryFromRegion(language.MustParseRegion("145"))
	assert.ErrorIs(t, err, place.ErrBadCountry)
	_, err = place.CountryFromRegion(language.Region{})
	assert.ErrorIs(t, err, place.ErrBadCountry)
}

func TestCountryZero(t *testing.T) {
	var c place.Country
	assert.True(t, c.IsZero())
	assert.Equal(t, "", c.Alpha2())
	assert.Equal(t, "", c.Alpha3())
	assert.Equal(t, 0, c.Numeric())
	assert.Equal(t, "", c.Name())
	assert.Equal(t, "", c.String())
	b, err := c.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "", string(b))
}

func TestMustCountry(t *testing.T) {
	assert.Equal(t, "SY", place.MustCountry("SYR").Alpha2())
	assert.Panics(t, func() { place.MustCountry("145") })
}

func TestCountryUnmarshalText(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    string
		wantErr error
	}{
		{name: "canonical alpha-2", in: "SY", want: "SY"},
		{name: "empty is zero", in: "", want: ""},
		{name: "lower case refused", in: "sy", wantErr: place.ErrBadCountry},
		{name: "alpha-3 refused", in: "SYR", wantErr: place.ErrBadCountry},
		{name: "numeric refused", in: "760", wantErr: place.ErrBadCountry},
		{name: "alias refused", in: "UK", wantErr: place.ErrBadCountry},
		{name: "group refused", in: "145", wantErr: place.ErrBadCountry},
		{name: "private use refused", in: "QQ", wantErr: place.ErrBadCountry},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := place.MustCountry("TR")
			err := c.UnmarshalText([]byte(tc.in))
			if tc.wantErr != nil {
				assert.ErrorIs(t, err, tc.wantErr)
				assert.Equal(t, "TR", c.Alpha2(), "unchanged on error")
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, c.Alpha2())
		})
	}
}

func TestCountryJSONRoundTrip(t *testing.T) {
	type wrapper struct {
		C place.Country `json:"c,omitzero"`
	}
	tests := []struct {
		name string
		in   wrapper
		json string
	}{
		{name: "Syria", in: wrapper{C: place.MustCountry("760")}, json: `{"c":"SY"}`},
		{name: "GB from UK", in: wrapper{C: place.MustCountry("UK")}, json: `{"c":"GB"}`},
		{name: "zero omitted", in: wrapper{}, json: `{}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := json.Marshal(tc.in)
			require.NoError(t, err)
			assert.Equal(t, tc.json, string(b))
			var got wrapper
			require.NoError(t, json.Unmarshal(b, &got))
			assert.Equal(t, tc.in, got)
		})
	}
}
