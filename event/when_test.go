package event

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"testing"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// day builds a date from parts the test author checked against a calendar.
func day(y int, m time.Month, d int) date.Date { return date.New(y, m, d) }

func TestParseDatePrecision(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    DatePrecision
		wantErr error
	}{
		{"day", "day", DateDay, nil},
		{"days", "days", DateDays, nil},
		{"week", "week", DateWeek, nil},
		{"month", "month", DateMonth, nil},
		{"year", "year", DateYear, nil},
		{"empty", "", DateUnspecified, ErrBadPrecision},
		{"capitalised", "Day", DateUnspecified, ErrBadPrecision},
		{"padded", " day", DateUnspecified, ErrBadPrecision},
		{"unspecified is not a name", "unspecified", DateUnspecified, ErrBadPrecision},
		{"numeric", "1", DateUnspecified, ErrBadPrecision},
		{"plural month", "months", DateUnspecified, ErrBadPrecision},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseDatePrecision(tc.in)
			if tc.wantErr != nil {
				assert.ErrorIs(t, err, tc.wantErr)
			} else {
				require.NoError(t, err)
				assert.Equal(t, tc.in, got.String())
			}
			assert.Equal(t, tc.want, got)
		})
	}
	_, err := ParseDatePrecision("Day")
	assert.EqualError(t, err, `event: invalid date precision "Day"`)
}

func TestDatePrecisionText(t *testing.T) {
	tests := []struct {
		p    DatePrecision
		text string
	}{
		{DateUnspecified, ""},
		{DateDay, "day"},
		{DateDays, "days"},
		{DateWeek, "week"},
		{DateMonth, "month"},
		{DateYear, "year"},
	}
	for _, tc := range tests {
		t.Run(strconv.Itoa(int(tc.p)), func(t *testing.T) {
			assert.Equal(t, tc.text, tc.p.String())
			b, err := tc.p.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, tc.text, string(b))
			var back DatePrecision = 99
			require.NoError(t, back.UnmarshalText(b))
			assert.Equal(t, tc.p, back)
			assert.Equal(t, tc.p == DateUnspecified, tc.p.IsZero())
		})
	}
	assert.Equal(t, "DatePrecision(6)", DatePrecision(6).String())
	_, err := DatePrecision(6).MarshalText()
	assert.ErrorIs(t, err, ErrBadPrecision)
	p := DateWeek
	assert.ErrorIs(t, p.UnmarshalText([]byte("fortnight")), ErrBadPrecision)
	assert.Equal(t, DateWeek, p, "unchanged on error")

	type doc struct {
		P DatePrecision `json:"p,omitzero"`
	}
	b, err := json.Marshal(doc{DateDays})
	require.NoError(t, err)
	assert.Equal(t, `{"p":"days"}`, string(b))
	b, err = json.Marshal(doc{})
	require.NoError(t, err)
	assert.Equal(t, `{}`, string(b))
	var d doc
	require.NoError(t, json.Unmarshal([]byte(`{"p":"month"}`), &d))
	assert.Equal(t, DateMonth, d.P)
}

func TestDatePrecisionACLED(t *testing.T) {
	// ACLED time_precision (REFERENCE §1.8): 1 day, 2 a span such as a
	// week, 3 month.
	from := []struct {
		code    int
		want    DatePrecision
		wantErr error
	}{
		{1, DateDay, nil},
		{2, DateWeek, nil},
		{3, DateMonth, nil},
		{0, DateUnspecified, ErrBadPrecision},
		{4, DateUnspecified, ErrBadPrecision},
		{-1, DateUnspecified, ErrBadPrecision},
	}
	for _, tc := range from {
		t.Run(fmt.Sprintf("from %d", tc.code), func(t *testing.T) {
			got, err := DatePrecisionFromACLED(tc.code)
			if tc.wantErr != nil {
				assert.ErrorIs(t, err, tc.wantErr)
			} else {
				assert.NoError(t, err)
			}
			assert.Equal(t, tc.want, got)
		})
	}
	to := []struct {
		p    DatePrecision
		code int
		ok   bool
	}{
		{DateUnspecified, 0, false},
		{DateDay, 1, true},
		{DateDays, 2, true},
		{DateWeek, 2, true},
		{DateMonth, 3, true},
		{DateYear, 0, false},
		{DatePrecision(9), 0, false},
	}
	for _, tc := range to {
		t.Run("to "+tc.p.String(), func(t *testing.T) {
			code, ok := tc.p.ACLED()
			assert.Equal(t, tc.code, code)
			assert.Equal(t, tc.ok, ok)
		})
	}
}

