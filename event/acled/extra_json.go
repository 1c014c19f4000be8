package acled

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/internal/jsonw"
)

// The Extra record travels with every event, and encoding/json's reflection
// cost more than the rest of reading a row, so it is encoded and decoded by
// hand. The encoding is byte for byte what encoding/json writes for the
// struct tags (members in field order, zero values left out, map keys
// sorted, '<', '>' and '&' escaped), so SetExtra and the Reader store the
// same bytes; the tests check it against encoding/json.

// MarshalJSON encodes x as encoding/json would encode its fields. It fails
// for a date or inter form outside its set.
func (x Extra) MarshalJSON() ([]byte, error) {
	if _, err := x.DateForm.MarshalText(); err != nil {
		return nil, err
	}
	if _, err := x.InterForm.MarshalText(); err != nil {
		return nil, err
	}
	for _, d := range x.Disorder {
		if _, err := d.MarshalText(); err != nil {
			return nil, err
		}
	}
	return x.appendJSON(make([]byte, 0, 256)), nil
}

// appendJSON appends the encoding of x, which must have valid forms and
// disorder types.
func (x *Extra) appendJSON(b []byte) []byte {
	o := jsonw.Object{B: append(b, '{'), HTML: true}
	o.String("layout", x.Layout)
	o.Flag("hxl", x.HXL)
	o.Flag("crlf", x.CRLF)
	o.String("date_form", x.DateForm.String())
	o.String("inter_form", x.InterForm.String())
	o.String("data_id", x.DataID)
	o.String("event_id_no_cnty", x.EventIDNoCnty)
	o.String("region", x.Region)
	o.String("gwno", x.GWNO)
	if x.Disorder != nil { // omitzero: an empty slice is written
		o.Key("disorder")
		o.B = append(o.B, '[')
		for i, d := range x.Disorder {
			if i > 0 {
				o.B = append(o.B, ',')
			}
			o.B = jsonw.AppendString(o.B, string(d), true)
		}
		o.B = append(o.B, ']')
	}
	o.Flag("civilian_targeting", x.CivilianTargeting)
	o.String("source_scale", x.SourceScale)
	o.Int("timestamp", x.Timestamp, x.Timestamp != 0)
	if x.Columns != nil {
		o.Key("columns")
		o.B = jsonw.AppendNameValues(o.B, len(x.Columns), func(i int) (string, string) { return x.Columns[i].Name, x.Columns[i].Value }, true)
	}
	if x.Verbatim != nil {
		o.Key("verbatim")
		o.B = jsonw.AppendMap(o.B, x.Verbatim, true)
	}
	return append(o.B, '}')
}

// errExtra is the error of a malformed Extra record.
func errExtra(format string, args ...any) error {
	return fmt.Errorf("acled: Extra: %s: %w", fmt.Sprintf(format, args...), event.ErrBadExt)
}

// extraMembers are the member names of an Extra record, in field order.
var extraMembers = [...]string{"layout", "hxl", "crlf", "date_form", "inter_form", "data_id",
	"event_id_no_cnty", "region", "gwno", "disorder", "civilian_targeting", "source_scale",
	"timestamp", "columns", "verbatim"}

// UnmarshalJSON decodes what MarshalJSON writes, strictly: member names are
// exact, unknown and repeated members are errors, numbers must be integers,
// and the forms and disorder types must be in their sets. A null member
// leaves its field zero, as encoding/json does; a null record leaves x
// unchanged. Errors wrap event.ErrBadExt.
func (x *Extra) UnmarshalJSON(b []byte) error {
	// One string for the whole record: the members' texts are cut from it.
	d := decoder{s: string(b)}
	if d.literal("null") {
		return d.end()
	}
	var v Extra
	var seen uint32
	if !d.next('{') {
		return errExtra("want an object")
	}
	for more := !d.next('}'); more; {
		k, err := d.key()
		if err != nil {
			return err
		}
		i := slices.Index(extraMembers[:], k)
		switch {
		case i < 0:
			return errExtra("unknown member %q", k)
		case seen&(1<<i) != 0:
			return errExtra("member %q given twice", k)
		}
		seen |= 1 << i
		if err := v.member(&d, k); err != nil {
			return err
		}
		if more, err = d.more('}'); err != nil {
			return err
		}
	}
	if err := d.end(); err != nil {
		return err
	}
	*x = v
	return nil
}

