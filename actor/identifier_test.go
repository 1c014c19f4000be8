package actor_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/actor"
)

func TestIdentifierValidate(t *testing.T) {
	tests := []struct {
		name    string
		in      actor.Identifier
		wantErr error
	}{
		{name: "acled state force", in: actor.Identifier{Scheme: "acled", Value: "Military Forces of Syria (2000-)"}},
		{name: "acled sub-unit", in: actor.Identifier{Scheme: "acled", Value: "Military Forces of Syria (2000-) Syrian Arab Air Force"}},
		{name: "acled named group", in: actor.Identifier{Scheme: "acled", Value: "HTS: Hayat Tahrir al Sham"}},
		{name: "cameo three elements", in: actor.Identifier{Scheme: "cameo", Value: "SYRREBMUS"}},
		{name: "cameo two elements", in: actor.Identifier{Scheme: "cameo", Value: "SYRGOV"}},
		{name: "wikidata shape", in: actor.Identifier{Scheme: "wikidata", Value: "Q1"}},
		{name: "other scheme", in: actor.Identifier{Scheme: "org.example/registry", Value: "any thing"}},
		{name: "ucdp", in: actor.Identifier{Scheme: "ucdp", Value: "Government of Syria"}},
		{name: "acled joined cell", in: actor.Identifier{Scheme: "acled", Value: "Military Forces of Turkey (2016-); JWS: Syrian National Army"}, wantErr: actor.ErrBadIdentifier},
		{name: "acled trailing space", in: actor.Identifier{Scheme: "acled", Value: "Ansar al Tawhid "}, wantErr: actor.ErrBadIdentifier},
		{name: "cameo lower case", in: actor.Identifier{Scheme: "cameo", Value: "syrrebmus"}, wantErr: actor.ErrBadIdentifier},
		{name: "cameo short group", in: actor.Identifier{Scheme: "cameo", Value: "SYRREBMU"}, wantErr: actor.ErrBadIdentifier},
		{name: "cameo dictionary date syntax", in: actor.Identifier{Scheme: "cameo", Value: "[SYRREB >120401]"}, wantErr: actor.ErrBadIdentifier},
		{name: "wikidata lower q", in: actor.Identifier{Scheme: "wikidata", Value: "q1"}, wantErr: actor.ErrBadIdentifier},
		{name: "wikidata leading zero", in: actor.Identifier{Scheme: "wikidata", Value: "Q01"}, wantErr: actor.ErrBadIdentifier},
		{name: "wikidata bare Q", in: actor.Identifier{Scheme: "wikidata", Value: "Q"}, wantErr: actor.ErrBadIdentifier},
		{name: "wikidata url", in: actor.Identifier{Scheme: "wikidata", Value: "https://www.wikidata.org/wiki/Q1"}, wantErr: actor.ErrBadIdentifier},
		{name: "empty value", in: actor.Identifier{Scheme: "ucdp"}, wantErr: actor.ErrBadIdentifier},
		{name: "empty scheme", in: actor.Identifier{Value: "x"}, wantErr: actor.ErrBadIdentifier},
		{name: "upper-case scheme", in: actor.Identifier{Scheme: "ACLED", Value: "Ansar al Tawhid"}, wantErr: actor.ErrBadIdentifier},
		{name: "invalid utf-8", in: actor.Identifier{Scheme: "ucdp", Value: "\xff"}, wantErr: actor.ErrBadIdentifier},
		{name: "dates reversed", in: actor.Identifier{Scheme: "acled", Value: "Military Forces of Syria (2000-2024)", From: d("2024"), To: d("2000")}, wantErr: actor.ErrDateOrder},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.in.Validate()
			if tc.wantErr == nil {
				assert.NoError(t, err)
				return
			}
			assert.ErrorIs(t, err, tc.wantErr)
		})
	}
	err := actor.Identifier{Scheme: "cameo", Value: "syr"}.Validate()
	// Paths are relative to the identifier when it is validated on its own.
	assert.EqualError(t, err, `actor: value "syr": invalid identifier: not upper-case letters A-Z for scheme "cameo"`)
}

func TestIdentifierJSON(t *testing.T) {
	in := actor.Identifier{Scheme: actor.SchemeACLED, Value: "Military Forces of the United States (2017-2021)", From: d("2017"), To: d("2021")}
	b, err := json.Marshal(in)
	require.NoError(t, err)
	assert.Equal(t, `{"scheme":"acled","value":"Military Forces of the United States (2017-2021)","from":"2017","to":"2021"}`, string(b))
	var back actor.Identifier
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, in, back)
}
