package source_test

import (
	"encoding/json"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/source"
)

func TestReliabilityGrades(t *testing.T) {
	tests := []struct {
		r     source.Reliability
		str   string
		label string
	}{
		{source.CompletelyReliable, "A", "Completely reliable"},
		{source.UsuallyReliable, "B", "Usually reliable"},
		{source.FairlyReliable, "C", "Fairly reliable"},
		{source.NotUsuallyReliable, "D", "Not usually reliable"},
		{source.Unreliable, "E", "Unreliable"},
		{source.CannotBeJudged, "F", "Reliability cannot be judged"},
	}
	assert.Equal(t, []source.Reliability{1, 2, 3, 4, 5, 6}, source.Reliabilities())
	for i, tc := range tests {
		t.Run(tc.str, func(t *testing.T) {
			assert.Equal(t, source.Reliability(i+1), tc.r)
			assert.Equal(t, tc.str, tc.r.String())
			assert.Equal(t, tc.label, tc.r.Label())
			assert.NotEmpty(t, tc.r.Description())
			assert.False(t, tc.r.IsZero())
			got, err := source.ParseReliability(tc.str)
			require.NoError(t, err)
			assert.Equal(t, tc.r, got)
			b, err := tc.r.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, tc.str, string(b))
			var back source.Reliability
			require.NoError(t, back.UnmarshalText(b))
			assert.Equal(t, tc.r, back)
		})
	}
}

func TestParseReliabilityErrors(t *testing.T) {
	for _, in := range []string{"", "a", "f", "G", "AB", " A", "A ", "1", "Á", "@"} {
		t.Run(in, func(t *testing.T) {
			got, err := source.ParseReliability(in)
			assert.ErrorIs(t, err, source.ErrBadGrade)
			assert.Equal(t, source.Reliability(0), got)
		})
	}
	_, err := source.ParseReliability("G")
	assert.EqualError(t, err, `source: reliability "G": invalid grade`)
}

func TestReliabilityZeroAndOutOfRange(t *testing.T) {
	var zero source.Reliability
	assert.True(t, zero.IsZero())
	assert.Equal(t, "", zero.String())
	assert.Equal(t, "", zero.Label())
	assert.Equal(t, "", zero.Description())
	b, err := zero.MarshalText()
	require.NoError(t, err)
	assert.Empty(t, b)
	r := source.UsuallyReliable
	require.NoError(t, r.UnmarshalText(nil))
	assert.Equal(t, source.Reliability(0), r)

	bad := source.Reliability(7)
	assert.Equal(t, "Reliability(7)", bad.String())
	assert.Equal(t, "", bad.Label())
	assert.Equal(t, "", bad.Description())
	_, err = bad.MarshalText()
	assert.ErrorIs(t, err, source.ErrBadGrade)

	r = source.UsuallyReliable
	assert.ErrorIs(t, r.UnmarshalText([]byte("b")), source.ErrBadGrade)
	assert.Equal(t, source.UsuallyReliable, r, "unchanged on error")
}

func TestCredibilityGrades(t *testing.T) {
	tests := []struct {
		c     source.Credibility
		str   string
		label string
		stix  int
		ok    bool
	}{
		{source.Confirmed, "1", "Confirmed by other sources", 90, true},
		{source.ProbablyTrue, "2", "Probably true", 70, true},
		{source.PossiblyTrue, "3", "Possibly true", 50, true},
		{source.Doubtful, "4", "Doubtful", 30, true},
		{source.Improbable, "5", "Improbable", 10, true},
		{source.TruthCannotBeJudged, "6", "Truth cannot be judged", 0, false},
	}
	assert.Equal(t, []source.Credibility{1, 2, 3, 4, 5, 6}, source.Credibilities())
	for i, tc := range tests {
		t.Run(tc.str, func(t *testing.T) {
			assert.Equal(t, source.Credibility(i+1), tc.c)
			assert.Equal(t, tc.str, tc.c.String())
			assert.Equal(t, tc.label, tc.c.Label())
			assert.NotEmpty(t, tc.c.Description())
			got, err := source.ParseCredibility(tc.str)
			require.NoError(t, err)
			assert.Equal(t, tc.c, got)
			b, err := tc.c.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, tc.str, string(b))
			var back source.Credibility
			require.NoError(t, back.UnmarshalText(b))
			assert.Equal(t, tc.c, back)

			stix, ok := tc.c.STIXConfidence()
			assert.Equal(t, tc.ok, ok)
			assert.Equal(t, tc.stix, stix)
			if ok {
				from, err := source.CredibilityFromSTIX(stix)
				require.NoError(t, err)
				assert.Equal(t, tc.c, from, "STIX round trip")
			}
		})
	}
}

