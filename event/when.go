package event

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/rickb777/date/v2"
	"github.com/rickb777/date/v2/gregorian"

	"github.com/conflictkit/conflict/internal/fielderr"
	"github.com/conflictkit/conflict/internal/isodate"
	"github.com/conflictkit/conflict/internal/strictjson"
)

// DatePrecision says how exactly a source dates an event. It is a closed
// set; the zero value DateUnspecified means the source's precision is not
// recorded.
type DatePrecision uint8

// Date precisions, from finest to coarsest.
const (
	DateUnspecified DatePrecision = iota // not recorded
	DateDay                              // the actual day is known
	DateDays                             // a span of 2–6 days (UCDP date_prec 2)
	DateWeek                             // a known week
	DateMonth                            // only the month is known
	DateYear                             // only the year is known
)

var precisionNames = [...]string{DateDay: "day", DateDays: "days", DateWeek: "week", DateMonth: "month", DateYear: "year"}

// ParseDatePrecision returns the precision named exactly s: "day", "days",
// "week", "month" or "year". The empty string is refused; it is not a
// precision but its absence. Errors wrap ErrBadPrecision and quote s.
func ParseDatePrecision(s string) (DatePrecision, error) {
	for p := DateDay; p <= DateYear; p++ {
		if precisionNames[p] == s {
			return p, nil
		}
	}
	return DateUnspecified, fmt.Errorf("event: %w %s", ErrBadPrecision, fielderr.Quote(s))
}

// String returns the precision's name ("day" … "year"), "" for
// DateUnspecified, and "DatePrecision(n)" for a value outside the set.
func (p DatePrecision) String() string {
	if p.valid() {
		return precisionNames[p]
	}
	return "DatePrecision(" + strconv.Itoa(int(p)) + ")"
}

func (p DatePrecision) valid() bool { return p <= DateYear }

// IsZero reports whether p is DateUnspecified.
func (p DatePrecision) IsZero() bool { return p == DateUnspecified }

// MarshalText returns the name, or empty text for DateUnspecified. It fails,
// wrapping ErrBadPrecision, for a value outside the set.
func (p DatePrecision) MarshalText() ([]byte, error) {
	if !p.valid() {
		return nil, fmt.Errorf("event: %w %d", ErrBadPrecision, uint8(p))
	}
	return []byte(precisionNames[p]), nil
}

// UnmarshalText is ParseDatePrecision, except that empty text gives
// DateUnspecified.
func (p *DatePrecision) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*p = DateUnspecified
		return nil
	}
	v, err := ParseDatePrecision(string(b))
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// DatePrecisionFromACLED converts ACLED's time_precision: 1 → DateDay,
// 2 → DateWeek (ACLED: "a span such as a week"), 3 → DateMonth. Other codes
// give an error wrapping ErrBadPrecision.
func DatePrecisionFromACLED(code int) (DatePrecision, error) {
	switch code {
	case 1:
		return DateDay, nil
	case 2:
		return DateWeek, nil
	case 3:
		return DateMonth, nil
	}
	return DateUnspecified, fmt.Errorf("event: %w: ACLED time_precision %d", ErrBadPrecision, code)
}

// ACLED returns the ACLED time_precision code for p: DateDay → 1, DateDays
// and DateWeek → 2, DateMonth → 3. ACLED has no code for a year or for an
// unspecified precision, so those report false.
func (p DatePrecision) ACLED() (int, bool) {
	switch p {
	case DateDay:
		return 1, true
	case DateDays, DateWeek:
		return 2, true
	case DateMonth:
		return 3, true
	}
	return 0, false
}

// DatePrecisionFromUCDP converts UCDP GED's date_prec: 1 → DateDay,
// 2 → DateDays, 3 → DateWeek, 4 → DateMonth, 5 → DateYear. Other codes give
// an error wrapping ErrBadPrecision.
func DatePrecisionFromUCDP(code int) (DatePrecision, error) {
	if code >= 1 && code <= 5 {
		return DatePrecision(code), nil
	}
	return DateUnspecified, fmt.Errorf("event: %w: UCDP date_prec %d", ErrBadPrecision, code)
}

