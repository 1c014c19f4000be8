package place_test

import (
	"bytes"
	"errors"
	"slices"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/conflictkit/conflict/place"
)

func workedGazetteer(t *testing.T) *place.Gazetteer {
	t.Helper()
	g, err := place.NewGazetteer(workedHierarchy()...)
	require.NoError(t, err)
	return g
}

func TestNewGazetteerErrors(t *testing.T) {
	loopA := place.Place{ID: "a", Level: place.LevelArea, Name: "A", Parent: "b"}
	loopB := place.Place{ID: "b", Level: place.LevelArea, Name: "B", Parent: "a"}
	inverted := idlebGovernorate()
	inverted.Parent = "sy0700" // an admin1 inside an admin2
	otherCountry := idlebDistrict()
	otherCountry.Country = place.MustCountry("TR")
	sameCode := idlebDistrict()
	sameCode.ID = "copy"
	tests := []struct {
		name   string
		places []place.Place
		want   error
	}{
		{name: "invalid place", places: []place.Place{{ID: "x", Name: "X"}}, want: place.ErrBadLevel},
		{name: "duplicate ID", places: []place.Place{syria(), syria()}, want: place.ErrDuplicate},
		{name: "duplicate code", places: []place.Place{idlebDistrict(), sameCode}, want: place.ErrDuplicate},
		{name: "cycle", places: []place.Place{loopA, loopB}, want: place.ErrCycle},
		{name: "level inversion", places: []place.Place{syria(), inverted, idlebDistrict()}, want: place.ErrHierarchy},
		{name: "country mismatch", places: []place.Place{syria(), idlebGovernorate(), otherCountry}, want: place.ErrHierarchy},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g, err := place.NewGazetteer(tc.places...)
			assert.ErrorIs(t, err, tc.want)
			assert.Nil(t, g)
		})
	}
}

func TestNewGazetteerReportsEveryProblem(t *testing.T) {
	_, err := place.NewGazetteer(place.Place{ID: "x", Name: "X"}, syria(), syria())
	assert.ErrorIs(t, err, place.ErrBadLevel)
	assert.ErrorIs(t, err, place.ErrDuplicate)
}

func TestGazetteerZeroValue(t *testing.T) {
	var g place.Gazetteer
	assert.Equal(t, 0, g.Len())
	_, ok := g.Get("sy07")
	assert.False(t, ok)
	_, ok = g.ByCode(place.SchemePCode, "SY07")
	assert.False(t, ok)
	assert.Nil(t, g.Ancestors("sy07"))
	assert.False(t, g.Contains("sy", "sy07"))
	_, err := g.Resolve("Idleb", place.ResolveOptions{})
	assert.ErrorIs(t, err, place.ErrNotFound)
	_, _, ok = g.Nearest(place.MustPoint(35, 36), place.NearestOptions{})
	assert.False(t, ok)
	_, err = g.Ref("sy07")
	assert.ErrorIs(t, err, place.ErrNotFound)
	assert.NoError(t, g.Validate())
	for range g.All() {
		t.Fatal("the zero gazetteer has places")
	}
	var buf bytes.Buffer
	require.NoError(t, g.WriteJSON(&buf))
	assert.Equal(t, "[\n]\n", buf.String())
}

