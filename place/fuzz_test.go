package place_test

import (
	"encoding/json"
	"errors"
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/place"
)

// idSyntax restates the documented ID syntax independently of the code.
var idSyntax = regexp.MustCompile(`^[a-z][a-z0-9]*(?:[-_./:][a-z0-9]+)*$`)

func FuzzParseID(f *testing.F) {
	for _, s := range []string{"sy07", "idlib-city", "org.example/old-town", "", "SY07", "a--b", "-a", "a-", "7a", "a\x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		id, err := place.ParseID(s)
		wantOK := len(s) <= place.MaxIDLen && idSyntax.MatchString(s)
		if !wantOK {
			require.ErrorIs(t, err, place.ErrBadID)
			return
		}
		require.NoError(t, err)
		require.Equal(t, s, id.String())
		b, err := id.MarshalText()
		require.NoError(t, err)
		var back place.ID
		require.NoError(t, back.UnmarshalText(b))
		require.Equal(t, id, back)
	})
}

func FuzzParseLevel(f *testing.F) {
	for _, s := range []string{"country", "admin1", "admin4", "locality", "area", "unspecified", "", "Admin1", "admin5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var u place.Level
		uerr := u.UnmarshalText([]byte(s))
		l, err := place.ParseLevel(s)
		if err != nil {
			require.ErrorIs(t, err, place.ErrBadLevel)
			if s != "" {
				require.ErrorIs(t, uerr, place.ErrBadLevel)
			}
			return
		}
		require.NoError(t, uerr)
		require.Equal(t, l, u)
		require.Equal(t, s, l.String())
		again, err := place.ParseLevel(l.String())
		require.NoError(t, err)
		require.Equal(t, l, again)
		b, err := l.MarshalText()
		require.NoError(t, err)
		require.Equal(t, s, string(b))
	})
}

func FuzzParsePrecision(f *testing.F) {
	for _, s := range []string{"site", "exact", "near", "admin3", "admin2", "admin1", "region", "country", "water", "unspecified", "", "1", "Exact"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var u place.Precision
		uerr := u.UnmarshalText([]byte(s))
		p, err := place.ParsePrecision(s)
		if err != nil {
			require.ErrorIs(t, err, place.ErrBadPrecision)
			if s != "" {
				require.ErrorIs(t, uerr, place.ErrBadPrecision)
			}
			return
		}
		require.NoError(t, uerr)
		require.Equal(t, p, u)
		require.Equal(t, s, p.String())
		b, err := p.MarshalText()
		require.NoError(t, err)
		var back place.Precision
		require.NoError(t, back.UnmarshalText(b))
		require.Equal(t, p, back)
	})
}

// FuzzPrecisionCodes checks that every accepted scheme code converts back
// to itself, and that no code panics.
func FuzzPrecisionCodes(f *testing.F) {
	for _, c := range []int{-1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 1 << 40} {
		f.Add(c)
	}
	f.Fuzz(func(t *testing.T, code int) {
		if p, err := place.PrecisionFromACLED(code); err == nil {
			back, ok := p.ACLED()
			require.True(t, ok)
			require.Equal(t, code, back)
		} else {
			require.ErrorIs(t, err, place.ErrBadPrecision)
		}
		if p, err := place.PrecisionFromUCDP(code); err == nil {
			back, ok := p.UCDP()
			require.True(t, ok)
			require.Equal(t, code, back)
		} else {
			require.ErrorIs(t, err, place.ErrBadPrecision)
		}
		if p, err := place.PrecisionFromPLOVER(code); err == nil {
			back, ok := p.PLOVER()
			require.True(t, ok)
			require.Equal(t, code, back)
		} else {
			require.ErrorIs(t, err, place.ErrBadPrecision)
		}
	})
}

func FuzzParseRelation(f *testing.F) {
	for _, s := range []string{"in", "near", "between", "", "IN", "around"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var u place.Relation
		uerr := u.UnmarshalText([]byte(s))
		r, err := place.ParseRelation(s)
		if err != nil {
			require.ErrorIs(t, err, place.ErrBadRelation)
			if s != "" {
				require.ErrorIs(t, uerr, place.ErrBadRelation)
			}
			return
		}
		require.NoError(t, uerr)
		require.Equal(t, r, u)
		require.Equal(t, s, r.String())
		b, err := r.MarshalText()
		require.NoError(t, err)
		var back place.Relation
		require.NoError(t, back.UnmarshalText(b))
		require.Equal(t, r, back)
	})
}

