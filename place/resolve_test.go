package place_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/place"
)

var (
	admin1 = place.ResolveOptions{Level: place.LevelAdmin1}
	admin2 = place.ResolveOptions{Level: place.LevelAdmin2}
	admin3 = place.ResolveOptions{Level: place.LevelAdmin3}
	town   = place.ResolveOptions{Level: place.LevelLocality}
)

// TestResolveSpellingFamilies resolves the spelling families of issue 4
// in the embedded gazetteer. Expected IDs are the lower-cased P-codes of
// REFERENCE.md §6.1 and §6.3 (SY07 Idleb, SY0702 Al Ma'ra and its centre
// SY070200, SY12 Dar'a, SY09 Deir-ez-Zor, SY0903 Al Mayadin, SY070003
// Saraqab); the matched names are those of the source files.
func TestResolveSpellingFamilies(t *testing.T) {
	g := place.Default()
	tests := []struct {
		name     string
		in       string
		opt      place.ResolveOptions
		want     place.ID
		how      place.MatchKind
		matched  string
		wantConf float64
	}{
		// Idleb / Idlib / إدلب / Idlib Governorate.
		{name: "OCHA spelling", in: "Idleb", opt: admin1, want: "sy07", how: place.MatchExact, matched: "Idleb", wantConf: 1},
		{name: "ISO spelling", in: "Idlib", opt: admin1, want: "sy07", how: place.MatchName, matched: "Idlib", wantConf: 0.95},
		{name: "upper case", in: "IDLIB", opt: admin1, want: "sy07", how: place.MatchFolded, matched: "Idlib", wantConf: 0.9},
		{name: "Turkish dotted capital I", in: "İdlib", opt: admin1, want: "sy07", how: place.MatchFolded, matched: "Idlib", wantConf: 0.9},
		{name: "with Governorate", in: "Idlib Governorate", want: "sy07", how: place.MatchAlias, matched: "Idlib", wantConf: 0.75},
		{name: "with lower-case governorate", in: "Idleb governorate", want: "sy07", how: place.MatchAlias, matched: "Idleb", wantConf: 0.75},
		{name: "Muhafazat", in: "Muhafazat Idlib", want: "sy07", how: place.MatchAlias, matched: "Idlib", wantConf: 0.75},
		{name: "Idlib district", in: "Idlib district", want: "sy0700", how: place.MatchAlias, matched: "Idlib", wantConf: 0.75},
		{name: "Markaz Idlib district (GeoNames)", in: "Markaz Idlib district", want: "sy0700", how: place.MatchAlias, matched: "Idlib", wantConf: 0.75},
		{name: "Idlib sub-district", in: "Idlib Sub-district", want: "sy070000", how: place.MatchAlias, matched: "Idlib Subdistrict", wantConf: 0.75},
		{name: "Idlib subdistrict (alias file)", in: "Idlib Subdistrict", want: "sy070000", how: place.MatchName, matched: "Idlib Subdistrict", wantConf: 0.95},
		{name: "Nahiyat Markaz Idlib", in: "Nahiyat Markaz Idlib", want: "sy070000", how: place.MatchName, matched: "Nahiyat Markaz Idlib", wantConf: 0.95},
		{name: "Idlib City", in: "Idlib City", want: "idlib-city", how: place.MatchAlias, matched: "Idlib", wantConf: 0.75},
		{name: "city by level", in: "Idlib", opt: town, want: "idlib-city", how: place.MatchExact, matched: "Idlib", wantConf: 1},
		// The governorate and district take the Arabic name of their centre
		// sub-district, "مركز إدلب", without "مركز" (place/data/README.md).
		{name: "Arabic governorate", in: "إدلب", opt: admin1, want: "sy07", how: place.MatchName, matched: "إدلب", wantConf: 0.95},
		{name: "Arabic with محافظة", in: "محافظة إدلب", want: "sy07", how: place.MatchAlias, matched: "إدلب", wantConf: 0.75},
		{name: "Arabic vocalised governorate", in: "إِدْلِب", opt: admin1, want: "sy07", how: place.MatchFolded, matched: "إدلب", wantConf: 0.9},
		{name: "Arabic with منطقة", in: "منطقة إدلب", want: "sy0700", how: place.MatchAlias, matched: "إدلب", wantConf: 0.75},
		{name: "Arabic sub-district", in: "إدلب", opt: admin3, want: "sy070000", how: place.MatchName, matched: "إدلب", wantConf: 0.95},
		{name: "Arabic with ناحية", in: "ناحية مركز إدلب", want: "sy070000", how: place.MatchName, matched: "ناحية مركز إدلب", wantConf: 0.95},
		{name: "Arabic without hamza", in: "ناحية مركز ادلب", want: "sy070000", how: place.MatchName, matched: "ناحية مركز ادلب", wantConf: 0.95},
		// Ma'arrat an Nu'man / Maarat al-Numan.
		{name: "OCHA Ma'arrat An Nu'man", in: "Ma'arrat An Nu'man", opt: admin3, want: "sy070200", how: place.MatchExact, matched: "Ma'arrat An Nu'man", wantConf: 1},
		{name: "Ma'arrat an Nu'man", in: "Ma'arrat an Nu'man", opt: admin3, want: "sy070200", how: place.MatchFolded, matched: "Ma'arrat An Nu'man", wantConf: 0.9},
		{name: "Maarat al-Numan", in: "Maarat al-Numan", opt: admin3, want: "sy070200", how: place.MatchName, matched: "Maarat al-Numan", wantConf: 0.95},
		{name: "Maʿarrat al-Nuʿmān", in: "Maʿarrat al-Nuʿmān", opt: admin3, want: "sy070200", how: place.MatchAlias, matched: "Ma'arrat An Nu'man", wantConf: 0.75},
		{name: "Arabic", in: "معرة النعمان", opt: admin3, want: "sy070200", how: place.MatchAlias, matched: "مركز معرة النعمان", wantConf: 0.75},
		{name: "the district's own name", in: "Al Ma'ra", want: "sy0702", how: place.MatchExact, matched: "Al Ma'ra", wantConf: 1},
		// Dar'a / Daraa.
		{name: "OCHA Dar'a", in: "Dar'a", opt: admin1, want: "sy12", how: place.MatchExact, matched: "Dar'a", wantConf: 1},
		{name: "Daraa", in: "Daraa", opt: admin1, want: "sy12", how: place.MatchName, matched: "Daraa", wantConf: 0.95},
		{name: "Dar‘ā", in: "Dar‘ā", opt: admin1, want: "sy12", how: place.MatchFolded, matched: "Dar'a", wantConf: 0.9},
		{name: "Daraa Governorate", in: "Daraa Governorate", want: "sy12", how: place.MatchAlias, matched: "Dar'a", wantConf: 0.75},
		// Deir-ez-Zor.
		{name: "OCHA Deir-ez-Zor", in: "Deir-ez-Zor", opt: admin1, want: "sy09", how: place.MatchExact, matched: "Deir-ez-Zor", wantConf: 1},
		{name: "Deir ez-Zor", in: "Deir ez-Zor", opt: admin1, want: "sy09", how: place.MatchName, matched: "Deir ez-Zor", wantConf: 0.95},
		{name: "Deir ez Zor Governorate", in: "Deir ez Zor Governorate", want: "sy09", how: place.MatchAlias, matched: "Deir-ez-Zor", wantConf: 0.75},
		{name: "Dayr az Zawr (ISO)", in: "Dayr az Zawr", opt: admin1, want: "sy09", how: place.MatchName, matched: "Dayr az Zawr", wantConf: 0.95},
		{name: "Al Mayadin district", in: "Al Mayadin district", want: "sy0903", how: place.MatchAlias, matched: "Al Mayadin", wantConf: 0.75},
		{name: "Mayadin, no article", in: "Mayadin", opt: admin2, want: "sy0903", how: place.MatchAlias, matched: "Al Mayadin", wantConf: 0.75},
		// Turkish.
		{name: "İskenderun", in: "İskenderun", want: "tur031009", how: place.MatchFolded, matched: "Iskenderun", wantConf: 0.9},
		{name: "Hatay by ISO code", in: "TR-31", want: "hatay", how: place.MatchCode, matched: "TR-31", wantConf: 1},
		{name: "Hatay Province", in: "Hatay Province", want: "hatay", how: place.MatchAlias, matched: "Hatay", wantConf: 0.75},
		// Arabic with and without harakat and tatweel.
		{name: "Arabic plain", in: "سراقب", opt: admin3, want: "sy070003", how: place.MatchName, matched: "سراقب", wantConf: 0.95},
		{name: "Arabic vocalised", in: "سَرَاقِب", opt: admin3, want: "sy070003", how: place.MatchFolded, matched: "سراقب", wantConf: 0.9},
		{name: "Arabic with tatweel", in: "سراقـــب", opt: admin3, want: "sy070003", how: place.MatchFolded, matched: "سراقب", wantConf: 0.9},
		{name: "Saraqib town", in: "Sarāqib", opt: town, want: "saraqib", how: place.MatchExact, matched: "Sarāqib", wantConf: 1},
		{name: "the town by its sub-district's OCHA name, as ACLED writes it", in: "Saraqab", opt: town, want: "saraqib", how: place.MatchName, matched: "Saraqab", wantConf: 0.95},
		// Codes and countries.
		{name: "P-code", in: "SY0702", want: "sy0702", how: place.MatchCode, matched: "SY0702", wantConf: 1},
		{name: "GeoNames admin1 code", in: "SY.12", want: "sy07", how: place.MatchCode, matched: "SY.12", wantConf: 1},
		{name: "country", in: "Syria", want: "syria", how: place.MatchExact, matched: "Syria", wantConf: 1},
		{name: "country, ISO name", in: "Syrian Arab Republic", want: "syria", how: place.MatchName, matched: "Syrian Arab Republic", wantConf: 0.95},
		{name: "country, Arabic", in: "سوريا", want: "syria", how: place.MatchName, matched: "سوريا", wantConf: 0.95},
		{name: "Türkiye", in: "Türkiye", want: "turkey", how: place.MatchName, matched: "Türkiye", wantConf: 0.95},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m, err := g.Resolve(tc.in, tc.opt)
			require.NoError(t, err)
			assert.Equal(t, tc.want, m.Place.ID)
			assert.Equal(t, tc.how, m.How)
			assert.Equal(t, tc.matched, m.Name)
			assert.Equal(t, tc.wantConf, m.Confidence)
			// The cached answer is the same.
			again, err := g.Resolve(tc.in, tc.opt)
			require.NoError(t, err)
			assert.Equal(t, m, again)
		})
	}
}