// member decodes the value of member k.
func (x *Extra) member(d *decoder, k string) error {
	var err error
	switch k {
	case "layout":
		err = d.str(k, &x.Layout)
	case "hxl":
		err = d.bool(k, &x.HXL)
	case "crlf":
		err = d.bool(k, &x.CRLF)
	case "date_form":
		var s string
		if err = d.str(k, &s); err == nil && s != "" {
			if x.DateForm, err = ParseDateForm(s); err != nil {
				err = errExtra("%v", err)
			}
		}
	case "inter_form":
		var s string
		if err = d.str(k, &s); err == nil && s != "" {
			if x.InterForm, err = ParseInterForm(s); err != nil {
				err = errExtra("%v", err)
			}
		}
	case "data_id":
		err = d.str(k, &x.DataID)
	case "event_id_no_cnty":
		err = d.str(k, &x.EventIDNoCnty)
	case "region":
		err = d.str(k, &x.Region)
	case "gwno":
		err = d.str(k, &x.GWNO)
	case "disorder":
		err = x.disorder(d)
	case "civilian_targeting":
		err = d.bool(k, &x.CivilianTargeting)
	case "source_scale":
		err = d.str(k, &x.SourceScale)
	case "timestamp":
		err = d.int64(k, &x.Timestamp)
	case "columns":
		err = x.columns(d)
	case "verbatim":
		err = x.verbatim(d)
	}
	return err
}

// disorder decodes the disorder array.
func (x *Extra) disorder(d *decoder) error {
	if d.literal("null") {
		return nil
	}
	if !d.next('[') {
		return errExtra("disorder: want an array")
	}
	x.Disorder = []event.Disorder{} // as encoding/json: [] is not null
	for more := !d.next(']'); more; {
		var s string
		if err := d.str("disorder", &s); err != nil {
			return err
		}
		var v event.Disorder
		if err := v.UnmarshalText([]byte(s)); err != nil {
			return errExtra("%v", err)
		}
		x.Disorder = append(x.Disorder, v)
		var err error
		if more, err = d.more(']'); err != nil {
			return err
		}
	}
	return nil
}

// columns decodes the columns array.
func (x *Extra) columns(d *decoder) error {
	if d.literal("null") {
		return nil
	}
	if !d.next('[') {
		return errExtra("columns: want an array")
	}
	x.Columns = []Column{}
	for more := !d.next(']'); more; {
		var c Column
		if !d.literal("null") {
			if !d.next('{') {
				return errExtra("columns: want an object")
			}
			var seen [2]bool
			for in := !d.next('}'); in; {
				m, err := d.key()
				if err != nil {
					return err
				}
				i := slices.Index([]string{"name", "value"}, m)
				switch {
				case i < 0:
					return errExtra("columns: unknown member %q", m)
				case seen[i]:
					return errExtra("columns: member %q given twice", m)
				}
				seen[i] = true
				if i == 0 {
					err = d.str("columns.name", &c.Name)
				} else {
					err = d.str("columns.value", &c.Value)
				}
				if err != nil {
					return err
				}
				if in, err = d.more('}'); err != nil {
					return err
				}
			}
		}
		x.Columns = append(x.Columns, c)
		var err error
		if more, err = d.more(']'); err != nil {
			return err
		}
	}
	return nil
}

// verbatim decodes the verbatim object.
func (x *Extra) verbatim(d *decoder) error {
	if d.literal("null") {
		return nil
	}
	if !d.next('{') {
		return errExtra("verbatim: want an object")
	}
	x.Verbatim = map[string]string{}
	for more := !d.next('}'); more; {
		k, err := d.key()
		if err != nil {
			return err
		}
		if _, dup := x.Verbatim[k]; dup {
			return errExtra("verbatim: member %q given twice", k)
		}
		var s string
		if err := d.str("verbatim", &s); err != nil {
			return err
		}
		x.Verbatim[k] = s
		if more, err = d.more('}'); err != nil {
			return err
		}
	}
	return nil
}

// decoder scans one JSON value held in a string.
type decoder struct {
	s string
	i int
}

func (d *decoder) space() {
	for d.i < len(d.s) {
		switch d.s[d.i] {
		case ' ', '\t', '\n', '\r':
			d.i++
		default:
			return
		}
	}
}

