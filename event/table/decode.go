package table

import (
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/google/uuid"
	"github.com/rickb777/date/v2"
	"golang.org/x/text/language"

	"github.com/conflictkit/conflict/actor"
	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/internal/fielderr"
	"github.com/conflictkit/conflict/internal/isodate"
	"github.com/conflictkit/conflict/internal/vocab"
	"github.com/conflictkit/conflict/place"
	"github.com/conflictkit/conflict/source"
)

// dec decodes the head row of a cursor and keeps the first error.
type dec struct {
	c   *cursor
	err error
}

// newDec starts decoding c's head row, with the cursor's own dec (so that
// none is allocated per row). Every cell must be valid UTF-8, as in the
// canonical JSON form, and hold no NUL byte: a NUL is no text but the mark
// of a binary or UTF-16 file.
func newDec(c *cursor) *dec {
	d := &c.dec
	*d = dec{c: c}
	for i, f := range c.head {
		if !utf8.ValidString(f) {
			d.err = c.errAtField(i, fmt.Errorf("table: %w", event.ErrBadText))
			break
		}
		if strings.IndexByte(f, 0) >= 0 {
			d.err = c.errAtField(i, fmt.Errorf("table: %w: a NUL byte", event.ErrBadText))
			break
		}
	}
	return d
}

// s returns the text of column col.
func (d *dec) s(col int) string {
	s, err := d.c.text(col)
	if err != nil {
		d.fail(col, err)
	}
	return s
}

// fail records err at column col unless an error was recorded before.
func (d *dec) fail(col int, err error) {
	if d.err == nil {
		d.err = d.c.errAt(col, err)
	}
}

// Counts of child rows, as read from an n_ column.
const (
	greedy  = -1 // no n_ column: every row of the parent at the head
	nilList = -2 // empty cell: no list at all (nil), so no rows
)

// count reads an n_ column.
func (d *dec) count(col int) int {
	if !d.c.has(col) {
		return greedy
	}
	s := d.s(col)
	if s == "" {
		return nilList
	}
	n, err := parseCount(s)
	if err != nil {
		d.fail(col, err)
	}
	return n
}

// parseCode reads a code of an open set or an identifier. A well-formed
// code, which every such type accepts, is taken without a copy.
func parseCode[T ~string, PT interface {
	*T
	encoding.TextUnmarshaler
}](d *dec, col int) T {
	s := d.s(col)
	if s == "" || vocab.CheckSyntax(s) == nil {
		return T(s)
	}
	var v T
	if err := PT(&v).UnmarshalText([]byte(s)); err != nil {
		d.fail(col, err)
	}
	return v
}

// parseWith reads a value of a closed set with its Parse function; an
// empty cell is the zero value (unspecified), as the types' UnmarshalText
// have it.
func parseWith[T any](d *dec, col int, parse func(string) (T, error)) T {
	var v T
	if s := d.s(col); s != "" {
		var err error
		if v, err = parse(s); err != nil {
			d.fail(col, err)
		}
	}
	return v
}

// parseClosed reads a value with its UnmarshalText; an empty cell is the
// zero value (unspecified).
func parseClosed[T any, PT interface {
	*T
	encoding.TextUnmarshaler
}](d *dec, col int) T {
	var v T
	if s := d.s(col); s != "" {
		if err := PT(&v).UnmarshalText([]byte(s)); err != nil {
			d.fail(col, err)
		}
	}
	return v
}

// lang reads a language tag: empty is language.Und. The tag is kept as
// written (Tag.UnmarshalText, as the model's decoders do), so "iw" stays.
// Parsed tags are cached per Reader.
func (d *dec) lang(col int, sentinel error) language.Tag {
	s := d.s(col)
	if s == "" {
		return language.Und
	}
	if t, ok := d.c.tags[s]; ok {
		return t
	}
	var t language.Tag
	if err := t.UnmarshalText([]byte(s)); err != nil {
		d.fail(col, fmt.Errorf("table: %w: language %s: %w", sentinel, fielderr.Quote(s), err))
		return t
	}
	if len(d.c.tags) < maxCachedTags {
		d.c.tags[s] = t
	}
	return t
}

