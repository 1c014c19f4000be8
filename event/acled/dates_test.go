package acled_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/event/acled"
)

// TestParseDate checks every form ParseDate reads, where it is seen, and
// whether the form writes the cell back exactly (else the Reader keeps the
// cell in Extra.Verbatim).
func TestParseDate(t *testing.T) {
	now := time.Now().Year()
	tests := []struct {
		name   string
		in     string
		y      int
		m, d   int
		form   acled.DateForm
		verbat bool // the form does not write in back as it is
	}{
		{name: "ISO: API, 2016 realtime file", in: "2019-08-31", y: 2019, m: 8, d: 31, form: acled.DateISO},
		{name: "export page", in: "31 August 2019", y: 2019, m: 8, d: 31, form: acled.DateLong},
		{name: "export page, one-digit day", in: "9 May 2020", y: 2020, m: 5, d: 9, form: acled.DateLong},
		{name: "export page, two-digit day (Benin 2022 file)", in: "07 December 2022", y: 2022, m: 12, d: 7, form: acled.DateLongPadded},
		{name: "export page, lower-case month", in: "16 may 2025", y: 2025, m: 5, d: 16, form: acled.DateLong, verbat: true},
		{name: "spreadsheet (2019-2021 sample)", in: "9-May-20", y: 2020, m: 5, d: 9, form: acled.DateSpreadsheet},
		{name: "spreadsheet, two-digit day", in: "31-Aug-19", y: 2019, m: 8, d: 31, form: acled.DateSpreadsheet},
		{name: "spreadsheet, padded day", in: "09-May-20", y: 2020, m: 5, d: 9, form: acled.DateSpreadsheetPadded},
		{name: "spreadsheet 1999", in: "1-Jan-99", y: 1999, m: 1, d: 1, form: acled.DateSpreadsheet},
		{name: "spreadsheet 2000", in: "1-Jan-00", y: 2000, m: 1, d: 1, form: acled.DateSpreadsheet},
		{name: "spreadsheet, this year", in: fmt.Sprintf("1-Jan-%02d", now%100), y: now, m: 1, d: 1, form: acled.DateSpreadsheet},
		{name: "spreadsheet, four-digit year", in: "1-Jan-2015", y: 2015, m: 1, d: 1, form: acled.DateDayMonYear},
		{name: "spreadsheet, four-digit year, padded day", in: "01-Jan-2015", y: 2015, m: 1, d: 1, form: acled.DateDayMonYearPadded},
		{name: "May is abbreviation and name", in: "9-May-2020", y: 2020, m: 5, d: 9, form: acled.DateDayMonYear},
		{name: "version 5, 2015 (Bangladesh)", in: "01-January-2015", y: 2015, m: 1, d: 1, form: acled.DateDayMonthYearPadded},
		{name: "day, month name, year with dashes", in: "1-January-2015", y: 2015, m: 1, d: 1, form: acled.DateDayMonthYear},
		{name: "version 5 dd/mm/yyyy", in: "18/04/2001", y: 2001, m: 4, d: 18, form: acled.DateSlash},
		{name: "version 5 unpadded", in: "1/4/2001", y: 2001, m: 4, d: 1, form: acled.DateSlash, verbat: true},
		{name: "date-time", in: "2021-01-02 00:00:00", y: 2021, m: 1, d: 2, form: acled.DateTime},
		{name: "date-time T", in: "2021-01-02T00:00:00", y: 2021, m: 1, d: 2, form: acled.DateTimeT},
		{name: "date-time UTC", in: "2021-01-02T00:00:00Z", y: 2021, m: 1, d: 2, form: acled.DateTimeZ},
		{name: "date-time milliseconds UTC", in: "2021-01-02T00:00:00.000Z", y: 2021, m: 1, d: 2, form: acled.DateTimeMillisZ},
		{name: "date-time with offset", in: "2021-01-02 00:00:00+00:00", y: 2021, m: 1, d: 2, form: acled.DateTimeOffset},
		{name: "a zone does not shift the date", in: "2021-01-02T23:30:00-05:00", y: 2021, m: 1, d: 2, form: acled.DateTimeOffset, verbat: true},
		{name: "offset +03:00", in: "2021-01-02T00:00:00+03:00", y: 2021, m: 1, d: 2, form: acled.DateTimeOffset, verbat: true},
		{name: "offset without colon", in: "2021-01-02 00:00:00+0300", y: 2021, m: 1, d: 2, form: acled.DateTimeOffset, verbat: true},
		{name: "microseconds", in: "2021-01-02 00:00:00.000000", y: 2021, m: 1, d: 2, form: acled.DateTime, verbat: true},
		{name: "a time other than midnight", in: "2021-01-02T13:05:00Z", y: 2021, m: 1, d: 2, form: acled.DateTimeZ, verbat: true},
		{name: "leap second", in: "2016-12-31T23:59:60Z", y: 2016, m: 12, d: 31, form: acled.DateTimeZ, verbat: true},
		{name: "first year of the SDK", in: "1000-01-01", y: 1000, m: 1, d: 1, form: acled.DateISO},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, form, err := acled.ParseDate(tc.in)
			require.NoError(t, err)
			assert.Equal(t, day(tc.y, time.Month(tc.m), tc.d), d)
			assert.Equal(t, tc.form, form)
			if tc.verbat {
				assert.NotEqual(t, tc.in, form.Format(d))
			} else {
				assert.Equal(t, tc.in, form.Format(d), "written back as read")
			}
		})
	}
}