func TestDatePrecisionUCDP(t *testing.T) {
	// UCDP date_prec (REFERENCE §2.2): 1 day, 2 span of 2–6 days, 3 week,
	// 4 month, 5 year.
	tests := []struct {
		code int
		p    DatePrecision
	}{
		{1, DateDay}, {2, DateDays}, {3, DateWeek}, {4, DateMonth}, {5, DateYear},
	}
	for _, tc := range tests {
		t.Run(strconv.Itoa(tc.code), func(t *testing.T) {
			got, err := DatePrecisionFromUCDP(tc.code)
			require.NoError(t, err)
			assert.Equal(t, tc.p, got)
			code, ok := tc.p.UCDP()
			assert.True(t, ok)
			assert.Equal(t, tc.code, code)
		})
	}
	for _, bad := range []int{0, 6, -1, 100} {
		got, err := DatePrecisionFromUCDP(bad)
		assert.ErrorIs(t, err, ErrBadPrecision, "code %d", bad)
		assert.Equal(t, DateUnspecified, got)
	}
	for _, p := range []DatePrecision{DateUnspecified, 6, 255} {
		code, ok := p.UCDP()
		assert.False(t, ok, "precision %d", p)
		assert.Equal(t, 0, code)
	}
}

func TestOnDay(t *testing.T) {
	tests := []struct {
		name    string
		y       int
		m       time.Month
		d       int
		want    When
		wantErr error
	}{
		{"ordinary", 2019, time.August, 31, When{Start: day(2019, 8, 31), End: day(2019, 8, 31), Precision: DateDay}, nil},
		{"leap day", 2024, time.February, 29, When{Start: day(2024, 2, 29), End: day(2024, 2, 29), Precision: DateDay}, nil},
		{"2019-02-30", 2019, time.February, 30, When{}, ErrBadDate},
		{"2023-02-29 not leap", 2023, time.February, 29, When{}, ErrBadDate},
		{"1900-02-29 not leap", 1900, time.February, 29, When{}, ErrBadDate},
		{"month 13", 2024, 13, 1, When{}, ErrBadDate},
		{"month 0", 2024, 0, 10, When{}, ErrBadDate},
		{"day 0", 2024, time.March, 0, When{}, ErrBadDate},
		{"April 31", 2024, time.April, 31, When{}, ErrBadDate},
		{"year 0", 0, time.January, 1, When{}, ErrBadDate},
		{"year 0025", 25, time.May, 9, When{}, ErrBadDate},
		{"year 10000", 10000, time.January, 1, When{}, ErrBadDate},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := OnDay(tc.y, tc.m, tc.d)
			if tc.wantErr != nil {
				assert.ErrorIs(t, err, tc.wantErr)
			} else {
				assert.NoError(t, err)
			}
			assert.Equal(t, tc.want, got)
		})
	}
	_, err := OnDay(2019, time.February, 30)
	assert.EqualError(t, err, `event: invalid date "2019-02-30": no such calendar date`)
}

func TestBetween(t *testing.T) {
	tests := []struct {
		name       string
		start, end date.Date
		p          DatePrecision
		wantErr    error
	}{
		{"range", day(2019, 8, 31), day(2019, 9, 2), DateDays, nil},
		{"one day", day(2019, 8, 31), day(2019, 8, 31), DateDay, nil},
		{"unspecified precision", day(2019, 8, 31), day(2019, 9, 2), DateUnspecified, nil},
		{"end before start", day(2019, 9, 2), day(2019, 8, 31), DateDays, ErrDateOrder},
		{"bad precision", day(2019, 8, 31), day(2019, 9, 2), 6, ErrBadPrecision},
		{"year 0", day(0, 12, 31), day(2019, 9, 2), DateDay, ErrBadDate},
		{"year 10000", day(2019, 8, 31), day(10000, 1, 1), DateDay, ErrBadDate},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Between(tc.start, tc.end, tc.p)
			if tc.wantErr != nil {
				assert.ErrorIs(t, err, tc.wantErr)
				assert.Equal(t, When{}, got)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, When{Start: tc.start, End: tc.end, Precision: tc.p}, got)
		})
	}
}

