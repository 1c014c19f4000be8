package geojson

import (
	"math"
	"strconv"
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