// next consumes c after white space, reporting whether it was there.
func (d *decoder) next(c byte) bool {
	d.space()
	if d.i < len(d.s) && d.s[d.i] == c {
		d.i++
		return true
	}
	return false
}

// more consumes the ',' before another element, reporting true, or the
// closing bracket, reporting false.
func (d *decoder) more(closing byte) (bool, error) {
	switch {
	case d.next(','):
		return true, nil
	case d.next(closing):
		return false, nil
	}
	return false, errExtra("want ',' or '%c' at offset %d", closing, d.i)
}

// end checks that nothing but white space follows the value.
func (d *decoder) end() error {
	d.space()
	if d.i != len(d.s) {
		return errExtra("data after the value at offset %d", d.i)
	}
	return nil
}

// literal consumes s after white space, reporting whether it was there.
func (d *decoder) literal(s string) bool {
	d.space()
	if strings.HasPrefix(d.s[d.i:], s) {
		d.i += len(s)
		return true
	}
	return false
}

// key decodes a member name and the ':' after it.
func (d *decoder) key() (string, error) {
	k, null, err := d.string("member name")
	if err != nil {
		return "", err
	}
	if null || !d.next(':') {
		return "", errExtra("malformed member at offset %d", d.i)
	}
	return k, nil
}

// str decodes a string (or null, which leaves *s alone).
func (d *decoder) str(name string, s *string) error {
	v, null, err := d.string(name)
	if err != nil || null {
		return err
	}
	*s = v
	return nil
}

// string decodes a JSON string or null. A string without escapes is cut
// from the input; others are handed to encoding/json.
func (d *decoder) string(name string) (string, bool, error) {
	if d.literal("null") {
		return "", true, nil
	}
	if !d.next('"') {
		return "", false, errExtra("%s: want a string at offset %d", name, d.i)
	}
	start := d.i
	plain := true
	for d.i < len(d.s) {
		c := d.s[d.i]
		switch {
		case c == '"':
			d.i++
			if plain {
				return d.s[start : d.i-1], false, nil
			}
			return unquote(name, d.s[start-1:d.i])
		case c == '\\':
			plain = false
			d.i += 2
		case c < 0x20:
			return "", false, errExtra("%s: control character in string at offset %d", name, d.i)
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(d.s[d.i:])
			if r == utf8.RuneError && size == 1 {
				plain = false // encoding/json replaces it with U+FFFD
			}
			d.i += size
		default:
			d.i++
		}
	}
	return "", false, errExtra("%s: unterminated string", name)
}

// unquote decodes a JSON string with escapes, as encoding/json does. (Kept
// apart from string so that the result of the common case does not move to
// the heap.)
func unquote(name, quoted string) (string, bool, error) {
	var v string
	if err := json.Unmarshal([]byte(quoted), &v); err != nil {
		return "", false, errExtra("%s: %v", name, err)
	}
	return v, false, nil
}

// bool decodes true, false or null.
func (d *decoder) bool(name string, v *bool) error {
	switch {
	case d.literal("true"):
		*v = true
	case d.literal("false"):
		*v = false
	case d.literal("null"):
	default:
		return errExtra("%s: want true or false at offset %d", name, d.i)
	}
	return nil
}

// int64 decodes an integer (no fraction or exponent) or null.
func (d *decoder) int64(name string, v *int64) error {
	if d.literal("null") {
		return nil
	}
	start := d.i
	if d.i < len(d.s) && d.s[d.i] == '-' {
		d.i++
	}
	digits := d.i
	for d.i < len(d.s) && d.s[d.i] >= '0' && d.s[d.i] <= '9' {
		d.i++
	}
	if d.i == digits || (d.s[digits] == '0' && d.i-digits > 1) {
		return errExtra("%s: want an integer at offset %d", name, start)
	}
	if d.i < len(d.s) {
		switch d.s[d.i] {
		case '.', 'e', 'E':
			return errExtra("%s: want an integer at offset %d", name, start)
		}
	}
	n, err := strconv.ParseInt(d.s[start:d.i], 10, 64)
	if err != nil {
		return errExtra("%s: %v", name, errors.Unwrap(err))
	}
	*v = n
	return nil
}