func TestResolveAmbiguous(t *testing.T) {
	g := place.Default()
	tests := []struct {
		name string
		in   string
		opt  place.ResolveOptions
		want []place.ID
	}{
		{name: "Idleb names three units and the city", in: "Idleb", want: []place.ID{"sy07", "sy0700", "sy070000", "idlib-city"}},
		{name: "Idlib also the city", in: "Idlib", want: []place.ID{"sy07", "sy0700", "sy070000", "idlib-city"}},
		{name: "Arabic variant spelling of Idlib", in: "Idlib", opt: place.ResolveOptions{Parent: "sy07"}, want: []place.ID{"sy0700", "sy070000", "idlib-city"}},
		{name: "Arabic Idlib: the three units", in: "إدلب", want: []place.ID{"sy07", "sy0700", "sy070000"}},
		{name: "Saraqib: sub-district and town", in: "Saraqib", want: []place.ID{"sy070003", "saraqib"}},
		{name: "Suran: two sub-districts", in: "Suran", opt: admin3, want: []place.ID{"sy020405", "sy050101"}},
		{name: "Kobanî: district and sub-district", in: "Kobanî", want: []place.ID{"sy0206", "sy020600"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := g.Resolve(tc.in, tc.opt)
			require.ErrorIs(t, err, place.ErrAmbiguous)
			var amb *place.AmbiguousError
			require.True(t, errors.As(err, &amb))
			assert.Equal(t, tc.in, amb.Name)
			assert.Equal(t, tc.want, ids(amb.Candidates))
			_, again := g.Resolve(tc.in, tc.opt)
			assert.Equal(t, err, again, "the cached answer is the same")
		})
	}
}