// UCDP returns the UCDP GED date_prec code for p (1–5). It reports false for
// DateUnspecified and for values outside the set.
func (p DatePrecision) UCDP() (int, bool) {
	if p >= DateDay && p <= DateYear {
		return int(p), true
	}
	return 0, false
}

// When is the time of an event: an inclusive range of calendar days and how
// exactly the source dates it.
//
// The zero value means the date is unknown (IsZero). An open end is kept as
// a flag rather than a sentinel date, because date.Date's zero value is
// 0001-01-01, a real day: "since 20 April" is Since(d, p), "until 31 August"
// is Until(d, p). A date under an open flag is ignored and should be zero;
// String and MarshalJSON drop it. Both ends open is invalid (it says
// nothing: use the zero value).
//
// Build values with the constructors (On, OnDay, Between, InMonth, InYear,
// WeekOf, Since, Until), which give valid values for dates in years
// 1000–9999 (the SDK's range) and a precision from the set (OnDay and Between check this and
// return errors), or check a literal with Validate.
type When struct {
	Start     date.Date     // first day, inclusive; zero when OpenStart
	End       date.Date     // last day, inclusive; zero when OpenEnd
	Precision DatePrecision // how exactly the source dates it
	OpenStart bool          // began at an unknown time before End
	OpenEnd   bool          // continues, or its end is not known ("since late April")
}

// On returns the single day d with precision DateDay.
func On(d date.Date) When { return When{Start: d, End: d, Precision: DateDay} }

// OnDay returns the single day y-m-d with precision DateDay. Unlike date.New
// it refuses days that do not exist (2019-02-30) and years outside
// 1000–9999, with an error wrapping ErrBadDate.
func OnDay(y int, m time.Month, d int) (When, error) {
	if err := isodate.CheckYear(y); err != nil {
		return When{}, fmt.Errorf("event: %w %q: %v", ErrBadDate, fmt.Sprintf("%04d-%02d-%02d", y, int(m), d), err)
	}
	if m < time.January || m > time.December || d < 1 || d > gregorian.DaysIn(y, m) {
		return When{}, fmt.Errorf("event: %w %q: no such calendar date", ErrBadDate, fmt.Sprintf("%04d-%02d-%02d", y, int(m), d))
	}
	return On(date.New(y, m, d)), nil
}

// Between returns the inclusive range start..end with precision p. It fails
// with ErrDateOrder if end is before start, ErrBadDate if a year is outside
// 1000–9999, and ErrBadPrecision if p is outside the set.
func Between(start, end date.Date, p DatePrecision) (When, error) {
	w := When{Start: start, End: end, Precision: p}
	if err := w.Validate(); err != nil {
		return When{}, err
	}
	return w, nil
}

// InMonth returns the whole month m of year y with precision DateMonth.
// A month outside 1–12 normalises as date.New does (month 13 is January of
// the next year).
func InMonth(y int, m time.Month) When {
	start := date.New(y, m, 1)
	return When{Start: start, End: start.AddDate(0, 1, 0) - 1, Precision: DateMonth}
}

// InYear returns the whole year y with precision DateYear.
func InYear(y int) When {
	return When{Start: date.New(y, time.January, 1), End: date.New(y, time.December, 31), Precision: DateYear}
}

// WeekOf returns the ISO week (Monday to Sunday) that contains d, with
// precision DateWeek.
func WeekOf(d date.Date) When {
	monday := d - date.Date((int(d.Weekday())+6)%7)
	return When{Start: monday, End: monday + 6, Precision: DateWeek}
}

// Since returns the open range from d onwards, for an event that continues
// or whose end is not known; p is the precision of d.
func Since(d date.Date, p DatePrecision) When {
	return When{Start: d, Precision: p, OpenEnd: true}
}

// Until returns the open range ending on d, for an event that began at an
// unknown time; p is the precision of d.
func Until(d date.Date, p DatePrecision) When {
	return When{End: d, Precision: p, OpenStart: true}
}

// IsZero reports whether w is the zero value, an unknown date.
func (w When) IsZero() bool { return w == When{} }