func TestRangeConstructors(t *testing.T) {
	tests := []struct {
		name string
		got  When
		want When
		days int
	}{
		{"InMonth Feb 2024 leap", InMonth(2024, time.February), When{Start: day(2024, 2, 1), End: day(2024, 2, 29), Precision: DateMonth}, 29},
		{"InMonth Feb 2023", InMonth(2023, time.February), When{Start: day(2023, 2, 1), End: day(2023, 2, 28), Precision: DateMonth}, 28},
		{"InMonth December", InMonth(2019, time.December), When{Start: day(2019, 12, 1), End: day(2019, 12, 31), Precision: DateMonth}, 31},
		{"InMonth 13 normalises", InMonth(2019, 13), When{Start: day(2020, 1, 1), End: day(2020, 1, 31), Precision: DateMonth}, 31},
		{"InYear leap", InYear(2024), When{Start: day(2024, 1, 1), End: day(2024, 12, 31), Precision: DateYear}, 366},
		{"InYear", InYear(1991), When{Start: day(1991, 1, 1), End: day(1991, 12, 31), Precision: DateYear}, 365},
		// 2019-08-31 was a Saturday.
		{"WeekOf Saturday", WeekOf(day(2019, 8, 31)), When{Start: day(2019, 8, 26), End: day(2019, 9, 1), Precision: DateWeek}, 7},
		{"WeekOf Monday", WeekOf(day(2019, 8, 26)), When{Start: day(2019, 8, 26), End: day(2019, 9, 1), Precision: DateWeek}, 7},
		{"WeekOf Sunday", WeekOf(day(2019, 9, 1)), When{Start: day(2019, 8, 26), End: day(2019, 9, 1), Precision: DateWeek}, 7},
		// 2020-12-31 was a Thursday; its ISO week runs into 2021.
		{"WeekOf across years", WeekOf(day(2020, 12, 31)), When{Start: day(2020, 12, 28), End: day(2021, 1, 3), Precision: DateWeek}, 7},
		{"On", On(day(2019, 8, 31)), When{Start: day(2019, 8, 31), End: day(2019, 8, 31), Precision: DateDay}, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, tc.got)
			n, ok := tc.got.Days()
			assert.True(t, ok)
			assert.Equal(t, tc.days, n)
			assert.NoError(t, tc.got.Validate())
		})
	}
}

func TestSinceUntil(t *testing.T) {
	s := Since(day(2019, 4, 20), DateDay)
	assert.Equal(t, When{Start: day(2019, 4, 20), Precision: DateDay, OpenEnd: true}, s)
	u := Until(day(2019, 8, 31), DateMonth)
	assert.Equal(t, When{End: day(2019, 8, 31), Precision: DateMonth, OpenStart: true}, u)
	for _, w := range []When{s, u} {
		_, ok := w.Days()
		assert.False(t, ok)
		assert.NoError(t, w.Validate())
		assert.False(t, w.IsZero())
	}
	// Since the first representable day is not the unknown date.
	assert.False(t, Since(date.Zero, DateUnspecified).IsZero())
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    date.Date
		wantErr error
	}{
		{"ordinary", "2019-08-31", day(2019, 8, 31), nil},
		{"leap day", "2024-02-29", day(2024, 2, 29), nil},
		{"first day of the SDK's range", "1000-01-01", day(1000, 1, 1), nil},
		{"last day", "9999-12-31", day(9999, 12, 31), nil},
		{"year 0025", "0025-05-09", 0, ErrBadDate},
		{"year 0999", "0999-12-31", 0, ErrBadDate},
		{"2024-02-30", "2024-02-30", 0, ErrBadDate},
		{"2023-02-29", "2023-02-29", 0, ErrBadDate},
		{"2024-13-01", "2024-13-01", 0, ErrBadDate},
		{"2024-00-10", "2024-00-10", 0, ErrBadDate},
		{"year 0", "0000-01-01", 0, ErrBadDate},
		{"unpadded", "2024-3-5", 0, ErrBadDate},
		{"padded", " 2024-03-05", 0, ErrBadDate},
		{"basic format", "20240315", 0, ErrBadDate},
		{"ordinal", "2024-075", 0, ErrBadDate},
		{"with time", "2024-03-15T13:00:00Z", 0, ErrBadDate},
		{"expanded year", "+12345-06-07", 0, ErrBadDate},
		{"month only", "2024-03", 0, ErrBadDate},
		{"slashes", "2024/03/15", 0, ErrBadDate},
		{"empty", "", 0, ErrBadDate},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseDate(tc.in)
			if tc.wantErr != nil {
				assert.ErrorIs(t, err, tc.wantErr)
			} else {
				assert.NoError(t, err)
			}
			assert.Equal(t, tc.want, got)
		})
	}
	_, err := ParseDate("2024-02-30")
	assert.EqualError(t, err, `event: invalid date "2024-02-30": no such calendar date`)
}

