package actor

import (
	"fmt"
	"time"

	"github.com/conflictkit/conflict/internal/fielderr"
	"github.com/conflictkit/conflict/internal/isodate"
	"github.com/rickb777/date/v2"
)

// Date is a calendar date known to the year, the month or the day, as
// founding dates and name changes usually are: "1988-08" (August 1988),
// "2018" or "2017-01-28".
//
// The zero Date means "unknown"; it is not 0001-01-01. Dates are
// comparable with ==, which compares precision too: "2018-03" differs from
// "2018-03-01". Use First, Last, Before and Contains to reason about the
// days a Date covers.
type Date struct {
	p isodate.Partial
}

// ParseDate parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (years 1000 to 9999)
// strictly: no spaces, no other layouts, and days that do not exist, such
// as "2018-02-30", are errors wrapping ErrBadDate rather than being rolled
// over into the next month. String returns the parsed text unchanged.
func ParseDate(s string) (Date, error) {
	p, err := isodate.ParsePartial(s)
	if err != nil {
		return Date{}, fmt.Errorf("actor: date %s: %v: %w", fielderr.Quote(s), err, ErrBadDate)
	}
	return Date{p: p}, nil
}

// MustParseDate is ParseDate for literals known to be valid; it panics on
// error.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// NewDate builds a Date from its parts: month 0 and day 0 give a year
// date, day 0 a month date. Parts that do not name a real date (day without
// month, 31 April, year outside 1000 to 9999) are errors wrapping ErrBadDate.
func NewDate(year int, month time.Month, day int) (Date, error) {
	bad := func() (Date, error) {
		return Date{}, fmt.Errorf("actor: date year %d, month %d, day %d: %w", year, int(month), day, ErrBadDate)
	}
	if isodate.CheckYear(year) != nil || month < 0 || month > 12 || day < 0 || (month == 0 && day != 0) {
		return bad()
	}
	p := isodate.Partial{Year: year, Month: month, Day: day, Precision: isodate.Day}
	switch {
	case month == 0:
		p.Precision = isodate.Year
	case day == 0:
		p.Precision = isodate.Month
	}
	// Re-parse the formatted form so the calendar rules live in one place.
	d, err := ParseDate(p.String())
	if err != nil {
		return bad()
	}
	return d, nil
}

// DateOf returns the day d as a day-precision Date. It returns the zero
// Date for days outside years 1000 to 9999, which the SDK's parsers refuse.
func DateOf(d date.Date) Date {
	y, m, day := d.Date()
	if isodate.CheckYear(y) != nil {
		return Date{}
	}
	return Date{p: isodate.Partial{Year: y, Month: m, Day: day, Precision: isodate.Day}}
}

// String returns the date as YYYY, YYYY-MM or YYYY-MM-DD, and "" for the
// zero Date.
func (d Date) String() string { return d.p.String() }

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d.p.Precision == isodate.None }

// Year returns the year, or 0 for the zero Date.
func (d Date) Year() int { return d.p.Year }

// Month returns the month, or 0 if the date is known only to the year.
func (d Date) Month() time.Month { return d.p.Month }

// Day returns the day of the month, or 0 if the date is not known to the day.
func (d Date) Day() int { return d.p.Day }

// First returns the first day the date covers: 1 January for a year,
// the 1st for a month. For the zero Date it returns date.Zero
// (0001-01-01), which is indistinguishable from a real day: check IsZero
// first.
func (d Date) First() date.Date { return d.p.First() }

// Last returns the last day the date covers: 31 December for a year, the
// month's last day for a month. For the zero Date it returns date.Zero:
// check IsZero first.
func (d Date) Last() date.Date { return d.p.Last() }

// Contains reports whether day falls within the days d covers. The zero
// Date contains nothing.
func (d Date) Contains(day date.Date) bool {
	return !d.IsZero() && d.First() <= day && day <= d.Last()
}

// Before reports whether every day of d comes before every day of o. It is
// false if either date is zero, and false for overlapping dates such as
// "2018" and "2018-03".
func (d Date) Before(o Date) bool {
	return !d.IsZero() && !o.IsZero() && d.Last() < o.First()
}

// After reports whether every day of d comes after every day of o.
func (d Date) After(o Date) bool { return o.Before(d) }

// Compare orders dates for sorting and returns -1, 0 or +1: the zero Date
// first, then by first day, then by last day, so that "2018-01" (ending
// 31 January) sorts before "2018" (ending 31 December), which sorts before
// "2018-02".
func (d Date) Compare(o Date) int {
	switch {
	case d.IsZero() && o.IsZero():
		return 0
	case d.IsZero():
		return -1
	case o.IsZero():
		return 1
	}
	if c := cmpDay(d.First(), o.First()); c != 0 {
		return c
	}
	return cmpDay(d.Last(), o.Last())
}

func cmpDay(a, b date.Date) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// MarshalText returns the String form; the zero Date marshals as "".
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText parses text with ParseDate; empty text gives the zero Date.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// covers reports whether day falls inside the period from..to, where a
// zero bound is open.
func covers(from, to Date, day date.Date) bool {
	return (from.IsZero() || from.First() <= day) && (to.IsZero() || day <= to.Last())
}