// Validate reports why w is not a valid When, or nil. The zero value is
// valid (an unknown date; whether a date is required is the caller's
// business). Errors wrap ErrNoDate (both ends open), ErrBadPrecision,
// ErrBadDate (a year outside 1000–9999, which the SDK's parsers refuse,
// or a date set under an open flag, which they would drop) or ErrDateOrder.
func (w When) Validate() error {
	if w.IsZero() {
		return nil
	}
	if w.OpenStart && w.OpenEnd {
		return fmt.Errorf("event: %w: both ends of the date range are open", ErrNoDate)
	}
	// A date under an open flag would be dropped by every encoding.
	if w.OpenStart && w.Start != 0 {
		return fmt.Errorf("event: %w: start %s given with OpenStart", ErrBadDate, w.Start)
	}
	if w.OpenEnd && w.End != 0 {
		return fmt.Errorf("event: %w: end %s given with OpenEnd", ErrBadDate, w.End)
	}
	if !w.Precision.valid() {
		return fmt.Errorf("event: %w %d", ErrBadPrecision, uint8(w.Precision))
	}
	if !w.OpenStart {
		if err := checkYear(w.Start); err != nil {
			return err
		}
	}
	if !w.OpenEnd {
		if err := checkYear(w.End); err != nil {
			return err
		}
	}
	if !w.OpenStart && !w.OpenEnd && w.End < w.Start {
		return fmt.Errorf("event: %w (start %q, end %q)", ErrDateOrder, w.Start.String(), w.End.String())
	}
	return nil
}

func checkYear(d date.Date) error {
	if err := isodate.CheckYear(d.Year()); err != nil {
		return fmt.Errorf("event: %w %q: %v", ErrBadDate, d.String(), err)
	}
	return nil
}

// bounds returns w as a closed interval, with open ends at the extremes of
// date.Date. It reports false for the zero value and for invalid values.
func (w When) bounds() (lo, hi date.Date, ok bool) {
	if w.IsZero() || (w.OpenStart && w.OpenEnd) {
		return 0, 0, false
	}
	lo, hi = w.Start, w.End
	if w.OpenStart {
		lo = math.MinInt64
	}
	if w.OpenEnd {
		hi = math.MaxInt64
	}
	return lo, hi, lo <= hi
}

// Days returns the number of days w covers, counting both ends. It reports
// false for an open range, the zero value and an invalid range.
func (w When) Days() (int, bool) {
	if w.OpenStart || w.OpenEnd {
		return 0, false
	}
	lo, hi, ok := w.bounds()
	if !ok {
		return 0, false
	}
	return int(hi-lo) + 1, true
}

// Contains reports whether day d lies within w, ends included. An unknown
// (zero) or invalid When contains no day.
func (w When) Contains(d date.Date) bool {
	lo, hi, ok := w.bounds()
	return ok && lo <= d && d <= hi
}

// Overlaps reports whether w and o share at least one day. Unknown (zero)
// and invalid values overlap nothing. Overlap says the two dates are
// compatible, not that the events are the same.
func (w When) Overlaps(o When) bool {
	lo1, hi1, ok1 := w.bounds()
	lo2, hi2, ok2 := o.bounds()
	return ok1 && ok2 && lo1 <= hi2 && lo2 <= hi1
}

