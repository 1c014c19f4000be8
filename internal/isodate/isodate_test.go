package isodate

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParsePartial(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Partial
		err  error
	}{
		{"year", "2018", Partial{Year: 2018, Precision: Year}, nil},
		{"month", "2018-03", Partial{Year: 2018, Month: time.March, Precision: Month}, nil},
		{"day", "2019-08-31", Partial{Year: 2019, Month: time.August, Day: 31, Precision: Day}, nil},
		{"leap day", "2024-02-29", Partial{Year: 2024, Month: time.February, Day: 29, Precision: Day}, nil},
		{"not a leap year", "2023-02-29", Partial{}, ErrRange},
		{"february 30", "2024-02-30", Partial{}, ErrRange},
		{"month 13", "2024-13-01", Partial{}, ErrRange},
		{"month 0", "2024-00-10", Partial{}, ErrRange},
		{"day 0", "2024-01-00", Partial{}, ErrRange},
		{"year 0", "0000", Partial{}, ErrYear},
		{"truncated year", "0025-05-09", Partial{}, ErrYear},
		{"year 999", "0999-12-31", Partial{}, ErrYear},
		{"first year", "1000-01-01", Partial{Year: 1000, Month: time.January, Day: 1, Precision: Day}, nil},
		{"last day", "9999-12-31", Partial{Year: 9999, Month: time.December, Day: 31, Precision: Day}, nil},
		{"unpadded", "2024-3-5", Partial{}, ErrSyntax},
		{"slashes", "2024/03/05", Partial{}, ErrSyntax},
		{"time part", "2024-03-05T00:00", Partial{}, ErrSyntax},
		{"space", " 2024", Partial{}, ErrSyntax},
		{"empty", "", Partial{}, ErrSyntax},
		{"sign", "+202", Partial{}, ErrSyntax},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParsePartial(tc.in)
			if tc.err != nil {
				assert.ErrorIs(t, err, tc.err)
				assert.Equal(t, Partial{}, got)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
			assert.Equal(t, tc.in, got.String())
		})
	}
}

func TestCheckYear(t *testing.T) {
	tests := []struct {
		year int
		msg  string
	}{
		{25, "year 0025 is before 1000"},
		{0, "year 0000 is before 1000"},
		{-44, "year -0044 is before 1000"},
		{999, "year 0999 is before 1000"},
		{10000, "year 10000 is after 9999"},
		{1000, ""},
		{9999, ""},
	}
	for _, tc := range tests {
		t.Run(tc.msg, func(t *testing.T) {
			err := CheckYear(tc.year)
			if tc.msg == "" {
				assert.NoError(t, err)
				return
			}
			assert.EqualError(t, err, tc.msg)
			assert.ErrorIs(t, err, ErrYear)
			assert.ErrorIs(t, err, ErrRange)
		})
	}
}

func TestFirstLast(t *testing.T) {
	p, err := ParsePartial("2024-02")
	require.NoError(t, err)
	assert.Equal(t, "2024-02-01", p.First().String())
	assert.Equal(t, "2024-02-29", p.Last().String())
	y, err := ParsePartial("1988")
	require.NoError(t, err)
	assert.Equal(t, "1988-01-01", y.First().String())
	assert.Equal(t, "1988-12-31", y.Last().String())
}

func TestParseDay(t *testing.T) {
	d, err := ParseDay("2019-08-31")
	require.NoError(t, err)
	assert.Equal(t, "2019-08-31", d.String())
	_, err = ParseDay("2019-08")
	assert.ErrorIs(t, err, ErrSyntax)
}

func FuzzParsePartial(f *testing.F) {
	for _, s := range []string{"2018", "2018-03", "2019-08-31", "2024-02-30", "0000", "9999-12-31"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ParsePartial(s)
		if err != nil {
			return
		}
		if p.String() != s {
			t.Fatalf("%q parsed to %+v which formats as %q", s, p, p.String())
		}
		if p.Year < MinYear || p.Year > MaxYear {
			t.Fatalf("%q parsed to year %d, outside the SDK's range", s, p.Year)
		}
		if p.First() > p.Last() {
			t.Fatalf("%q: first %v after last %v", s, p.First(), p.Last())
		}
	})
}
