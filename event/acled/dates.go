package acled

import (
	"errors"
	"fmt"
	"math/bits"
	"strconv"
	"strings"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/rickb777/date/v2/gregorian"

	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/internal/fielderr"
	"github.com/conflictkit/conflict/internal/isodate"
)

// DateForm is the way a file writes event_date. ACLED and the programs that
// re-save its files write dates in many forms; the form of each row is
// recorded so that a file is written back as read. It is a closed set; the
// zero value DateFormUnspecified lets the Writer choose.
//
// Each form's name (String) is its pattern: d and dd a day without and with
// a leading zero, Mon and Month an English month name abbreviated and in
// full, mm a two-digit month, yy and yyyy the year, and for the date-times
// the midnight the Writer writes after the date (hh:mm:ss, .sss, Z, +hh:mm).
type DateForm uint8

// The date forms, with an example and where they are seen.
const (
	DateFormUnspecified DateForm = iota // not recorded

	DateISO         // "2019-08-31": the API, the 2016 realtime file, today's exports
	DateLong        // "9 May 2020": CSV from ACLED's export page
	DateSpreadsheet // "9-May-20": files re-saved by a spreadsheet program
	DateSlash       // "18/04/2001": version 5 files, day/month/year

	DateLongPadded         // "09 May 2020": the export form with a two-digit day
	DateSpreadsheetPadded  // "09-May-20"
	DateDayMonYear         // "1-Jan-2015": a spreadsheet's form with a four-digit year
	DateDayMonYearPadded   // "01-Jan-2015"
	DateDayMonthYear       // "1-January-2015"
	DateDayMonthYearPadded // "01-January-2015": version 5 files of 2015 (Asia)

	DateTime        // "2021-01-02 00:00:00": R, pandas and database exports
	DateTimeT       // "2021-01-02T00:00:00": JSON and APIs
	DateTimeZ       // "2021-01-02T00:00:00Z": JSON and APIs in UTC
	DateTimeMillisZ // "2021-01-02T00:00:00.000Z": JavaScript's toISOString
	DateTimeOffset  // "2021-01-02 00:00:00+00:00": pandas with a time zone

	numDateForms
)

// dateSpec describes a form: how the day, month and year are written, or
// for the ISO forms what follows the date at midnight.
type dateSpec struct {
	name   string
	alias  string // the name of the form in Extra records written before 2026
	sep    byte   // separator of the day-first forms; 0 for the ISO forms
	month  byte   // 'n' two digits, 'a' abbreviated name, 'f' full name
	year4  bool   // four-digit year
	pad    bool   // two-digit day
	suffix string // ISO forms: the time written after the date
}

var dateSpecs = [numDateForms]dateSpec{
	DateISO:                {name: "yyyy-mm-dd", alias: "iso"},
	DateLong:               {name: "d Month yyyy", alias: "d-month-yyyy", sep: ' ', month: 'f', year4: true},
	DateSpreadsheet:        {name: "d-Mon-yy", alias: "d-mon-yy", sep: '-', month: 'a'},
	DateSlash:              {name: "dd/mm/yyyy", sep: '/', month: 'n', year4: true, pad: true},
	DateLongPadded:         {name: "dd Month yyyy", sep: ' ', month: 'f', year4: true, pad: true},
	DateSpreadsheetPadded:  {name: "dd-Mon-yy", sep: '-', month: 'a', pad: true},
	DateDayMonYear:         {name: "d-Mon-yyyy", sep: '-', month: 'a', year4: true},
	DateDayMonYearPadded:   {name: "dd-Mon-yyyy", sep: '-', month: 'a', year4: true, pad: true},
	DateDayMonthYear:       {name: "d-Month-yyyy", sep: '-', month: 'f', year4: true},
	DateDayMonthYearPadded: {name: "dd-Month-yyyy", sep: '-', month: 'f', year4: true, pad: true},
	DateTime:               {name: "yyyy-mm-dd hh:mm:ss", suffix: " 00:00:00"},
	DateTimeT:              {name: "yyyy-mm-ddThh:mm:ss", suffix: "T00:00:00"},
	DateTimeZ:              {name: "yyyy-mm-ddThh:mm:ssZ", suffix: "T00:00:00Z"},
	DateTimeMillisZ:        {name: "yyyy-mm-ddThh:mm:ss.sssZ", suffix: "T00:00:00.000Z"},
	DateTimeOffset:         {name: "yyyy-mm-dd hh:mm:ss+hh:mm", suffix: " 00:00:00+00:00"},
}

func (f DateForm) valid() bool { return f > DateFormUnspecified && f < numDateForms }

