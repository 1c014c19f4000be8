package ucdp

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/rickb777/date/v2/gregorian"

	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/internal/fielderr"
)

// minYear is the first year a date may have: upstream files hold typos
// such as 0025 for 2025, and no UCDP event is that old.
const minYear = 1000

// The Excel forms of a day (DateForm), as Go time layouts. Excel writes
// the day with or without a leading zero, the month's English name in full
// or abbreviated, and a two- or four-digit year, depending on the cell
// format chosen.
var dateForms = func() map[string]bool {
	m := map[string]bool{}
	for _, d := range []string{"2", "02"} {
		for _, mo := range []string{"Jan", "January"} {
			for _, sep := range []string{"-", " "} {
				for _, y := range []string{"2006", "06"} {
					m[d+sep+mo+sep+y] = true
				}
			}
		}
	}
	return m
}()

// validDateForm reports whether s is a DateForm the Writer can write: ""
// or one of the Excel forms.
func validDateForm(s string) bool { return s == "" || dateForms[s] }

// months are the English month names; the abbreviations are their first
// three letters.
var months = [...]string{"january", "february", "march", "april", "may", "june",
	"july", "august", "september", "october", "november", "december"}

// ParseDate parses a UCDP date_start or date_end cell in any form real
// files have, and returns the day as written:
//
//	2019-08-31                     GED 19.1, R's write.csv, pandas' to_csv of dates
//	2019-08-31 00:00:00.000        GED 20.1 and later
//	2009-02-20T00:00:00            the API and the GeoJSON release
//	2019-08-31T00:00:00Z           readr's write_csv of a date-time
//	2019-08-31 00:00:00+00:00      pandas' to_csv of a date-time with a zone
//	31-August-2019, 31-Aug-2019,   a spreadsheet's custom formats (English
//	31 Aug 2019, 31-Aug-19         month names in any case; a two-digit year
//	                               yy is 20yy up to this year's, else 19yy)
//
// A time must be midnight (00:00, 00:00:00, with zero fractions): UCDP
// dates are whole days, and any other time would mean a conversion shifted
// them. A zone does not move the day. Dates must exist and years must lie
// in 1000–9999. Numeric forms such as 8/31/2019 or 31/08/2019 are refused:
// whether the day or the month comes first cannot be told from the date.
// Errors wrap event.ErrBadDate and quote s.
func ParseDate(s string) (date.Date, error) {
	d, _, _, err := parseDate(s)
	return d, err
}

// parseDate is ParseDate that also returns the form of s: the Excel layout
// (DateForm; "" for YYYY-MM-DD) and the time part after an ISO day
// (DateTime).
func parseDate(s string) (d date.Date, form, timePart string, err error) {
	y, m, day, form, timePart, why := splitDate(s)
	if why == "" {
		switch {
		case y < minYear:
			why = fmt.Sprintf("year %04d is before %d", y, minYear)
		case m < 1 || m > 12 || day < 1 || day > gregorian.DaysIn(y, time.Month(m)):
			why = "no such calendar date"
		}
	}
	if why != "" {
		return 0, "", "", fmt.Errorf("ucdp: date %s: %s: %w", fielderr.Quote(s), why, event.ErrBadDate)
	}
	return date.New(y, time.Month(m), day), form, timePart, nil
}

const wantForms = "want YYYY-MM-DD with an optional midnight time, or a day, English month name and year such as 31-August-2019"