func TestResolveAmbiguousMessage(t *testing.T) {
	_, err := place.Default().Resolve("Idleb", place.ResolveOptions{})
	assert.EqualError(t, err, `place: "Idleb": ambiguous place name: sy07 (admin1), sy0700 (admin2), sy070000 (admin3), idlib-city (locality)`)
}

func TestResolveNarrowing(t *testing.T) {
	g := place.Default()
	tests := []struct {
		name string
		in   string
		opt  place.ResolveOptions
		want place.ID
	}{
		{name: "Suran in Hama", in: "Suran", opt: place.ResolveOptions{Parent: "sy05"}, want: "sy050101"},
		{name: "Suran in Aleppo", in: "Suran", opt: place.ResolveOptions{Parent: "sy02", Level: place.LevelAdmin3}, want: "sy020405"},
		{name: "Suran the town", in: "Suran", opt: place.ResolveOptions{Parent: "sy02", Level: place.LevelLocality}, want: "suran"},
		{name: "parent at any depth", in: "Idleb", opt: place.ResolveOptions{Parent: "syria", Level: place.LevelAdmin2}, want: "sy0700"},
		{name: "country", in: "Hatay", opt: place.ResolveOptions{Country: place.MustCountry("TR")}, want: "hatay"},
		{name: "code under a parent", in: "SY070003", opt: place.ResolveOptions{Parent: "sy07"}, want: "sy070003"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m, err := g.Resolve(tc.in, tc.opt)
			require.NoError(t, err)
			assert.Equal(t, tc.want, m.Place.ID)
		})
	}
}