// String returns the form's pattern ("yyyy-mm-dd", "d Month yyyy",
// "d-Mon-yy", "dd/mm/yyyy", ...), "" for DateFormUnspecified and
// "DateForm(n)" for a value outside the set.
func (f DateForm) String() string {
	switch {
	case f == DateFormUnspecified:
		return ""
	case f.valid():
		return dateSpecs[f].name
	}
	return "DateForm(" + strconv.Itoa(int(f)) + ")"
}

// IsZero reports whether f is DateFormUnspecified.
func (f DateForm) IsZero() bool { return f == DateFormUnspecified }

// ParseDateForm returns the form whose pattern is exactly s. It also
// accepts the names Extra records used before the patterns: "iso",
// "d-month-yyyy" (DateLong) and "d-mon-yy" (DateSpreadsheet); note that
// "d-Month-yyyy", with a capital M, is DateDayMonthYear. The empty string is
// refused: it is not a form but its absence. Errors wrap ErrBadForm and
// quote s.
func ParseDateForm(s string) (DateForm, error) {
	for f := DateISO; f < numDateForms; f++ {
		if s == dateSpecs[f].name || s != "" && s == dateSpecs[f].alias {
			return f, nil
		}
	}
	return 0, fmt.Errorf("acled: date form %s: %w", fielderr.Quote(s), ErrBadForm)
}

// MarshalText returns the pattern, or empty text for DateFormUnspecified.
func (f DateForm) MarshalText() ([]byte, error) {
	if f != DateFormUnspecified && !f.valid() {
		return nil, fmt.Errorf("acled: date form %d: %w", uint8(f), ErrBadForm)
	}
	return []byte(f.String()), nil
}

// UnmarshalText is ParseDateForm, except that empty text gives
// DateFormUnspecified.
func (f *DateForm) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*f = DateFormUnspecified
		return nil
	}
	v, err := ParseDateForm(string(b))
	if err != nil {
		return err
	}
	*f = v
	return nil
}

var monthNames = [...]string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

// Format writes d in form f; the date-time forms write midnight.
// DateFormUnspecified (and a value outside the set) gives DateISO. Years
// outside 0 to 9999 are written as date.Date writes them.
func (f DateForm) Format(d date.Date) string { return string(f.appendDate(nil, d)) }

// appendDate appends d in form f (see Format).
func (f DateForm) appendDate(b []byte, d date.Date) []byte {
	if !f.valid() {
		f = DateISO
	}
	y, m, day := d.Date()
	if y < 0 || y > 9999 {
		return append(b, d.String()...)
	}
	sp := &dateSpecs[f]
	if sp.sep == 0 {
		b = appendPad2(b, y/100)
		b = appendPad2(b, y%100)
		b = append(b, '-')
		b = appendPad2(b, int(m))
		b = append(b, '-')
		b = appendPad2(b, day)
		return append(b, sp.suffix...)
	}
	if sp.pad {
		b = appendPad2(b, day)
	} else {
		b = strconv.AppendInt(b, int64(day), 10)
	}
	b = append(b, sp.sep)
	switch sp.month {
	case 'n':
		b = appendPad2(b, int(m))
	case 'a':
		b = append(b, monthNames[m-1][:3]...)
	default:
		b = append(b, monthNames[m-1]...)
	}
	b = append(b, sp.sep)
	if sp.year4 {
		b = appendPad2(b, y/100)
	}
	return appendPad2(b, y%100)
}

// appendPad2 appends n (0 to 99) with two digits.
func appendPad2(b []byte, n int) []byte {
	return append(b, byte('0'+n/10), byte('0'+n%10))
}

// family groups the forms that differ only in spelling: the padding of the
// day, and an abbreviated or full month name. A file mixing them is not
// said to mix date forms ("9 May" and "10 May" do not tell padding apart).
func (f DateForm) family() DateForm {
	switch f {
	case DateLongPadded:
		return DateLong
	case DateSpreadsheetPadded:
		return DateSpreadsheet
	case DateDayMonYearPadded, DateDayMonthYear, DateDayMonthYearPadded:
		return DateDayMonYear
	}
	return f
}

// formSet is a set of date forms, as a bit mask.
type formSet uint32

func (s formSet) has(f DateForm) bool { return s&(1<<f) != 0 }

// first returns the first form of a non-empty set: unpadded before padded,
// abbreviated month names before full ones (see the constants' order).
func (s formSet) first() DateForm { return DateForm(bits.TrailingZeros32(uint32(s))) }

