package place_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/place"
)

func TestParsePrecision(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    place.Precision
		wantErr error
	}{
		{name: "unspecified", in: "unspecified", want: place.PrecisionUnspecified},
		{name: "site", in: "site", want: place.PrecisionSite},
		{name: "exact", in: "exact", want: place.PrecisionExact},
		{name: "near", in: "near", want: place.PrecisionNear},
		{name: "admin3", in: "admin3", want: place.PrecisionAdmin3},
		{name: "admin2", in: "admin2", want: place.PrecisionAdmin2},
		{name: "admin1", in: "admin1", want: place.PrecisionAdmin1},
		{name: "region", in: "region", want: place.PrecisionRegion},
		{name: "country", in: "country", want: place.PrecisionCountry},
		{name: "water", in: "water", want: place.PrecisionWater},
		{name: "empty", in: "", wantErr: place.ErrBadPrecision},
		{name: "capitalised", in: "Exact", wantErr: place.ErrBadPrecision},
		{name: "padded", in: "near ", wantErr: place.ErrBadPrecision},
		{name: "scheme code", in: "1", wantErr: place.ErrBadPrecision},
		{name: "admin4 has no precision", in: "admin4", wantErr: place.ErrBadPrecision},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := place.ParsePrecision(tc.in)
			if tc.wantErr != nil {
				assert.ErrorIs(t, err, tc.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
			assert.Equal(t, tc.in, got.String())
		})
	}
}

func TestPrecisionInvalid(t *testing.T) {
	p := place.Precision(10)
	assert.False(t, p.Valid())
	assert.Equal(t, "Precision(10)", p.String())
	_, err := p.MarshalText()
	assert.ErrorIs(t, err, place.ErrBadPrecision)
	for name, f := range map[string]func() (int, bool){"ACLED": p.ACLED, "UCDP": p.UCDP, "PLOVER": p.PLOVER} {
		code, ok := f()
		assert.False(t, ok, name)
		assert.Equal(t, 0, code, name)
	}
	assert.True(t, place.PrecisionUnspecified.IsZero())
	assert.False(t, place.PrecisionExact.IsZero())
}