func TestGazetteerGetByCode(t *testing.T) {
	g := workedGazetteer(t)
	assert.Equal(t, 6, g.Len())
	p, ok := g.Get("sy0700")
	require.True(t, ok)
	assert.Equal(t, idlebDistrict(), p)

	tests := []struct {
		name   string
		scheme place.Scheme
		value  string
		want   place.ID
	}{
		{"P-code", place.SchemePCode, "SY07", "sy07"},
		{"ISO 3166-2", place.SchemeISOSubdivision, "SY-ID", "sy07"},
		{"GeoNames", place.SchemeGeoNames, "169389", "idlib-city"},
		{"ISO alpha-2", place.SchemeISOCountry, "SY", "sy"},
		{"ISO alpha-2 lower case", place.SchemeISOCountry, "sy", "sy"},
		{"ISO alpha-3", place.SchemeISOCountry, "SYR", "sy"},
		{"ISO numeric", place.SchemeISOCountry, "760", "sy"},
		{"P-code is exact", place.SchemePCode, "sy07", ""},
		{"unknown country", place.SchemeISOCountry, "TR", ""},
		{"not a country", place.SchemeISOCountry, "145", ""},
		{"wrong scheme", place.SchemeGeoNames, "SY07", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, ok := g.ByCode(tc.scheme, tc.value)
			assert.Equal(t, tc.want != "", ok)
			assert.Equal(t, tc.want, p.ID)
		})
	}
}

func TestGazetteerAncestorsContainsRef(t *testing.T) {
	g := workedGazetteer(t)
	assert.Equal(t, []place.ID{"sy", "sy07", "sy0700", "sy070000"}, ids(g.Ancestors("idlib-city")))
	assert.Nil(t, g.Ancestors("sy"))
	assert.Nil(t, g.Ancestors("nowhere"))

	tests := []struct {
		outer, inner place.ID
		want         bool
	}{
		{"sy", "idlib-city", true},
		{"sy07", "sy070000", true},
		{"idlib-de-escalation-zone", "idlib-city", true}, // a Within link
		{"sy", "idlib-de-escalation-zone", true},
		{"sy070000", "sy07", false},
		{"sy07", "sy07", false},
		{"nowhere", "sy07", false},
		{"sy", "nowhere", false},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, g.Contains(tc.outer, tc.inner), "%s contains %s", tc.outer, tc.inner)
	}

	ref, err := g.Ref("idlib-city")
	require.NoError(t, err)
	assert.Equal(t, place.Ref{ID: "idlib-city", Name: "Idlib", Level: place.LevelLocality, Path: []place.Unit{
		{Level: place.LevelCountry, ID: "sy", Code: "SY", Name: "Syria"},
		{Level: place.LevelAdmin1, ID: "sy07", Code: "SY07", Name: "Idleb"},
		{Level: place.LevelAdmin2, ID: "sy0700", Code: "SY0700", Name: "Idleb"},
		{Level: place.LevelAdmin3, ID: "sy070000", Code: "SY070000", Name: "Idleb"},
	}}, ref)
	_, err = g.Ref("nowhere")
	assert.ErrorIs(t, err, place.ErrNotFound)
}

func TestGazetteerOpenLinks(t *testing.T) {
	// A partial gazetteer: the city without its sub-district or zone.
	g, err := place.NewGazetteer(idlibCity())
	require.NoError(t, err)
	assert.Nil(t, g.Ancestors("idlib-city"))
	err = g.Validate()
	assert.ErrorIs(t, err, place.ErrNotFound)
	assert.ErrorContains(t, err, `"sy070000", parent of "idlib-city"`)
	assert.ErrorContains(t, err, `"idlib-de-escalation-zone", within[0] of "idlib-city"`)
	assert.NoError(t, workedGazetteer(t).Validate())
}

func TestGazetteerCopiesPlaces(t *testing.T) {
	in := idlibCity()
	g, err := place.NewGazetteer(in)
	require.NoError(t, err)
	in.Names = append(in.Names, place.Name{Text: "changed"})
	in.Point.Lat = 1
	p, _ := g.Get("idlib-city")
	assert.Equal(t, idlibCity(), p)
	p.Point.Lat = 2
	p.Codes[0].Value = "1"
	again, _ := g.Get("idlib-city")
	assert.Equal(t, idlibCity(), again)
	m, err := g.Resolve("Idlib", place.ResolveOptions{})
	require.NoError(t, err)
	m.Place.Codes[0].Value = "2"
	again, _ = g.Get("idlib-city")
	assert.Equal(t, idlibCity(), again)
}

