package ucdp

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"unicode/utf8"

	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/internal/jsonw"
)

// The Extra record is encoded and decoded by hand: it travels with every
// event, and encoding/json's reflection cost more than the rest of reading
// a row. The wire form is exactly encoding/json's for the struct tags
// (members in field order, zero members left out, map keys sorted), except
// that '<', '>' and '&' are not escaped, as in the SDK's canonical JSON.

// MarshalJSON encodes x as a JSON object with the members of its struct
// tags, leaving out zero values.
func (x Extra) MarshalJSON() ([]byte, error) {
	if _, err := x.Layout.MarshalText(); err != nil {
		return nil, err
	}
	return x.appendJSON(make([]byte, 0, 512)), nil
}

func (x *Extra) appendJSON(b []byte) []byte {
	o := jsonw.Object{B: append(b, '{')}
	o.String("layout", string(x.Layout))
	o.String("relid", x.RelID)
	o.String("code_status", x.CodeStatus)
	if x.ActiveYear != nil {
		o.Key("active_year")
		o.B = strconv.AppendBool(o.B, *x.ActiveYear)
	}
	o.Flag("active_year_words", x.ActiveYearWords)
	o.String("conflict_dset_id", x.ConflictDsetID)
	o.String("conflict_new_id", x.ConflictNewID)
	o.String("conflict_name", x.ConflictName)
	o.String("dyad_dset_id", x.DyadDsetID)
	o.String("dyad_new_id", x.DyadNewID)
	o.String("dyad_name", x.DyadName)
	o.String("side_a_dset_id", x.SideADsetID)
	o.String("side_a_new_id", x.SideANewID)
	o.String("side_b_dset_id", x.SideBDsetID)
	o.String("side_b_new_id", x.SideBNewID)
	o.String("gwnoa", x.GWNoA)
	o.String("gwnob", x.GWNoB)
	if x.NumberOfSources != nil {
		o.Int("number_of_sources", int64(*x.NumberOfSources), true)
	}
	o.String("source_article", x.SourceArticle)
	o.String("source_original", x.SourceOriginal)
	o.String("priogrid_gid", x.PrioGridGID)
	o.String("country_id", x.CountryID)
	o.Int("event_clarity", int64(x.EventClarity), x.EventClarity != 0)
	o.String("date_time", x.DateTime)
	o.Int("wkt_decimals", int64(x.WKTDecimals), x.WKTDecimals != 0)
	if x.Columns != nil {
		o.Key("columns")
		o.B = jsonw.AppendNameValues(o.B, len(x.Columns), func(i int) (string, string) { return x.Columns[i].Name, x.Columns[i].Value }, false)
	}
	if x.Verbatim != nil {
		o.Key("verbatim")
		o.B = jsonw.AppendMap(o.B, x.Verbatim, false)
	}
	return append(o.B, '}')
}

// errExtra wraps a decoding problem of an Extra record.
func errExtra(format string, args ...any) error {
	return fmt.Errorf("ucdp: Extra record: %s: %w", fmt.Sprintf(format, args...), event.ErrBadExt)
}

// UnmarshalJSON decodes what MarshalJSON writes, strictly: unknown and
// repeated members, and values of the wrong type, are errors wrapping
// event.ErrBadExt (an unknown layout wraps ErrBadLayout). JSON null leaves
// x unchanged; a null member leaves its field zero.
func (x *Extra) UnmarshalJSON(b []byte) error {
	// The decoder checks the syntax itself as it goes (a json.Valid pass
	// first would cost as much as the decoding): anything but the members
	// of an Extra with values of their types is an error.
	// One string of the whole input, of which unescaped values are
	// slices: one allocation instead of one per member.
	d := decoder{b: b, s: string(b)}
	if d.literal("null") {
		if d.space(); d.i != len(d.b) {
			return errExtra("data after null")
		}
		return nil
	}
	var v Extra
	var seen uint32 // one bit per member, to refuse repeats
	err := d.object(func(k string) error {
		bit, ok := extraMembers[k]
		if !ok {
			return errExtra("unknown member %q", k)
		}
		if seen&(1<<bit) != 0 {
			return errExtra("member %q given twice", k)
		}
		seen |= 1 << bit
		return v.member(&d, k)
	})
	if err != nil {
		return err
	}
	if d.space(); d.i != len(d.b) {
		return errExtra("data after the object")
	}
	*x = v
	return nil
}

