package place_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/place"
)

func TestParseID(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    place.ID
		wantErr error
	}{
		{name: "country slug", in: "sy", want: "sy"},
		{name: "letters and digits", in: "sy07", want: "sy07"},
		{name: "hyphenated", in: "idlib-de-escalation-zone", want: "idlib-de-escalation-zone"},
		{name: "namespaced", in: "org.example/old-town", want: "org.example/old-town"},
		{name: "all separators", in: "a-b_c.d/e:f", want: "a-b_c.d/e:f"},
		{name: "single letter", in: "a", want: "a"},
		{name: "max length", in: "a" + strings.Repeat("b", 63), want: place.ID("a" + strings.Repeat("b", 63))},
		{name: "too long", in: "a" + strings.Repeat("b", 64), wantErr: place.ErrBadID},
		{name: "empty", in: "", wantErr: place.ErrBadID},
		{name: "upper case", in: "SY07", wantErr: place.ErrBadID},
		{name: "leading digit", in: "7sy", wantErr: place.ErrBadID},
		{name: "leading separator", in: "-sy", wantErr: place.ErrBadID},
		{name: "trailing separator", in: "sy-", wantErr: place.ErrBadID},
		{name: "double separator", in: "idlib--city", wantErr: place.ErrBadID},
		{name: "space", in: "idlib city", wantErr: place.ErrBadID},
		{name: "surrounding space", in: " sy", wantErr: place.ErrBadID},
		{name: "non-ASCII", in: "idlíb", wantErr: place.ErrBadID},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := place.ParseID(tc.in)
			if tc.wantErr != nil {
				assert.ErrorIs(t, err, tc.wantErr)
				assert.Equal(t, place.ID(""), got)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
			assert.True(t, got.Valid())
			assert.Equal(t, tc.in, got.String())
		})
	}
}

func TestParseIDErrorMessage(t *testing.T) {
	_, err := place.ParseID("SY07")
	require.Error(t, err)
	assert.Equal(t, `place: invalid place ID "SY07"`, err.Error())
}

func TestMustParseIDPanics(t *testing.T) {
	assert.Panics(t, func() { place.MustParseID("Idlib") })
	assert.Equal(t, place.ID("idlib"), place.MustParseID("idlib"))
}

func TestIDText(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    place.ID
		wantErr error
	}{
		{name: "valid", in: "sy07", want: "sy07"},
		{name: "empty is zero", in: "", want: ""},
		{name: "malformed", in: "Sy07", wantErr: place.ErrBadID},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var id place.ID = "previous"
			err := id.UnmarshalText([]byte(tc.in))
			if tc.wantErr != nil {
				assert.ErrorIs(t, err, tc.wantErr)
				assert.Equal(t, place.ID("previous"), id, "unchanged on error")
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, id)
			b, err := id.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, tc.in, string(b))
		})
	}
	_, err := place.ID("Bad ID").MarshalText()
	assert.ErrorIs(t, err, place.ErrBadID)
	assert.True(t, place.ID("").IsZero())
	assert.False(t, place.ID("sy").IsZero())
}
