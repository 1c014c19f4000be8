package casualty

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCountMarshalJSON(t *testing.T) {
	tests := []struct {
		name string
		c    Count
		want string
	}{
		{"unknown", Unknown(), `{}`},
		{"known zero is kept", Exactly(0), `{"exact":0}`},
		{"exact", Exactly(40), `{"exact":40}`},
		{"at least", AtLeast(40), `{"at_least":40}`},
		{"more than", MoreThan(370_000), `{"more_than":370000}`},
		{"at most", AtMost(5), `{"at_most":5}`},
		{"fewer than", FewerThan(10), `{"fewer_than":10}`},
		{"nearly", Nearly(1_500_000), `{"nearly":1500000}`},
		{"about", About(3_000_000), `{"about":3000000}`},
		{"between", Between(2, 5), `{"low":2,"high":5}`},
		{"estimate unordered", Estimate(0, 3, 0), `{"low":0,"best":3,"high":0}`},
		{"some", Some(), `{"some":true}`},
		{"max", Exactly(MaxCount), `{"exact":9007199254740991}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := json.Marshal(tc.c)
			require.NoError(t, err)
			assert.Equal(t, tc.want, string(b))
		})
	}
}

func TestCountMarshalJSONRefusesInvalid(t *testing.T) {
	tests := []struct {
		name string
		c    Count
		want error
	}{
		{"negative", Exactly(-1), ErrNegative},
		{"too large", About(MaxCount + 1), ErrOverflow},
		{"backwards range", Between(5, 2), ErrBadCount},
		{"fewer than zero", FewerThan(0), ErrBadCount},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := tc.c.MarshalJSON()
			assert.ErrorIs(t, err, tc.want)
			_, err = json.Marshal(tc.c)
			assert.ErrorIs(t, err, tc.want)
		})
	}
}

func TestCountJSONRoundTrip(t *testing.T) {
	for _, c := range allForms {
		t.Run(c.String(), func(t *testing.T) {
			b, err := json.Marshal(c)
			require.NoError(t, err)
			var got Count
			require.NoError(t, json.Unmarshal(b, &got))
			assert.Equal(t, c, got)
		})
	}
}

func TestCountUnmarshalJSON(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Count
	}{
		{"empty object", `{}`, Unknown()},
		{"spaces", ` { "exact" : 40 } `, Exactly(40)},
		{"members in any order", `{"high":0,"low":0,"best":3}`, Estimate(0, 3, 0)},
		{"range any order", `{"high":5,"low":2}`, Between(2, 5)},
		{"minus zero is zero", `{"exact":-0}`, Exactly(0)},
		{"some", `{"some":true}`, Some()},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got Count
			require.NoError(t, json.Unmarshal([]byte(tc.in), &got))
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestCountUnmarshalJSONNull(t *testing.T) {
	got := Exactly(3)
	require.NoError(t, json.Unmarshal([]byte(`null`), &got))
	assert.Equal(t, Exactly(3), got, "null leaves the value alone")
}

func TestCountUnmarshalJSONErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want error
		msg  string
	}{
		{"not an object", `40`, ErrBadCount, `casualty: count "40": not a JSON object: invalid count`},
		{"array", `[40]`, ErrBadCount, `casualty: count "[40]": not a JSON object: invalid count`},
		{"string", `"at least 40"`, ErrBadCount, `casualty: count "\"at least 40\"": not a JSON object: invalid count`},
		{"unknown member", `{"exactly":40}`, ErrBadCount, `casualty: count "{\"exactly\":40}": unknown member "exactly": invalid count`},
		{"members are case-sensitive", `{"Exact":40}`, ErrBadCount, `casualty: count "{\"Exact\":40}": unknown member "Exact": invalid count`},
		{"repeated member", `{"exact":40,"exact":41}`, ErrBadCount, `casualty: count "{\"exact\":40,\"exact\":41}": member "exact" repeated: invalid count`},
		{"repeated some", `{"some":true,"some":true}`, ErrBadCount, `casualty: count "{\"some\":true,\"some\":true}": member "some" repeated: invalid count`},
		{"two forms", `{"exact":40,"at_least":40}`, ErrBadCount, `casualty: count "{\"exact\":40,\"at_least\":40}": members ["at_least" "exact"] do not form a count: invalid count`},
		{"low alone", `{"low":40}`, ErrBadCount, `casualty: count "{\"low\":40}": members ["low"] do not form a count: invalid count`},
		{"low and best", `{"low":40,"best":50}`, ErrBadCount, `casualty: count "{\"low\":40,\"best\":50}": members ["best" "low"] do not form a count: invalid count`},
		{"some false", `{"some":false}`, ErrBadCount, `casualty: count "{\"some\":false}": member "some" must be true: invalid count`},
		{"some with number", `{"some":true,"exact":3}`, ErrBadCount, `casualty: count "{\"some\":true,\"exact\":3}": some with ["exact"]: invalid count`},
		{"string number", `{"exact":"40"}`, ErrBadCount, `casualty: count "{\"exact\":\"40\"}": member "exact" is not a number: invalid count`},
		{"null number", `{"exact":null}`, ErrBadCount, `casualty: count "{\"exact\":null}": member "exact" is not a number: invalid count`},
		{"fraction", `{"exact":40.0}`, ErrBadCount, `casualty: count "{\"exact\":40.0}": member "exact": 40.0 is not an integer: invalid count`},
		{"exponent", `{"exact":4e1}`, ErrBadCount, `casualty: count "{\"exact\":4e1}": member "exact": 4e1 is not an integer: invalid count`},
		{"negative", `{"at_least":-3}`, ErrNegative, `casualty: count "{\"at_least\":-3}": member "at_least": negative count`},
		{"huge negative", `{"exact":-99999999999999999999}`, ErrNegative, `casualty: count "{\"exact\":-99999999999999999999}": member "exact": negative count`},
		{"too large", `{"exact":9007199254740992}`, ErrOverflow, `casualty: count "{\"exact\":9007199254740992}": member "exact": above 9007199254740991: count out of range`},
		{"int64 overflow", `{"exact":99999999999999999999}`, ErrOverflow, `casualty: count "{\"exact\":99999999999999999999}": member "exact": above 9007199254740991: count out of range`},
		{"backwards range", `{"low":5,"high":2}`, ErrBadCount, `casualty: count "{\"low\":5,\"high\":2}": range low above high: invalid count`},
		{"fewer than zero", `{"fewer_than":0}`, ErrBadCount, `casualty: count "{\"fewer_than\":0}": no count is below zero: invalid count`},
		{"nested object", `{"exact":{"n":1}}`, ErrBadCount, `casualty: count "{\"exact\":{\"n\":1}}": member "exact" is not a number: invalid count`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Exactly(7)
			err := json.Unmarshal([]byte(tc.in), &got)
			require.Error(t, err)
			assert.ErrorIs(t, err, tc.want)
			assert.Equal(t, tc.msg, err.Error())
			assert.Equal(t, Exactly(7), got, "unchanged on error")
		})
	}
}

func TestCountUnmarshalJSONDirect(t *testing.T) {
	// Called directly, UnmarshalJSON sees input encoding/json would have
	// rejected first; it must still fail cleanly.
	tests := []struct {
		name string
		in   string
	}{
		{"empty", ``},
		{"truncated", `{"exact":4`},
		{"trailing data", `{"exact":4}{}`},
		{"missing colon", `{"exact" 4}`},
		{"unclosed", `{`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got Count
			err := got.UnmarshalJSON([]byte(tc.in))
			assert.ErrorIs(t, err, ErrBadCount)
		})
	}
}

func TestCountInStruct(t *testing.T) {
	type row struct {
		Killed  Count `json:"killed,omitzero"`
		Injured Count `json:"injured,omitzero"`
	}
	r := row{Killed: Exactly(0)}
	b, err := json.Marshal(r)
	require.NoError(t, err)
	assert.Equal(t, `{"killed":{"exact":0}}`, string(b), "known zero kept, unknown omitted")
	var got row
	require.NoError(t, json.Unmarshal(b, &got))
	assert.Equal(t, r, got)
}