func TestResolveErrors(t *testing.T) {
	g := place.Default()
	tests := []struct {
		name string
		in   string
		opt  place.ResolveOptions
		want error
		msg  string
	}{
		{name: "unknown name", in: "Atlantis", want: place.ErrNotFound, msg: `place: "Atlantis": place not found`},
		{name: "spelling in no file", in: "Deraa", want: place.ErrNotFound},
		{name: "wrong level", in: "Idlib Governorate", opt: admin2, want: place.ErrNotFound, msg: `place: "Idlib Governorate" (admin2): place not found`},
		{name: "outside the parent", in: "Saraqab", opt: place.ResolveOptions{Parent: "sy02"}, want: place.ErrNotFound, msg: `place: "Saraqab" (in "sy02"): place not found`},
		{name: "outside the country", in: "Saraqab", opt: place.ResolveOptions{Country: place.MustCountry("TR")}, want: place.ErrNotFound, msg: `place: "Saraqab" (in country TR): place not found`},
		{name: "code outside the parent", in: "SY070003", opt: place.ResolveOptions{Parent: "sy02"}, want: place.ErrNotFound},
		{name: "conflicting level words", in: "Mintaqat Idlib Governorate", want: place.ErrNotFound},
		{name: "unknown parent", in: "Idleb", opt: place.ResolveOptions{Parent: "atlantis"}, want: place.ErrNotFound, msg: `place: place not found: parent "atlantis"`},
		{name: "empty name", in: "", want: place.ErrBadName},
		{name: "punctuation only", in: " - ", want: place.ErrBadName},
		{name: "only a level word", in: "Governorate", want: place.ErrNotFound},
		{name: "invalid level", in: "Idleb", opt: place.ResolveOptions{Level: 99}, want: place.ErrBadLevel},
		{name: "a P-code is case-sensitive", in: "sy07", opt: admin3, want: place.ErrNotFound},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m, err := g.Resolve(tc.in, tc.opt)
			assert.ErrorIs(t, err, tc.want)
			assert.Equal(t, place.Match{}, m)
			if tc.msg != "" {
				assert.EqualError(t, err, tc.msg)
			}
		})
	}
}

func TestResolveTierDecides(t *testing.T) {
	// A place named by a code of another place: the code tier wins.
	a := place.Place{ID: "a", Level: place.LevelArea, Name: "SY07"}
	b := place.Place{ID: "b", Level: place.LevelArea, Name: "B", Codes: []place.Code{{Scheme: place.SchemePCode, Value: "SY07"}}}
	// A name matching by key beats another place's alias.
	c := place.Place{ID: "c", Level: place.LevelAdmin2, Name: "Bab district"}
	d := place.Place{ID: "d", Level: place.LevelAdmin2, Name: "Bab"}
	g, err := place.NewGazetteer(a, b, c, d)
	require.NoError(t, err)
	m, err := g.Resolve("SY07", place.ResolveOptions{})
	require.NoError(t, err)
	assert.Equal(t, place.ID("b"), m.Place.ID)
	assert.Equal(t, place.MatchCode, m.How)
	m, err = g.Resolve("Bab District", place.ResolveOptions{})
	require.NoError(t, err)
	assert.Equal(t, place.ID("c"), m.Place.ID)
	assert.Equal(t, place.MatchFolded, m.How)
	// Under the alias rule both are "Bab": ambiguous, not a guess.
	_, err = g.Resolve("Al-Bab", place.ResolveOptions{})
	var amb *place.AmbiguousError
	require.ErrorAs(t, err, &amb)
	assert.Equal(t, []place.ID{"c", "d"}, ids(amb.Candidates))
}

func TestResolveCacheBounded(t *testing.T) {
	g := workedGazetteer(t)
	// More distinct names than the cache holds: answers stay right.
	for i := range 20000 {
		_, err := g.Resolve("x"+itoa(i), place.ResolveOptions{})
		require.ErrorIs(t, err, place.ErrNotFound)
	}
	m, err := g.Resolve("Idleb", place.ResolveOptions{Level: place.LevelAdmin2})
	require.NoError(t, err)
	assert.Equal(t, place.ID("sy0700"), m.Place.ID)
}

