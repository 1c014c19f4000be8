// Package jsonr reads JSON strictly and fast, for the hand-written
// decoders of the codecs' small fixed records (the flat formats' Extra
// records), where encoding/json's reflection costs more than the rest of
// reading a row. It is the reading half of internal/jsonw.
//
// A Decoder walks one JSON value held in a string, checking the syntax of
// what it reads as it goes: the caller says what it expects next (an
// object of known members, a string, an integer, ...) and gets an error
// for anything else. Strings without escapes are cut from the input, with
// no allocation; the others, and invalid UTF-8, are decoded as
// encoding/json decodes them. Null is accepted wherever a value is, and
// leaves the destination alone, as encoding/json does.
package jsonr

import (
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Decoder reads one JSON value held in a string. Its errors are made by
// the function given to New, so that each caller wraps them in its own
// sentinel with its own prefix.
type Decoder struct {
	s    string
	i    int
	fail func(format string, args ...any) error
}

// New returns a Decoder of s whose errors fail makes.
func New(s string, fail func(format string, args ...any) error) Decoder {
	return Decoder{s: s, fail: fail}
}

func (d *Decoder) space() {
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
func (d *Decoder) next(c byte) bool {
	d.space()
	if d.i < len(d.s) && d.s[d.i] == c {
		d.i++
		return true
	}
	return false
}

// literal consumes s after white space, reporting whether it was there.
func (d *Decoder) literal(s string) bool {
	d.space()
	if strings.HasPrefix(d.s[d.i:], s) {
		d.i += len(s)
		return true
	}
	return false
}

// Null consumes null, reporting whether it came next.
func (d *Decoder) Null() bool { return d.literal("null") }

// End checks that nothing but white space follows the value read.
func (d *Decoder) End() error {
	d.space()
	if d.i != len(d.s) {
		return d.fail("data after the value at offset %d", d.i)
	}
	return nil
}

// more consumes the ',' before another element, reporting true, or the
// closing bracket, reporting false.
func (d *Decoder) more(closing byte) (bool, error) {
	switch {
	case d.next(','):
		return true, nil
	case d.next(closing):
		return false, nil
	}
	return false, d.fail("want ',' or '%c' at offset %d", closing, d.i)
}

// Object reads an object, calling member with each key; member must read
// the value. name names the object in errors.
func (d *Decoder) Object(name string, member func(key string) error) error {
	if !d.next('{') {
		return d.fail("%s: want an object at offset %d", name, d.i)
	}
	for more := !d.next('}'); more; {
		k, null, err := d.String(name)
		if err != nil {
			return err
		}
		if null || !d.next(':') {
			return d.fail("%s: malformed member at offset %d", name, d.i)
		}
		if err := member(k); err != nil {
			return err
		}
		if more, err = d.more('}'); err != nil {
			return err
		}
	}
	return nil
}

// Members reads an object whose member names are among names, each at
// most once, calling member with the index of each in names; member must
// read the value. Names are exact: encoding/json would also match them
// case-insensitively.
func (d *Decoder) Members(name string, names []string, member func(i int) error) error {
	var seen uint64 // names has at most 64 entries
	return d.Object(name, func(k string) error {
		i := -1
		for j, n := range names {
			if n == k {
				i = j
				break
			}
		}
		switch {
		case i < 0:
			return d.fail("%s: unknown member %q", name, k)
		case seen&(1<<i) != 0:
			return d.fail("%s: member %q given twice", name, k)
		}
		seen |= 1 << i
		return member(i)
	})
}

// Array reads an array, calling elem for each element; elem must read it.
func (d *Decoder) Array(name string, elem func() error) error {
	if !d.next('[') {
		return d.fail("%s: want an array at offset %d", name, d.i)
	}
	for more := !d.next(']'); more; {
		if err := elem(); err != nil {
			return err
		}
		var err error
		if more, err = d.more(']'); err != nil {
			return err
		}
	}
	return nil
}

// Str reads a string into *s, or null, which leaves *s alone.
func (d *Decoder) Str(name string, s *string) error {
	v, null, err := d.String(name)
	if err == nil && !null {
		*s = v
	}
	return err
}

// String reads a string, or null (reporting true).
func (d *Decoder) String(name string) (v string, null bool, err error) {
	if d.Null() {
		return "", true, nil
	}
	if !d.next('"') {
		return "", false, d.fail("%s: want a string at offset %d", name, d.i)
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
			return d.unquote(name, d.s[start-1:d.i])
		case c == '\\':
			plain = false
			d.i += 2
		case c < 0x20:
			return "", false, d.fail("%s: control character in a string at offset %d", name, d.i)
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
	return "", false, d.fail("%s: unterminated string", name)
}

// unquote decodes a JSON string with escapes, as encoding/json does. (Kept
// apart from String so that the result of the common case does not move
// to the heap.)
func (d *Decoder) unquote(name, quoted string) (string, bool, error) {
	var v string
	if err := json.Unmarshal([]byte(quoted), &v); err != nil {
		return "", false, d.fail("%s: %v", name, err)
	}
	return v, false, nil
}

// Bool reads true, false or null (which leaves *v alone).
func (d *Decoder) Bool(name string, v *bool) error {
	switch {
	case d.literal("true"):
		*v = true
	case d.literal("false"):
		*v = false
	case d.Null():
	default:
		return d.fail("%s: want true or false at offset %d", name, d.i)
	}
	return nil
}

// BoolPtr reads true or false into a new *v, or null (which leaves *v
// alone).
func (d *Decoder) BoolPtr(name string, v **bool) error {
	if d.Null() {
		return nil
	}
	var b bool
	if err := d.Bool(name, &b); err != nil {
		return err
	}
	*v = &b
	return nil
}

// Int64 reads an integer (no fraction or exponent, as encoding/json wants
// for an integer field), or null (which leaves *v alone).
func (d *Decoder) Int64(name string, v *int64) error {
	if d.Null() {
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
		return d.fail("%s: want an integer at offset %d", name, start)
	}
	if d.i < len(d.s) {
		switch d.s[d.i] {
		case '.', 'e', 'E':
			return d.fail("%s: want an integer at offset %d", name, start)
		}
	}
	n, err := strconv.ParseInt(d.s[start:d.i], 10, 64)
	if err != nil {
		return d.fail("%s: %v", name, errors.Unwrap(err))
	}
	*v = n
	return nil
}

// Int reads an integer that fits an int, or null (which leaves *v alone).
func (d *Decoder) Int(name string, v *int) error {
	n := int64(*v)
	if err := d.Int64(name, &n); err != nil {
		return err
	}
	if int64(int(n)) != n {
		return d.fail("%s: %d out of range", name, n)
	}
	*v = int(n)
	return nil
}

// IntPtr reads an integer into a new *v, or null (which leaves *v alone).
func (d *Decoder) IntPtr(name string, v **int) error {
	if d.Null() {
		return nil
	}
	var n int
	if err := d.Int(name, &n); err != nil {
		return err
	}
	*v = &n
	return nil
}

var nameValue = []string{"name", "value"}

// NameValues reads an array of {"name":…,"value":…} objects, the form
// jsonw.AppendNameValues writes, calling pair for each. A null element is
// an error (encoding/json would take it for an empty pair; no writer
// writes one). It reports null, calling nothing, for a null array.
func (d *Decoder) NameValues(name string, pair func(name, value string)) (null bool, err error) {
	if d.Null() {
		return true, nil
	}
	return false, d.Array(name, func() error {
		var nv [2]string
		if err := d.Members(name, nameValue, func(i int) error { return d.Str(name, &nv[i]) }); err != nil {
			return err
		}
		pair(nv[0], nv[1])
		return nil
	})
}

// Map reads an object of strings into a new map, the form jsonw.AppendMap
// writes; a key given twice is an error. A null object leaves *m alone,
// and a null value is an empty string.
func (d *Decoder) Map(name string, m *map[string]string) error {
	if d.Null() {
		return nil
	}
	v := map[string]string{}
	err := d.Object(name, func(k string) error {
		if _, dup := v[k]; dup {
			return d.fail("%s: member %q given twice", name, k)
		}
		var s string
		if err := d.Str(name, &s); err != nil {
			return err
		}
		v[k] = s
		return nil
	})
	if err == nil {
		*m = v
	}
	return err
}
