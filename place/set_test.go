package place_test

import (
	"fmt"
	"slices"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/place"
)

func ids(places []place.Place) []place.ID {
	out := make([]place.ID, len(places))
	for i, p := range places {
		out[i] = p.ID
	}
	return out
}

func TestSetAncestorsWorkedHierarchy(t *testing.T) {
	s, err := place.NewSet(workedHierarchy()...)
	require.NoError(t, err)
	tests := []struct {
		id   place.ID
		want []place.ID
	}{
		{id: "sy", want: []place.ID{}},
		{id: "sy07", want: []place.ID{"sy"}},
		{id: "sy0700", want: []place.ID{"sy", "sy07"}},
		{id: "sy070000", want: []place.ID{"sy", "sy07", "sy0700"}},
		{id: "idlib-city", want: []place.ID{"sy", "sy07", "sy0700", "sy070000"}},
		{id: "idlib-de-escalation-zone", want: []place.ID{"sy"}},
	}
	for _, tc := range tests {
		t.Run(string(tc.id), func(t *testing.T) {
			got, err := s.Ancestors(tc.id)
			require.NoError(t, err)
			assert.Equal(t, tc.want, ids(got))
		})
	}
}

func TestSetRefWorkedHierarchy(t *testing.T) {
	s, err := place.NewSet(workedHierarchy()...)
	require.NoError(t, err)

	got, err := s.Ref("idlib-city")
	require.NoError(t, err)
	assert.Equal(t, place.Ref{
		ID:    "idlib-city",
		Name:  "Idlib",
		Level: place.LevelLocality,
		Path: []place.Unit{
			{Level: place.LevelCountry, ID: "sy", Code: "SY", Name: "Syria"},
			{Level: place.LevelAdmin1, ID: "sy07", Code: "SY07", Name: "Idleb"},
			{Level: place.LevelAdmin2, ID: "sy0700", Code: "SY0700", Name: "Idleb"},
			{Level: place.LevelAdmin3, ID: "sy070000", Code: "SY070000", Name: "Idleb"},
		},
	}, got)

	got, err = s.Ref("sy")
	require.NoError(t, err)
	assert.Equal(t, place.Ref{ID: "sy", Name: "Syria", Level: place.LevelCountry}, got)

	got, err = s.Ref("idlib-de-escalation-zone")
	require.NoError(t, err)
	assert.Equal(t, place.Ref{
		ID: "idlib-de-escalation-zone", Name: "Idlib de-escalation zone", Level: place.LevelArea,
		Path: []place.Unit{{Level: place.LevelCountry, ID: "sy", Code: "SY", Name: "Syria"}},
	}, got)
}

func TestSetRefCountryCodeFallsBackToCountry(t *testing.T) {
	tr := place.Place{ID: "tr", Level: place.LevelCountry, Name: "Turkey", Country: place.MustCountry("TUR")}
	hatay := place.Place{ID: "tur031", Level: place.LevelAdmin1, Name: "Hatay", Parent: "tr",
		Country: place.MustCountry("TR"),
		Codes: []place.Code{
			{Scheme: place.SchemePCode, Value: "TUR031"},
			{Scheme: place.SchemeISOSubdivision, Value: "TR-31"},
		}}
	area := place.Place{ID: "border-area", Level: place.LevelArea, Name: "Border area", Parent: "tur031"}
	s, err := place.NewSet(tr, hatay, area)
	require.NoError(t, err)
	got, err := s.Ref("border-area")
	require.NoError(t, err)
	assert.Equal(t, []place.Unit{
		{Level: place.LevelCountry, ID: "tr", Code: "TR", Name: "Turkey"},
		{Level: place.LevelAdmin1, ID: "tur031", Code: "TUR031", Name: "Hatay"},
	}, got.Path)
}