func TestParseCredibilityErrors(t *testing.T) {
	for _, in := range []string{"", "0", "7", "12", " 1", "1 ", "A", "١"} {
		t.Run(in, func(t *testing.T) {
			got, err := source.ParseCredibility(in)
			assert.ErrorIs(t, err, source.ErrBadGrade)
			assert.Equal(t, source.Credibility(0), got)
		})
	}
	_, err := source.ParseCredibility("7")
	assert.EqualError(t, err, `source: credibility "7": invalid grade`)
}

func TestCredibilityZeroAndOutOfRange(t *testing.T) {
	var zero source.Credibility
	assert.True(t, zero.IsZero())
	assert.Equal(t, "", zero.String())
	assert.Equal(t, "", zero.Label())
	stix, ok := zero.STIXConfidence()
	assert.False(t, ok)
	assert.Equal(t, 0, stix)
	b, err := zero.MarshalText()
	require.NoError(t, err)
	assert.Empty(t, b)

	bad := source.Credibility(9)
	assert.Equal(t, "Credibility(9)", bad.String())
	assert.Equal(t, "", bad.Label())
	assert.Equal(t, "", bad.Description())
	_, ok = bad.STIXConfidence()
	assert.False(t, ok)
	_, err = bad.MarshalText()
	assert.ErrorIs(t, err, source.ErrBadGrade)

	c := source.Doubtful
	require.NoError(t, c.UnmarshalText(nil))
	assert.Equal(t, source.Credibility(0), c)
	c = source.Doubtful
	assert.ErrorIs(t, c.UnmarshalText([]byte("0")), source.ErrBadGrade)
	assert.Equal(t, source.Doubtful, c)
}

func TestCredibilityFromSTIX(t *testing.T) {
	// Ranges from the STIX 2.1 appendix: 80-100, 60-79, 40-59, 20-39, 0-19.
	tests := []struct {
		in   int
		want source.Credibility
	}{
		{100, source.Confirmed}, {80, source.Confirmed},
		{79, source.ProbablyTrue}, {60, source.ProbablyTrue},
		{59, source.PossiblyTrue}, {40, source.PossiblyTrue},
		{39, source.Doubtful}, {20, source.Doubtful},
		{19, source.Improbable}, {0, source.Improbable},
	}
	for _, tc := range tests {
		t.Run(tc.want.String()+"/"+strconv.Itoa(tc.in), func(t *testing.T) {
			got, err := source.CredibilityFromSTIX(tc.in)
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
	for _, in := range []int{-1, 101, -1 << 31} {
		t.Run("out of range/"+strconv.Itoa(in), func(t *testing.T) {
			got, err := source.CredibilityFromSTIX(in)
			assert.ErrorIs(t, err, source.ErrBadGrade)
			assert.Equal(t, source.Credibility(0), got)
		})
	}
	_, err := source.CredibilityFromSTIX(101)
	assert.EqualError(t, err, "source: STIX confidence 101: invalid grade")
}

func TestParseGrade(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want source.Grade
		ok   bool
	}{
		{"B2", "B2", source.Grade{Reliability: source.UsuallyReliable, Credibility: source.ProbablyTrue}, true},
		{"A1", "A1", source.Grade{Reliability: source.CompletelyReliable, Credibility: source.Confirmed}, true},
		{"F6 both unjudgeable", "F6", source.Grade{Reliability: source.CannotBeJudged, Credibility: source.TruthCannotBeJudged}, true},
		{"E5", "E5", source.Grade{Reliability: source.Unreliable, Credibility: source.Improbable}, true},
		{"F1", "F1", source.Grade{Reliability: source.CannotBeJudged, Credibility: source.Confirmed}, true},
		{"empty", "", source.Grade{}, false},
		{"letter only", "B", source.Grade{}, false},
		{"digit only", "2", source.Grade{}, false},
		{"lower case", "b2", source.Grade{}, false},
		{"reversed", "2B", source.Grade{}, false},
		{"separator", "B-2", source.Grade{}, false},
		{"space", "B 2", source.Grade{}, false},
		{"trailing space", "B2 ", source.Grade{}, false},
		{"bad letter", "G2", source.Grade{}, false},
		{"bad digit", "B7", source.Grade{}, false},
		{"zero digit", "B0", source.Grade{}, false},
		{"too long", "B22", source.Grade{}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := source.ParseGrade(tc.in)
			assert.Equal(t, tc.want, got)
			if !tc.ok {
				assert.ErrorIs(t, err, source.ErrBadGrade)
				return
			}
			require.NoError(t, err)
			assert.True(t, got.Valid())
			assert.Equal(t, tc.in, got.String())
		})
	}
	_, err := source.ParseGrade("B")
	assert.EqualError(t, err, `source: grade "B": invalid grade`)
}

func TestGradeAll36RoundTrip(t *testing.T) {
	n := 0
	for _, r := range source.Reliabilities() {
		for _, c := range source.Credibilities() {
			g := source.Grade{Reliability: r, Credibility: c}
			got, err := source.ParseGrade(g.String())
			require.NoError(t, err, g.String())
			assert.Equal(t, g, got)
			n++
		}
	}
	assert.Equal(t, 36, n)
}

func TestGradeZeroAndPartial(t *testing.T) {
	tests := []struct {
		name  string
		g     source.Grade
		zero  bool
		valid bool
		str   string
	}{
		{"zero", source.Grade{}, true, false, ""},
		{"reliability only", source.Grade{Reliability: source.UsuallyReliable}, false, false, "Grade(2,0)"},
		{"credibility only", source.Grade{Credibility: source.ProbablyTrue}, false, false, "Grade(0,2)"},
		{"out of range", source.Grade{Reliability: 7, Credibility: 1}, false, false, "Grade(7,1)"},
		{"complete", source.Grade{Reliability: source.FairlyReliable, Credibility: source.Doubtful}, false, true, "C4"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.zero, tc.g.IsZero())
			assert.Equal(t, tc.valid, tc.g.Valid())
			assert.Equal(t, tc.str, tc.g.String())
			b, err := tc.g.MarshalText()
			if !tc.zero && !tc.valid {
				assert.ErrorIs(t, err, source.ErrBadGrade)
				assert.Equal(t, "", tc.g.Label())
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.str, string(b))
		})
	}
}

