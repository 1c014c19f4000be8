package acled

import (
	"fmt"
	"strconv"

	"github.com/rickb777/date/v2"

	"github.com/conflictkit/conflict/event"
)

// DateForm is the way a file writes event_date. ACLED files use four; the
// form is remembered per dataset so that dates are written back as read.
// It is a closed set; the zero value DateFormUnspecified lets the Writer
// choose (the form of the first event, else the layout's usual form).
type DateForm uint8

// The date forms.
const (
	DateFormUnspecified DateForm = iota // not recorded
	DateISO                             // "2019-08-31": the API, the 2016 realtime file
	DateLong                            // "31 August 2019": CSV from ACLED's export page
	DateSpreadsheet                     // "9-May-20": files re-saved by a spreadsheet program
	DateSlash                           // "18/04/2001": version 5 files (day/month/year)
)

var dateFormNames = [...]string{"", "iso", "d-month-yyyy", "d-mon-yy", "dd/mm/yyyy"}

// String returns the form's name: "iso", "d-month-yyyy", "d-mon-yy",
// "dd/mm/yyyy", "" for DateFormUnspecified and "DateForm(n)" for a value
// outside the set.
func (f DateForm) String() string {
	if int(f) < len(dateFormNames) {
		return dateFormNames[f]
	}
	return "DateForm(" + strconv.Itoa(int(f)) + ")"
}

// IsZero reports whether f is DateFormUnspecified.
func (f DateForm) IsZero() bool { return f == DateFormUnspecified }

// ParseDateForm returns the form named exactly s ("iso", "d-month-yyyy",
// "d-mon-yy" or "dd/mm/yyyy"). The empty string is refused: it is not a form
// but its absence. Errors wrap ErrBadForm and quote s.
func ParseDateForm(s string) (DateForm, error) {
	for i, n := range dateFormNames {
		if i > 0 && s == n {
			return DateForm(i), nil
		}
	}
	return 0, fmt.Errorf("acled: date form %q: %w", s, ErrBadForm)
}

// MarshalText returns the name, or empty text for DateFormUnspecified.
func (f DateForm) MarshalText() ([]byte, error) {
	if int(f) >= len(dateFormNames) {
		return nil, fmt.Errorf("acled: date form %d: %w", uint8(f), ErrBadForm)
	}
	return []byte(dateFormNames[f]), nil
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

// Format writes d in form f: day and month without leading zeros in
// DateLong and DateSpreadsheet (as ACLED and spreadsheet programs write
// them), with them in DateSlash, and the year's last two digits in
// DateSpreadsheet. DateFormUnspecified (and a value outside the set) gives
// DateISO.
func (f DateForm) Format(d date.Date) string { return string(f.appendDate(nil, d)) }

// appendDate appends d in form f (see Format).
func (f DateForm) appendDate(b []byte, d date.Date) []byte {
	y, m, day := d.Date()
	switch f {
	case DateLong:
		b = strconv.AppendInt(b, int64(day), 10)
		b = append(b, ' ')
		b = append(b, monthNames[m-1]...)
		b = append(b, ' ')
		return strconv.AppendInt(b, int64(y), 10)
	case DateSpreadsheet:
		b = strconv.AppendInt(b, int64(day), 10)
		b = append(b, '-')
		b = append(b, monthNames[m-1][:3]...)
		b = append(b, '-')
		return appendPad2(b, y%100)
	case DateSlash:
		b = appendPad2(b, day)
		b = append(b, '/')
		b = appendPad2(b, int(m))
		b = append(b, '/')
		return strconv.AppendInt(b, int64(y), 10)
	}
	if y < 0 || y > 9999 {
		return append(b, d.String()...)
	}
	b = appendPad2(b, y/100)
	b = appendPad2(b, y%100)
	b = append(b, '-')
	b = appendPad2(b, int(m))
	b = append(b, '-')
	return appendPad2(b, day)
}

// appendPad2 appends n (0 to 99) with two digits.
func appendPad2(b []byte, n int) []byte {
	return append(b, byte('0'+n/10), byte('0'+n%10))
}

// ParseDate reads an event_date cell in any of ACLED's forms, with
// event.ParseACLEDDate's rules (strict calendar dates, years 1900 to next
// year, so upstream's "0025" is refused), and reports which form it was
// in. Errors wrap event.ErrBadDate and quote s.
func ParseDate(s string) (date.Date, DateForm, error) {
	d, err := event.ParseACLEDDate(s)
	if err != nil {
		return 0, DateFormUnspecified, fmt.Errorf("acled: %w", err)
	}
	return d, dateFormOf(s), nil
}

// dateFormOf tells the form of a date that event.ParseACLEDDate accepted,
// by the same tests it uses.
func dateFormOf(s string) DateForm {
	switch {
	case len(s) == 10 && s[4] == '-' && s[7] == '-':
		return DateISO
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '/':
			return DateSlash
		case '-':
			return DateSpreadsheet
		case ' ':
			return DateLong
		}
	}
	return DateISO
}

// InterForm is the way a file writes the inter1, inter2 and interaction
// columns: ACLED's numeric codes (1 to 8, "0" for no actor, interaction
// "17") or, since 2024, text labels ("State forces", "" for no actor,
// interaction "State forces-Civilians"). It is a closed set; the zero value
// InterFormUnspecified lets the Writer choose (the form of the first event
// that records one, else numeric).
type InterForm uint8

// The inter-code forms.
const (
	InterFormUnspecified InterForm = iota // not recorded
	InterNumeric                          // "1", "7", interaction "17"
	InterText                             // "State forces", interaction "State forces-Civilians"
)

var interFormNames = [...]string{"", "numeric", "text"}

// String returns "numeric", "text", "" for InterFormUnspecified and
// "InterForm(n)" for a value outside the set.
func (f InterForm) String() string {
	if int(f) < len(interFormNames) {
		return interFormNames[f]
	}
	return "InterForm(" + strconv.Itoa(int(f)) + ")"
}

// IsZero reports whether f is InterFormUnspecified.
func (f InterForm) IsZero() bool { return f == InterFormUnspecified }

// ParseInterForm returns the form named exactly s, "numeric" or "text".
// Errors wrap ErrBadForm and quote s.
func ParseInterForm(s string) (InterForm, error) {
	switch s {
	case "numeric":
		return InterNumeric, nil
	case "text":
		return InterText, nil
	}
	return 0, fmt.Errorf("acled: inter form %q: %w", s, ErrBadForm)
}

// MarshalText returns the name, or empty text for InterFormUnspecified.
func (f InterForm) MarshalText() ([]byte, error) {
	if int(f) >= len(interFormNames) {
		return nil, fmt.Errorf("acled: inter form %d: %w", uint8(f), ErrBadForm)
	}
	return []byte(interFormNames[f]), nil
}

// UnmarshalText is ParseInterForm, except that empty text gives
// InterFormUnspecified.
func (f *InterForm) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*f = InterFormUnspecified
		return nil
	}
	v, err := ParseInterForm(string(b))
	if err != nil {
		return err
	}
	*f = v
	return nil
}