// extraMembers numbers the members, for the repeat check.
var extraMembers = func() map[string]uint {
	names := []string{"layout", "relid", "code_status", "active_year", "active_year_words",
		"conflict_dset_id", "conflict_new_id", "conflict_name", "dyad_dset_id", "dyad_new_id", "dyad_name",
		"side_a_dset_id", "side_a_new_id", "side_b_dset_id", "side_b_new_id", "gwnoa", "gwnob",
		"number_of_sources", "source_article", "source_original", "priogrid_gid", "country_id",
		"event_clarity", "date_time", "wkt_decimals", "columns", "verbatim"}
	m := make(map[string]uint, len(names))
	for i, n := range names {
		m[n] = uint(i)
	}
	return m
}()

// member decodes the value of member k.
func (x *Extra) member(d *decoder, k string) error {
	var s *string
	switch k {
	case "layout":
		v, _, err := d.string(k)
		if err != nil {
			return err
		}
		l, err := parseLayoutName(v)
		x.Layout = l
		return err
	case "relid":
		s = &x.RelID
	case "code_status":
		s = &x.CodeStatus
	case "active_year":
		return d.boolPtr(k, &x.ActiveYear)
	case "active_year_words":
		var p *bool
		if err := d.boolPtr(k, &p); err != nil {
			return err
		}
		x.ActiveYearWords = p != nil && *p
		return nil
	case "conflict_dset_id":
		s = &x.ConflictDsetID
	case "conflict_new_id":
		s = &x.ConflictNewID
	case "conflict_name":
		s = &x.ConflictName
	case "dyad_dset_id":
		s = &x.DyadDsetID
	case "dyad_new_id":
		s = &x.DyadNewID
	case "dyad_name":
		s = &x.DyadName
	case "side_a_dset_id":
		s = &x.SideADsetID
	case "side_a_new_id":
		s = &x.SideANewID
	case "side_b_dset_id":
		s = &x.SideBDsetID
	case "side_b_new_id":
		s = &x.SideBNewID
	case "gwnoa":
		s = &x.GWNoA
	case "gwnob":
		s = &x.GWNoB
	case "number_of_sources":
		return d.intPtr(k, &x.NumberOfSources)
	case "source_article":
		s = &x.SourceArticle
	case "source_original":
		s = &x.SourceOriginal
	case "priogrid_gid":
		s = &x.PrioGridGID
	case "country_id":
		s = &x.CountryID
	case "event_clarity":
		return d.int(k, &x.EventClarity)
	case "date_time":
		s = &x.DateTime
	case "wkt_decimals":
		return d.int(k, &x.WKTDecimals)
	case "columns":
		return x.columns(d)
	case "verbatim":
		return x.verbatim(d)
	}
	return d.str(k, s)
}

func (x *Extra) columns(d *decoder) error {
	if d.literal("null") {
		return nil
	}
	if !d.next('[') {
		return errExtra("columns: want an array")
	}
	x.Columns = []Column{}
	if d.next(']') {
		return nil
	}
	for {
		var c Column
		var seen [2]bool
		err := d.object(func(k string) error {
			i := 0
			switch k {
			case "name":
			case "value":
				i = 1
			default:
				return errExtra("columns: unknown member %q", k)
			}
			if seen[i] {
				return errExtra("columns: member %q given twice", k)
			}
			seen[i] = true
			if i == 0 {
				return d.str("columns.name", &c.Name)
			}
			return d.str("columns.value", &c.Value)
		})
		if err != nil {
			return err
		}
		x.Columns = append(x.Columns, c)
		if d.next(']') {
			return nil
		}
		if !d.next(',') {
			return errExtra("columns: want ',' or ']'")
		}
	}
}

func (x *Extra) verbatim(d *decoder) error {
	if d.literal("null") {
		return nil
	}
	x.Verbatim = map[string]string{}
	return d.object(func(k string) error {
		if _, dup := x.Verbatim[k]; dup {
			return errExtra("verbatim: member %q given twice", k)
		}
		v, _, err := d.string("verbatim")
		if err != nil {
			return err
		}
		x.Verbatim[k] = v
		return nil
	})
}

