package place_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/place"
)

func TestParseLevel(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    place.Level
		wantErr error
	}{
		{name: "unspecified", in: "unspecified", want: place.LevelUnspecified},
		{name: "country", in: "country", want: place.LevelCountry},
		{name: "admin1", in: "admin1", want: place.LevelAdmin1},
		{name: "admin2", in: "admin2", want: place.LevelAdmin2},
		{name: "admin3", in: "admin3", want: place.LevelAdmin3},
		{name: "admin4", in: "admin4", want: place.LevelAdmin4},
		{name: "locality", in: "locality", want: place.LevelLocality},
		{name: "area", in: "area", want: place.LevelArea},
		{name: "empty", in: "", wantErr: place.ErrBadLevel},
		{name: "capitalised", in: "Country", wantErr: place.ErrBadLevel},
		{name: "padded", in: " admin1", wantErr: place.ErrBadLevel},
		{name: "admin5", in: "admin5", wantErr: place.ErrBadLevel},
		{name: "numeric", in: "1", wantErr: place.ErrBadLevel},
		{name: "water is not a level", in: "water", wantErr: place.ErrBadLevel},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := place.ParseLevel(tc.in)
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

func TestLevelProperties(t *testing.T) {
	tests := []struct {
		level   place.Level
		rank    int
		isAdmin bool
	}{
		{place.LevelUnspecified, 0, false},
		{place.LevelCountry, 1, false},
		{place.LevelAdmin1, 2, true},
		{place.LevelAdmin2, 3, true},
		{place.LevelAdmin3, 4, true},
		{place.LevelAdmin4, 5, true},
		{place.LevelLocality, 6, false},
		{place.LevelArea, 0, false},
		{place.Level(8), 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.level.String(), func(t *testing.T) {
			assert.Equal(t, tc.rank, tc.level.Rank())
			assert.Equal(t, tc.isAdmin, tc.level.IsAdmin())
		})
	}
}

func TestLevelInvalid(t *testing.T) {
	l := place.Level(8)
	assert.False(t, l.Valid())
	assert.Equal(t, "Level(8)", l.String())
	_, err := l.MarshalText()
	assert.ErrorIs(t, err, place.ErrBadLevel)
	assert.True(t, place.LevelUnspecified.IsZero())
	assert.False(t, place.LevelArea.IsZero())
}

func TestLevelText(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    place.Level
		wantErr error
	}{
		{name: "admin2", in: "admin2", want: place.LevelAdmin2},
		{name: "empty is unspecified", in: "", want: place.LevelUnspecified},
		{name: "unknown", in: "province", wantErr: place.ErrBadLevel},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l := place.LevelArea
			err := l.UnmarshalText([]byte(tc.in))
			if tc.wantErr != nil {
				assert.ErrorIs(t, err, tc.wantErr)
				assert.Equal(t, place.LevelArea, l, "unchanged on error")
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, l)
		})
	}
}

func TestLevelJSONRoundTrip(t *testing.T) {
	for l := place.LevelUnspecified; l <= place.LevelArea; l++ {
		t.Run(l.String(), func(t *testing.T) {
			b, err := json.Marshal(l)
			require.NoError(t, err)
			assert.Equal(t, `"`+l.String()+`"`, string(b))
			var got place.Level
			require.NoError(t, json.Unmarshal(b, &got))
			assert.Equal(t, l, got)
		})
	}
}