func TestGazetteerAll(t *testing.T) {
	g := workedGazetteer(t)
	var got []place.Place
	for p := range g.All() {
		got = append(got, p)
		if len(got) == 2 {
			break
		}
	}
	assert.Equal(t, workedHierarchy()[:2], got)
}

func TestGazetteerMerge(t *testing.T) {
	base := workedGazetteer(t)
	renamed := idlebGovernorate()
	renamed.Name = "Idlib"
	town := place.Place{ID: "saraqib", Level: place.LevelLocality, Name: "Saraqib", Parent: "sy070000", Country: place.MustCountry("SY")}
	overlay, err := place.NewGazetteer(renamed, town)
	require.NoError(t, err)

	merged, err := base.Merge(overlay)
	require.NoError(t, err)
	assert.Equal(t, 7, merged.Len())
	assert.Equal(t, []place.ID{"sy", "sy07", "sy0700", "sy070000", "idlib-city", "idlib-de-escalation-zone", "saraqib"}, ids(slices.Collect(merged.All())))
	p, _ := merged.Get("sy07")
	assert.Equal(t, "Idlib", p.Name, "the overlay's place wins")
	assert.True(t, merged.Contains("sy07", "saraqib"))
	assert.NoError(t, merged.Validate())
	p, _ = base.Get("sy07")
	assert.Equal(t, "Idleb", p.Name, "the base does not change")

	cp, err := base.Merge(nil)
	require.NoError(t, err)
	assert.Equal(t, slices.Collect(base.All()), slices.Collect(cp.All()))

	clash := idlebDistrict()
	clash.ID = "other"
	bad, err := place.NewGazetteer(clash)
	require.NoError(t, err)
	_, err = base.Merge(bad)
	assert.ErrorIs(t, err, place.ErrDuplicate, "the overlay repeats a code of the base")
}

func TestGazetteerJSONRoundTrip(t *testing.T) {
	for _, tc := range []struct {
		name string
		g    *place.Gazetteer
	}{
		{"worked hierarchy", workedGazetteer(t)},
		{"embedded", place.Default()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			require.NoError(t, tc.g.WriteJSON(&buf))
			back, err := place.LoadJSON(&buf)
			require.NoError(t, err)
			assert.Equal(t, slices.Collect(tc.g.All()), slices.Collect(back.All()))
		})
	}
}

func TestGazetteerWriteJSONFormat(t *testing.T) {
	pt := place.MustPoint(35.5, 36)
	g, err := place.NewGazetteer(
		place.Place{ID: "a", Level: place.LevelArea, Name: "São Tomé & <b>", Point: &pt},
		place.Place{ID: "b", Level: place.LevelArea, Name: "B", Names: []place.Name{{Text: "Б", Lang: language.Russian}}},
	)
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, g.WriteJSON(&buf))
	assert.Equal(t, `[
{"id":"a","level":"area","name":"São Tomé & <b>","point":{"lat":35.5,"lon":36}},
{"id":"b","level":"area","name":"B","names":[{"text":"Б","lang":"ru"}]}
]
`, buf.String())
}

func TestGazetteerConcurrent(t *testing.T) {
	g := place.Default()
	names := []string{"Idleb", "Saraqib", "Idlib Governorate", "سراقب", "Al Mayadin district", "İskenderun", "nowhere"}
	var wg sync.WaitGroup
	for w := range 8 {
		wg.Go(func() {
			for i := range 200 {
				name := names[(w+i)%len(names)]
				_, err := g.Resolve(name, place.ResolveOptions{Level: place.LevelAdmin3})
				if err != nil && !errors.Is(err, place.ErrNotFound) && !errors.Is(err, place.ErrAmbiguous) {
					t.Error(err)
				}
				g.Nearest(place.MustPoint(35.9, 36.6), place.NearestOptions{})
				g.Get("sy07")
				g.Ancestors("saraqib")
			}
		})
	}
	wg.Wait()
}
