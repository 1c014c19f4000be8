package actor_test

import (
	"encoding/json"
	"slices"
	"testing"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/actor"
)

func day(y int, m time.Month, dd int) date.Date { return date.New(y, m, dd) }

func TestParseDate(t *testing.T) {
	tests := []struct {
		name        string
		in          string
		y           int
		m           time.Month
		d           int
		first, last date.Date
	}{
		{name: "year (Turkish forces' ACLED period start)", in: "2016", y: 2016, first: day(2016, 1, 1), last: day(2016, 12, 31)},
		{name: "month (al-Qaeda founded August 1988)", in: "1988-08", y: 1988, m: time.August, first: day(1988, 8, 1), last: day(1988, 8, 31)},
		{name: "day (HTS formed)", in: "2017-01-28", y: 2017, m: time.January, d: 28, first: day(2017, 1, 28), last: day(2017, 1, 28)},
		{name: "leap day", in: "2024-02-29", y: 2024, m: time.February, d: 29, first: day(2024, 2, 29), last: day(2024, 2, 29)},
		{name: "february of leap year", in: "2024-02", y: 2024, m: time.February, first: day(2024, 2, 1), last: day(2024, 2, 29)},
		{name: "february of common year", in: "2018-02", y: 2018, m: time.February, first: day(2018, 2, 1), last: day(2018, 2, 28)},
		{name: "first year of the SDK's range", in: "1000", y: 1000, first: day(1000, 1, 1), last: day(1000, 12, 31)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := actor.ParseDate(tc.in)
			require.NoError(t, err)
			assert.Equal(t, tc.in, got.String())
			assert.Equal(t, tc.y, got.Year())
			assert.Equal(t, tc.m, got.Month())
			assert.Equal(t, tc.d, got.Day())
			assert.Equal(t, tc.first, got.First())
			assert.Equal(t, tc.last, got.Last())
			assert.False(t, got.IsZero())
		})
	}
}

func TestParseDateErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
	}{
		{name: "empty", in: ""},
		{name: "30 February (rickb777 would roll to 1 March)", in: "2018-02-30"},
		{name: "29 February of a common year", in: "2023-02-29"},
		{name: "month 13", in: "2024-13-01"},
		{name: "month 00", in: "2024-00-10"},
		{name: "month 13 alone", in: "2018-13"},
		{name: "31 April", in: "2018-04-31"},
		{name: "day 00", in: "2018-03-00"},
		{name: "year zero", in: "0000"},
		{name: "two-digit year", in: "18"},
		{name: "unpadded month", in: "2018-3"},
		{name: "leading space", in: " 2018"},
		{name: "time part", in: "2018-03-02T00:00:00Z"},
		{name: "basic format", in: "20180302"},
		{name: "slashes", in: "2018/03/02"},
		{name: "expanded year", in: "+2018-03-02"},
		{name: "ordinal", in: "2018-075"},
		{name: "arabic-indic digits", in: "٢٠١٨"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := actor.ParseDate(tc.in)
			assert.ErrorIs(t, err, actor.ErrBadDate)
			assert.True(t, got.IsZero())
		})
	}
}

func TestParseDateErrorMessage(t *testing.T) {
	_, err := actor.ParseDate("2018-02-30")
	assert.EqualError(t, err, `actor: date "2018-02-30": no such calendar date: invalid date`)
}

func TestMustParseDatePanics(t *testing.T) {
	assert.Panics(t, func() { actor.MustParseDate("2018-02-30") })
}

func TestNewDate(t *testing.T) {
	tests := []struct {
		name    string
		y       int
		m       time.Month
		d       int
		want    string
		wantErr bool
	}{
		{name: "year", y: 1988, want: "1988"},
		{name: "month", y: 2018, m: time.March, want: "2018-03"},
		{name: "day", y: 2018, m: time.February, d: 27, want: "2018-02-27"},
		{name: "31 April", y: 2018, m: time.April, d: 31, wantErr: true},
		{name: "day without month", y: 2018, d: 5, wantErr: true},
		{name: "year zero", y: 0, wantErr: true},
		{name: "year 10000", y: 10000, wantErr: true},
		{name: "month 13", y: 2018, m: 13, wantErr: true},
		{name: "negative day", y: 2018, m: 1, d: -1, wantErr: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := actor.NewDate(tc.y, tc.m, tc.d)
			if tc.wantErr {
				assert.ErrorIs(t, err, actor.ErrBadDate)
				assert.True(t, got.IsZero())
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, got.String())
			assert.Equal(t, actor.MustParseDate(tc.want), got)
		})
	}
}