func TestMatchKind(t *testing.T) {
	tests := []struct {
		kind place.MatchKind
		text string
		conf float64
	}{
		{place.MatchUnspecified, "unspecified", 0},
		{place.MatchCode, "code", 1},
		{place.MatchExact, "exact", 1},
		{place.MatchName, "name", 0.95},
		{place.MatchFolded, "folded", 0.9},
		{place.MatchAlias, "alias", 0.75},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			assert.Equal(t, tc.text, tc.kind.String())
			assert.Equal(t, tc.conf, tc.kind.Confidence())
			assert.True(t, tc.kind.Valid())
			assert.Equal(t, tc.kind == place.MatchUnspecified, tc.kind.IsZero())
			k, err := place.ParseMatchKind(tc.text)
			require.NoError(t, err)
			assert.Equal(t, tc.kind, k)
			b, err := tc.kind.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, tc.text, string(b))
			var back place.MatchKind
			require.NoError(t, back.UnmarshalText(b))
			assert.Equal(t, tc.kind, back)
		})
	}
	bad := place.MatchKind(9)
	assert.False(t, bad.Valid())
	assert.Equal(t, "MatchKind(9)", bad.String())
	assert.Equal(t, 0.0, bad.Confidence())
	_, err := bad.MarshalText()
	assert.ErrorIs(t, err, place.ErrBadMatchKind)
	for _, s := range []string{"Exact", " exact", "fuzzy", ""} {
		_, err := place.ParseMatchKind(s)
		assert.ErrorIs(t, err, place.ErrBadMatchKind, "%q", s)
	}
	var k place.MatchKind = place.MatchAlias
	require.NoError(t, k.UnmarshalText(nil))
	assert.Equal(t, place.MatchUnspecified, k)
	assert.ErrorIs(t, k.UnmarshalText([]byte("loose")), place.ErrBadMatchKind)
}

func TestResolveID(t *testing.T) {
	g := place.Default()
	id, how, err := g.ResolveID("Markaz Idlib district", place.ResolveOptions{Parent: "sy07", Level: place.LevelAdmin2})
	require.NoError(t, err)
	assert.Equal(t, place.ID("sy0700"), id)
	assert.Equal(t, place.MatchAlias, how)
	code, ok := g.Code(id, place.SchemePCode)
	assert.True(t, ok)
	assert.Equal(t, "SY0700", code)

	id, how, err = g.ResolveID("Idleb", place.ResolveOptions{})
	var amb *place.AmbiguousError
	require.ErrorAs(t, err, &amb)
	assert.Equal(t, []place.ID{"sy07", "sy0700", "sy070000", "idlib-city"}, ids(amb.Candidates))
	assert.Empty(t, id)
	assert.Equal(t, place.MatchUnspecified, how)

	for _, tc := range []struct {
		name string
		opt  place.ResolveOptions
		want error
	}{
		{"Atlantis", place.ResolveOptions{}, place.ErrNotFound},
		{"Idleb", place.ResolveOptions{Parent: "atlantis"}, place.ErrNotFound},
		{"Idleb", place.ResolveOptions{Level: 99}, place.ErrBadLevel},
		{"", place.ResolveOptions{}, place.ErrBadName},
	} {
		id, how, err := g.ResolveID(tc.name, tc.opt)
		assert.ErrorIs(t, err, tc.want, tc.name)
		assert.Empty(t, id)
		assert.Equal(t, place.MatchUnspecified, how)
	}

	_, ok = g.Code("sy0700", place.SchemeISOSubdivision)
	assert.False(t, ok, "districts have no ISO code")
	_, ok = g.Code("atlantis", place.SchemePCode)
	assert.False(t, ok)
	iso, ok := g.Code("sy07", place.SchemeISOSubdivision)
	assert.True(t, ok)
	assert.Equal(t, "SY-ID", iso)
}

// TestResolveIDAgreesWithResolve checks the hot path against Resolve on
// the spelling families.
func TestResolveIDAgreesWithResolve(t *testing.T) {
	g := place.Default()
	for _, in := range []string{"Idlib Governorate", "Maarat al-Numan", "سراقب", "İskenderun", "SY0702", "Idlib", "Deraa"} {
		m, err1 := g.Resolve(in, place.ResolveOptions{})
		id, how, err2 := g.ResolveID(in, place.ResolveOptions{})
		assert.Equal(t, err1, err2, in)
		assert.Equal(t, m.Place.ID, id, in)
		assert.Equal(t, m.How, how, in)
	}
}