// whenForms pairs values with their text form; both directions are tested.
var whenForms = []struct {
	name string
	w    When
	text string
}{
	{"unknown", When{}, ""},
	{"one day", On(day(2019, 8, 31)), "2019-08-31"},
	{"whole month", InMonth(2019, time.August), "2019-08"},
	{"whole year", InYear(1991), "1991"},
	{"range of days", When{Start: day(2019, 8, 31), End: day(2019, 9, 2), Precision: DateDays}, "2019-08-31/2019-09-02;days"},
	{"range unspecified", When{Start: day(2019, 8, 31), End: day(2019, 9, 2)}, "2019-08-31/2019-09-02"},
	{"week", WeekOf(day(2019, 8, 31)), "2019-08-26/2019-09-01;week"},
	{"one day unspecified", When{Start: day(2019, 8, 31), End: day(2019, 8, 31)}, "2019-08-31/2019-08-31"},
	{"mid-month day at month precision (ACLED 3)", When{Start: day(2019, 8, 15), End: day(2019, 8, 15), Precision: DateMonth}, "2019-08-15/2019-08-15;month"},
	{"month span at day precision", When{Start: day(2019, 8, 1), End: day(2019, 8, 31), Precision: DateDay}, "2019-08-01/2019-08-31;day"},
	{"two months at month precision", When{Start: day(2019, 8, 1), End: day(2019, 9, 30), Precision: DateMonth}, "2019-08-01/2019-09-30;month"},
	{"year span unspecified", When{Start: day(1991, 1, 1), End: day(1991, 12, 31)}, "1991-01-01/1991-12-31"},
	{"open end", Since(day(2019, 4, 20), DateDay), "2019-04-20/..;day"},
	{"open end unspecified", Since(day(2019, 4, 20), DateUnspecified), "2019-04-20/.."},
	{"open start", Until(day(2019, 8, 31), DateUnspecified), "../2019-08-31"},
	{"open start month", Until(day(2019, 8, 31), DateMonth), "../2019-08-31;month"},
	{"first day of the SDK's range", On(day(1000, 1, 1)), "1000-01-01"},
}

func TestWhenString(t *testing.T) {
	for _, tc := range whenForms {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.text, tc.w.String())
			b, err := tc.w.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, tc.text, string(b))
		})
	}
}

func TestParseWhen(t *testing.T) {
	for _, tc := range whenForms {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseWhen(tc.text)
			require.NoError(t, err)
			assert.Equal(t, tc.w, got)
			var u When
			require.NoError(t, u.UnmarshalText([]byte(tc.text)))
			assert.Equal(t, tc.w, u)
		})
	}
	// Accepted though never written: the interval form of a whole month.
	got, err := ParseWhen("2019-08-01/2019-08-31;month")
	require.NoError(t, err)
	assert.Equal(t, InMonth(2019, time.August), got)
	assert.Equal(t, "2019-08", got.String())
}

func TestParseWhenErrors(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		wantErr error
	}{
		{"0001-01-01 interval without precision is not the unknown date", "0001-01-01/0001-01-01", ErrBadDate},
		{"impossible day", "2024-02-30", ErrBadDate},
		{"not a leap year", "2023-02-29", ErrBadDate},
		{"month 13", "2024-13", ErrBadDate},
		{"impossible start", "2024-02-30/2024-03-05", ErrBadDate},
		{"impossible end", "2024-02-01/2024-02-30", ErrBadDate},
		{"end before start", "2019-09-02/2019-08-31", ErrDateOrder},
		{"end before start with precision", "2019-09-02/2019-08-31;days", ErrDateOrder},
		{"both open", "../..", ErrNoDate},
		{"empty start", "/2019-08-31", ErrBadDate},
		{"empty end", "2019-08-31/", ErrBadDate},
		{"month in interval", "2019-08/2019-09", ErrBadDate},
		{"three parts", "2019-08-01/2019-08-02/2019-08-03", ErrBadDate},
		{"unknown precision", "2019-08-01/2019-08-31;fortnight", ErrBadPrecision},
		{"empty precision", "2019-08-01/2019-08-31;", ErrBadPrecision},
		{"two precisions", "2019-08-01/2019-08-31;day;day", ErrBadPrecision},
		{"precision on short form", "2019-08-31;day", ErrBadPrecision},
		{"precision alone", ";day", ErrBadPrecision},
		{"spaces", "2019-08-31 / 2019-09-02", ErrBadDate},
		{"ISO duration", "2019-08-31/P3D", ErrBadDate},
		{"three dots", ".../2019-08-31", ErrBadDate},
		{"year 0", "0000", ErrBadDate},
		{"garbage", "yesterday", ErrBadDate},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseWhen(tc.in)
			assert.ErrorIs(t, err, tc.wantErr)
			assert.Equal(t, When{}, got)
			w := On(day(2000, 1, 1))
			assert.Error(t, w.UnmarshalText([]byte(tc.in)))
			assert.Equal(t, On(day(2000, 1, 1)), w, "unchanged on error")
		})
	}
	_, err := ParseWhen("2019-09-02/2019-08-31")
	assert.EqualError(t, err, `event: end date before start date: "2019-09-02/2019-08-31"`)
}

