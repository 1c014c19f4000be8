package place_test

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/place"
)

func TestPointDistance(t *testing.T) {
	// On a sphere of radius R: a degree of a meridian is πR/180, a quarter
	// of the equator πR/2, half of it πR.
	const r = 6371.0088
	tests := []struct {
		name string
		a, b place.Point
		want float64
	}{
		{"same point", place.Point{Lat: 35.9, Lon: 36.6}, place.Point{Lat: 35.9, Lon: 36.6}, 0},
		{"one degree of latitude", place.Point{Lat: 0, Lon: 0}, place.Point{Lat: 1, Lon: 0}, math.Pi * r / 180},
		{"a quarter of the equator", place.Point{Lat: 0, Lon: 0}, place.Point{Lat: 0, Lon: 90}, math.Pi * r / 2},
		{"antipodes", place.Point{Lat: 0, Lon: 0}, place.Point{Lat: 0, Lon: 180}, math.Pi * r},
		{"pole to pole", place.Point{Lat: 90, Lon: 0}, place.Point{Lat: -90, Lon: 0}, math.Pi * r},
		{"across the date line", place.Point{Lat: 0, Lon: 179.5}, place.Point{Lat: 0, Lon: -179.5}, math.Pi * r / 180},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.InDelta(t, tc.want, tc.a.Distance(tc.b), 1e-6)
			assert.InDelta(t, tc.want, tc.b.Distance(tc.a), 1e-6)
		})
	}
}

func TestNearest(t *testing.T) {
	pt := func(lat, lon float64) *place.Point { p := place.MustPoint(lat, lon); return &p }
	sy, tr := place.MustCountry("SY"), place.MustCountry("TR")
	g, err := place.NewGazetteer(
		place.Place{ID: "sy", Level: place.LevelCountry, Name: "Syria", Country: sy},
		place.Place{ID: "tr", Level: place.LevelCountry, Name: "Turkey", Country: tr},
		place.Place{ID: "gov", Level: place.LevelAdmin1, Name: "Gov", Parent: "sy", Country: sy, Point: pt(35, 36)},
		place.Place{ID: "a", Level: place.LevelLocality, Name: "A", Parent: "gov", Country: sy, Point: pt(35, 36.2)},
		place.Place{ID: "b", Level: place.LevelLocality, Name: "B", Parent: "gov", Country: sy, Point: pt(35, 37)},
		place.Place{ID: "c", Level: place.LevelLocality, Name: "C", Parent: "tr", Country: tr, Point: pt(36, 36)},
		place.Place{ID: "d", Level: place.LevelLocality, Name: "D", Parent: "gov", Country: sy, Point: pt(35, 36.2)}, // same point as a
	)
	require.NoError(t, err)
	degLon35 := math.Pi * 6371.0088 / 180 * math.Cos(35*math.Pi/180) // approximately, for small spans
	tests := []struct {
		name string
		p    place.Point
		opt  place.NearestOptions
		want place.ID
		km   float64 // 0: not checked
	}{
		{name: "anything", p: place.Point{Lat: 35, Lon: 36.01}, want: "gov"},
		{name: "a locality; ties go to the first given", p: place.Point{Lat: 35, Lon: 36}, opt: place.NearestOptions{Level: place.LevelLocality}, want: "a", km: 0.2 * degLon35},
		{name: "in a parent", p: place.Point{Lat: 36, Lon: 36}, opt: place.NearestOptions{Parent: "gov", Level: place.LevelLocality}, want: "a"},
		{name: "in a country", p: place.Point{Lat: 35, Lon: 36.2}, opt: place.NearestOptions{Country: tr}, want: "c"},
		{name: "within reach", p: place.Point{Lat: 35, Lon: 36.9}, opt: place.NearestOptions{MaxKm: 10}, want: "b", km: 0.1 * degLon35},
		{name: "out of reach", p: place.Point{Lat: 35, Lon: 36.9}, opt: place.NearestOptions{MaxKm: 5}},
		{name: "unknown parent", p: place.Point{Lat: 35, Lon: 36}, opt: place.NearestOptions{Parent: "nowhere"}},
		{name: "no place at that level", p: place.Point{Lat: 35, Lon: 36}, opt: place.NearestOptions{Level: place.LevelAdmin3}},
		{name: "invalid point", p: place.Point{Lat: 91, Lon: 36}},
		{name: "NaN", p: place.Point{Lat: math.NaN(), Lon: 36}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, km, ok := g.Nearest(tc.p, tc.opt)
			assert.Equal(t, tc.want != "", ok)
			assert.Equal(t, tc.want, p.ID)
			if tc.km > 0 {
				assert.InDelta(t, tc.km, km, 0.01)
			}
			if !ok {
				assert.Zero(t, km)
			}
		})
	}
}

func TestNearestDefault(t *testing.T) {
	g := place.Default()
	// Saraqib's own point (REFERENCE.md §6.4).
	p, km, ok := g.Nearest(place.MustPoint(35.86447, 36.80591), place.NearestOptions{Level: place.LevelLocality})
	require.True(t, ok)
	assert.Equal(t, place.ID("saraqib"), p.ID)
	assert.Zero(t, km)
	// Idlib city's point, among sub-district centroids of Idleb.
	p, _, ok = g.Nearest(place.MustPoint(35.93062, 36.63393), place.NearestOptions{Level: place.LevelAdmin3, Parent: "sy07"})
	require.True(t, ok)
	assert.Equal(t, place.ID("sy070000"), p.ID)
	// Nothing in Hatay has a point.
	_, _, ok = g.Nearest(place.MustPoint(36.2, 36.16), place.NearestOptions{Parent: "hatay"})
	assert.False(t, ok)
}