func FuzzParseCountry(f *testing.F) {
	for _, s := range []string{"SY", "sy", "SYR", "760", "TR", "UK", "145", "ZZ", "QQQ", "SU", "XK", "UN", "", " SY", "0760"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var u place.Country
		if err := u.UnmarshalText([]byte(s)); err == nil {
			b, err := u.MarshalText()
			require.NoError(t, err)
			require.Equal(t, s, string(b), "UnmarshalText accepts only the canonical form")
		} else {
			require.ErrorIs(t, err, place.ErrBadCountry)
		}
		c, err := place.ParseCountry(s)
		if err != nil {
			require.ErrorIs(t, err, place.ErrBadCountry)
			require.True(t, c.IsZero())
			return
		}
		require.False(t, c.IsZero())
		require.Len(t, c.Alpha2(), 2)
		require.Len(t, c.Alpha3(), 3)
		require.Positive(t, c.Numeric())
		require.True(t, c.Region().IsCountry())
		again, err := place.ParseCountry(c.String())
		require.NoError(t, err)
		require.Equal(t, c, again)
		b, err := c.MarshalText()
		require.NoError(t, err)
		var back place.Country
		require.NoError(t, back.UnmarshalText(b))
		require.Equal(t, c, back)
		code := place.Code{Scheme: place.SchemeISOCountry, Value: c.Alpha2()}
		require.NoError(t, code.Validate())
	})
}

func FuzzCode(f *testing.F) {
	seeds := [][2]string{
		{"iso3166-1", "SY"}, {"iso3166-2", "SY-ID"}, {"ocha-pcode", "SY070000"}, {"ocha-pcode", "C1007"},
		{"geonames", "169389"}, {"wikidata", "Q2429253"}, {"org.example/grid", "Cell 1"}, {"", ""}, {"OCHA", "SY07"},
	}
	for _, s := range seeds {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, scheme, value string) {
		var u place.Scheme
		uerr := u.UnmarshalText([]byte(scheme))
		if sc, err := place.ParseScheme(scheme); err != nil {
			require.ErrorIs(t, err, place.ErrBadScheme)
			if scheme != "" {
				require.ErrorIs(t, uerr, place.ErrBadScheme)
			}
		} else {
			require.NoError(t, uerr)
			require.Equal(t, sc, u)
			b, err := sc.MarshalText()
			require.NoError(t, err)
			require.Equal(t, scheme, string(b))
		}
		c, err := place.NewCode(place.Scheme(scheme), value)
		if err != nil {
			if !errors.Is(err, place.ErrBadScheme) {
				require.ErrorIs(t, err, place.ErrBadCode)
			}
			return
		}
		b, err := json.Marshal(c)
		require.NoError(t, err)
		var back place.Code
		require.NoError(t, json.Unmarshal(b, &back))
		require.Equal(t, c, back)
		require.NoError(t, back.Validate())
	})
}

func FuzzPointJSON(f *testing.F) {
	for _, s := range []string{
		`{"lat":35.93062,"lon":36.63393}`, `{"lat":0,"lon":0}`, `{"lat":-90,"lon":180}`, `{"lat":91,"lon":0}`,
		`{"lon":1}`, `{"lat":1}`, `null`, `{"lat":1e400,"lon":0}`, `{"lat":-0,"lon":-0}`, `[1,2]`, `{"LAT":1,"lon":2}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var p place.Point
		if err := json.Unmarshal(data, &p); err != nil {
			return
		}
		require.NoError(t, p.Validate())
		b, err := json.Marshal(p)
		require.NoError(t, err)
		var back place.Point
		require.NoError(t, json.Unmarshal(b, &back))
		require.Equal(t, p, back)
	})
}

func FuzzPlaceJSON(f *testing.F) {
	for _, p := range workedHierarchy() {
		b, err := json.Marshal(p)
		require.NoError(f, err)
		f.Add(b)
	}
	for _, s := range []string{
		`{}`, `null`, `{"id":"x","level":"area","name":"X","names":[]}`,
		`{"id":"x","level":"locality","name":"X","names":[{"text":"Y","lang":"ar-SY"}],"point":{"lat":0,"lon":0}}`,
		`{"id":"X","level":"city"}`, `{"country":"SYR"}`, `{"codes":[{"scheme":"","value":""}]}`,
		`{"names":[{"text":"a","lang":"en-us-u-ca-gregory"}]}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var p place.Place
		if err := json.Unmarshal(data, &p); err != nil {
			return
		}
		if err := p.Validate(); err != nil {
			for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
				var fe *place.FieldError
				require.True(t, errors.As(e, &fe), "Validate problem is a FieldError: %T %v", e, e)
				assert.NotEmpty(t, fe.Path)
			}
		}
		b, err := json.Marshal(p)
		require.NoError(t, err, "a decoded place must encode")
		var back place.Place
		require.NoError(t, json.Unmarshal(b, &back), "%s", b)
		assert.Equal(t, p, back)
		b2, err := json.Marshal(back)
		require.NoError(t, err)
		assert.Equal(t, string(b), string(b2), "encoding is stable")
	})
}