func TestWhenValidate(t *testing.T) {
	tests := []struct {
		name    string
		w       When
		wantErr error
	}{
		{"zero is valid", When{}, nil},
		{"one day", On(day(2019, 8, 31)), nil},
		{"start under open start is refused", When{Start: day(2030, 1, 1), End: day(2019, 8, 31), OpenStart: true}, ErrBadDate},
		{"end under open end is refused", When{Start: day(2019, 6, 1), End: day(2019, 6, 2), OpenEnd: true}, ErrBadDate},
		{"both open", When{OpenStart: true, OpenEnd: true}, ErrNoDate},
		{"both open with dates", When{Start: day(2019, 1, 1), End: day(2019, 2, 1), OpenStart: true, OpenEnd: true}, ErrNoDate},
		{"end before start", When{Start: day(2019, 9, 2), End: day(2019, 8, 31)}, ErrDateOrder},
		{"bad precision", When{Start: day(2019, 8, 31), End: day(2019, 8, 31), Precision: 7}, ErrBadPrecision},
		{"year 0 start", When{Start: day(0, 6, 1), End: day(2019, 8, 31)}, ErrBadDate},
		{"year 0025 start", When{Start: day(25, 5, 9), End: day(2025, 5, 9)}, ErrBadDate},
		{"year 10000 end", When{Start: day(2019, 6, 1), End: day(10000, 1, 1)}, ErrBadDate},
		{"year 10000 under open end", When{Start: day(2019, 6, 1), End: day(10000, 1, 1), OpenEnd: true}, ErrBadDate},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.w.Validate()
			if tc.wantErr == nil {
				assert.NoError(t, err)
				return
			}
			assert.ErrorIs(t, err, tc.wantErr)
			_, err = tc.w.MarshalText()
			assert.ErrorIs(t, err, tc.wantErr)
			_, err = json.Marshal(tc.w)
			assert.ErrorIs(t, err, tc.wantErr)
		})
	}
}

