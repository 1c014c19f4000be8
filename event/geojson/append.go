package geojson

import (
	"math"
	"strconv"

	"github.com/conflictkit/conflict/internal/jsonw"
)

// This file writes JSON by appending to a byte slice: the properties are a
// fixed, flat shape, and writing them by hand avoids reflection on the hot
// path. Strings are escaped as encoding/json escapes them without HTML
// escaping: invalid UTF-8 becomes U+FFFD, and U+2028 and U+2029 are escaped
// so that the output is also valid JavaScript.

// appendFloat appends f as encoding/json formats a float64: the shortest
// decimal that reads back to the same value, in exponent form only for
// very small or very large magnitudes. f must be finite.
func appendFloat(b []byte, f float64) []byte {
	abs := math.Abs(f)
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		n := len(b)
		b = strconv.AppendFloat(b, f, 'e', -1, 64)
		// Clean "e-07" to "e-7", as encoding/json does.
		if m := len(b) - n; m >= 4 && b[len(b)-4] == 'e' && b[len(b)-3] == '-' && b[len(b)-2] == '0' {
			b[len(b)-2] = b[len(b)-1]
			b = b[:len(b)-1]
		}
		return b
	}
	return strconv.AppendFloat(b, f, 'f', -1, 64)
}

// object appends the members of one JSON object, writing the commas.
type object struct {
	b []byte
	n int // members written
}

func (o *object) key(k string) {
	if o.n > 0 {
		o.b = append(o.b, ',')
	}
	o.n++
	o.b = append(o.b, '"')
	o.b = append(o.b, k...) // keys are constants of this package: no escaping needed
	o.b = append(o.b, '"', ':')
}

// str writes a string member, omitted when empty.
func (o *object) str(k, v string) {
	if v == "" {
		return
	}
	o.key(k)
	o.b = jsonw.AppendString(o.b, v, false)
}

// int writes an integer member; ok false omits it (a known 0 is written).
func (o *object) int(k string, v int64, ok bool) {
	if !ok {
		return
	}
	o.key(k)
	o.b = strconv.AppendInt(o.b, v, 10)
}

// flag writes a boolean member, omitted when false.
func (o *object) flag(k string, v bool) {
	if !v {
		return
	}
	o.key(k)
	o.b = append(o.b, "true"...)
}

// strs writes an array of strings, omitted when empty.
func (o *object) strs(k string, vs []string) {
	if len(vs) == 0 {
		return
	}
	o.key(k)
	o.b = append(o.b, '[')
	for i, v := range vs {
		if i > 0 {
			o.b = append(o.b, ',')
		}
		o.b = jsonw.AppendString(o.b, v, false)
	}
	o.b = append(o.b, ']')
}