// String formats w in the text form that ParseWhen reads, an ISO 8601
// interval with the precision appended after a semicolon:
//
//	""                              unknown (the zero value)
//	"2019-08-31"                    one day, precision day
//	"2019-08"                       a whole month, precision month
//	"2019"                          a whole year, precision year
//	"2019-08-31/2019-09-02;days"    a range and its precision
//	"2019-08-31/2019-09-02"         a range, precision unspecified
//	"2019-08-26/2019-09-01;week"    a week
//	"2019-04-20/..;day"             open end ("since 20 April")
//	"../2019-08-31"                 open start, precision unspecified
//
// The short forms are used exactly when they fit (a single day at day
// precision, a calendar month at month precision, a calendar year at year
// precision); everything else is written as an interval, so that
// ParseWhen(w.String()) == w for every valid w.
func (w When) String() string {
	if w.IsZero() {
		return ""
	}
	if !w.OpenStart && !w.OpenEnd {
		switch {
		case w.Precision == DateDay && w.Start == w.End:
			return w.Start.String()
		case w.Precision == DateMonth && w.wholeMonth():
			return w.Start.String()[:7]
		case w.Precision == DateYear && w.wholeYear():
			return w.Start.String()[:4]
		}
	}
	var b strings.Builder
	if w.OpenStart {
		b.WriteString("..")
	} else {
		b.WriteString(w.Start.String())
	}
	b.WriteByte('/')
	if w.OpenEnd {
		b.WriteString("..")
	} else {
		b.WriteString(w.End.String())
	}
	if w.Precision != DateUnspecified {
		b.WriteByte(';')
		b.WriteString(w.Precision.String())
	}
	return b.String()
}

func (w When) wholeMonth() bool {
	return w.Start.Day() == 1 && w.End == w.Start.AddDate(0, 1, 0)-1 && w.yearInRange()
}

func (w When) wholeYear() bool {
	y, m, d := w.Start.Date()
	return m == time.January && d == 1 && w.End == date.New(y, time.December, 31) && w.yearInRange()
}

// yearInRange keeps the short forms to four-digit years, which is all
// ParseWhen reads.
func (w When) yearInRange() bool { return isodate.CheckYear(w.Start.Year()) == nil }

// ParseWhen parses the text form written by When.String. It also reads
// "YYYY-MM-DD/YYYY-MM-DD;month" for a month, though String writes the short
// form. The empty string gives the zero value (unknown).
//
// Dates are strict (no 2024-02-30); errors wrap ErrBadDate, ErrBadPrecision
// (a bad or misplaced ";precision"), ErrDateOrder (end before start) or
// ErrNoDate ("../.."), and quote s.
func ParseWhen(s string) (When, error) {
	if s == "" {
		return When{}, nil
	}
	body, prec, hasPrec := strings.Cut(s, ";")
	var w When
	if hasPrec {
		p, err := ParseDatePrecision(prec)
		if err != nil {
			return When{}, fmt.Errorf("event: date range %q: %w", s, err)
		}
		w.Precision = p
	}
	first, last, interval := strings.Cut(body, "/")
	if !interval {
		if hasPrec {
			return When{}, fmt.Errorf("event: date range %q: %w: a precision needs the interval form", s, ErrBadPrecision)
		}
		p, err := isodate.ParsePartial(body)
		if err != nil {
			return When{}, fmt.Errorf("event: %w %q: %v", ErrBadDate, s, err)
		}
		switch p.Precision {
		case isodate.Year:
			return When{Start: p.First(), End: p.Last(), Precision: DateYear}, nil
		case isodate.Month:
			return When{Start: p.First(), End: p.Last(), Precision: DateMonth}, nil
		default:
			return On(p.First()), nil
		}
	}
	var err error
	if first == ".." {
		w.OpenStart = true
	} else if w.Start, err = parseDay(first); err != nil {
		return When{}, fmt.Errorf("event: %w %q: start: %v", ErrBadDate, s, err)
	}
	if last == ".." {
		w.OpenEnd = true
	} else if w.End, err = parseDay(last); err != nil {
		return When{}, fmt.Errorf("event: %w %q: end: %v", ErrBadDate, s, err)
	}
	if w.OpenStart && w.OpenEnd {
		return When{}, fmt.Errorf("event: %w: %q has both ends open", ErrNoDate, s)
	}
	if !w.OpenStart && !w.OpenEnd && w.End < w.Start {
		return When{}, fmt.Errorf("event: %w: %q", ErrDateOrder, s)
	}
	if w.IsZero() {
		return When{}, fmt.Errorf("event: %w: %q without a precision cannot be told from an unknown date", ErrBadDate, s)
	}
	return w, nil
}

// MarshalText returns String's form. It fails for a value that Validate
// refuses, so that nothing is written that ParseWhen cannot read.
func (w When) MarshalText() ([]byte, error) {
	if err := w.Validate(); err != nil {
		return nil, err
	}
	return []byte(w.String()), nil
}

