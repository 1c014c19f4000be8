package actor_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/actor"
)

func TestParseLinkKind(t *testing.T) {
	tests := []struct {
		in   string
		want actor.LinkKind
	}{
		{"member-of", actor.LinkMemberOf},
		{"part-of", actor.LinkPartOf},
		{"allied-with", actor.LinkAlliedWith},
		{"backed-by", actor.LinkBackedBy},
		{"loyal-to", actor.LinkLoyalTo},
		{"leader-of", actor.LinkLeaderOf},
		{"successor-of", actor.LinkSuccessorOf},
		{"merged-into", actor.LinkMergedInto},
		{"split-from", actor.LinkSplitFrom},
		{"opposed-to", actor.LinkOpposedTo},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := actor.ParseLinkKind(tc.in)
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
			assert.Equal(t, tc.in, got.String())
			assert.True(t, got.Valid())
		})
	}
	for _, bad := range []string{"", "member_of", "Member-Of", "successor", "renamed-from"} {
		t.Run("bad "+bad, func(t *testing.T) {
			_, err := actor.ParseLinkKind(bad)
			assert.ErrorIs(t, err, actor.ErrUnknownLinkKind)
		})
	}
}

func TestLinkKindProperties(t *testing.T) {
	assert.True(t, actor.LinkAlliedWith.Symmetric())
	assert.True(t, actor.LinkOpposedTo.Symmetric())
	assert.False(t, actor.LinkSuccessorOf.Symmetric())
	assert.False(t, actor.LinkUnspecified.Valid())
	assert.True(t, actor.LinkUnspecified.IsZero())
	assert.Equal(t, "LinkKind(200)", actor.LinkKind(200).String())
	_, err := actor.LinkKind(200).MarshalText()
	assert.ErrorIs(t, err, actor.ErrUnknownLinkKind)
	var k actor.LinkKind
	assert.ErrorIs(t, k.UnmarshalText([]byte("friend-of")), actor.ErrUnknownLinkKind)
}

func TestLinkValidate(t *testing.T) {
	tests := []struct {
		name    string
		in      actor.Link
		wantErr []error
	}{
		{name: "loyal to al-qaeda", in: actor.Link{Kind: actor.LinkLoyalTo, Actor: "al-qaeda", From: d("2018-02-27")}},
		{name: "left in May 2020", in: actor.Link{Kind: actor.LinkMemberOf, Actor: "wa-harid-al-muminin", To: d("2020-05")}},
		{name: "no kind", in: actor.Link{Actor: "hts"}, wantErr: []error{actor.ErrUnknownLinkKind}},
		{name: "kind outside set", in: actor.Link{Kind: 77, Actor: "hts"}, wantErr: []error{actor.ErrUnknownLinkKind}},
		{name: "no target", in: actor.Link{Kind: actor.LinkMergedInto}, wantErr: []error{actor.ErrBadID}},
		{name: "malformed target", in: actor.Link{Kind: actor.LinkMergedInto, Actor: "HTS"}, wantErr: []error{actor.ErrBadID}},
		{name: "dates reversed", in: actor.Link{Kind: actor.LinkPartOf, Actor: "al-qaeda", From: d("2016-07-28"), To: d("2013")}, wantErr: []error{actor.ErrDateOrder}},
		{name: "bad note", in: actor.Link{Kind: actor.LinkPartOf, Actor: "al-qaeda", Note: "\xc3"}, wantErr: []error{actor.ErrBadText}},
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
}

func TestLinkValidAt(t *testing.T) {
	l := actor.Link{Kind: actor.LinkMemberOf, Actor: "wa-harid-al-muminin", To: d("2020-05")}
	assert.True(t, l.ValidAt(day(2019, time.June, 1)))
	assert.True(t, l.ValidAt(day(2020, time.May, 31)), "month precision covers the whole month")
	assert.False(t, l.ValidAt(day(2020, time.June, 1)))
}

func TestLinkJSON(t *testing.T) {
	tests := []struct {
		name string
		in   actor.Link
		json string
	}{
		{name: "minimal", in: actor.Link{Kind: actor.LinkMergedInto, Actor: "hts"}, json: `{"kind":"merged-into","actor":"hts"}`},
		{
			name: "dated with note",
			in:   actor.Link{Kind: actor.LinkSuccessorOf, Actor: "jabhat-al-nusra", From: d("2016-07-28"), Note: "renamed"},
			json: `{"kind":"successor-of","actor":"jabhat-al-nusra","from":"2016-07-28","note":"renamed"}`,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := json.Marshal(tc.in)
			require.NoError(t, err)
			assert.Equal(t, tc.json, string(b))
			var back actor.Link
			require.NoError(t, json.Unmarshal(b, &back))
			assert.Equal(t, tc.in, back)
		})
	}
}