func TestWhenDaysContainsOverlaps(t *testing.T) {
	aug31 := On(day(2019, 8, 31))
	rng := When{Start: day(2019, 8, 30), End: day(2019, 9, 2), Precision: DateDays}
	since := Since(day(2019, 4, 20), DateDay)
	until := Until(day(2019, 4, 19), DateDay)
	bad := When{Start: day(2019, 9, 2), End: day(2019, 8, 31)}
	bothOpen := When{OpenStart: true, OpenEnd: true}

	days := []struct {
		name string
		w    When
		n    int
		ok   bool
	}{
		{"one day", aug31, 1, true},
		{"four days", rng, 4, true},
		{"open end", since, 0, false},
		{"open start", until, 0, false},
		{"unknown", When{}, 0, false},
		{"end before start", bad, 0, false},
		{"both open", bothOpen, 0, false},
	}
	for _, tc := range days {
		t.Run("Days "+tc.name, func(t *testing.T) {
			n, ok := tc.w.Days()
			assert.Equal(t, tc.n, n)
			assert.Equal(t, tc.ok, ok)
		})
	}

	contains := []struct {
		name string
		w    When
		d    date.Date
		want bool
	}{
		{"the day", aug31, day(2019, 8, 31), true},
		{"day after", aug31, day(2019, 9, 1), false},
		{"range start", rng, day(2019, 8, 30), true},
		{"range end inclusive", rng, day(2019, 9, 2), true},
		{"after range", rng, day(2019, 9, 3), false},
		{"before range", rng, day(2019, 8, 29), false},
		{"open end far future", since, day(2030, 1, 1), true},
		{"open end on start", since, day(2019, 4, 20), true},
		{"open end before start", since, day(2019, 4, 19), false},
		{"open start far past", until, day(1900, 1, 1), true},
		{"open start after end", until, day(2019, 4, 20), false},
		{"unknown contains nothing", When{}, date.Zero, false},
		{"invalid contains nothing", bad, day(2019, 9, 1), false},
		{"both open contains nothing", bothOpen, day(2019, 9, 1), false},
	}
	for _, tc := range contains {
		t.Run("Contains "+tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, tc.w.Contains(tc.d))
		})
	}

	overlaps := []struct {
		name string
		a, b When
		want bool
	}{
		{"day in range", aug31, rng, true},
		{"touching ends", rng, On(day(2019, 9, 2)), true},
		{"adjacent days", aug31, On(day(2019, 9, 1)), false},
		{"since and later day", since, aug31, true},
		{"until and since, adjacent", until, since, false},
		{"until and since, one shared day", Until(day(2019, 4, 20), DateDay), since, true},
		{"two open ends", since, Since(day(2030, 1, 1), DateDay), true},
		{"two open starts", until, Until(day(1990, 1, 1), DateDay), true},
		{"unknown overlaps nothing", When{}, since, false},
		{"unknown and unknown", When{}, When{}, false},
		{"invalid overlaps nothing", bad, InYear(2019), false},
		{"both open overlaps nothing", bothOpen, aug31, false},
		{"month and week crossing it", InMonth(2019, time.August), WeekOf(day(2019, 9, 1)), true},
	}
	for _, tc := range overlaps {
		t.Run("Overlaps "+tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, tc.a.Overlaps(tc.b))
			assert.Equal(t, tc.want, tc.b.Overlaps(tc.a), "symmetric")
		})
	}
}