// maxCachedTags bounds the language tags a Reader keeps parsed.
const maxCachedTags = 256

// point reads an optional point from two columns: both empty is nil.
func (d *dec) point(latCol, lonCol int) *place.Point {
	lat, lon := d.s(latCol), d.s(lonCol)
	if lat == "" && lon == "" {
		return nil
	}
	if lat == "" {
		d.fail(latCol, fmt.Errorf("table: %w: missing latitude", place.ErrLatitude))
		return nil
	}
	if lon == "" {
		d.fail(lonCol, fmt.Errorf("table: %w: missing longitude", place.ErrLongitude))
		return nil
	}
	var p place.Point
	var err error
	if p.Lat, err = parseFloat(lat); err != nil {
		d.fail(latCol, err)
		return nil
	}
	if p.Lon, err = parseFloat(lon); err != nil {
		d.fail(lonCol, err)
		return nil
	}
	if p.Lat < -90 || p.Lat > 90 {
		d.fail(latCol, fmt.Errorf("table: %w: %s", place.ErrLatitude, fielderr.Quote(lat)))
		return nil
	}
	if p.Lon < -180 || p.Lon > 180 {
		d.fail(lonCol, fmt.Errorf("table: %w: %s", place.ErrLongitude, fielderr.Quote(lon)))
		return nil
	}
	return &p
}

// when reads the start, end and date_precision columns with the rules of
// event.When's JSON form.
func (d *dec) when() event.When {
	start, end, prec := d.s(evStart), d.s(evEnd), d.s(evDatePrecision)
	var w event.When
	if start == "" && end == "" {
		if prec != "" {
			d.fail(evDatePrecision, fmt.Errorf("table: %w: a precision without dates", event.ErrNoDate))
		}
		return w
	}
	if start == "" {
		d.fail(evStart, fmt.Errorf("table: %w: start (write %q for an open start)", event.ErrMissing, openEnd))
		return w
	}
	if end == "" {
		d.fail(evEnd, fmt.Errorf("table: %w: end (write %q for an open end)", event.ErrMissing, openEnd))
		return w
	}
	var err error
	if start == openEnd {
		w.OpenStart = true
	} else if w.Start, err = d.date(evStart, start); err != nil {
		return w
	}
	if end == openEnd {
		w.OpenEnd = true
	} else if w.End, err = d.date(evEnd, end); err != nil {
		return w
	}
	if prec != "" {
		if w.Precision, err = event.ParseDatePrecision(prec); err != nil {
			d.fail(evDatePrecision, err)
			return w
		}
	}
	switch {
	case w.OpenStart && w.OpenEnd:
		d.fail(evEnd, fmt.Errorf("table: %w: both ends of the date range are open", event.ErrNoDate))
	case !w.OpenStart && !w.OpenEnd && w.End < w.Start:
		d.fail(evEnd, fmt.Errorf("table: %w (start %s, end %s)", event.ErrDateOrder, start, end))
	case w.IsZero():
		d.fail(evDatePrecision, fmt.Errorf("table: %w: 0001-01-01 without a precision cannot be told from an unknown date", event.ErrBadDate))
	}
	return w
}

// date reads the start or end cell s of column col as a date (see
// dateCell), recording the error.
func (d *dec) date(col int, s string) (date.Date, error) {
	day, err := dateCell(s)
	if err != nil {
		err = fmt.Errorf("table: %w %s: %w", event.ErrBadDate, fielderr.Quote(s), err)
	} else {
		var v date.Date
		if v, err = event.ParseDate(day); err == nil {
			return v, nil
		}
	}
	d.fail(col, err)
	return 0, err
}

