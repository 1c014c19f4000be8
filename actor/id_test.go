package actor_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/actor"
)

func TestParseID(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    actor.ID
		wantErr error
	}{
		{name: "acronym", in: "hts", want: "hts"},
		{name: "hyphenated", in: "hurras-al-din", want: "hurras-al-din"},
		{name: "long slug", in: "military-forces-of-syria", want: "military-forces-of-syria"},
		{name: "namespaced extension", in: "org.example/local-militia", want: "org.example/local-militia"},
		{name: "digits after letter", in: "group9", want: "group9"},
		{name: "empty", in: "", wantErr: actor.ErrBadID},
		{name: "upper case", in: "HTS", wantErr: actor.ErrBadID},
		{name: "leading space", in: " hts", wantErr: actor.ErrBadID},
		{name: "trailing hyphen", in: "hts-", wantErr: actor.ErrBadID},
		{name: "double hyphen", in: "hurras--al-din", wantErr: actor.ErrBadID},
		{name: "starts with digit", in: "9th-division", wantErr: actor.ErrBadID},
		{name: "space inside", in: "hurras al-din", wantErr: actor.ErrBadID},
		{name: "non-ASCII", in: "hay\u02bcat", wantErr: actor.ErrBadID},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := actor.ParseID(tc.in)
			if tc.wantErr != nil {
				assert.ErrorIs(t, err, tc.wantErr)
				assert.Equal(t, actor.ID(""), got)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
			assert.Equal(t, tc.in, got.String())
			assert.True(t, got.Valid())
		})
	}
}

func TestParseIDMaxLen(t *testing.T) {
	s64 := "abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcd"
	require.Len(t, s64, 64)
	_, err := actor.ParseID(s64)
	assert.NoError(t, err)
	_, err = actor.ParseID(s64 + "e")
	assert.ErrorIs(t, err, actor.ErrBadID)
}

func TestParseIDErrorMessage(t *testing.T) {
	_, err := actor.ParseID("HTS")
	assert.EqualError(t, err, `actor: id "HTS": invalid actor id`)
}

func TestMustParseIDPanics(t *testing.T) {
	assert.Panics(t, func() { actor.MustParseID("Bad ID") })
	assert.Equal(t, actor.ID("hts"), actor.MustParseID("hts"))
}

func TestIDText(t *testing.T) {
	tests := []struct {
		name    string
		json    string
		want    actor.ID
		wantErr error
	}{
		{name: "slug", json: `"hurras-al-din"`, want: "hurras-al-din"},
		{name: "empty is zero", json: `""`, want: ""},
		{name: "upper case", json: `"Hurras"`, wantErr: actor.ErrBadID},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got actor.ID
			err := json.Unmarshal([]byte(tc.json), &got)
			if tc.wantErr != nil {
				assert.ErrorIs(t, err, tc.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
			back, err := json.Marshal(got)
			require.NoError(t, err)
			assert.Equal(t, tc.json, string(back))
		})
	}
}

func TestIDMarshalRefusesMalformed(t *testing.T) {
	_, err := actor.ID("Not Valid").MarshalText()
	assert.ErrorIs(t, err, actor.ErrBadID)
	assert.True(t, actor.ID("").IsZero())
	assert.False(t, actor.ID("hts").IsZero())
}
