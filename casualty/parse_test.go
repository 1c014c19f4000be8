package casualty

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseCountAccepts(t *testing.T) {
	tests := []struct {
		in   string
		want Count
	}{
		// Exact numbers.
		{"40", Exactly(40)},
		{"0", Exactly(0)},
		{"370,000", Exactly(370_000)},
		{"370000", Exactly(370_000)},
		{"1,234,567", Exactly(1_234_567)},
		{"9,007,199,254,740,991", Exactly(MaxCount)},
		{"exactly 12", Exactly(12)},
		{"  40  ", Exactly(40)},
		// Lower bounds.
		{"at least 40", AtLeast(40)},
		{"At Least 40", AtLeast(40)},
		{"AT LEAST\t 40", AtLeast(40)},
		{"at least one", AtLeast(1)},
		{"at least a dozen", AtLeast(12)},
		{"upwards of 100", AtLeast(100)},
		{"no fewer than 7", AtLeast(7)},
		{"no less than 7", AtLeast(7)},
		{"more than 370,000", MoreThan(370_000)},
		{"over 400,000", MoreThan(400_000)},
		{"in excess of 50", MoreThan(50)},
		{"more than 0", MoreThan(0)},
		// Upper bounds.
		{"at most 5", AtMost(5)},
		{"up to 5", AtMost(5)},
		{"no more than 5", AtMost(5)},
		{"fewer than 10", FewerThan(10)},
		{"less than 10", FewerThan(10)},
		{"under 10", FewerThan(10)},
		{"nearly 1,500,000", Nearly(1_500_000)},
		{"almost 30", Nearly(30)},
		// Approximate.
		{"some three million", About(3_000_000)},
		{"about 200", About(200)},
		{"around 200", About(200)},
		{"approximately 200", About(200)},
		{"roughly 200", About(200)},
		{"an estimated 200", About(200)},
		{"estimated 200", About(200)},
		{"a dozen", About(12)},
		{"about a dozen", About(12)},
		// Ranges.
		{"2-5", Between(2, 5)},
		{"2–5", Between(2, 5)},
		{"2 – 5", Between(2, 5)},
		{"2 - 5", Between(2, 5)},
		{"1,000-2,500", Between(1_000, 2_500)},
		{"between 2 and 5", Between(2, 5)},
		{"between two and five", Between(2, 5)},
		{"2 to 5", Between(2, 5)},
		{"twenty to thirty", Between(20, 30)},
		{"3-3", Between(3, 3)},
		// Triples.
		{"low 0, best 3, high 0", Estimate(0, 3, 0)},
		{"low 1,000, best 1,200, high 2,000", Estimate(1_000, 1_200, 2_000)},
		{"Low 6,  Best 6, High 5", Estimate(6, 6, 5)},
		// Vague.
		{"dozens", AtLeast(24)},
		{"scores", AtLeast(40)},
		{"hundreds", AtLeast(200)},
		{"thousands", AtLeast(2_000)},
		{"tens of thousands", AtLeast(20_000)},
		{"hundreds of thousands", AtLeast(200_000)},
		{"millions", AtLeast(2_000_000)},
		{"numerous", Some()},
		{"several", Some()},
		{"many", Some()},
		{"a number of", Some()},
		{"more than zero", Some()},
		{"unknown", Unknown()},
		{"Unknown", Unknown()},
		// Number words.
		{"one", Exactly(1)},
		{"twelve", Exactly(12)},
		{"twenty", Exactly(20)},
		{"twenty-five", Exactly(25)},
		{"twenty five", Exactly(25)},
		{"ninety-nine", Exactly(99)},
		{"a hundred", Exactly(100)},
		{"one hundred", Exactly(100)},
		{"two hundred forty-five", Exactly(245)},
		{"a thousand", Exactly(1_000)},
		{"two hundred thousand", Exactly(200_000)},
		{"three million", Exactly(3_000_000)},
		{"a million", Exactly(1_000_000)},
		{"three million two hundred thousand five", Exactly(3_200_005)},
		{"nine hundred ninety-nine million nine hundred ninety-nine thousand nine hundred ninety-nine", Exactly(999_999_999)},
		// Digits with a scale word.
		{"3 million", Exactly(3_000_000)},
		{"1.5 million", Exactly(1_500_000)},
		{"2.25 thousand", Exactly(2_250)},
		{"about 6.6 million", About(6_600_000)},
		{"200 thousand", Exactly(200_000)},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParseCount(tc.in)
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestParseCountRefuses(t *testing.T) {
	tests := []struct {
		name string
		in   string
		also error // a second sentinel the error must wrap, or nil
		msg  string
	}{
		{"fraction word", "half", nil, `casualty: bad count phrase "half"`},
		{"trailing words", "40 or so people", nil, `casualty: bad count phrase "40 or so people"`},
		{"noun after the number", "at least 40 fighters", nil, `casualty: bad count phrase "at least 40 fighters"`},
		{"empty", "", nil, `casualty: bad count phrase ""`},
		{"blank", "   ", nil, `casualty: bad count phrase "   "`},
		{"negative", "-3", ErrNegative, `casualty: bad count phrase "-3": negative count`},
		{"negative after qualifier", "at least -3", ErrNegative, `casualty: bad count phrase "at least -3": negative count`},
		{"qualifier without number", "at least", nil, `casualty: bad count phrase "at least"`},
		{"bad grouping", "1,00", nil, `casualty: bad count phrase "1,00"`},
		{"group of four", "1,0000", nil, `casualty: bad count phrase "1,0000"`},
		{"double comma", "1,,234", nil, `casualty: bad count phrase "1,,234"`},
		{"leading comma", ",123", nil, `casualty: bad count phrase ",123"`},
		{"trailing comma", "123,", nil, `casualty: bad count phrase "123,"`},
		{"first group too long", "1234,567", nil, `casualty: bad count phrase "1234,567"`},
		{"exponent", "1e6", nil, `casualty: bad count phrase "1e6"`},
		{"decimal without scale", "1.5", nil, `casualty: bad count phrase "1.5"`},
		{"fraction of a person", "1.0000005 million", nil, `casualty: bad count phrase "1.0000005 million"`},
		{"not whole people", "1.2345 thousand", nil, `casualty: bad count phrase "1.2345 thousand"`},
		{"leading zero", "007", nil, `casualty: bad count phrase "007"`},
		{"too large", "9,007,199,254,740,992", ErrOverflow, `casualty: bad count phrase "9,007,199,254,740,992": above 9007199254740991: count out of range`},
		{"int64 overflow", "99999999999999999999", ErrOverflow, `casualty: bad count phrase "99999999999999999999": above 9007199254740991: count out of range`},
		{"scaled overflow", "9999999999999 million", ErrOverflow, `casualty: bad count phrase "9999999999999 million": above 9007199254740991: count out of range`},
		{"backwards range", "5-2", ErrBadCount, `casualty: bad count phrase "5-2": range low above high: invalid count`},
		{"backwards between", "between 5 and 2", ErrBadCount, `casualty: bad count phrase "between 5 and 2": range low above high: invalid count`},
		{"fewer than zero", "fewer than 0", ErrBadCount, `casualty: bad count phrase "fewer than 0": no count is below zero: invalid count`},
		{"two dashes", "2-5-7", nil, `casualty: bad count phrase "2-5-7"`},
		{"word range with dash", "two-five", nil, `casualty: bad count phrase "two-five"`},
		{"em dash", "2—5", nil, `casualty: bad count phrase "2—5"`},
		{"qualified range", "about 2-5", nil, `casualty: bad count phrase "about 2-5"`},
		{"repeated unit", "one one", nil, `casualty: bad count phrase "one one"`},
		{"hundred alone", "hundred", nil, `casualty: bad count phrase "hundred"`},
		{"nineteen hundred", "nineteen hundred", nil, `casualty: bad count phrase "nineteen hundred"`},
		{"and inside number", "two hundred and five", nil, `casualty: bad count phrase "two hundred and five"`},
		{"scales out of order", "one thousand one million", nil, `casualty: bad count phrase "one thousand one million"`},
		{"zero word", "zero", nil, `casualty: bad count phrase "zero"`},
		{"two dozen", "two dozen", nil, `casualty: bad count phrase "two dozen"`},
		{"billion", "a billion", nil, `casualty: bad count phrase "a billion"`},
		{"some alone", "some", nil, `casualty: bad count phrase "some"`},
		{"estimate missing member", "low 0, best 3", nil, `casualty: bad count phrase "low 0, best 3"`},
		{"estimate wrong order", "low 0, high 3, best 0", nil, `casualty: bad count phrase "low 0, high 3, best 0"`},
		{"unicode digits", "٤٠", nil, `casualty: bad count phrase "٤٠"`},
		{"Kelvin sign is not k", "un\u212Anown", nil, "casualty: bad count phrase \"un\u212Anown\""},
		{"trailing period", "at least 40.", nil, `casualty: bad count phrase "at least 40."`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseCount(tc.in)
			require.Error(t, err)
			assert.ErrorIs(t, err, ErrBadPhrase)
			if tc.also != nil {
				assert.ErrorIs(t, err, tc.also)
			}
			assert.Equal(t, tc.msg, err.Error())
			assert.Equal(t, Unknown(), got)
		})
	}
}

func TestParseCountRoundTripsString(t *testing.T) {
	for _, c := range allForms {
		t.Run(c.String(), func(t *testing.T) {
			got, err := ParseCount(c.String())
			require.NoError(t, err)
			assert.Equal(t, c, got)
		})
	}
}

func TestMustParseCount(t *testing.T) {
	assert.Equal(t, AtLeast(40), MustParseCount("at least 40"))
	assert.Panics(t, func() { MustParseCount("half") })
}

func TestCountText(t *testing.T) {
	for _, c := range allForms {
		t.Run(c.String(), func(t *testing.T) {
			b, err := c.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, c.String(), string(b))
			var got Count
			require.NoError(t, got.UnmarshalText(b))
			assert.Equal(t, c, got)
		})
	}
	t.Run("empty text is unknown", func(t *testing.T) {
		got := Exactly(3)
		require.NoError(t, got.UnmarshalText(nil))
		assert.Equal(t, Unknown(), got)
	})
	t.Run("bad text", func(t *testing.T) {
		got := Exactly(3)
		err := got.UnmarshalText([]byte("half"))
		assert.ErrorIs(t, err, ErrBadPhrase)
		assert.Equal(t, Exactly(3), got, "unchanged on error")
	})
	t.Run("invalid count does not marshal", func(t *testing.T) {
		_, err := Between(5, 2).MarshalText()
		assert.ErrorIs(t, err, ErrBadCount)
	})
}
