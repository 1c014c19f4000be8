package actor_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/actor"
)

func TestParseKind(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    actor.Kind
		wantErr error
	}{
		{name: "acled category", in: "state-forces", want: actor.KindStateForces},
		{name: "external other", in: "external-other", want: actor.KindExternalOther},
		{name: "military command", in: "military-command", want: actor.KindMilitaryCommand},
		{name: "person", in: "person", want: actor.KindPerson},
		{name: "unregistered", in: "warlord", wantErr: actor.ErrUnknownKind},
		{name: "label not code", in: "State forces", wantErr: actor.ErrUnknownKind},
		{name: "upper case", in: "MEDIA", wantErr: actor.ErrUnknownKind},
		{name: "empty", in: "", wantErr: actor.ErrUnknownKind},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := actor.ParseKind(tc.in)
			if tc.wantErr != nil {
				assert.ErrorIs(t, err, tc.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
			assert.True(t, got.Known())
		})
	}
}

func TestParseKindErrorMessage(t *testing.T) {
	_, err := actor.ParseKind("warlord")
	assert.EqualError(t, err, `actor: kind "warlord": unknown actor kind`)
}

func TestKindsRegisteredInOrder(t *testing.T) {
	want := []actor.Kind{"state-forces", "rebel-group", "political-militia", "identity-militia", "rioters",
		"protesters", "civilians", "external-other", "state", "government", "government-agency",
		"military-command", "armed-group", "coalition", "organisation", "media", "igo", "ngo", "person",
		"unidentified"}
	got := actor.Kinds()
	require.GreaterOrEqual(t, len(got), len(want), "other tests may register more")
	assert.Equal(t, want, got[:len(want)])
}

func TestKindLabel(t *testing.T) {
	assert.Equal(t, "State forces", actor.KindStateForces.Label())
	assert.Equal(t, "External/Other forces", actor.KindExternalOther.Label())
	assert.Equal(t, "Military command", actor.KindMilitaryCommand.Label())
	assert.Equal(t, "not-registered", actor.Kind("not-registered").Label(), "unregistered kinds label as their code")
	assert.NotEmpty(t, actor.KindRebelGroup.Description())
	assert.Empty(t, actor.Kind("not-registered").Description())
}

func TestKindACLEDInter(t *testing.T) {
	tests := []struct {
		kind  actor.Kind
		code  int
		label string
	}{
		{actor.KindStateForces, 1, "State forces"},
		{actor.KindRebelGroup, 2, "Rebel group"},
		{actor.KindPoliticalMilitia, 3, "Political militia"},
		{actor.KindIdentityMilitia, 4, "Identity militia"},
		{actor.KindRioters, 5, "Rioters"},
		{actor.KindProtesters, 6, "Protesters"},
		{actor.KindCivilians, 7, "Civilians"},
		{actor.KindExternalOther, 8, "External/Other forces"},
	}
	for _, tc := range tests {
		t.Run(string(tc.kind), func(t *testing.T) {
			code, ok := tc.kind.ACLEDInter()
			assert.True(t, ok)
			assert.Equal(t, tc.code, code)
			label, ok := tc.kind.ACLEDLabel()
			assert.True(t, ok)
			assert.Equal(t, tc.label, label)
			back, err := actor.KindFromACLEDInter(tc.code)
			require.NoError(t, err)
			assert.Equal(t, tc.kind, back)
			back, err = actor.KindFromACLEDLabel(tc.label)
			require.NoError(t, err)
			assert.Equal(t, tc.kind, back)
		})
	}
	for _, k := range []actor.Kind{actor.KindState, actor.KindMilitaryCommand, actor.KindArmedGroup, actor.KindMedia, actor.KindPerson, ""} {
		t.Run("no code for "+string(k), func(t *testing.T) {
			code, ok := k.ACLEDInter()
			assert.False(t, ok)
			assert.Equal(t, 0, code)
			label, ok := k.ACLEDLabel()
			assert.False(t, ok)
			assert.Empty(t, label)
		})
	}
}