func TestSetAncestorsErrors(t *testing.T) {
	sy := syria()
	gov := idlebGovernorate()
	district := idlebDistrict()
	sub := idlebSubdistrict()
	city := idlibCity()
	zone := deEscalationZone()
	tests := []struct {
		name    string
		places  []place.Place
		id      place.ID
		wantErr error
	}{
		{name: "unknown id", places: []place.Place{sy}, id: "sy07", wantErr: place.ErrNotFound},
		{name: "missing link", places: []place.Place{sy, gov, sub, city}, id: "idlib-city", wantErr: place.ErrNotFound},
		{name: "two-place cycle", places: []place.Place{
			{ID: "a", Level: place.LevelArea, Name: "A", Parent: "b"},
			{ID: "b", Level: place.LevelArea, Name: "B", Parent: "a"},
		}, id: "a", wantErr: place.ErrCycle},
		{name: "cycle above the start", places: []place.Place{
			{ID: "c", Level: place.LevelLocality, Name: "C", Parent: "a"},
			{ID: "a", Level: place.LevelArea, Name: "A", Parent: "b"},
			{ID: "b", Level: place.LevelArea, Name: "B", Parent: "a"},
		}, id: "c", wantErr: place.ErrCycle},
		{name: "ranked cycle", places: []place.Place{
			{ID: "c", Level: place.LevelAdmin2, Name: "C", Parent: "a"},
			{ID: "a", Level: place.LevelAdmin1, Name: "A", Parent: "b"},
			{ID: "b", Level: place.LevelCountry, Name: "B", Parent: "c", Country: place.MustCountry("SY")},
		}, id: "c", wantErr: place.ErrCycle},
		{name: "district inside sub-district", places: []place.Place{
			sy, gov, sub, {ID: "sy0700", Level: place.LevelAdmin2, Name: "Idleb", Parent: "sy070000"},
		}, id: "sy0700", wantErr: place.ErrHierarchy},
		{name: "same level", places: []place.Place{
			sy, gov, {ID: "sy0700", Level: place.LevelAdmin1, Name: "Idleb", Parent: "sy07"},
		}, id: "sy0700", wantErr: place.ErrHierarchy},
		{name: "locality inside locality", places: []place.Place{
			city, {ID: "old-town", Level: place.LevelLocality, Name: "Old town", Parent: "idlib-city"},
			sub, district, gov, sy,
		}, id: "old-town", wantErr: place.ErrHierarchy},
		{name: "inversion hidden behind an area", places: []place.Place{
			sy, gov, district,
			{ID: "zone", Level: place.LevelArea, Name: "Zone", Parent: "sy0700"},
			{ID: "x", Level: place.LevelAdmin1, Name: "X", Parent: "zone"},
		}, id: "x", wantErr: place.ErrHierarchy},
		{name: "admin unit in another country", places: []place.Place{
			sy, {ID: "tur031", Level: place.LevelAdmin1, Name: "Hatay", Parent: "sy", Country: place.MustCountry("TR")},
		}, id: "tur031", wantErr: place.ErrHierarchy},
		{name: "area crossing a border is fine", places: []place.Place{
			sy, zone, {ID: "border", Level: place.LevelArea, Name: "Border strip", Parent: "sy", Country: place.MustCountry("TR")},
		}, id: "border"},
		{name: "locality directly in a country is fine", places: []place.Place{
			sy, {ID: "idlib", Level: place.LevelLocality, Name: "Idlib", Parent: "sy"},
		}, id: "idlib"},
		{name: "admin unit inside an area is fine", places: []place.Place{
			sy, {ID: "nw", Level: place.LevelArea, Name: "Northwest Syria", Parent: "sy"},
			{ID: "sy07", Level: place.LevelAdmin1, Name: "Idleb", Parent: "nw"},
		}, id: "sy07"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := place.NewSet(tc.places...)
			require.NoError(t, err)
			got, err := s.Ancestors(tc.id)
			ref, rerr := s.Ref(tc.id)
			if tc.wantErr != nil {
				assert.ErrorIs(t, err, tc.wantErr)
				assert.Nil(t, got)
				assert.ErrorIs(t, rerr, tc.wantErr)
				assert.True(t, ref.IsZero())
				return
			}
			assert.NoError(t, err)
			assert.NoError(t, rerr)
		})
	}
}