// REFERENCE.md §1.8: geo_precision 1 town, 2 near / part of region, 3
// larger region.
func TestPrecisionFromACLED(t *testing.T) {
	tests := []struct {
		code    int
		want    place.Precision
		wantErr error
	}{
		{code: 1, want: place.PrecisionExact},
		{code: 2, want: place.PrecisionNear},
		{code: 3, want: place.PrecisionRegion},
		{code: 0, wantErr: place.ErrBadPrecision},
		{code: 4, wantErr: place.ErrBadPrecision},
		{code: -1, wantErr: place.ErrBadPrecision},
	}
	for _, tc := range tests {
		t.Run(itoa(tc.code), func(t *testing.T) {
			got, err := place.PrecisionFromACLED(tc.code)
			if tc.wantErr != nil {
				assert.ErrorIs(t, err, tc.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
			back, ok := got.ACLED()
			assert.True(t, ok)
			assert.Equal(t, tc.code, back, "code round trip")
		})
	}
}

// REFERENCE.md §2.2: where_prec 1..7.
func TestPrecisionFromUCDP(t *testing.T) {
	tests := []struct {
		code    int
		want    place.Precision
		wantErr error
	}{
		{code: 1, want: place.PrecisionExact},
		{code: 2, want: place.PrecisionNear},
		{code: 3, want: place.PrecisionAdmin2},
		{code: 4, want: place.PrecisionAdmin1},
		{code: 5, want: place.PrecisionRegion},
		{code: 6, want: place.PrecisionCountry},
		{code: 7, want: place.PrecisionWater},
		{code: 0, wantErr: place.ErrBadPrecision},
		{code: 8, wantErr: place.ErrBadPrecision},
		{code: -7, wantErr: place.ErrBadPrecision},
	}
	for _, tc := range tests {
		t.Run(itoa(tc.code), func(t *testing.T) {
			got, err := place.PrecisionFromUCDP(tc.code)
			if tc.wantErr != nil {
				assert.ErrorIs(t, err, tc.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
			back, ok := got.UCDP()
			assert.True(t, ok)
			assert.Equal(t, tc.code, back, "code round trip")
		})
	}
}

// REFERENCE.md §3.5: resolution 5 sub-city, 4 city, 3 district, 2
// province, 1 country.
func TestPrecisionFromPLOVER(t *testing.T) {
	tests := []struct {
		code    int
		want    place.Precision
		wantErr error
	}{
		{code: 5, want: place.PrecisionSite},
		{code: 4, want: place.PrecisionExact},
		{code: 3, want: place.PrecisionAdmin2},
		{code: 2, want: place.PrecisionAdmin1},
		{code: 1, want: place.PrecisionCountry},
		{code: 0, wantErr: place.ErrBadPrecision},
		{code: 6, wantErr: place.ErrBadPrecision},
		{code: -1, wantErr: place.ErrBadPrecision},
	}
	for _, tc := range tests {
		t.Run(itoa(tc.code), func(t *testing.T) {
			got, err := place.PrecisionFromPLOVER(tc.code)
			if tc.wantErr != nil {
				assert.ErrorIs(t, err, tc.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
			back, ok := got.PLOVER()
			assert.True(t, ok)
			assert.Equal(t, tc.code, back, "code round trip")
		})
	}
}

// The other direction, for every precision: which code each scheme gets.
// 0 means the scheme has no code for it.
func TestPrecisionToSchemes(t *testing.T) {
	tests := []struct {
		p                   place.Precision
		acled, ucdp, plover int
	}{
		{place.PrecisionUnspecified, 0, 0, 0},
		{place.PrecisionSite, 1, 1, 5},
		{place.PrecisionExact, 1, 1, 4},
		{place.PrecisionNear, 2, 2, 4},
		{place.PrecisionAdmin3, 2, 3, 3},
		{place.PrecisionAdmin2, 3, 3, 3},
		{place.PrecisionAdmin1, 3, 4, 2},
		{place.PrecisionRegion, 3, 5, 1},
		{place.PrecisionCountry, 3, 6, 1},
		{place.PrecisionWater, 3, 7, 0},
	}
	for _, tc := range tests {
		t.Run(tc.p.String(), func(t *testing.T) {
			check := func(scheme string, want int, got int, ok bool) {
				assert.Equal(t, want != 0, ok, scheme)
				assert.Equal(t, want, got, scheme)
			}
			a, ok := tc.p.ACLED()
			check("ACLED", tc.acled, a, ok)
			u, ok := tc.p.UCDP()
			check("UCDP", tc.ucdp, u, ok)
			pl, ok := tc.p.PLOVER()
			check("PLOVER", tc.plover, pl, ok)
		})
	}
}

func TestPrecisionText(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    place.Precision
		wantErr error
	}{
		{name: "near", in: "near", want: place.PrecisionNear},
		{name: "empty is unspecified", in: "", want: place.PrecisionUnspecified},
		{name: "unknown", in: "approximate", wantErr: place.ErrBadPrecision},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := place.PrecisionWater
			err := p.UnmarshalText([]byte(tc.in))
			if tc.wantErr != nil {
				assert.ErrorIs(t, err, tc.wantErr)
				assert.Equal(t, place.PrecisionWater, p, "unchanged on error")
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, p)
		})
	}
}

func TestPrecisionJSONRoundTrip(t *testing.T) {
	for p := place.PrecisionUnspecified; p <= place.PrecisionWater; p++ {
		t.Run(p.String(), func(t *testing.T) {
			b, err := json.Marshal(p)
			require.NoError(t, err)
			assert.Equal(t, `"`+p.String()+`"`, string(b))
			var got place.Precision
			require.NoError(t, json.Unmarshal(b, &got))
			assert.Equal(t, p, got)
		})
	}
}