func TestWhenJSON(t *testing.T) {
	tests := []struct {
		name string
		w    When
		json string
	}{
		{"one day", On(day(2019, 8, 31)), `{"start":"2019-08-31","end":"2019-08-31","precision":"day"}`},
		{"range", When{Start: day(2019, 8, 31), End: day(2019, 9, 2), Precision: DateDays}, `{"start":"2019-08-31","end":"2019-09-02","precision":"days"}`},
		{"month", InMonth(2019, time.August), `{"start":"2019-08-01","end":"2019-08-31","precision":"month"}`},
		{"year", InYear(1991), `{"start":"1991-01-01","end":"1991-12-31","precision":"year"}`},
		{"open start", Until(day(2019, 8, 31), DateDay), `{"end":"2019-08-31","precision":"day","open_start":true}`},
		{"open end", Since(day(2019, 4, 20), DateWeek), `{"start":"2019-04-20","precision":"week","open_end":true}`},
		{"no precision", When{Start: day(2019, 8, 31), End: day(2019, 9, 2)}, `{"start":"2019-08-31","end":"2019-09-02"}`},
		{"open end no precision", Since(day(2019, 4, 20), DateUnspecified), `{"start":"2019-04-20","open_end":true}`},
		{"unknown", When{}, `{}`},
		{"1000-01-01 is a date", On(day(1000, 1, 1)), `{"start":"1000-01-01","end":"1000-01-01","precision":"day"}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := json.Marshal(tc.w)
			require.NoError(t, err)
			assert.Equal(t, tc.json, string(b))
			var back When
			require.NoError(t, json.Unmarshal(b, &back))
			assert.Equal(t, tc.w, back)
		})
	}
}

func TestWhenJSONInStruct(t *testing.T) {
	type doc struct {
		When When `json:"when,omitzero"`
	}
	b, err := json.Marshal(doc{})
	require.NoError(t, err)
	assert.Equal(t, `{}`, string(b))

	in := doc{Since(day(2019, 4, 20), DateDay)}
	b, err = json.Marshal(in)
	require.NoError(t, err)
	assert.Equal(t, `{"when":{"start":"2019-04-20","precision":"day","open_end":true}}`, string(b))
	var back doc
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, in, back)

	// null leaves the value alone, as for other encoding/json types.
	back = doc{On(day(2019, 8, 31))}
	require.NoError(t, json.Unmarshal([]byte(`{"when":null}`), &back))
	assert.Equal(t, On(day(2019, 8, 31)), back.When)

	// Errors surface through the enclosing document.
	err = json.Unmarshal([]byte(`{"when":{"start":"2024-02-30","end":"2024-03-01"}}`), &back)
	assert.ErrorIs(t, err, ErrBadDate)
}

func TestWhenJSONErrors(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		wantErr error
	}{
		{"0001-01-01 without precision is not the unknown date", `{"start":"0001-01-01","end":"0001-01-01"}`, ErrBadDate},
		{"impossible start", `{"start":"2024-02-30","end":"2024-03-01"}`, ErrBadDate},
		{"impossible end", `{"start":"2023-02-01","end":"2023-02-29"}`, ErrBadDate},
		{"month 13", `{"start":"2024-13-01","end":"2024-13-01"}`, ErrBadDate},
		{"date with time", `{"start":"2019-08-31T00:00:00","end":"2019-08-31"}`, ErrBadDate},
		{"number date", `{"start":20190831,"end":"2019-08-31"}`, ErrBadDate},
		{"null date", `{"start":null,"end":"2019-08-31"}`, ErrBadDate},
		{"end before start", `{"start":"2019-09-02","end":"2019-08-31"}`, ErrDateOrder},
		{"unknown member", `{"start":"2019-08-31","end":"2019-08-31","note":"x"}`, ErrSyntax},
		{"member name case", `{"Start":"2019-08-31","end":"2019-08-31"}`, ErrSyntax},
		{"repeated member", `{"start":"2019-08-31","start":"2019-08-30","end":"2019-08-31"}`, ErrSyntax},
		{"bad precision", `{"start":"2019-08-31","end":"2019-08-31","precision":"Day"}`, ErrBadPrecision},
		{"empty precision", `{"start":"2019-08-31","end":"2019-08-31","precision":""}`, ErrBadPrecision},
		{"numeric precision", `{"start":"2019-08-31","end":"2019-08-31","precision":1}`, ErrBadPrecision},
		{"open flag as string", `{"start":"2019-08-31","open_end":"true"}`, ErrSyntax},
		{"start missing", `{"end":"2019-08-31"}`, ErrMissing},
		{"end missing", `{"start":"2019-08-31","precision":"day"}`, ErrMissing},
		{"start and open_start", `{"start":"2019-08-31","end":"2019-09-01","open_start":true}`, ErrBadDate},
		{"end and open_end", `{"start":"2019-08-31","end":"2019-09-01","open_end":true}`, ErrBadDate},
		{"both open", `{"open_start":true,"open_end":true}`, ErrNoDate},
		{"precision only", `{"precision":"day"}`, ErrNoDate},
		{"open end only", `{"open_end":true}`, ErrNoDate},
		{"array", `["2019-08-31"]`, ErrSyntax},
		{"string", `"2019-08-31"`, ErrSyntax},
		{"truncated", `{"start":"2019-08-31"`, ErrSyntax},
		{"trailing data", `{} {}`, ErrSyntax},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := On(day(2000, 1, 1))
			err := w.UnmarshalJSON([]byte(tc.in))
			assert.ErrorIs(t, err, tc.wantErr)
			assert.Equal(t, On(day(2000, 1, 1)), w, "unchanged on error")
		})
	}
	// Members in any order, false flags and surrounding space are fine.
	var w When
	require.NoError(t, w.UnmarshalJSON([]byte(` {"open_end":false,"precision":"day","end":"2019-08-31","start":"2019-08-31","open_start":false} `)))
	assert.Equal(t, On(day(2019, 8, 31)), w)
	require.NoError(t, w.UnmarshalJSON([]byte(`{"open_start":false}`)))
	assert.Equal(t, When{}, w)
}

func FuzzParseDatePrecision(f *testing.F) {
	for _, s := range []string{"day", "days", "week", "month", "year", "", "Day", "unspecified"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ParseDatePrecision(s)
		if err != nil {
			if !errors.Is(err, ErrBadPrecision) {
				t.Fatalf("ParseDatePrecision(%q): %v does not wrap ErrBadPrecision", s, err)
			}
		} else if again, err := ParseDatePrecision(p.String()); err != nil || again != p || p.String() != s {
			t.Fatalf("round trip of %q: %v, %v", s, again, err)
		}
		var u DatePrecision
		if err := u.UnmarshalText([]byte(s)); err == nil {
			b, err := u.MarshalText()
			if err != nil || string(b) != s {
				t.Fatalf("text round trip of %q: %q, %v", s, b, err)
			}
		}
	})
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2019-08-31", "2024-02-30", "2024-13-01", "0000-01-01", "+12345-06-07", "2024-3-5", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			if !errors.Is(err, ErrBadDate) {
				t.Fatalf("ParseDate(%q): %v does not wrap ErrBadDate", s, err)
			}
			return
		}
		// A strict parser accepts only what it would write itself.
		if d.String() != s {
			t.Fatalf("ParseDate(%q) = %s", s, d)
		}
	})
}

func FuzzParseWhen(f *testing.F) {
	for _, tc := range whenForms {
		f.Add(tc.text)
	}
	for _, s := range []string{"../..", "2019-09-02/2019-08-31", "2019-08-31;day", "2024-02-30", "2019-08-01/2019-08-31;month"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		w, err := ParseWhen(s)
		if err != nil {
			if !errors.Is(err, ErrBadDate) && !errors.Is(err, ErrBadPrecision) &&
				!errors.Is(err, ErrDateOrder) && !errors.Is(err, ErrNoDate) {
				t.Fatalf("ParseWhen(%q): %v wraps no sentinel", s, err)
			}
			return
		}
		if err := w.Validate(); err != nil {
			t.Fatalf("ParseWhen(%q) = %+v, invalid: %v", s, w, err)
		}
		again, err := ParseWhen(w.String())
		if err != nil || again != w {
			t.Fatalf("round trip of %q via %q: %+v, %v (want %+v)", s, w.String(), again, err, w)
		}
		b, err := json.Marshal(w)
		if err != nil {
			t.Fatalf("marshal %+v: %v", w, err)
		}
		var j When
		if err := json.Unmarshal(b, &j); err != nil || j != w {
			t.Fatalf("JSON round trip of %q via %s: %+v, %v", s, b, j, err)
		}
	})
}

func FuzzWhenJSON(f *testing.F) {
	f.Add(`{"start":"2019-08-31","end":"2019-08-31","precision":"day"}`)
	f.Add(`{"start":"2019-04-20","precision":"day","open_end":true}`)
	f.Add(`{"end":"2019-08-31","open_start":true}`)
	f.Add(`{}`)
	f.Add(`{"start":"2024-02-30","end":"2024-03-01"}`)
	f.Add(`{"start":"2019-09-02","end":"2019-08-31"}`)
	f.Add(`{"open_start":true,"open_end":true}`)
	f.Add(`null`)
	f.Fuzz(func(t *testing.T, s string) {
		var w When
		if err := w.UnmarshalJSON([]byte(s)); err != nil {
			return
		}
		if err := w.Validate(); err != nil {
			t.Fatalf("UnmarshalJSON(%q) = %+v, invalid: %v", s, w, err)
		}
		b, err := json.Marshal(w)
		if err != nil {
			t.Fatalf("marshal %+v: %v", w, err)
		}
		var back When
		if err := json.Unmarshal(b, &back); err != nil || back != w {
			t.Fatalf("JSON round trip of %q via %s: %+v, %v", s, b, back, err)
		}
		if again, err := ParseWhen(w.String()); err != nil || again != w {
			t.Fatalf("text round trip of %+v via %q: %+v, %v", w, w.String(), again, err)
		}
	})
}

// TestYearBefore1000 checks that the date parsers and validation name a
// truncated year, so that upstream's "0025" for 2025 shows for what it is.
func TestYearBefore1000(t *testing.T) {
	_, err := ParseDate("0025-05-09")
	assert.EqualError(t, err, `event: invalid date "0025-05-09": year 0025 is before 1000`)
	_, err = ParseWhen("0025")
	assert.EqualError(t, err, `event: invalid date "0025": year 0025 is before 1000`)
	var w When
	err = json.Unmarshal([]byte(`{"start":"0025-05-09","end":"2025-05-09","precision":"day"}`), &w)
	assert.ErrorIs(t, err, ErrBadDate)
	assert.ErrorContains(t, err, "year 0025 is before 1000")
	err = When{Start: day(25, 5, 9), End: day(25, 5, 9), Precision: DateDay}.Validate()
	assert.EqualError(t, err, `event: invalid date "0025-05-09": year 0025 is before 1000`)
	_, err = OnDay(25, time.May, 9)
	assert.EqualError(t, err, `event: invalid date "0025-05-09": year 0025 is before 1000`)
}