// TestParseDateErrors checks the refused forms and the exact messages.
func TestParseDateErrors(t *testing.T) {
	const want = "want an ISO date (2019-08-31, optionally with a time), a day, English month and year (31 August 2019, 9-May-20, 01-January-2015) or dd/mm/yyyy"
	tests := []struct {
		name, in, msg string
	}{
		{"year 0025 (upstream's typo for 2025)", "0025-05-09", `acled: invalid date "0025-05-09": year 0025 is before 1000`},
		{"year 0025 on the export page", "9 May 0025", `acled: invalid date "9 May 0025": year 0025 is before 1000`},
		{"year 0025 re-saved by a spreadsheet", "9-May-0025", `acled: invalid date "9-May-0025": year 0025 is before 1000`},
		{"year 0999", "31/12/0999", `acled: invalid date "31/12/0999": year 0999 is before 1000`},
		{"five-digit year", "20190-05-09", `acled: invalid date "20190-05-09": ` + want},
		{"five-digit year, export page", "9 May 20190", `acled: invalid date "9 May 20190": ` + want},
		{"31 February", "31 February 2024", `acled: invalid date "31 February 2024": no such calendar date`},
		{"2024-02-30", "2024-02-30", `acled: invalid date "2024-02-30": no such calendar date`},
		{"29-Feb-23", "29-Feb-23", `acled: invalid date "29-Feb-23": no such calendar date`},
		{"month 13", "18/13/2001", `acled: invalid date "18/13/2001": no such calendar date`},
		{"mm/dd/yyyy of a US spreadsheet", "04/18/2001", `acled: invalid date "04/18/2001": no such calendar date`},
		{"numeric, two-digit year", "1/2/15", `acled: invalid date "1/2/15": a numeric date with a two-digit year is ambiguous (day or month first, which century): refused`},
		{"dd-mm-yy (Kenya 2019 file)", "31-12-19", `acled: invalid date "31-12-19": a numeric date with a two-digit year is ambiguous (day or month first, which century): refused`},
		{"dd-mm-yyyy", "09-05-2020", `acled: invalid date "09-05-2020": a numeric day and month separated by "-" are ambiguous (day or month first): refused`},
		{"numeric with spaces", "09 05 2020", `acled: invalid date "09 05 2020": a numeric day and month separated by " " are ambiguous (day or month first): refused`},
		{"abbreviation on the export page", "31 Aug 2019", `acled: invalid date "31 Aug 2019": ` + want},
		{"full name with a two-digit year", "31-August-19", `acled: invalid date "31-August-19": ` + want},
		{"month name between slashes", "9/May/2020", `acled: invalid date "9/May/2020": ` + want},
		{"day 0", "0 May 2020", `acled: invalid date "0 May 2020": no such calendar date`},
		{"three-digit day", "009 May 2020", `acled: invalid date "009 May 2020": ` + want},
		{"double space", "31  August 2019", `acled: invalid date "31  August 2019": ` + want},
		{"surrounding space", " 2023-01-31", `acled: invalid date " 2023-01-31": ` + want},
		{"unpadded ISO", "2023-1-31", `acled: invalid date "2023-1-31": ` + want},
		{"ISO basic", "20230131", `acled: invalid date "20230131": ` + want},
		{"empty", "", `acled: invalid date "": ` + want},
		{"Cyrillic a in May", "9 M\u0430y 2020", "acled: invalid date \"9 M\u0430y 2020\": " + want},
		{"hour 24", "2021-01-02T24:00:00Z", `acled: invalid date "2021-01-02T24:00:00Z": no such time of day "24:00:00"`},
		{"minutes only", "2021-01-02 00:00", `acled: invalid date "2021-01-02 00:00": want a time of day "hh:mm:ss" after "T" or a space, with an optional fraction and zone (Z, +03:00)`},
		{"bad zone", "2021-01-02T00:00:00+3", `acled: invalid date "2021-01-02T00:00:00+3": want a time of day "hh:mm:ss" after "T" or a space, with an optional fraction and zone (Z, +03:00)`},
		{"zone name", "2021-01-02 00:00:00 UTC", `acled: invalid date "2021-01-02 00:00:00 UTC": want a time of day "hh:mm:ss" after "T" or a space, with an optional fraction and zone (Z, +03:00)`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, form, err := acled.ParseDate(tc.in)
			require.Error(t, err)
			assert.ErrorIs(t, err, event.ErrBadDate)
			assert.EqualError(t, err, tc.msg)
			assert.Zero(t, d)
			assert.Equal(t, acled.DateFormUnspecified, form)
		})
	}
	t.Run("a huge cell is clipped in the message", func(t *testing.T) {
		_, _, err := acled.ParseDate(strings.Repeat("9", 1000))
		assert.EqualError(t, err, `acled: invalid date "`+strings.Repeat("9", 64)+`…" (1000 bytes): `+want)
	})
}