func TestKindFromACLEDInterErrors(t *testing.T) {
	tests := []struct {
		name    string
		code    int
		noActor bool
		wantMsg string
	}{
		{name: "zero means no actor", code: 0, noActor: true, wantMsg: "actor: ACLED inter code 0: no actor: unknown actor kind"},
		{name: "nine", code: 9, wantMsg: "actor: ACLED inter code 9: unknown actor kind"},
		{name: "negative", code: -1, wantMsg: "actor: ACLED inter code -1: unknown actor kind"},
		{name: "interaction code is not an inter code", code: 88, wantMsg: "actor: ACLED inter code 88: unknown actor kind"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			k, err := actor.KindFromACLEDInter(tc.code)
			assert.Equal(t, actor.Kind(""), k)
			assert.ErrorIs(t, err, actor.ErrUnknownKind)
			if tc.noActor {
				assert.ErrorIs(t, err, actor.ErrNoActor)
			} else {
				assert.NotErrorIs(t, err, actor.ErrNoActor)
			}
			assert.EqualError(t, err, tc.wantMsg)
		})
	}
}

func TestKindFromACLEDLabel(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    actor.Kind
		wantErr error
	}{
		{name: "2024 state forces", in: "State forces", want: actor.KindStateForces},
		{name: "numeric-era state forces", in: "State Forces", want: actor.KindStateForces},
		{name: "numeric-era rebel groups", in: "Rebel Groups", want: actor.KindRebelGroup},
		{name: "numeric-era political militias", in: "Political Militias", want: actor.KindPoliticalMilitia},
		{name: "numeric-era identity militias", in: "Identity Militias", want: actor.KindIdentityMilitia},
		{name: "older communal militias", in: "Communal Militias", want: actor.KindIdentityMilitia},
		{name: "numeric-era external", in: "External/Other Forces", want: actor.KindExternalOther},
		{name: "rioters", in: "Rioters", want: actor.KindRioters},
		{name: "protesters", in: "Protesters", want: actor.KindProtesters},
		{name: "civilians", in: "Civilians", want: actor.KindCivilians},
		{name: "empty means no actor", in: "", wantErr: actor.ErrNoActor},
		{name: "lower case", in: "state forces", wantErr: actor.ErrUnknownKind},
		{name: "trailing space", in: "Rioters ", wantErr: actor.ErrUnknownKind},
		{name: "interaction text", in: "Protesters only", wantErr: actor.ErrUnknownKind},
		{name: "digit", in: "1", wantErr: actor.ErrUnknownKind},
		{name: "kind code", in: "rebel-group", wantErr: actor.ErrUnknownKind},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := actor.KindFromACLEDLabel(tc.in)
			if tc.wantErr != nil {
				assert.ErrorIs(t, err, tc.wantErr)
				assert.ErrorIs(t, err, actor.ErrUnknownKind, "every failure wraps ErrUnknownKind")
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestRegisterKind(t *testing.T) {
	code := uniqueCode("org.example/test-kind")
	require.False(t, actor.Kind(code).Known())
	_, err := actor.ParseKind(code)
	require.ErrorIs(t, err, actor.ErrUnknownKind)

	require.NoError(t, actor.RegisterKind(code, "Test kind", "A kind registered by a test."))
	k, err := actor.ParseKind(code)
	require.NoError(t, err)
	assert.Equal(t, actor.Kind(code), k)
	assert.Equal(t, "Test kind", k.Label())
	assert.Contains(t, actor.Kinds(), k)

	assert.ErrorIs(t, actor.RegisterKind(code, "Again", ""), actor.ErrDuplicate)
	assert.ErrorIs(t, actor.RegisterKind("state-forces", "Dup", ""), actor.ErrDuplicate)
	assert.ErrorIs(t, actor.RegisterKind("Bad Code", "Bad", ""), actor.ErrUnknownKind)
}

func TestKindJSON(t *testing.T) {
	tests := []struct {
		name    string
		json    string
		want    actor.Kind
		wantErr error
	}{
		{name: "registered", json: `"rebel-group"`, want: actor.KindRebelGroup},
		{name: "unregistered but well formed round-trips", json: `"org.example/sect-militia"`, want: "org.example/sect-militia"},
		{name: "empty", json: `""`, want: ""},
		{name: "malformed", json: `"Rebel group"`, wantErr: actor.ErrUnknownKind},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got actor.Kind
			err := json.Unmarshal([]byte(tc.json), &got)
			if tc.wantErr != nil {
				assert.ErrorIs(t, err, tc.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
			back, err := json.Marshal(got)
			require.NoError(t, err)
			assert.JSONEq(t, tc.json, string(back))
		})
	}
	_, err := actor.Kind("Bad Kind").MarshalText()
	assert.ErrorIs(t, err, actor.ErrUnknownKind)
}
