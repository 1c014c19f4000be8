// Package jsonw appends JSON text to byte slices, for the hand-written
// encoders on the codecs' hot paths (the flat formats' Extra records, the
// GeoJSON properties), which must write exactly what encoding/json writes
// without its reflection and allocations.
package jsonw

import (
	"slices"
	"strconv"
	"unicode/utf8"
)

const hexDigits = "0123456789abcdef"

// AppendString appends s as a JSON string, escaped as encoding/json
// escapes it: '"', '\\' and control characters, invalid UTF-8 replaced by
// the escape \ufffd (Go 1.26's form; from Go 1.27 encoding/json writes the
// character U+FFFD itself, the same string), U+2028 and U+2029 escaped (so the output is valid JavaScript);
// and, when html is true (json.Marshal's default), '<', '>' and '&'.
func AppendString(b []byte, s string, html bool) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && (!html || (c != '<' && c != '>' && c != '&')) {
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

// AppendMap appends m as a JSON object with its keys in sorted order, as
// encoding/json writes a map[string]string.
func AppendMap(b []byte, m map[string]string, html bool) []byte {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	b = append(b, '{')
	for i, k := range keys {
		if i > 0 {
			b = append(b, ',')
		}
		b = AppendString(b, k, html)
		b = append(b, ':')
		b = AppendString(b, m[k], html)
	}
	return append(b, '}')
}

// AppendNameValues appends n objects {"name":…,"value":…} as a JSON
// array, pair(i) giving the i-th name and value: the form of the flat
// formats' extra columns.
func AppendNameValues(b []byte, n int, pair func(i int) (name, value string), html bool) []byte {
	b = append(b, '[')
	for i := range n {
		if i > 0 {
			b = append(b, ',')
		}
		name, value := pair(i)
		b = append(b, `{"name":`...)
		b = AppendString(b, name, html)
		b = append(b, `,"value":`...)
		b = AppendString(b, value, html)
		b = append(b, '}')
	}
	return append(b, ']')
}

// Object appends the members of one JSON object to B, writing the commas.
// Its methods leave out the zero values they name, as encoding/json's
// omitempty does. Keys are written as given, unescaped: they must be the
// callers' plain constants. The caller writes the braces:
//
//	o := jsonw.Object{B: append(b, '{')}
//	o.String("region", x.Region)
//	b = append(o.B, '}')
type Object struct {
	B    []byte
	HTML bool // escape '<', '>' and '&' in strings, as json.Marshal does
	n    int  // members written
}

// Key writes the comma if needed and the key of the next member; the
// caller appends its value to B.
func (o *Object) Key(k string) {
	if o.n > 0 {
		o.B = append(o.B, ',')
	}
	o.n++
	o.B = append(o.B, '"')
	o.B = append(o.B, k...)
	o.B = append(o.B, '"', ':')
}

// String writes a string member, left out when empty.
func (o *Object) String(k, v string) {
	if v == "" {
		return
	}
	o.Key(k)
	o.B = AppendString(o.B, v, o.HTML)
}

// Int writes an integer member; ok false leaves it out (so a known 0 can
// be written).
func (o *Object) Int(k string, v int64, ok bool) {
	if !ok {
		return
	}
	o.Key(k)
	o.B = strconv.AppendInt(o.B, v, 10)
}

// Flag writes a member true, left out when false.
func (o *Object) Flag(k string, v bool) {
	if !v {
		return
	}
	o.Key(k)
	o.B = append(o.B, "true"...)
}

// Strings writes an array of strings, left out when empty.
func (o *Object) Strings(k string, vs []string) {
	if len(vs) == 0 {
		return
	}
	o.Key(k)
	o.B = append(o.B, '[')
	for i, v := range vs {
		if i > 0 {
			o.B = append(o.B, ',')
		}
		o.B = AppendString(o.B, v, o.HTML)
	}
	o.B = append(o.B, ']')
}
