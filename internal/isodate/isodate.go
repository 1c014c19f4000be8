// Package isodate parses calendar dates strictly. It exists because
// github.com/rickb777/date/v2 normalises impossible dates without error
// (2024-02-30 becomes 2024-03-01), which this SDK must refuse.
//
// It makes no public promise; public packages wrap its errors in their own.
package isodate

import (
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/rickb777/date/v2/gregorian"
)

// Precision says how much of a partial date is known.
type Precision uint8

// Precisions of a partial date.
const (
	None  Precision = iota // nothing parsed
	Year                   // "2018"
	Month                  // "2018-03"
	Day                    // "2018-03-02"
)

// The SDK's range of years: dates run from 1000-01-01 to 9999-12-31. The
// floor is not a calendar limit but a guard against truncated years (ACLED
// has published "0025" for 2025); the ceiling is what four digits hold.
const (
	MinYear = 1000
	MaxYear = 9999
)

// Errors returned by the parsers.
var (
	ErrSyntax = errors.New("not a YYYY, YYYY-MM or YYYY-MM-DD date")
	ErrRange  = errors.New("no such calendar date")
	// ErrYear reports a year outside MinYear to MaxYear. It wraps ErrRange,
	// and the error that carries it names the year.
	ErrYear = fmt.Errorf("%w: year outside %d-%d", ErrRange, MinYear, MaxYear)
)

// CheckYear returns nil for a year from MinYear to MaxYear, and otherwise an
// error wrapping ErrYear that names the year with four digits ("year 0025
// is before 1000"), so that a truncated year reads as what it is.
func CheckYear(y int) error {
	switch {
	case y < MinYear:
		return &yearError{fmt.Sprintf("year %s is before %d", pad(y, 4), MinYear)}
	case y > MaxYear:
		return &yearError{fmt.Sprintf("year %d is after %d", y, MaxYear)}
	}
	return nil
}

type yearError struct{ msg string }

func (e *yearError) Error() string { return e.msg }
func (e *yearError) Unwrap() error { return ErrYear }

// Partial is a date known to year, month or day.
type Partial struct {
	Year      int
	Month     time.Month // 0 unless Precision >= Month
	Day       int        // 0 unless Precision == Day
	Precision Precision
}

// ParseDay parses exactly "YYYY-MM-DD" (four-digit year 1000-9999) and
// refuses dates that do not exist.
func ParseDay(s string) (date.Date, error) {
	p, err := ParsePartial(s)
	if err != nil {
		return 0, err
	}
	if p.Precision != Day {
		return 0, ErrSyntax
	}
	return date.New(p.Year, p.Month, p.Day), nil
}

// ParsePartial parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" with a four-digit
// year from 1000 to 9999 (CheckYear), refusing months and days that do not
// exist.
func ParsePartial(s string) (Partial, error) {
	var p Partial
	if len(s) != 4 && len(s) != 7 && len(s) != 10 {
		return Partial{}, ErrSyntax
	}
	y, ok := digits(s[0:4])
	if !ok {
		return Partial{}, ErrSyntax
	}
	if err := CheckYear(y); err != nil {
		return Partial{}, err
	}
	p.Year, p.Precision = y, Year
	if len(s) == 4 {
		return p, nil
	}
	if s[4] != '-' {
		return Partial{}, ErrSyntax
	}
	m, ok := digits(s[5:7])
	if !ok {
		return Partial{}, ErrSyntax
	}
	if m < 1 || m > 12 {
		return Partial{}, ErrRange
	}
	p.Month, p.Precision = time.Month(m), Month
	if len(s) == 7 {
		return p, nil
	}
	if s[7] != '-' {
		return Partial{}, ErrSyntax
	}
	d, ok := digits(s[8:10])
	if !ok {
		return Partial{}, ErrSyntax
	}
	if d < 1 || d > gregorian.DaysIn(y, time.Month(m)) {
		return Partial{}, ErrRange
	}
	p.Day, p.Precision = d, Day
	return p, nil
}

// String formats p back into the form it was parsed from.
func (p Partial) String() string {
	switch p.Precision {
	case Year:
		return pad(p.Year, 4)
	case Month:
		return pad(p.Year, 4) + "-" + pad(int(p.Month), 2)
	case Day:
		return pad(p.Year, 4) + "-" + pad(int(p.Month), 2) + "-" + pad(p.Day, 2)
	}
	return ""
}

// First returns the first day p covers; Last the last. Both are 0 (date.Zero)
// when p is empty.
func (p Partial) First() date.Date {
	switch p.Precision {
	case Year:
		return date.New(p.Year, time.January, 1)
	case Month:
		return date.New(p.Year, p.Month, 1)
	case Day:
		return date.New(p.Year, p.Month, p.Day)
	}
	return 0
}

// Last returns the last day p covers.
func (p Partial) Last() date.Date {
	switch p.Precision {
	case Year:
		return date.New(p.Year, time.December, 31)
	case Month:
		return date.New(p.Year, p.Month, gregorian.DaysIn(p.Year, p.Month))
	case Day:
		return date.New(p.Year, p.Month, p.Day)
	}
	return 0
}

func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

func pad(n, width int) string {
	if n < 0 {
		return "-" + pad(-n, width)
	}
	s := strconv.Itoa(n)
	for len(s) < width {
		s = "0" + s
	}
	return s
}