func TestGradeLabel(t *testing.T) {
	assert.Equal(t, "Usually reliable, probably true", source.MustParseGrade("B2").Label())
	assert.Equal(t, "Reliability cannot be judged, truth cannot be judged", source.MustParseGrade("F6").Label())
	assert.Equal(t, "Completely reliable, confirmed by other sources", source.MustParseGrade("A1").Label())
	assert.Equal(t, "", source.Grade{}.Label())
}

func TestMustParseGradePanics(t *testing.T) {
	assert.Panics(t, func() { source.MustParseGrade("B") })
	assert.NotPanics(t, func() { source.MustParseGrade("B2") })
}

func TestGradeJSON(t *testing.T) {
	type holder struct {
		Grade source.Grade `json:"grade,omitzero"`
	}
	tests := []struct {
		name string
		in   holder
		json string
	}{
		{"graded", holder{source.MustParseGrade("B2")}, `{"grade":"B2"}`},
		{"unjudgeable", holder{source.MustParseGrade("F6")}, `{"grade":"F6"}`},
		{"zero omitted", holder{}, `{}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := json.Marshal(tc.in)
			require.NoError(t, err)
			assert.Equal(t, tc.json, string(b))
			var back holder
			require.NoError(t, json.Unmarshal(b, &back))
			assert.Equal(t, tc.in, back)
		})
	}
	t.Run("partial grade not written", func(t *testing.T) {
		_, err := json.Marshal(holder{source.Grade{Reliability: source.UsuallyReliable}})
		assert.ErrorIs(t, err, source.ErrBadGrade)
	})
	t.Run("bad grade not read", func(t *testing.T) {
		var h holder
		assert.ErrorIs(t, json.Unmarshal([]byte(`{"grade":"b2"}`), &h), source.ErrBadGrade)
	})
	t.Run("empty string is zero", func(t *testing.T) {
		h := holder{source.MustParseGrade("A1")}
		require.NoError(t, json.Unmarshal([]byte(`{"grade":""}`), &h))
		assert.Equal(t, holder{}, h)
	})
}
