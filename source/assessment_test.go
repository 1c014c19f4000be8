package source_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/source"
)

func TestAssessments(t *testing.T) {
	tests := []struct {
		a      source.Assessment
		code   string
		label  string
		strike string
	}{
		{source.AssessmentConfirmed, "confirmed", "Confirmed", "Declared strike"},
		{source.AssessmentFair, "fair", "Fair", "Likely strike"},
		{source.AssessmentWeak, "weak", "Weak", "Single source claim"},
		{source.AssessmentContested, "contested", "Contested", "Contested strike"},
		{source.AssessmentDiscounted, "discounted", "Discounted", ""},
	}
	all := source.Assessments()
	require.Len(t, all, len(tests))
	for i, tc := range tests {
		t.Run(tc.code, func(t *testing.T) {
			assert.Equal(t, tc.a, all[i])
			assert.Equal(t, tc.code, tc.a.String())
			assert.Equal(t, tc.label, tc.a.Label())
			assert.Equal(t, tc.strike, tc.a.StrikeLabel())
			assert.NotEmpty(t, tc.a.Description())
			assert.False(t, tc.a.IsZero())
			got, err := source.ParseAssessment(tc.code)
			require.NoError(t, err)
			assert.Equal(t, tc.a, got)
			b, err := tc.a.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, tc.code, string(b))
			var back source.Assessment
			require.NoError(t, back.UnmarshalText(b))
			assert.Equal(t, tc.a, back)
		})
	}
}

func TestParseAssessmentErrors(t *testing.T) {
	for _, in := range []string{"", "Confirmed", "CONFIRMED", " fair", "fair ", "likely", "Likely strike", "1"} {
		t.Run(in, func(t *testing.T) {
			got, err := source.ParseAssessment(in)
			assert.ErrorIs(t, err, source.ErrBadAssessment)
			assert.Equal(t, source.Assessment(0), got)
		})
	}
	_, err := source.ParseAssessment("Fair")
	assert.EqualError(t, err, `source: assessment "Fair": invalid assessment`)
}

func TestAssessmentZeroAndOutOfRange(t *testing.T) {
	var zero source.Assessment
	assert.True(t, zero.IsZero())
	assert.Equal(t, "", zero.String())
	assert.Equal(t, "", zero.Label())
	assert.Equal(t, "", zero.Description())
	assert.Equal(t, "", zero.StrikeLabel())
	b, err := zero.MarshalText()
	require.NoError(t, err)
	assert.Empty(t, b)

	bad := source.Assessment(6)
	assert.Equal(t, "Assessment(6)", bad.String())
	assert.Equal(t, "", bad.Label())
	assert.Equal(t, "", bad.Description())
	assert.Equal(t, "", bad.StrikeLabel())
	_, err = bad.MarshalText()
	assert.ErrorIs(t, err, source.ErrBadAssessment)

	a := source.AssessmentWeak
	require.NoError(t, a.UnmarshalText(nil))
	assert.Equal(t, source.Assessment(0), a)
	a = source.AssessmentWeak
	assert.ErrorIs(t, a.UnmarshalText([]byte("Weak")), source.ErrBadAssessment)
	assert.Equal(t, source.AssessmentWeak, a)
}

func TestAssessmentJSON(t *testing.T) {
	type holder struct {
		Assessment source.Assessment `json:"assessment,omitzero"`
	}
	for _, tc := range []struct {
		name string
		in   holder
		json string
	}{
		{"contested", holder{source.AssessmentContested}, `{"assessment":"contested"}`},
		{"zero omitted", holder{}, `{}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, err := json.Marshal(tc.in)
			require.NoError(t, err)
			assert.Equal(t, tc.json, string(b))
			var back holder
			require.NoError(t, json.Unmarshal(b, &back))
			assert.Equal(t, tc.in, back)
		})
	}
}