// dateCell returns the date of a date cell as found: a date with a time
// of midnight, as pandas writes a datetime column ("2019-08-31 00:00:00",
// "2019-08-31T00:00:00Z", "2019-08-31 00:00:00+03:00"), is the date as
// written, which the zone does not shift. Anything else is returned as it
// is, for the column's parser, except a time other than midnight (the
// tables hold calendar dates) and a numeric date in a spreadsheet's local
// form ("31/08/2019", "8/31/2019", "31.08.2019"), whose day and month come
// in an order the cell does not say: both are refused with the reason.
func dateCell(s string) (string, error) {
	if len(s) > 10 && s[4] == '-' && s[7] == '-' && (s[10] == 'T' || s[10] == ' ') {
		switch midnight(s[11:]) {
		case timeMidnight:
			return s[:10], nil
		case timeOther:
			return s, errors.New("a time of day other than midnight: the tables hold calendar dates (YYYY-MM-DD)")
		}
		return s, nil
	}
	if localNumericDate(s) {
		return s, errors.New("a numeric date in a spreadsheet's local form, whose day and month come in an order the cell does not say (31/08/2019 or 8/31/2019): write it as YYYY-MM-DD")
	}
	return s, nil
}

// Kinds of a time of day, for dateCell.
const (
	timeMalformed = iota
	timeMidnight
	timeOther
)

// midnight classifies a time of day with an optional fraction and zone:
// "00:00", "00:00:00", "00:00:00.000", then nothing, "Z", "+03:00",
// "+0300" or "+03".
func midnight(t string) int {
	if len(t) < 5 || t[2] != ':' || !digits(t[:2]) || !digits(t[3:5]) {
		return timeMalformed
	}
	zero := t[:2] == "00" && t[3:5] == "00"
	t = t[5:]
	if len(t) >= 3 && t[0] == ':' {
		if !digits(t[1:3]) {
			return timeMalformed
		}
		zero = zero && t[1:3] == "00"
		t = t[3:]
		if len(t) > 1 && t[0] == '.' {
			n := 1
			for n < len(t) && isDigit(t[n]) {
				zero = zero && t[n] == '0'
				n++
			}
			if n == 1 {
				return timeMalformed
			}
			t = t[n:]
		}
	}
	switch {
	case t == "" || t == "Z":
	case (t[0] == '+' || t[0] == '-') && (len(t) == 3 && digits(t[1:]) ||
		len(t) == 5 && digits(t[1:]) || len(t) == 6 && t[3] == ':' && digits(t[1:3]) && digits(t[4:])):
	default:
		return timeMalformed
	}
	if zero {
		return timeMidnight
	}
	return timeOther
}

// localNumericDate reports whether s is a date of one or two digits, a
// separator ('/', '.' or '-'), one or two digits, the same separator and
// two or four digits: the short date forms spreadsheets write in their
// locales, day or month first.
func localNumericDate(s string) bool {
	var sep byte
	part, n := 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case isDigit(c):
			n++
			continue
		case c != '/' && c != '.' && c != '-', sep != 0 && c != sep, n < 1 || n > 2, part == 2:
			return false
		}
		sep, part, n = c, part+1, 0
	}
	return part == 2 && (n == 2 || n == 4)
}

// digits reports whether s is one or more ASCII digits.
func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// keys reads the keys column.
func (d *dec) keys(col int) []event.Key {
	var v []event.Key
	items, plain, err := splitList(d.s(col), &v)
	if err != nil {
		d.fail(col, err)
		return nil
	}
	if !plain {
		return v
	}
	ks := make([]event.Key, len(items))
	for i, it := range items {
		scheme, value, ok := strings.Cut(it, ":")
		if !ok {
			d.fail(col, fmt.Errorf("table: %w: key %s is not scheme:value", ErrBadCell, fielderr.Quote(it)))
			return nil
		}
		ks[i] = event.Key{Scheme: scheme, Value: value}
	}
	return ks
}

// strings reads a list of strings.
func (d *dec) strings(col int) []string {
	v, err := splitStrings(d.s(col))
	if err != nil {
		d.fail(col, err)
	}
	return v
}

// placeIDs reads a list of place IDs.
func (d *dec) placeIDs(col int) []place.ID {
	var v []place.ID
	items, plain, err := splitList(d.s(col), &v)
	if err != nil {
		d.fail(col, err)
		return nil
	}
	if !plain {
		return v
	}
	ids := make([]place.ID, len(items))
	for i, it := range items {
		if err := ids[i].UnmarshalText([]byte(it)); err != nil {
			d.fail(col, err)
			return nil
		}
	}
	return ids
}