// UnmarshalText is ParseWhen.
func (w *When) UnmarshalText(b []byte) error {
	v, err := ParseWhen(string(b))
	if err != nil {
		return err
	}
	*w = v
	return nil
}

// MarshalJSON writes w as an object with members in this order:
//
//	{"start":"2019-08-31","end":"2019-08-31","precision":"day"}
//	{"start":"2019-04-20","precision":"day","open_end":true}
//	{}                                       (unknown)
//
// An open end omits its date and sets "open_start" or "open_end" to true;
// an unspecified precision is omitted. Fields of type When should be tagged
// `omitzero`. It fails for a value that Validate refuses.
func (w When) MarshalJSON() ([]byte, error) {
	if err := w.Validate(); err != nil {
		return nil, err
	}
	var b bytes.Buffer
	b.WriteByte('{')
	sep := func() {
		if b.Len() > 1 {
			b.WriteByte(',')
		}
	}
	if !w.IsZero() {
		if !w.OpenStart {
			b.WriteString(`"start":"` + w.Start.String() + `"`)
		}
		if !w.OpenEnd {
			sep()
			b.WriteString(`"end":"` + w.End.String() + `"`)
		}
		if w.Precision != DateUnspecified {
			sep()
			b.WriteString(`"precision":"` + w.Precision.String() + `"`)
		}
		if w.OpenStart {
			sep()
			b.WriteString(`"open_start":true`)
		}
		if w.OpenEnd {
			sep()
			b.WriteString(`"open_end":true`)
		}
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// UnmarshalJSON reads the object MarshalJSON writes, strictly: member names
// are exact and may not repeat, unknown members are refused, dates must
// exist (errors wrap ErrBadDate), the precision must be a name
// (ErrBadPrecision), end may not precede start (ErrDateOrder). Each end
// needs its date or its open flag (ErrMissing); an object with neither date
// but other members says nothing and is refused (ErrNoDate). {} gives the
// zero value. JSON null leaves w unchanged, as encoding/json expects.
// Malformed JSON gives an error wrapping ErrSyntax.
func (w *When) UnmarshalJSON(b []byte) error {
	if string(bytes.TrimSpace(b)) == "null" {
		return nil
	}
	var aux struct {
		Start     dayText       `json:"start"`
		End       dayText       `json:"end"`
		Precision precisionText `json:"precision"`
		OpenStart bool          `json:"open_start"`
		OpenEnd   bool          `json:"open_end"`
	}
	// strictjson refuses unknown and repeated members and positions errors
	// at the offending member ("start", "precision"), which the decoders
	// of this package turn into a field path such as "events[1].when.start".
	if err := strictjson.Decode(b, &aux); err != nil {
		return withEventSentinels(err)
	}
	v := When{Start: aux.Start.d, End: aux.End.d, Precision: aux.Precision.p, OpenStart: aux.OpenStart, OpenEnd: aux.OpenEnd}
	hasStart, hasEnd := aux.Start.set, aux.End.set
	at := func(path string, err error) error {
		return &strictjson.Error{Offset: strictjson.MemberOffset(b, path), Path: path, Err: err}
	}
	switch {
	case !hasStart && !hasEnd:
		if v != (When{}) {
			return at("", fmt.Errorf("%w: neither start nor end given", ErrNoDate))
		}
	case hasStart && v.OpenStart:
		return at("start", fmt.Errorf("%w: start given with open_start", ErrBadDate))
	case hasEnd && v.OpenEnd:
		return at("end", fmt.Errorf("%w: end given with open_end", ErrBadDate))
	case !hasStart && !v.OpenStart:
		return at("start", fmt.Errorf("%w (set open_start for an unknown start)", ErrMissing))
	case !hasEnd && !v.OpenEnd:
		return at("end", fmt.Errorf("%w (set open_end for an unknown end)", ErrMissing))
	case hasStart && hasEnd && v.End < v.Start:
		return at("end", fmt.Errorf("%w (start %s, end %s)", ErrDateOrder, v.Start, v.End))
	}
	if (hasStart || hasEnd) && v.IsZero() {
		// 0001-01-01 to 0001-01-01 with no precision is the zero value,
		// which means "unknown": refuse it rather than lose the dates.
		return at("precision", fmt.Errorf("%w: 0001-01-01 without a precision cannot be told from an unknown date", ErrBadDate))
	}
	*w = v
	return nil
}

// dayText is a date read strictly from a JSON string "YYYY-MM-DD"; set
// records that the member was present. null is refused: an unknown end is
// said with open_start or open_end, not with null.
type dayText struct {
	d   date.Date
	set bool
}

// UnmarshalJSON reads a JSON string "YYYY-MM-DD"; anything else, null
// included, wraps ErrBadDate.
func (t *dayText) UnmarshalJSON(b []byte) error {
	var s string
	if len(b) == 0 || b[0] != '"' || json.Unmarshal(b, &s) != nil {
		return fmt.Errorf("%w: want a date string, got %s", ErrBadDate, fielderr.Quote(string(b)))
	}
	d, err := ParseDate(s)
	if err != nil {
		return err
	}
	*t = dayText{d: d, set: true}
	return nil
}

// precisionText is a DatePrecision read strictly from a JSON string: the
// empty string is refused here, unlike DatePrecision.UnmarshalText.
type precisionText struct{ p DatePrecision }

// UnmarshalJSON reads a precision name; anything else wraps ErrBadPrecision.
func (t *precisionText) UnmarshalJSON(b []byte) error {
	var s string
	if len(b) == 0 || b[0] != '"' || json.Unmarshal(b, &s) != nil {
		return fmt.Errorf("%w: want a precision name, got %s", ErrBadPrecision, fielderr.Quote(string(b)))
	}
	p, err := ParseDatePrecision(s)
	if err != nil {
		return err
	}
	t.p = p
	return nil
}

// withEventSentinels makes the structural errors of internal/strictjson
// (malformed JSON, unknown or repeated members, wrong JSON types) wrap
// ErrSyntax, keeping their position, so that callers test them with this
// package's sentinels.
var uuidType = reflect.TypeFor[uuid.UUID]()

func withEventSentinels(err error) error {
	var se *strictjson.Error
	if !errors.As(err, &se) {
		return err
	}
	wrapped := *se
	switch {
	case errors.Is(se.Err, ErrSyntax), errors.Is(se.Err, ErrBadID):
		return err
	case errors.Is(se.Err, strictjson.ErrUTF8):
		wrapped.Err = fmt.Errorf("%w: %w", ErrSyntax, ErrBadText)
	case errors.Is(se.Err, strictjson.ErrSyntax):
		// strictjson's sentinel reads the same as ours: say it once.
		wrapped.Err = fmt.Errorf("%w%s", ErrSyntax, strings.TrimPrefix(se.Err.Error(), strictjson.ErrSyntax.Error()))
	case errors.Is(se.Err, strictjson.ErrUnknownField), errors.Is(se.Err, strictjson.ErrType), errors.Is(se.Err, strictjson.ErrRange):
		wrapped.Err = fmt.Errorf("%w: %w", ErrSyntax, se.Err)
	case se.Type == uuidType:
		wrapped.Err = fmt.Errorf("%w: %w", ErrBadID, se.Err)
	default:
		return err
	}
	return &wrapped
}

// ParseDate parses exactly "YYYY-MM-DD" (years 1000–9999), refusing days
// that do not exist: "2024-02-30" is an error, not 1 March as
// date.ParseISO would have it. Errors wrap ErrBadDate and quote s.
func ParseDate(s string) (date.Date, error) {
	d, err := parseDay(s)
	if err != nil {
		return 0, fmt.Errorf("event: %w %s: %v", ErrBadDate, fielderr.Quote(s), err)
	}
	return d, nil
}

func parseDay(s string) (date.Date, error) {
	d, err := isodate.ParseDay(s)
	if err != nil {
		// isodate's errors are internal; keep their text, not their identity.
		return 0, errors.New(err.Error())
	}
	return d, nil
}