// ParseDate reads an event_date cell in any of the forms of DateForm and
// reports which form it is in. Month names are English, in any ASCII case
// ("16 may 2025" is DateLong). A time of day, with or without a fraction of
// a second and a zone ("Z", "+03:00", "+0300"), may follow an ISO date; the
// date is the calendar date as written, which the zone does not shift. A
// two-digit year is 20yy up to the current year, else 19yy (ACLED's data
// start in 1997, so "9-May-20" is 2020 and "1-Jan-99" is 1999).
//
// Dates must exist, and years lie in the SDK's range 1000 to 9999:
// upstream has published years such as 0025 for 2025, which are refused
// with the year in the message. Numeric day-month forms are ambiguous and
// refused, except "dd/mm/yyyy", the convention of ACLED's version 5 files
// (the Reader refuses it in files of other layouts, where a spreadsheet
// program may have written "mm/dd/yyyy"): "1/2/15" (a two-digit year) and
// "09-05-2020" could be read two ways. Errors wrap event.ErrBadDate and
// quote s.
func ParseDate(s string) (date.Date, DateForm, error) {
	d, form, _, err := parseDate(s)
	return d, form, err
}

// errDateForm lists the forms ParseDate reads.
var errDateForm = errors.New("want an ISO date (2019-08-31, optionally with a time), a day, English month and year (31 August 2019, 9-May-20, 01-January-2015) or dd/mm/yyyy")

// dateError is the error for cell s: event.ErrBadDate, the cell, the reason.
func dateError(s string, reason error) error {
	return fmt.Errorf("acled: %w %s: %w", event.ErrBadDate, fielderr.Quote(s), reason)
}

// parseDate is ParseDate that also returns the forms that would write the
// cell exactly as it is (none when no form does: a time other than
// midnight, an unpadded "1/4/2001").
func parseDate(s string) (date.Date, DateForm, formSet, error) {
	if len(s) >= 10 && s[4] == '-' && s[7] == '-' && isDigits(s[:4]) {
		return parseISO(s)
	}
	return parseDayFirst(s)
}

// parseISO reads "YYYY-MM-DD" with an optional time part.
func parseISO(s string) (date.Date, DateForm, formSet, error) {
	p, err := isodate.ParsePartial(s[:10])
	if err != nil {
		if errors.Is(err, isodate.ErrSyntax) {
			return 0, 0, 0, dateError(s, errDateForm)
		}
		return 0, 0, 0, dateError(s, errors.New(err.Error())) // isodate's errors are internal: keep the text
	}
	d := p.First()
	if len(s) == 10 {
		return d, DateISO, 1 << DateISO, nil
	}
	form, err := timeForm(s[10:])
	if err != nil {
		return 0, 0, 0, dateError(s, err)
	}
	var exact formSet
	if s[10:] == dateSpecs[form].suffix {
		exact = 1 << form
	}
	return d, form, exact, nil
}

// timeForm checks the time part t that follows an ISO date ("T13:05:00Z",
// " 00:00:00.000+03:00") and returns the form it is nearest to: by zone
// and separator; a fraction other than milliseconds, a zone other than
// UTC's written as Z or +00:00, or a time other than midnight are then
// written back as Verbatim cells.
func timeForm(t string) (DateForm, error) {
	errTime := errors.New(`want a time of day "hh:mm:ss" after "T" or a space, with an optional fraction and zone (Z, +03:00)`)
	if len(t) < 9 || (t[0] != 'T' && t[0] != ' ') || t[3] != ':' || t[6] != ':' {
		return 0, errTime
	}
	h, ok1 := atoi2(t[1:3])
	m, ok2 := atoi2(t[4:6])
	sec, ok3 := atoi2(t[7:9])
	if !ok1 || !ok2 || !ok3 || h > 23 || m > 59 || sec > 60 {
		return 0, fmt.Errorf("no such time of day %s", fielderr.Quote(t[1:9]))
	}
	rest := t[9:]
	frac := 0
	if len(rest) > 0 && rest[0] == '.' {
		n := 1
		for n < len(rest) && rest[n] >= '0' && rest[n] <= '9' {
			n++
		}
		frac = n - 1
		if frac == 0 || frac > 9 {
			return 0, errTime
		}
		rest = rest[n:]
	}
	switch {
	case rest == "":
		if t[0] == 'T' {
			return DateTimeT, nil
		}
		return DateTime, nil
	case rest == "Z":
		if frac > 0 {
			return DateTimeMillisZ, nil
		}
		return DateTimeZ, nil
	case rest[0] == '+' || rest[0] == '-':
		zone := rest[1:]
		if len(zone) == 5 && zone[2] == ':' { // +03:00, else +0300
			zone = zone[:2] + zone[3:]
		}
		if len(zone) != 4 {
			return 0, errTime
		}
		zh, ok1 := atoi2(zone[:2])
		zm, ok2 := atoi2(zone[2:])
		if !ok1 || !ok2 || zh > 23 || zm > 59 {
			return 0, errTime
		}
		return DateTimeOffset, nil
	}
	return 0, errTime
}