// decoder walks JSON text, checking its syntax where it reads it.
type decoder struct {
	b []byte
	s string // b as a string
	i int
}

func (d *decoder) space() {
	for d.i < len(d.b) {
		switch d.b[d.i] {
		case ' ', '\t', '\n', '\r':
			d.i++
		default:
			return
		}
	}
}

// next consumes c, after white space, if it comes next.
func (d *decoder) next(c byte) bool {
	d.space()
	if d.i < len(d.b) && d.b[d.i] == c {
		d.i++
		return true
	}
	return false
}

// literal consumes a literal such as null, after white space, if it comes
// next.
func (d *decoder) literal(s string) bool {
	d.space()
	if len(d.b)-d.i >= len(s) && string(d.b[d.i:d.i+len(s)]) == s {
		d.i += len(s)
		return true
	}
	return false
}

// object walks the members of an object, calling fn with each key; fn
// must consume the value.
func (d *decoder) object(fn func(key string) error) error {
	if !d.next('{') {
		return errExtra("want an object")
	}
	if d.next('}') {
		return nil
	}
	for {
		k, _, err := d.string("key")
		if err != nil {
			return err
		}
		if !d.next(':') {
			return errExtra("want ':'")
		}
		if err := fn(k); err != nil {
			return err
		}
		if d.next('}') {
			return nil
		}
		if !d.next(',') {
			return errExtra("want ',' or '}'")
		}
	}
}

// str decodes a string, or null (leaving *s as it is).
func (d *decoder) str(name string, s *string) error {
	v, null, err := d.string(name)
	if err == nil && !null {
		*s = v
	}
	return err
}

// string decodes a string, or null.
func (d *decoder) string(name string) (v string, null bool, err error) {
	if d.literal("null") {
		return "", true, nil
	}
	d.space()
	if d.i >= len(d.b) || d.b[d.i] != '"' {
		return "", false, errExtra("%s: want a string", name)
	}
	start := d.i
	escaped := false
	for d.i++; d.i < len(d.b); d.i++ {
		switch c := d.b[d.i]; {
		case c < 0x20:
			return "", false, errExtra("%s: control character in a string", name)
		case c == '\\':
			escaped = true
			d.i++
		case c == '"':
			d.i++
			raw := d.b[start:d.i]
			if !escaped && utf8.Valid(raw) {
				return d.s[start+1 : d.i-1], false, nil
			}
			var u string
			if err := json.Unmarshal(raw, &u); err != nil {
				return "", false, errExtra("%s: %v", name, err)
			}
			return u, false, nil
		}
	}
	return "", false, errExtra("%s: unterminated string", name)
}

// integer returns the text of a JSON integer: an optional '-', then 0 or
// digits not starting with 0. A fraction or an exponent is not an integer.
func (d *decoder) integer() ([]byte, bool) {
	d.space()
	start := d.i
	if d.i < len(d.b) && d.b[d.i] == '-' {
		d.i++
	}
	digits := d.i
	for d.i < len(d.b) && d.b[d.i] >= '0' && d.b[d.i] <= '9' {
		d.i++
	}
	n := d.i - digits
	if n == 0 || (n > 1 && d.b[digits] == '0') {
		return nil, false
	}
	if d.i < len(d.b) {
		switch d.b[d.i] {
		case '.', 'e', 'E':
			return nil, false
		}
	}
	return d.b[start:d.i], true
}

func (d *decoder) int(name string, v *int) error {
	if d.literal("null") {
		return nil
	}
	text, ok := d.integer()
	if !ok {
		return errExtra("%s: want an integer", name)
	}
	n, err := strconv.Atoi(string(text))
	if err != nil {
		return errExtra("%s: want an integer: %v", name, errors.Unwrap(err))
	}
	*v = n
	return nil
}

func (d *decoder) intPtr(name string, v **int) error {
	if d.literal("null") {
		return nil
	}
	var n int
	if err := d.int(name, &n); err != nil {
		return err
	}
	*v = &n
	return nil
}

func (d *decoder) boolPtr(name string, v **bool) error {
	switch {
	case d.literal("null"):
		return nil
	case d.literal("true"):
		t := true
		*v = &t
	case d.literal("false"):
		f := false
		*v = &f
	default:
		return errExtra("%s: want true or false", name)
	}
	return nil
}
