package place_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/place"
)

func TestParseRelation(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    place.Relation
		wantErr error
	}{
		{name: "in", in: "in", want: place.RelationIn},
		{name: "near", in: "near", want: place.RelationNear},
		{name: "between", in: "between", want: place.RelationBetween},
		{name: "empty", in: "", wantErr: place.ErrBadRelation},
		{name: "capitalised", in: "Near", wantErr: place.ErrBadRelation},
		{name: "padded", in: "in ", wantErr: place.ErrBadRelation},
		{name: "unknown", in: "around", wantErr: place.ErrBadRelation},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := place.ParseRelation(tc.in)
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

func TestRelationZeroIsIn(t *testing.T) {
	var r place.Relation
	assert.Equal(t, place.RelationIn, r)
	assert.True(t, r.IsZero())
	assert.False(t, place.RelationNear.IsZero())
	require.NoError(t, r.UnmarshalText(nil))
	assert.Equal(t, place.RelationIn, r)
}

func TestRelationInvalid(t *testing.T) {
	r := place.Relation(3)
	assert.False(t, r.Valid())
	assert.Equal(t, "Relation(3)", r.String())
	_, err := r.MarshalText()
	assert.ErrorIs(t, err, place.ErrBadRelation)
	var got place.Relation = place.RelationNear
	assert.ErrorIs(t, got.UnmarshalText([]byte("beside")), place.ErrBadRelation)
	assert.Equal(t, place.RelationNear, got, "unchanged on error")
}

func TestRelationJSONRoundTrip(t *testing.T) {
	tests := []struct {
		r    place.Relation
		json string
	}{
		{place.RelationIn, `"in"`},
		{place.RelationNear, `"near"`},
		{place.RelationBetween, `"between"`},
	}
	for _, tc := range tests {
		t.Run(tc.r.String(), func(t *testing.T) {
			b, err := json.Marshal(tc.r)
			require.NoError(t, err)
			assert.Equal(t, tc.json, string(b))
			var got place.Relation = 99
			require.NoError(t, json.Unmarshal(b, &got))
			assert.Equal(t, tc.r, got)
		})
	}
}
