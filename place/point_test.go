package place_test

import (
	"encoding/json"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/place"
)

func TestNewPoint(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	tests := []struct {
		name     string
		lat, lon float64
		wantErrs []error
	}{
		{name: "Idlib city", lat: 35.93062, lon: 36.63393},
		{name: "null island is a valid position", lat: 0, lon: 0},
		{name: "north pole", lat: 90, lon: 0},
		{name: "south pole", lat: -90, lon: 0},
		{name: "antimeridian east", lat: 0, lon: 180},
		{name: "antimeridian west", lat: 0, lon: -180},
		{name: "latitude just over", lat: 90.000001, lon: 0, wantErrs: []error{place.ErrLatitude}},
		{name: "latitude just under", lat: -90.000001, lon: 0, wantErrs: []error{place.ErrLatitude}},
		{name: "longitude just over", lat: 0, lon: 180.000001, wantErrs: []error{place.ErrLongitude}},
		{name: "longitude just under", lat: 0, lon: -180.000001, wantErrs: []error{place.ErrLongitude}},
		{name: "swapped lat lon out of range", lat: 136.6, lon: 35.9, wantErrs: []error{place.ErrLatitude}},
		{name: "latitude NaN", lat: nan, lon: 36, wantErrs: []error{place.ErrLatitude}},
		{name: "longitude NaN", lat: 35, lon: nan, wantErrs: []error{place.ErrLongitude}},
		{name: "latitude +Inf", lat: inf, lon: 36, wantErrs: []error{place.ErrLatitude}},
		{name: "longitude -Inf", lat: 35, lon: -inf, wantErrs: []error{place.ErrLongitude}},
		{name: "both bad", lat: nan, lon: 200, wantErrs: []error{place.ErrLatitude, place.ErrLongitude}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := place.NewPoint(tc.lat, tc.lon)
			if tc.wantErrs != nil {
				for _, want := range tc.wantErrs {
					assert.ErrorIs(t, err, want)
				}
				if len(tc.wantErrs) == 1 {
					other := place.ErrLongitude
					if tc.wantErrs[0] == place.ErrLongitude {
						other = place.ErrLatitude
					}
					assert.NotErrorIs(t, err, other)
				}
				assert.Equal(t, place.Point{}, got)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, place.Point{Lat: tc.lat, Lon: tc.lon}, got)
			assert.NoError(t, got.Validate())
		})
	}
}

func TestMustPoint(t *testing.T) {
	assert.Equal(t, place.Point{Lat: 36.20124, Lon: 37.16117}, place.MustPoint(36.20124, 37.16117))
	assert.Panics(t, func() { place.MustPoint(91, 0) })
}

func TestPointIsNullIsland(t *testing.T) {
	negZero := math.Copysign(0, -1)
	assert.True(t, place.Point{}.IsNullIsland())
	assert.True(t, place.Point{Lat: negZero, Lon: 0}.IsNullIsland())
	assert.False(t, place.Point{Lat: 0, Lon: 36.63393}.IsNullIsland())
	assert.False(t, place.Point{Lat: 35.93062, Lon: 0}.IsNullIsland())
}

func TestPointString(t *testing.T) {
	assert.Equal(t, "35.93062,36.63393", place.Point{Lat: 35.93062, Lon: 36.63393}.String())
	assert.Equal(t, "-33.5,0", place.Point{Lat: -33.5}.String())
}

func TestPointJSON(t *testing.T) {
	tests := []struct {
		name  string
		point place.Point
		json  string
	}{
		{name: "Idlib city", point: place.Point{Lat: 35.93062, Lon: 36.63393}, json: `{"lat":35.93062,"lon":36.63393}`},
		{name: "zero coordinates kept", point: place.Point{Lat: 0, Lon: 0}, json: `{"lat":0,"lon":0}`},
		{name: "zero latitude kept", point: place.Point{Lat: 0, Lon: -73.5}, json: `{"lat":0,"lon":-73.5}`},
		{name: "bounds", point: place.Point{Lat: -90, Lon: 180}, json: `{"lat":-90,"lon":180}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := json.Marshal(tc.point)
			require.NoError(t, err)
			assert.Equal(t, tc.json, string(b))
			var got place.Point
			require.NoError(t, json.Unmarshal(b, &got))
			assert.Equal(t, tc.point, got)
		})
	}
}

func TestPointMarshalInvalid(t *testing.T) {
	_, err := json.Marshal(place.Point{Lat: 100, Lon: 0})
	assert.ErrorIs(t, err, place.ErrLatitude)
	_, err = json.Marshal(place.Point{Lat: 0, Lon: math.NaN()})
	assert.ErrorIs(t, err, place.ErrLongitude)
}

func TestPointUnmarshalJSON(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    place.Point
		wantErr error
		syntax  bool // expect a decoding error without a sentinel
	}{
		{name: "plain", in: `{"lat":35.93062,"lon":36.63393}`, want: place.Point{Lat: 35.93062, Lon: 36.63393}},
		{name: "reversed members", in: `{"lon":36.63393,"lat":35.93062}`, want: place.Point{Lat: 35.93062, Lon: 36.63393}},
		{name: "unknown member refused", in: `{"lat":1,"lon":2,"alt":3}`, syntax: true},
		{name: "repeated member refused", in: `{"lat":1,"lon":2,"lat":3}`, syntax: true},
		{name: "missing lat", in: `{"lon":36.63393}`, wantErr: place.ErrLatitude},
		{name: "missing lon", in: `{"lat":35.93062}`, wantErr: place.ErrLongitude},
		{name: "null lat", in: `{"lat":null,"lon":1}`, wantErr: place.ErrLatitude},
		{name: "empty object", in: `{}`, wantErr: place.ErrLatitude},
		{name: "lat out of range", in: `{"lat":91,"lon":0}`, wantErr: place.ErrLatitude},
		{name: "lon out of range", in: `{"lat":0,"lon":-181}`, wantErr: place.ErrLongitude},
		{name: "string coordinate", in: `{"lat":"35.9","lon":36.6}`, syntax: true},
		{name: "array", in: `[35.9,36.6]`, syntax: true},
		{name: "huge number is out of range", in: `{"lat":1e400,"lon":0}`, wantErr: place.ErrLatitude},
		{name: "huge longitude", in: `{"lat":0,"lon":-1e400}`, wantErr: place.ErrLongitude},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := place.Point{Lat: 1, Lon: 1}
			err := json.Unmarshal([]byte(tc.in), &got)
			switch {
			case tc.wantErr != nil:
				assert.ErrorIs(t, err, tc.wantErr)
				assert.Equal(t, place.Point{Lat: 1, Lon: 1}, got, "unchanged on error")
			case tc.syntax:
				assert.Error(t, err)
				assert.NotErrorIs(t, err, place.ErrLatitude)
				assert.NotErrorIs(t, err, place.ErrLongitude)
			default:
				require.NoError(t, err)
				assert.Equal(t, tc.want, got)
			}
		})
	}
}

func TestOptionalPointJSON(t *testing.T) {
	type wrapper struct {
		P *place.Point `json:"p,omitzero"`
	}
	b, err := json.Marshal(wrapper{})
	require.NoError(t, err)
	assert.Equal(t, `{}`, string(b))

	var w wrapper
	require.NoError(t, json.Unmarshal([]byte(`{"p":null}`), &w))
	assert.Nil(t, w.P)
	require.NoError(t, json.Unmarshal([]byte(`{"p":{"lat":0,"lon":0}}`), &w))
	require.NotNil(t, w.P)
	assert.Equal(t, place.Point{}, *w.P)
}
