package acled

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/conflictkit/conflict/event"
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
	b = append(b, '{')
	first := true
	key := func(k string) {
		if !first {
			b = append(b, ',')
		}
		first = false
		b = append(b, '"')
		b = append(b, k...)
		b = append(b, '"', ':')
	}
	str := func(k, v string) {
		if v != "" {
			key(k)
			b = appendString(b, v)
		}
	}
	flag := func(k string, v bool) {
		if v {
			key(k)
			b = append(b, "true"...)
		}
	}
	str("layout", x.Layout)
	flag("hxl", x.HXL)
	flag("crlf", x.CRLF)
	str("date_form", x.DateForm.String())
	str("inter_form", x.InterForm.String())
	str("data_id", x.DataID)
	str("event_id_no_cnty", x.EventIDNoCnty)
	str("region", x.Region)
	str("gwno", x.GWNO)
	if x.Disorder != nil { // omitzero: an empty slice is written
		key("disorder")
		b = append(b, '[')
		for i, d := range x.Disorder {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendString(b, string(d))
		}
		b = append(b, ']')
	}
	flag("civilian_targeting", x.CivilianTargeting)
	str("source_scale", x.SourceScale)
	if x.Timestamp != 0 {
		key("timestamp")
		b = strconv.AppendInt(b, x.Timestamp, 10)
	}
	if x.Columns != nil {
		key("columns")
		b = append(b, '[')
		for i, c := range x.Columns {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, `{"name":`...)
			b = appendString(b, c.Name)
			b = append(b, `,"value":`...)
			b = appendString(b, c.Value)
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	if x.Verbatim != nil {
		key("verbatim")
		b = append(b, '{')
		keys := make([]string, 0, len(x.Verbatim))
		for k := range x.Verbatim {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for i, k := range keys {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendString(b, k)
			b = append(b, ':')
			b = appendString(b, x.Verbatim[k])
		}
		b = append(b, '}')
	}
	return append(b, '}')
}

const hexDigits = "0123456789abcdef"

// appendString appends s as a JSON string the way encoding/json writes it:
// control characters, '"', '\\', '<', '>', '&', U+2028 and U+2029 escaped,
// invalid UTF-8 replaced by U+FFFD.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// errExtra is the error of a malformed Extra record.
func errExtra(format string, args ...any) error {
	return fmt.Errorf("acled: Extra: %s: %w", fmt.Sprintf(format, args...), event.ErrBadExt)
}

// UnmarshalJSON decodes what MarshalJSON writes, strictly: member names are
// exact, unknown and repeated members are errors, numbers must be integers,
// and the forms and disorder types must be in their sets. A null member
// leaves its field zero, as encoding/json does; a null record leaves x
// unchanged. Errors wrap event.ErrBadExt.
func (x *Extra) UnmarshalJSON(b []byte) error {
	d := decoder{b: b}
	d.space()
	if d.literal("null") {
		d.space()
		if d.i != len(d.b) {
			return errExtra("data after the value")
		}
		return nil
	}
	var v Extra
	seen := map[string]bool{}
	err := d.object(func(k string) error {
		if seen[k] {
			return errExtra("member %q given twice", k)
		}
		seen[k] = true
		return v.member(&d, k)
	})
	if err != nil {
		return err
	}
	d.space()
	if d.i != len(d.b) {
		return errExtra("data after the value")
	}
	*x = v
	return nil
}

// member decodes the value of member k.
func (x *Extra) member(d *decoder, k string) error {
	switch k {
	case "layout":
		return d.str(k, &x.Layout)
	case "hxl":
		return d.bool(k, &x.HXL)
	case "crlf":
		return d.bool(k, &x.CRLF)
	case "date_form":
		var s string
		if err := d.str(k, &s); err != nil {
			return err
		}
		if err := x.DateForm.UnmarshalText([]byte(s)); err != nil {
			return errExtra("%v", err)
		}
	case "inter_form":
		var s string
		if err := d.str(k, &s); err != nil {
			return err
		}
		if err := x.InterForm.UnmarshalText([]byte(s)); err != nil {
			return errExtra("%v", err)
		}
	case "data_id":
		return d.str(k, &x.DataID)
	case "event_id_no_cnty":
		return d.str(k, &x.EventIDNoCnty)
	case "region":
		return d.str(k, &x.Region)
	case "gwno":
		return d.str(k, &x.GWNO)
	case "disorder":
		if d.literal("null") {
			return nil
		}
		x.Disorder = []event.Disorder{} // as encoding/json: [] is not null
		return d.array(k, func() error {
			var s string
			if err := d.str(k, &s); err != nil {
				return err
			}
			var v event.Disorder
			if err := v.UnmarshalText([]byte(s)); err != nil {
				return errExtra("%v", err)
			}
			x.Disorder = append(x.Disorder, v)
			return nil
		})
	case "civilian_targeting":
		return d.bool(k, &x.CivilianTargeting)
	case "source_scale":
		return d.str(k, &x.SourceScale)
	case "timestamp":
		return d.int64(k, &x.Timestamp)
	case "columns":
		if d.literal("null") {
			return nil
		}
		x.Columns = []Column{}
		return d.array(k, func() error {
			var c Column
			seen := [2]bool{}
			if d.literal("null") {
				x.Columns = append(x.Columns, c)
				return nil
			}
			err := d.object(func(m string) error {
				switch m {
				case "name":
					if seen[0] {
						return errExtra("columns: member %q given twice", m)
					}
					seen[0] = true
					return d.str("columns.name", &c.Name)
				case "value":
					if seen[1] {
						return errExtra("columns: member %q given twice", m)
					}
					seen[1] = true
					return d.str("columns.value", &c.Value)
				}
				return errExtra("columns: unknown member %q", m)
			})
			x.Columns = append(x.Columns, c)
			return err
		})
	case "verbatim":
		if d.literal("null") {
			x.Verbatim = nil
			return nil
		}
		x.Verbatim = map[string]string{}
		return d.object(func(m string) error {
			if _, dup := x.Verbatim[m]; dup {
				return errExtra("verbatim: member %q given twice", m)
			}
			var s string
			if err := d.str("verbatim."+m, &s); err != nil {
				return err
			}
			x.Verbatim[m] = s
			return nil
		})
	default:
		return errExtra("unknown member %q", k)
	}
	return nil
}

// decoder scans one JSON value.
type decoder struct {
	b []byte
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

// next consumes c after white space, reporting whether it was there.
func (d *decoder) next(c byte) bool {
	d.space()
	if d.i < len(d.b) && d.b[d.i] == c {
		d.i++
		return true
	}
	return false
}

// literal consumes s after white space, reporting whether it was there.
func (d *decoder) literal(s string) bool {
	d.space()
	if len(d.b)-d.i >= len(s) && string(d.b[d.i:d.i+len(s)]) == s {
		d.i += len(s)
		return true
	}
	return false
}

// object decodes an object, calling fn for each member with the decoder
// at its value.
func (d *decoder) object(fn func(key string) error) error {
	if !d.next('{') {
		return errExtra("want an object at offset %d", d.i)
	}
	if d.next('}') {
		return nil
	}
	for {
		k, null, err := d.string("member name")
		if err != nil {
			return err
		}
		if null || !d.next(':') {
			return errExtra("malformed member at offset %d", d.i)
		}
		if err := fn(k); err != nil {
			return err
		}
		if d.next(',') {
			continue
		}
		if d.next('}') {
			return nil
		}
		return errExtra("malformed object at offset %d", d.i)
	}
}

// array decodes an array (or null), calling fn with the decoder at each
// element.
func (d *decoder) array(name string, fn func() error) error {
	if d.literal("null") {
		return nil
	}
	if !d.next('[') {
		return errExtra("%s: want an array at offset %d", name, d.i)
	}
	if d.next(']') {
		return nil
	}
	for {
		if err := fn(); err != nil {
			return err
		}
		if d.next(',') {
			continue
		}
		if d.next(']') {
			return nil
		}
		return errExtra("%s: malformed array at offset %d", name, d.i)
	}
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

// string decodes a JSON string or null. Strings without escapes are
// copied as they are; others are handed to encoding/json.
func (d *decoder) string(name string) (v string, null bool, err error) {
	if d.literal("null") {
		return "", true, nil
	}
	if !d.next('"') {
		return "", false, errExtra("%s: want a string at offset %d", name, d.i)
	}
	start := d.i
	plain := true
	for d.i < len(d.b) {
		c := d.b[d.i]
		switch {
		case c == '"':
			d.i++
			if plain {
				return string(d.b[start : d.i-1]), false, nil
			}
			if err := json.Unmarshal(d.b[start-1:d.i], &v); err != nil {
				return "", false, errExtra("%s: %v", name, err)
			}
			return v, false, nil
		case c == '\\':
			plain = false
			d.i += 2
		case c < 0x20:
			return "", false, errExtra("%s: control character in string at offset %d", name, d.i)
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRune(d.b[d.i:])
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
	if d.i < len(d.b) && d.b[d.i] == '-' {
		d.i++
	}
	digits := d.i
	for d.i < len(d.b) && d.b[d.i] >= '0' && d.b[d.i] <= '9' {
		d.i++
	}
	if d.i == digits || (d.b[digits] == '0' && d.i-digits > 1) {
		return errExtra("%s: want an integer at offset %d", name, start)
	}
	if d.i < len(d.b) {
		switch d.b[d.i] {
		case '.', 'e', 'E':
			return errExtra("%s: want an integer at offset %d", name, start)
		}
	}
	n, err := strconv.ParseInt(string(d.b[start:d.i]), 10, 64)
	if err != nil {
		return errExtra("%s: %v", name, errors.Unwrap(err))
	}
	*v = n
	return nil
}