// splitDate recognises the form of s and returns its parts unchecked, or
// why it is not a date.
func splitDate(s string) (y, m, d int, form, timePart, why string) {
	if len(s) >= 10 && s[4] == '-' && s[7] == '-' && digits(s[:4]) && digits(s[5:7]) && digits(s[8:10]) {
		y, _ = strconv.Atoi(s[:4])
		m, _ = strconv.Atoi(s[5:7])
		d, _ = strconv.Atoi(s[8:10])
		if len(s) > 10 {
			timePart = s[10:]
			if why := checkMidnight(timePart); why != "" {
				return 0, 0, 0, "", "", why
			}
		}
		return y, m, d, "", timePart, ""
	}
	if i := strings.IndexByte(s, '-'); i > 4 && digits(s[:i]) {
		return 0, 0, 0, "", "", "year " + fielderr.Quote(s[:i]) + " has more than four digits"
	}
	if strings.Count(s, "/") == 2 || strings.Count(s, ".") == 2 {
		return 0, 0, 0, "", "", "a numeric date does not say whether the day or the month comes first: " + wantForms
	}
	sep := "-"
	if strings.Count(s, " ") == 2 && !strings.Contains(s, "-") {
		sep = " "
	}
	parts := strings.Split(s, sep)
	if len(parts) != 3 {
		return 0, 0, 0, "", "", wantForms
	}
	dayText, monText, yearText := parts[0], parts[1], parts[2]
	if len(dayText) < 1 || len(dayText) > 2 || !digits(dayText) || !digits(yearText) || (len(yearText) != 2 && len(yearText) != 4) {
		if len(yearText) > 4 && digits(yearText) {
			return 0, 0, 0, "", "", "year " + fielderr.Quote(yearText) + " has more than four digits"
		}
		return 0, 0, 0, "", "", wantForms
	}
	m = monthNumber(monText)
	if m == 0 {
		return 0, 0, 0, "", "", "no English month named " + fielderr.Quote(monText)
	}
	d, _ = strconv.Atoi(dayText)
	y, _ = strconv.Atoi(yearText)
	dayForm, monForm, yearForm := "2", "Jan", "2006"
	if len(dayText) == 2 && dayText[0] == '0' {
		dayForm = "02"
	}
	if len(monText) > 3 {
		monForm = "January"
	}
	if len(yearText) == 2 {
		yearForm = "06"
		// UCDP data starts in 1989: a two-digit year up to this year's is
		// this century's.
		if y <= time.Now().Year()%100 {
			y += 2000
		} else {
			y += 1900
		}
	}
	return y, m, d, dayForm + sep + monForm + sep + yearForm, "", ""
}

// checkMidnight checks the time part after an ISO day: a space or 'T',
// hours and minutes, optional seconds and fraction, all zero, and an
// optional zone (Z, ±hh, ±hhmm, ±hh:mm). It returns why t is not one.
func checkMidnight(t string) string {
	if t[0] != ' ' && t[0] != 'T' {
		return wantForms
	}
	clock := t[1:]
	zone := ""
	if i := strings.IndexAny(clock, "Z+-"); i >= 0 {
		clock, zone = clock[:i], clock[i:]
	}
	if zone != "" && !validZone(zone) {
		return "time zone " + fielderr.Quote(zone) + " is not Z, ±hh, ±hhmm or ±hh:mm"
	}
	frac := ""
	if i := strings.IndexByte(clock, '.'); i >= 0 {
		clock, frac = clock[:i], clock[i+1:]
		if frac == "" || !digits(frac) {
			return wantForms
		}
	}
	if clock != "00:00" && clock != "00:00:00" {
		if timeShape(clock) {
			return "time of day " + clock + " is not midnight: UCDP dates are whole days"
		}
		return wantForms
	}
	if strings.Trim(frac, "0") != "" {
		return "time of day " + clock + "." + frac + " is not midnight: UCDP dates are whole days"
	}
	return ""
}

// timeShape reports whether s looks like hh:mm or hh:mm:ss.
func timeShape(s string) bool {
	if len(s) != 5 && len(s) != 8 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if (i == 2 || i == 5) != (s[i] == ':') || s[i] != ':' && (s[i] < '0' || s[i] > '9') {
			return false
		}
	}
	return true
}

// validZone reports whether z is "Z" or an offset ±hh, ±hhmm or ±hh:mm.
func validZone(z string) bool {
	if z == "Z" {
		return true
	}
	if z[0] != '+' && z[0] != '-' {
		return false
	}
	z = z[1:]
	switch len(z) {
	case 2, 4:
		return digits(z)
	case 5:
		return z[2] == ':' && digits(z[:2]) && digits(z[3:])
	}
	return false
}

// digits reports whether s is one or more ASCII digits.
func digits(s string) bool {
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

// monthNumber returns 1–12 for an English month name or its three-letter
// abbreviation, in any ASCII case, or 0.
func monthNumber(s string) int {
	if len(s) < 3 || len(s) > len("september") {
		return 0
	}
	l := strings.ToLower(s)
	for i, name := range months {
		if l == name || l == name[:3] {
			return i + 1
		}
	}
	return 0
}

// formatDay writes d in the form of a row: an Excel layout, or YYYY-MM-DD
// followed by the time part.
func formatDay(d date.Date, form, timePart string) string {
	if form != "" && dateForms[form] {
		return d.MidnightUTC().Format(form)
	}
	return formatDateTime(d, timePart)
}

// parseDay parses exactly YYYY-MM-DD, as the source dates of packed
// source_article items are written, with the year floor of ParseDate.
func parseDay(s string) (date.Date, error) {
	if len(s) != 10 {
		return 0, errors.New("not YYYY-MM-DD")
	}
	d, form, _, err := parseDate(s)
	if err != nil || form != "" {
		return 0, errors.New("not YYYY-MM-DD")
	}
	return d, nil
}
