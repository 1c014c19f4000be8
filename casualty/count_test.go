package casualty

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// opt is an optional int64 in test tables: the (value, ok) pair of Low,
// Best and High.
type opt struct {
	n  int64
	ok bool
}

func some(n int64) opt { return opt{n, true} }

var none = opt{}

func TestCountAccessors(t *testing.T) {
	tests := []struct {
		name             string
		c                Count
		low, best, high  opt
		known, open, ord bool
	}{
		{"unknown", Unknown(), none, none, none, false, true, true},
		{"zero value is unknown", Count{}, none, none, none, false, true, true},
		{"exactly 40", Exactly(40), some(40), some(40), some(40), true, false, true},
		{"exactly 0 is a known zero", Exactly(0), some(0), some(0), some(0), true, false, true},
		{"at least 40", AtLeast(40), some(40), none, none, true, true, true},
		{"more than 370,000 has inclusive low 370,001", MoreThan(370_000), some(370_001), none, none, true, true, true},
		{"at most 5 states no low", AtMost(5), none, none, some(5), true, false, true},
		{"fewer than 10 has inclusive high 9", FewerThan(10), none, none, some(9), true, false, true},
		{"nearly 1,500,000", Nearly(1_500_000), none, some(1_500_000), some(1_500_000), true, false, true},
		{"about 3,000,000", About(3_000_000), none, some(3_000_000), none, true, true, true},
		{"between 2 and 5", Between(2, 5), some(2), none, some(5), true, false, true},
		{"ordered estimate", Estimate(1, 1, 30), some(1), some(1), some(30), true, false, true},
		{"UCDP GED 19.1 id 71686: low 0 best 3 high 0", Estimate(0, 3, 0), some(0), some(3), some(0), true, false, false},
		{"UCDP id 306667: low 6 best 6 high 5", Estimate(6, 6, 5), some(6), some(6), some(5), true, false, false},
		{"estimate low above best", Estimate(4, 3, 9), some(4), some(3), some(9), true, false, false},
		{"some is more than zero", Some(), some(1), none, none, true, true, true},
		{"invalid backwards range is unordered", Between(5, 2), some(5), none, some(2), true, false, false},
		{"more than MaxInt64 does not wrap", MoreThan(math.MaxInt64), some(math.MaxInt64), none, none, true, true, true},
		{"fewer than MinInt64 does not wrap", FewerThan(math.MinInt64), none, none, some(math.MinInt64), true, false, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n, ok := tc.c.Low()
			assert.Equal(t, tc.low, opt{n, ok}, "Low")
			n, ok = tc.c.Best()
			assert.Equal(t, tc.best, opt{n, ok}, "Best")
			n, ok = tc.c.High()
			assert.Equal(t, tc.high, opt{n, ok}, "High")
			assert.Equal(t, tc.known, tc.c.Known(), "Known")
			assert.Equal(t, !tc.known, tc.c.IsZero(), "IsZero")
			assert.Equal(t, tc.open, tc.c.Open(), "Open")
			assert.Equal(t, tc.ord, tc.c.Ordered(), "Ordered")
		})
	}
}

func TestCountEquality(t *testing.T) {
	// Forms are kept: equal bounds in different words are different values.
	assert.NotEqual(t, AtLeast(40), MoreThan(39))
	assert.NotEqual(t, Exactly(3), Between(3, 3))
	assert.NotEqual(t, Exactly(0), Unknown())
	assert.Equal(t, Count{}, Unknown())
	assert.Equal(t, Estimate(0, 3, 0), Estimate(0, 3, 0))
	assert.NotEqual(t, Estimate(0, 3, 0), Estimate(0, 0, 3), "estimate is not reordered")
}

func TestCountValidate(t *testing.T) {
	tests := []struct {
		name string
		c    Count
		want error // nil for valid
		msg  string
	}{
		{"unknown", Unknown(), nil, ""},
		{"some", Some(), nil, ""},
		{"exactly 0", Exactly(0), nil, ""},
		{"max count", Exactly(MaxCount), nil, ""},
		{"unordered estimate is valid", Estimate(0, 3, 0), nil, ""},
		{"one-point range", Between(3, 3), nil, ""},
		{"fewer than 1", FewerThan(1), nil, ""},
		{"negative exact", Exactly(-3), ErrNegative, `casualty: count "-3": negative count`},
		{"negative range low", Between(-1, 5), ErrNegative, `casualty: count "-1-5": negative count`},
		{"negative estimate best", Estimate(0, -1, 2), ErrNegative, `casualty: count "low 0, best -1, high 2": negative count`},
		{"above max", AtLeast(MaxCount + 1), ErrOverflow, `casualty: count "at least 9,007,199,254,740,992": above 9007199254740991: count out of range`},
		{"max int64", MoreThan(math.MaxInt64), ErrOverflow, `casualty: count "more than 9,223,372,036,854,775,807": above 9007199254740991: count out of range`},
		{"backwards range", Between(5, 2), ErrBadCount, `casualty: count "5-2": range low above high: invalid count`},
		{"fewer than 0", FewerThan(0), ErrBadCount, `casualty: count "fewer than 0": no count is below zero: invalid count`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.c.Validate()
			if tc.want == nil {
				assert.NoError(t, err)
				return
			}
			require.Error(t, err)
			assert.ErrorIs(t, err, tc.want)
			assert.Equal(t, tc.msg, err.Error())
		})
	}
}

func TestCountString(t *testing.T) {
	tests := []struct {
		name string
		c    Count
		want string
	}{
		{"unknown", Unknown(), "unknown"},
		{"zero", Exactly(0), "0"},
		{"small", Exactly(40), "40"},
		{"three digits", Exactly(999), "999"},
		{"four digits", Exactly(1000), "1,000"},
		{"six digits", Exactly(370_000), "370,000"},
		{"seven digits", Exactly(1_234_567), "1,234,567"},
		{"max", Exactly(MaxCount), "9,007,199,254,740,991"},
		{"at least", AtLeast(40), "at least 40"},
		{"more than", MoreThan(370_000), "more than 370,000"},
		{"at most", AtMost(5), "at most 5"},
		{"fewer than", FewerThan(10), "fewer than 10"},
		{"nearly", Nearly(1_500_000), "nearly 1,500,000"},
		{"about", About(3_000_000), "about 3,000,000"},
		{"range uses ASCII hyphen", Between(2, 5), "2-5"},
		{"range with separators", Between(1_000, 2_500), "1,000-2,500"},
		{"estimate kept unordered", Estimate(0, 3, 0), "low 0, best 3, high 0"},
		{"some", Some(), "more than zero"},
		{"more than 0 is not some", MoreThan(0), "more than 0"},
		{"negative shows its sign", Exactly(-1234), "-1,234"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, tc.c.String())
		})
	}
}

// allForms has one valid Count of every form, plus edge values.
var allForms = []Count{
	Unknown(), Exactly(0), Exactly(40), Exactly(MaxCount), AtLeast(0), AtLeast(40),
	MoreThan(0), MoreThan(370_000), AtMost(0), AtMost(5), FewerThan(1), FewerThan(10),
	Nearly(1_500_000), About(0), About(3_000_000), Between(0, 0), Between(2, 5),
	Between(1_000, MaxCount), Estimate(0, 3, 0), Estimate(6, 6, 5), Estimate(1, 2, 3),
	Estimate(MaxCount, 0, MaxCount), Some(),
}

func TestAllFormsValid(t *testing.T) {
	for _, c := range allForms {
		assert.NoError(t, c.Validate(), c.String())
	}
}
