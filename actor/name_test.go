package actor_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/actor"
)

func TestParseNameKind(t *testing.T) {
	tests := []struct {
		in   string
		want actor.NameKind
	}{
		{"official", actor.NameOfficial},
		{"short", actor.NameShort},
		{"alias", actor.NameAlias},
		{"transliteration", actor.NameTransliteration},
		{"translation", actor.NameTranslation},
		{"former", actor.NameFormer},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := actor.ParseNameKind(tc.in)
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
			assert.Equal(t, tc.in, got.String())
		})
	}
	for _, bad := range []string{"", "Official", "acronym", " short", "former-name"} {
		t.Run("bad "+bad, func(t *testing.T) {
			_, err := actor.ParseNameKind(bad)
			assert.ErrorIs(t, err, actor.ErrUnknownNameKind)
		})
	}
}

func TestNameKindText(t *testing.T) {
	assert.Equal(t, "", actor.NameUnspecified.String())
	assert.True(t, actor.NameUnspecified.IsZero())
	assert.Equal(t, "NameKind(99)", actor.NameKind(99).String())
	assert.False(t, actor.NameKind(99).Valid())
	_, err := actor.NameKind(99).MarshalText()
	assert.ErrorIs(t, err, actor.ErrUnknownNameKind)

	var k actor.NameKind
	require.NoError(t, k.UnmarshalText([]byte("short")))
	assert.Equal(t, actor.NameShort, k)
	require.NoError(t, k.UnmarshalText(nil))
	assert.Equal(t, actor.NameUnspecified, k)
	assert.ErrorIs(t, k.UnmarshalText([]byte("nick")), actor.ErrUnknownNameKind)
}

func TestNameValidate(t *testing.T) {
	tests := []struct {
		name    string
		in      actor.Name
		wantErr []error
	}{
		{name: "arabic official", in: actor.Name{Text: "هيئة تحرير الشام", Lang: ar, Kind: actor.NameOfficial}},
		{name: "dated", in: actor.Name{Text: "ITAR-TASS", From: d("1992"), To: d("2014")}},
		{name: "same month", in: actor.Name{Text: "X", From: d("2018-03"), To: d("2018-03-01")}},
		{name: "empty text", in: actor.Name{Text: ""}, wantErr: []error{actor.ErrNoName}},
		{name: "blank text", in: actor.Name{Text: " \t"}, wantErr: []error{actor.ErrNoName}},
		{name: "invalid utf-8", in: actor.Name{Text: "Hay\xffat"}, wantErr: []error{actor.ErrBadText}},
		{name: "from after to", in: actor.Name{Text: "JFS", From: d("2017-01-28"), To: d("2016-07-28")}, wantErr: []error{actor.ErrDateOrder}},
		{name: "bad kind and empty", in: actor.Name{Kind: 42}, wantErr: []error{actor.ErrNoName, actor.ErrUnknownNameKind}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.in.Validate()
			if len(tc.wantErr) == 0 {
				assert.NoError(t, err)
				return
			}
			for _, want := range tc.wantErr {
				assert.ErrorIs(t, err, want)
			}
		})
	}
	err := actor.Name{Text: "JFS", From: d("2017"), To: d("2016")}.Validate()
	// Paths are relative to the name when it is validated on its own.
	assert.EqualError(t, err, `actor: to "2016": start date after end date: from is "2017"`)
}

func TestNameValidAt(t *testing.T) {
	n := actor.Name{Text: "ITAR-TASS", From: d("1992"), To: d("2014")}
	assert.True(t, n.Dated())
	assert.False(t, n.ValidAt(day(1991, time.December, 31)))
	assert.True(t, n.ValidAt(day(1992, time.January, 1)))
	assert.True(t, n.ValidAt(day(2014, time.December, 31)))
	assert.False(t, n.ValidAt(day(2015, time.January, 1)))
	open := actor.Name{Text: "TASS", From: d("2014")}
	assert.True(t, open.ValidAt(day(2025, time.January, 1)), "no To: still in use")
	undated := actor.Name{Text: "HTS"}
	assert.False(t, undated.Dated())
	assert.True(t, undated.ValidAt(day(1900, time.January, 1)))
}

func TestNameJSON(t *testing.T) {
	tests := []struct {
		name string
		in   actor.Name
		json string
	}{
		{name: "text only", in: actor.Name{Text: "HTS"}, json: `{"text":"HTS"}`},
		{
			name: "all fields",
			in:   actor.Name{Text: "ITAR-TASS", Lang: ru, Kind: actor.NameFormer, From: d("1992"), To: d("2014"), Note: "renamed TASS"},
			json: `{"text":"ITAR-TASS","lang":"ru","kind":"former","from":"1992","to":"2014","note":"renamed TASS"}`,
		},
		{name: "arabic", in: actor.Name{Text: "القاعدة", Lang: ar, Kind: actor.NameOfficial}, json: `{"text":"القاعدة","lang":"ar","kind":"official"}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := json.Marshal(tc.in)
			require.NoError(t, err)
			assert.Equal(t, tc.json, string(b))
			var back actor.Name
			require.NoError(t, json.Unmarshal(b, &back))
			assert.Equal(t, tc.in, back)
		})
	}
}
