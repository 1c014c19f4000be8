package ucdp_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/event/ucdp"
)

// TestParseDate checks every date form, accepted and refused, with the
// exact error.
func TestParseDate(t *testing.T) {
	aug31 := day(2019, 8, 31)
	twoDigit := 2000 + time.Now().Year()%100 // this year: the last a two-digit year reads as 20yy
	tests := []struct {
		name string
		in   string
		want date.Date
		err  string // the message after `ucdp: date "<in>": `
	}{
		{"GED 19.1", "2019-08-31", aug31, ""},
		{"GED 20.1+ CSV", "2019-08-31 00:00:00.000", aug31, ""},
		{"API and GeoJSON", "2009-02-20T00:00:00", day(2009, 2, 20), ""},
		{"readr date-time", "2019-08-31T00:00:00Z", aug31, ""},
		{"pandas date-time with a zone", "2019-08-31 00:00:00+00:00", aug31, ""},
		{"offset does not move the day", "2019-08-31T00:00:00+03:00", aug31, ""},
		{"negative offset", "2019-08-31T00:00:00-0500", aug31, ""},
		{"offset hours only", "2019-08-31T00:00:00+03", aug31, ""},
		{"fraction and zone", "2019-08-31T00:00:00.000Z", aug31, ""},
		{"minutes only", "2019-08-31 00:00", aug31, ""},
		{"Excel dd-mmmm-yyyy", "01-January-2015", day(2015, 1, 1), ""},
		{"Excel d-mmm-yyyy", "1-Jan-2015", day(2015, 1, 1), ""},
		{"month in any case", "31-AUGUST-2019", aug31, ""},
		{"spaces", "31 Aug 2019", aug31, ""},
		{"two-digit year of this century", "31-Aug-19", aug31, ""},
		{"two-digit year of the last", "1-Jan-89", day(1989, 1, 1), ""},
		{"two-digit year this year", "1-Jan-" + time.Now().Format("06"), day(twoDigit, 1, 1), ""},

		{"time of day", "2019-08-31 13:00:00.000", 0, "time of day 13:00:00 is not midnight: UCDP dates are whole days"},
		{"non-zero fraction", "2019-08-31 00:00:00.001", 0, "time of day 00:00:00.001 is not midnight: UCDP dates are whole days"},
		{"bare dot", "2019-08-31 00:00:00.", 0, "want YYYY-MM-DD with an optional midnight time, or a day, English month name and year such as 31-August-2019"},
		{"bad zone", "2019-08-31T00:00:00+3", 0, `time zone "+3" is not Z, ±hh, ±hhmm or ±hh:mm`},
		{"trailing space", "2019-08-31 ", 0, "want YYYY-MM-DD with an optional midnight time, or a day, English month name and year such as 31-August-2019"},
		{"no such day", "2019-02-29", 0, "no such calendar date"},
		{"31 February", "31-February-2019", 0, "no such calendar date"},
		{"year 0025", "0025-03-01", 0, "year 0025 is before 1000"},
		{"year 0025 with a time", "0025-03-01 00:00:00.000", 0, "year 0025 is before 1000"},
		{"five-digit year", "20190-08-31", 0, `year "20190" has more than four digits`},
		{"five-digit year, Excel form", "31-Aug-20190", 0, `year "20190" has more than four digits`},
		{"m/d/yyyy", "8/31/2019", 0, "a numeric date does not say whether the day or the month comes first: want YYYY-MM-DD with an optional midnight time, or a day, English month name and year such as 31-August-2019"},
		{"dd/mm/yyyy", "31/08/2019", 0, "a numeric date does not say whether the day or the month comes first: want YYYY-MM-DD with an optional midnight time, or a day, English month name and year such as 31-August-2019"},
		{"dd.mm.yyyy", "31.08.2019", 0, "a numeric date does not say whether the day or the month comes first: want YYYY-MM-DD with an optional midnight time, or a day, English month name and year such as 31-August-2019"},
		{"Excel en-US date-time", "8/31/2019 0:00", 0, "a numeric date does not say whether the day or the month comes first: want YYYY-MM-DD with an optional midnight time, or a day, English month name and year such as 31-August-2019"},
		{"not a month", "31-Augst-2019", 0, `no English month named "Augst"`},
		{"month first", "Aug-31-2019", 0, "want YYYY-MM-DD with an optional midnight time, or a day, English month name and year such as 31-August-2019"},
		{"empty", "", 0, "want YYYY-MM-DD with an optional midnight time, or a day, English month name and year such as 31-August-2019"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ucdp.ParseDate(tc.in)
			if tc.err != "" {
				require.ErrorIs(t, err, event.ErrBadDate)
				assert.Equal(t, `ucdp: date "`+tc.in+`": `+tc.err+`: invalid date`, err.Error())
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
}

// TestParseDateQuotesClipped checks that a huge cell is not echoed whole.
func TestParseDateQuotesClipped(t *testing.T) {
	_, err := ucdp.ParseDate(strings.Repeat("9", 100_000))
	require.ErrorIs(t, err, event.ErrBadDate)
	assert.Less(t, len(err.Error()), 400)
	assert.Contains(t, err.Error(), "(100000 bytes)")
}

// TestDateForms reads each form in a record and writes it back as read.
func TestDateForms(t *testing.T) {
	tests := []struct {
		name       string
		start, end string
		form, time string
	}{
		{"ISO", "2015-05-11", "2015-05-12", "", ""},
		{"GED 20.1+", "2015-05-11 00:00:00.000", "2015-05-12 00:00:00.000", "", " 00:00:00.000"},
		{"readr", "2015-05-11T00:00:00Z", "2015-05-12T00:00:00Z", "", "T00:00:00Z"},
		{"pandas with a zone", "2015-05-11 00:00:00+00:00", "2015-05-12 00:00:00+00:00", "", " 00:00:00+00:00"},
		{"Excel long", "11-May-2015", "12-May-2015", "2-Jan-2006", ""},
		{"Excel padded", "08-May-2015", "09-May-2015", "02-Jan-2006", ""},
		{"Excel full month", "11-December-2015", "12-December-2015", "2-January-2006", ""},
		{"Excel two-digit year", "11 May 15", "12 May 15", "2 Jan 06", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := csv19(map[string]string{"date_start": tc.start, "date_end": tc.end})
			e, x, _ := readOne(t, in)
			assert.Equal(t, tc.form, x.DateForm)
			assert.Equal(t, tc.time, x.DateTime)
			assert.Empty(t, x.Verbatim)
			assert.Equal(t, event.DateDays, e.When.Precision)
			r := ucdp.NewReader(strings.NewReader(in))
			_, err := r.Read()
			require.NoError(t, err)
			assert.Equal(t, in, string(write(t, r, []event.Event{e})))
		})
	}
}

// FuzzParseDate checks that ParseDate never panics, that its errors wrap
// event.ErrBadDate, and that a date it accepts is in 1000–9999.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2019-08-31", "2019-08-31 00:00:00.000", "2009-02-20T00:00:00", "2019-08-31T00:00:00+03:00",
		"01-January-2015", "1-Jan-89", "31 Aug 2019", "8/31/2019", "0025-03-01", "20190-08-31", "2019-02-29", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ucdp.ParseDate(s)
		if err != nil {
			if !errors.Is(err, event.ErrBadDate) {
				t.Fatalf("ParseDate(%q): %v does not wrap ErrBadDate", s, err)
			}
			return
		}
		if y := d.Year(); y < 1000 || y > 9999 {
			t.Fatalf("ParseDate(%q) = %s", s, d)
		}
	})
}