// day reads an optional day, YYYY-MM-DD (or as dateCell finds it).
func (d *dec) day(col int) *date.Date {
	s := d.s(col)
	if s == "" {
		return nil
	}
	day, err := dateCell(s)
	var v date.Date
	if err == nil {
		v, err = isodate.ParseDay(day)
	}
	if err != nil {
		d.fail(col, fmt.Errorf("table: %w %s: %w", source.ErrBadDate, fielderr.Quote(s), err))
		return nil
	}
	return &v
}

// time reads an optional RFC 3339 timestamp, also with a space between
// date and time as RFC 3339 allows and pandas writes
// ("2019-09-01 10:00:00+00:00"). A zero offset is stored as UTC, as
// source.Citation's JSON decoder does.
func (d *dec) time(col int) time.Time {
	var t time.Time
	s := d.s(col)
	if s == "" {
		return t
	}
	text := []byte(s)
	if len(text) > 10 && text[10] == ' ' {
		text[10] = 'T'
	}
	if err := t.UnmarshalText(text); err != nil {
		d.fail(col, fmt.Errorf("table: %w: %s: %w", ErrBadCell, fielderr.Quote(s), err))
		return t
	}
	if t.Year() < 1000 { // as for every date of the SDK: year 0025 is a typo for 2025
		d.fail(col, fmt.Errorf("table: %w: %s: year %04d is before 1000", source.ErrBadDate, fielderr.Quote(s), t.Year()))
		return t
	}
	if _, off := t.Zone(); off == 0 && !t.IsZero() {
		t = t.UTC()
	}
	return t
}

// actorDate reads an actor.Date (YYYY, YYYY-MM or YYYY-MM-DD, or as
// dateCell finds it).
func (d *dec) actorDate(col int) actor.Date {
	return parseWith(d, col, func(s string) (actor.Date, error) {
		day, err := dateCell(s)
		if err != nil {
			return actor.Date{}, fmt.Errorf("table: %w %s: %w", actor.ErrBadDate, fielderr.Quote(s), err)
		}
		return actor.ParseDate(day)
	})
}

// actorRef reads an actor reference from three columns.
func (d *dec) actorRef(idCol, nameCol, kindCol int) actor.Ref {
	return actor.Ref{
		ID:   parseCode[actor.ID](d, idCol),
		Name: d.s(nameCol),
		Kind: parseCode[actor.Kind](d, kindCol),
	}
}

// placeRef reads a place reference (without its path) from three columns.
func (d *dec) placeRef(idCol, nameCol, levelCol int) place.Ref {
	return place.Ref{
		ID:    parseCode[place.ID](d, idCol),
		Name:  d.s(nameCol),
		Level: parseWith(d, levelCol, place.ParseLevel),
	}
}

// ordinal checks the n column of a child row: it must be i+1.
func (d *dec) ordinal(col, i int) {
	if !d.c.has(col) {
		return
	}
	if s := d.s(col); s != ordinal(i) {
		d.fail(col, fmt.Errorf("table: %w: ordinal %s, want %d", ErrRowCount, fielderr.Quote(s), i+1))
	}
}

// extMember reads an extension member's value with the canonical decoder
// (event.Ext), so that the same JSON is accepted and compacted the same
// way.
func extMember(key, value string) (json.RawMessage, error) {
	if !json.Valid([]byte(value)) {
		return nil, fmt.Errorf("table: %w: extension %s: not a JSON value: %s", event.ErrBadExt, fielderr.Quote(key), fielderr.Quote(value))
	}
	k, err := json.Marshal(key)
	if err != nil {
		return nil, err
	}
	var x event.Ext
	if err := x.UnmarshalJSON([]byte("{" + string(k) + ":" + value + "}")); err != nil {
		return nil, fmt.Errorf("table: %w: extension %s: %w", event.ErrBadExt, fielderr.Quote(key), err)
	}
	return x[key], nil
}

// uuid reads a UUID in any form uuid.Parse accepts, as the JSON decoder
// does.
func (d *dec) uuid(col int, sentinel error) uuid.UUID {
	s := d.s(col)
	id, err := uuid.Parse(s)
	if err != nil {
		d.fail(col, fmt.Errorf("table: %w %s: %w", sentinel, fielderr.Quote(s), err))
	}
	return id
}