// parseDayFirst reads the forms that give the day first: a day, a month
// (English name or number) and a year, separated by one space, '-' or '/'.
func parseDayFirst(s string) (date.Date, DateForm, formSet, error) {
	sep := byte(0)
	for i := 0; i < len(s) && sep == 0; i++ {
		if c := s[i]; c == ' ' || c == '-' || c == '/' {
			sep = c
		}
	}
	parts := strings.Split(s, string(sep))
	if sep == 0 || len(parts) != 3 {
		return 0, 0, 0, dateError(s, errDateForm)
	}
	dayText, monthText, yearText := parts[0], parts[1], parts[2]
	day, okDay := number(dayText, 1, 2)
	year, okYear := number(yearText, 2, 4)
	if !okDay || !okYear || len(yearText) == 3 {
		return 0, 0, 0, dateError(s, errDateForm)
	}
	month, style := 0, byte('n')
	if isDigits(monthText) {
		m, ok := number(monthText, 1, 2)
		switch {
		case !ok:
			return 0, 0, 0, dateError(s, errDateForm)
		case len(yearText) == 2:
			return 0, 0, 0, dateError(s, errors.New("a numeric date with a two-digit year is ambiguous (day or month first, which century): refused"))
		case sep != '/':
			return 0, 0, 0, dateError(s, fmt.Errorf("a numeric day and month separated by %q are ambiguous (day or month first): refused", string(sep)))
		}
		month = m
	} else if month, style = monthOf(monthText); month == 0 || sep == '/' {
		return 0, 0, 0, dateError(s, errDateForm)
	}

	// The forms of this shape: separator, digits of the year, month style.
	var shape formSet
	for f := DateISO; f < numDateForms; f++ {
		sp := &dateSpecs[f]
		if sp.sep == sep && sp.year4 == (len(yearText) == 4) &&
			(sp.month == style || style == 'b' && sp.month != 'n') { // "May" is both an abbreviation and a name
			shape |= 1 << f
		}
	}
	if shape == 0 {
		// No form has it: "31 Aug 2019", "31-August-19".
		return 0, 0, 0, dateError(s, errDateForm)
	}

	if len(yearText) == 2 {
		yy := year
		year = 1900 + yy
		if yy <= time.Now().Year()%100 {
			year = 2000 + yy
		}
	}
	if err := isodate.CheckYear(year); err != nil {
		return 0, 0, 0, dateError(s, errors.New(err.Error()))
	}
	if month < 1 || month > 12 || day < 1 || day > gregorian.DaysIn(year, time.Month(month)) {
		return 0, 0, 0, dateError(s, errors.New("no such calendar date"))
	}
	d := date.New(year, time.Month(month), day)

	// Those that write s exactly: the padding of the day, the case of the
	// month name and the digits of a numeric month count.
	var exact formSet
	var buf [32]byte
	for f := DateISO; f < numDateForms; f++ {
		if shape.has(f) && string(f.appendDate(buf[:0], d)) == s {
			exact |= 1 << f
		}
	}
	if exact != 0 {
		return d, exact.first(), exact, nil
	}
	return d, shape.first(), 0, nil
}

// monthOf returns the month (1 to 12) an English name or three-letter
// abbreviation names, in any ASCII case, and its style: 'f' a full name,
// 'a' an abbreviation, 'b' both ("May"); or 0 if s names no month.
func monthOf(s string) (int, byte) {
	if len(s) < 3 || len(s) > len("September") {
		return 0, 0
	}
	for i, name := range monthNames {
		switch {
		case len(s) == len(name) && equalFoldASCII(s, name):
			if len(name) == 3 {
				return i + 1, 'b'
			}
			return i + 1, 'f'
		case len(s) == 3 && equalFoldASCII(s, name[:3]):
			return i + 1, 'a'
		}
	}
	return 0, 0
}

// equalFoldASCII compares ASCII letters without regard to case; any other
// byte must match exactly, so that Unicode folding cannot make a foreign
// string match a month name.
func equalFoldASCII(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// number parses between minDigits and maxDigits ASCII digits.
func number(s string, minDigits, maxDigits int) (int, bool) {
	if len(s) < minDigits || len(s) > maxDigits || !isDigits(s) {
		return 0, false
	}
	n, _ := strconv.Atoi(s)
	return n, true
}

// atoi2 parses exactly two ASCII digits.
func atoi2(s string) (int, bool) { return number(s, 2, 2) }

// isDigits reports whether s is one or more ASCII digits.
func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