func TestDateOf(t *testing.T) {
	assert.Equal(t, actor.MustParseDate("2024-12-08"), actor.DateOf(day(2024, 12, 8)))
	assert.True(t, actor.DateOf(day(0, 12, 31)).IsZero(), "year 0 cannot be written")
	assert.True(t, actor.DateOf(day(10000, 1, 1)).IsZero(), "year 10000 cannot be written")
	assert.True(t, actor.DateOf(day(999, 12, 31)).IsZero(), "years before 1000 are outside the SDK's range")
	assert.Equal(t, "1000-01-01", actor.DateOf(day(1000, 1, 1)).String())
}

func TestDateZero(t *testing.T) {
	var z actor.Date
	assert.True(t, z.IsZero())
	assert.Equal(t, "", z.String())
	assert.Equal(t, 0, z.Year())
	assert.False(t, z.Contains(date.Zero), "unknown date contains no day, not even 0001-01-01")
	assert.NotEqual(t, actor.MustParseDate("1000-01-01"), z)
}

func TestDateComparisons(t *testing.T) {
	y2018 := actor.MustParseDate("2018")
	mar2018 := actor.MustParseDate("2018-03")
	hadFounded := actor.MustParseDate("2018-02-27")
	var zero actor.Date

	assert.True(t, hadFounded.Before(mar2018), "27 Feb is before every day of March")
	assert.True(t, mar2018.After(hadFounded))
	assert.False(t, y2018.Before(mar2018), "2018 overlaps March 2018")
	assert.False(t, mar2018.Before(y2018))
	assert.False(t, zero.Before(y2018))
	assert.False(t, y2018.Before(zero))
	assert.False(t, zero.After(y2018))

	assert.True(t, mar2018.Contains(day(2018, 3, 2)))
	assert.True(t, mar2018.Contains(day(2018, 3, 13)))
	assert.False(t, mar2018.Contains(day(2018, 2, 28)))
	assert.False(t, mar2018.Contains(day(2018, 4, 1)))
	assert.True(t, y2018.Contains(day(2018, 12, 31)))
}

func TestDateCompare(t *testing.T) {
	var zero actor.Date
	in := []actor.Date{d("2018-02"), d("2018"), zero, d("2018-01-15"), d("2017-12-31"), d("2018-01")}
	slices.SortFunc(in, actor.Date.Compare)
	want := []actor.Date{zero, d("2017-12-31"), d("2018-01"), d("2018"), d("2018-01-15"), d("2018-02")}
	assert.Equal(t, want, in)
	assert.Equal(t, 0, d("2018").Compare(d("2018")))
	assert.Equal(t, 0, zero.Compare(zero))
	assert.Equal(t, 1, d("2018").Compare(zero))
}

func TestDateJSON(t *testing.T) {
	type wrap struct {
		D actor.Date `json:"d,omitzero"`
	}
	tests := []struct {
		name string
		json string
		want actor.Date
	}{
		{name: "year", json: `{"d":"1988"}`, want: d("1988")},
		{name: "month", json: `{"d":"2018-03"}`, want: d("2018-03")},
		{name: "day", json: `{"d":"2016-07-28"}`, want: d("2016-07-28")},
		{name: "zero omitted", json: `{}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got wrap
			require.NoError(t, json.Unmarshal([]byte(tc.json), &got))
			assert.Equal(t, tc.want, got.D)
			back, err := json.Marshal(got)
			require.NoError(t, err)
			assert.Equal(t, tc.json, string(back))
		})
	}
	var w wrap
	assert.ErrorIs(t, json.Unmarshal([]byte(`{"d":"2018-02-30"}`), &w), actor.ErrBadDate)
	assert.ErrorIs(t, json.Unmarshal([]byte(`{"d":"30.03.2018"}`), &w), actor.ErrBadDate)
	require.NoError(t, json.Unmarshal([]byte(`{"d":""}`), &w))
	assert.True(t, w.D.IsZero(), "empty string is the unknown date")
}
