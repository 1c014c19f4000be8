package place_test

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/place"
)

// sentinels are the errors the gazetteer's functions wrap.
var sentinels = []error{
	place.ErrMalformed, place.ErrBadID, place.ErrBadLevel, place.ErrBadCountry, place.ErrBadScheme,
	place.ErrBadCode, place.ErrBadName, place.ErrLatitude, place.ErrLongitude, place.ErrNullIsland,
	place.ErrDuplicate, place.ErrNotFound, place.ErrCycle, place.ErrHierarchy, place.ErrAmbiguous,
}

func wrapsSentinel(err error) bool {
	return slices.ContainsFunc(sentinels, func(s error) bool { return errors.Is(err, s) })
}

// roundTrip writes g and loads it back, and requires the same places.
func roundTrip(t *testing.T, g *place.Gazetteer) {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, g.WriteJSON(&buf))
	back, err := place.LoadJSON(&buf)
	require.NoError(t, err, buf.String())
	require.Equal(t, slices.Collect(g.All()), slices.Collect(back.All()))
}

func FuzzLoadJSON(f *testing.F) {
	for _, s := range []string{
		`[{"id":"sy07","level":"admin1","name":"Idleb","names":[{"text":"إدلب","lang":"ar"}],"parent":"syria","country":"SY","codes":[{"scheme":"ocha-pcode","value":"SY07"}]}]`,
		`{"places":[{"id":"a","level":"area","name":"A","point":{"lat":35.9,"lon":36.6}},{"id":"b","level":"area","name":"B","parent":"a"}]}`,
		`[{"id":"a","level":"area","name":"A","parent":"b"},{"id":"b","level":"area","name":"B","parent":"a"}]`,
		`[]`, `{}`, `{"places":null}`, `[null]`, `"x"`, ``, `[{"id":"a"}]`,
		"\xff\xfe[\x00]\x00", "\ufeff[]", `[{"id":"a","level":"area","name":"A","point":{"lat":1e309,"lon":0}}]`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		g, err := place.LoadJSON(strings.NewReader(s))
		if err != nil {
			require.Nil(t, g)
			require.True(t, wrapsSentinel(err), "%v", err)
			return
		}
		roundTrip(t, g)
	})
}

func FuzzLoadPCodes(f *testing.F) {
	const header = "\uFEFFLocation,Admin Level,P-Code,Name,Parent P-Code,Valid from date\n"
	for _, s := range []string{
		header + "SYR,1,SY07,Idleb,SYR,2020-12-17\nSYR,2,SY0702,Al Ma'ra,SY07,2020-12-17\n",
		header + "TUR,1,TUR031,Hatay,TUR,2014-03-30\nTUR,2,TUR031009,Iskenderun,TUR031,2014-03-30\n",
		header + "SYR,5,SY07,Idleb,SYR,2020-12-17\n",
		header + "SYR,1,SY07,\"Id\"\"leb\",SYR,\n",
		"Name,P-Code\nIdleb,SY07\n",
		"",
		"\xff\xfeL\x00o\x00",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		g, err := place.LoadPCodes(strings.NewReader(s))
		if err != nil {
			require.Nil(t, g)
			require.True(t, wrapsSentinel(err), "%v", err)
			return
		}
		for p := range g.All() {
			_, ok := p.Code(place.SchemePCode)
			require.True(t, ok, "%s has no P-code", p.ID)
			require.True(t, p.Level.IsAdmin())
			require.NoError(t, p.Validate())
		}
		roundTrip(t, g)
	})
}

func FuzzResolve(f *testing.F) {
	for _, s := range []string{"Idleb", "Idlib Governorate", "Mintaqat Markaz Hamah district", "إدلب", "سَرَاقِب", "İskenderun", "SY07", "", "-", "Al", "Sub-district", "Idlib City"} {
		f.Add(s, uint8(0), "")
		f.Add(s, uint8(place.LevelAdmin1), "syria")
	}
	f.Add("Saraqab", uint8(place.LevelAdmin3), "sy0700")
	f.Add("Idleb", uint8(200), "")
	f.Add("Idleb", uint8(0), "atlantis")
	g := place.Default()
	f.Fuzz(func(t *testing.T, name string, level uint8, parent string) {
		opt := place.ResolveOptions{Level: place.Level(level), Parent: place.ID(parent)}
		m, err := g.Resolve(name, opt)
		var amb *place.AmbiguousError
		switch {
		case errors.As(err, &amb):
			require.Equal(t, name, amb.Name)
			require.GreaterOrEqual(t, len(amb.Candidates), 2)
			seen := map[place.ID]bool{}
			for _, c := range amb.Candidates {
				require.False(t, seen[c.ID], "candidate %s twice", c.ID)
				seen[c.ID] = true
			}
			return
		case err != nil:
			require.True(t, wrapsSentinel(err), "%v", err)
			require.Equal(t, place.Match{}, m)
			return
		}
		require.True(t, m.How.Valid() && !m.How.IsZero())
		require.Equal(t, m.How.Confidence(), m.Confidence)
		if opt.Level != place.LevelUnspecified {
			require.Equal(t, opt.Level, m.Place.Level)
		}
		if opt.Parent != "" {
			require.True(t, g.Contains(opt.Parent, m.Place.ID))
		}
		names := []string{m.Place.Name}
		for _, n := range m.Place.Names {
			names = append(names, n.Text)
		}
		for _, c := range m.Place.Codes {
			names = append(names, c.Value)
		}
		require.Contains(t, names, m.Name)
		switch m.How {
		case place.MatchCode, place.MatchExact, place.MatchName:
			require.Equal(t, name, m.Name)
		}
	})
}

func FuzzParseMatchKind(f *testing.F) {
	for _, s := range []string{"code", "exact", "name", "folded", "alias", "unspecified", "", "Exact", "fuzzy"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k, err := place.ParseMatchKind(s)
		if err != nil {
			require.ErrorIs(t, err, place.ErrBadMatchKind)
			return
		}
		require.Equal(t, s, k.String())
		b, err := k.MarshalText()
		require.NoError(t, err)
		var back place.MatchKind
		require.NoError(t, back.UnmarshalText(b))
		require.Equal(t, k, back)
	})
}