func TestSetAncestorsOrderMixedWithArea(t *testing.T) {
	s, err := place.NewSet(
		syria(),
		place.Place{ID: "nw", Level: place.LevelArea, Name: "Northwest Syria", Parent: "sy"},
		place.Place{ID: "sy07", Level: place.LevelAdmin1, Name: "Idleb", Parent: "nw"},
	)
	require.NoError(t, err)
	got, err := s.Ancestors("sy07")
	require.NoError(t, err)
	assert.Equal(t, []place.ID{"sy", "nw"}, ids(got))
}

func TestNewSetErrors(t *testing.T) {
	bad := idlibCity()
	bad.Name = ""
	s, err := place.NewSet(syria(), syria(), bad)
	assert.Nil(t, s)
	assert.ErrorIs(t, err, place.ErrDuplicate)
	assert.ErrorIs(t, err, place.ErrBadName)
}

func TestSetAdd(t *testing.T) {
	var s place.Set // zero value is usable
	assert.Equal(t, 0, s.Len())
	require.NoError(t, s.Add(syria()))
	err := s.Add(syria())
	assert.ErrorIs(t, err, place.ErrDuplicate)
	assert.Equal(t, `place: duplicate ID "sy"`, err.Error())
	err = s.Add(place.Place{ID: "x", Name: "X"})
	assert.ErrorIs(t, err, place.ErrBadLevel)
	assert.EqualError(t, err, `place: cannot add "x": place: level: invalid place level`)
	var fe *place.FieldError
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, "level", fe.Path)
	assert.Equal(t, 1, s.Len())
	_, ok := s.Get("x")
	assert.False(t, ok)
}

func TestSetCopiesPlaces(t *testing.T) {
	var s place.Set
	city := idlibCity()
	require.NoError(t, s.Add(city))

	// Changing the caller's place after Add does not reach the Set.
	city.Point.Lat = 1
	city.Codes[0].Value = "1"
	city.Within[0] = "other"

	got, ok := s.Get("idlib-city")
	require.True(t, ok)
	assert.Equal(t, idlibCity(), got)

	// Nor does changing what Get returned.
	got.Point.Lon = 2
	got.Codes[0].Value = "2"
	again, ok := s.Get("idlib-city")
	require.True(t, ok)
	assert.Equal(t, idlibCity(), again)
}

func TestSetAll(t *testing.T) {
	s, err := place.NewSet(workedHierarchy()...)
	require.NoError(t, err)
	var got []place.ID
	for p := range s.All() {
		got = append(got, p.ID)
	}
	assert.Equal(t, []place.ID{"sy", "sy07", "sy0700", "sy070000", "idlib-city", "idlib-de-escalation-zone"}, got)

	// Early break, and the loop body may modify the Set.
	got = got[:0]
	for p := range s.All() {
		got = append(got, p.ID)
		require.NoError(t, s.Add(place.Place{ID: "added", Level: place.LevelArea, Name: "Added"}))
		break
	}
	assert.Equal(t, []place.ID{"sy"}, got)
	assert.Equal(t, 7, s.Len())

	var empty place.Set
	assert.Empty(t, slices.Collect(empty.All()))
}

func TestSetConcurrent(t *testing.T) {
	s, err := place.NewSet(workedHierarchy()...)
	require.NoError(t, err)
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range 50 {
				id := place.ID(fmt.Sprintf("area-%d-%d", i, j))
				assert.NoError(t, s.Add(place.Place{ID: id, Level: place.LevelArea, Name: "A", Parent: "sy"}))
				_, err := s.Ref(id)
				assert.NoError(t, err)
				_, err = s.Ancestors("idlib-city")
				assert.NoError(t, err)
				for range s.All() {
					break
				}
			}
		}()
	}
	wg.Wait()
	assert.Equal(t, 6+8*50, s.Len())
}