// TestDateForms checks the names, the text forms and Format of every form.
func TestDateForms(t *testing.T) {
	d := day(2005, 5, 9)
	tests := []struct {
		form       acled.DateForm
		name, text string
	}{
		{acled.DateISO, "yyyy-mm-dd", "2005-05-09"},
		{acled.DateLong, "d Month yyyy", "9 May 2005"},
		{acled.DateSpreadsheet, "d-Mon-yy", "9-May-05"},
		{acled.DateSlash, "dd/mm/yyyy", "09/05/2005"},
		{acled.DateLongPadded, "dd Month yyyy", "09 May 2005"},
		{acled.DateSpreadsheetPadded, "dd-Mon-yy", "09-May-05"},
		{acled.DateDayMonYear, "d-Mon-yyyy", "9-May-2005"},
		{acled.DateDayMonYearPadded, "dd-Mon-yyyy", "09-May-2005"},
		{acled.DateDayMonthYear, "d-Month-yyyy", "9-May-2005"},
		{acled.DateDayMonthYearPadded, "dd-Month-yyyy", "09-May-2005"},
		{acled.DateTime, "yyyy-mm-dd hh:mm:ss", "2005-05-09 00:00:00"},
		{acled.DateTimeT, "yyyy-mm-ddThh:mm:ss", "2005-05-09T00:00:00"},
		{acled.DateTimeZ, "yyyy-mm-ddThh:mm:ssZ", "2005-05-09T00:00:00Z"},
		{acled.DateTimeMillisZ, "yyyy-mm-ddThh:mm:ss.sssZ", "2005-05-09T00:00:00.000Z"},
		{acled.DateTimeOffset, "yyyy-mm-dd hh:mm:ss+hh:mm", "2005-05-09 00:00:00+00:00"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.name, tc.form.String())
			assert.Equal(t, tc.text, tc.form.Format(d))
			assert.False(t, tc.form.IsZero())
			got, err := acled.ParseDateForm(tc.name)
			require.NoError(t, err)
			assert.Equal(t, tc.form, got)
			b, err := tc.form.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, tc.name, string(b))
			var back acled.DateForm
			require.NoError(t, back.UnmarshalText(b))
			assert.Equal(t, tc.form, back)
			// The text reads back as the same day, in a form that writes it
			// the same way (for "9-May-2005", Mon and Month alike).
			again, form, err := acled.ParseDate(tc.text)
			require.NoError(t, err)
			assert.Equal(t, d, again)
			assert.Equal(t, tc.text, form.Format(again))
		})
	}
	t.Run("names of Extra records before 2026", func(t *testing.T) {
		for name, want := range map[string]acled.DateForm{"iso": acled.DateISO, "d-month-yyyy": acled.DateLong, "d-mon-yy": acled.DateSpreadsheet} {
			got, err := acled.ParseDateForm(name)
			require.NoError(t, err, name)
			assert.Equal(t, want, got, name)
		}
	})
	t.Run("unspecified", func(t *testing.T) {
		assert.Equal(t, "", acled.DateFormUnspecified.String())
		assert.True(t, acled.DateFormUnspecified.IsZero())
		assert.Equal(t, "2005-05-09", acled.DateFormUnspecified.Format(d))
		b, err := acled.DateFormUnspecified.MarshalText()
		require.NoError(t, err)
		assert.Empty(t, b)
		f := acled.DateSlash
		require.NoError(t, f.UnmarshalText(nil))
		assert.Equal(t, acled.DateFormUnspecified, f)
	})
	t.Run("outside the set", func(t *testing.T) {
		assert.Equal(t, "DateForm(99)", acled.DateForm(99).String())
		assert.Equal(t, "2005-05-09", acled.DateForm(99).Format(d))
		_, err := acled.DateForm(99).MarshalText()
		assert.ErrorIs(t, err, acled.ErrBadForm)
	})
	for _, bad := range []string{"", "ISO", " iso", "d-mon-yyyy", "dd-mm-yyyy", "D Month yyyy"} {
		t.Run("refused "+bad, func(t *testing.T) {
			_, err := acled.ParseDateForm(bad)
			assert.ErrorIs(t, err, acled.ErrBadForm)
			var f acled.DateForm
			if bad != "" {
				assert.ErrorIs(t, f.UnmarshalText([]byte(bad)), acled.ErrBadForm)
			}
		})
	}
}
