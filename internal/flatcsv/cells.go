package flatcsv

import "strings"

// TrimSpace removes the spaces that spreadsheets, typists and copies from
// web pages leave around a number, code or date: ASCII spaces and tabs,
// and the no-break spaces U+00A0, U+202F and U+2007. Text columns (names,
// notes) keep theirs: the readers apply it to the cells whose value cannot
// begin or end with a space.
func TrimSpace(s string) string {
	if s == "" || isPlain(s[0]) && isPlain(s[len(s)-1]) {
		return s // the common case, without a function call per rune
	}
	return strings.TrimFunc(s, func(r rune) bool {
		return r == ' ' || r == '\t' || r == '\u00a0' || r == '\u202f' || r == '\u2007'
	})
}

// isPlain reports whether c is an ASCII byte other than a space or tab.
func isPlain(c byte) bool { return c < 0x80 && c != ' ' && c != '\t' }

// Integral returns a whole number written as a decimal ("12.0", "-3.00":
// what pandas writes for the integers of a column that also holds a
// missing value, which it stores as floats) as an integer ("12", "-3"), and
// anything else as it is.
func Integral(s string) string {
	dot := strings.IndexByte(s, '.')
	if dot < 1 || dot == len(s)-1 || strings.Trim(s[dot+1:], "0") != "" {
		return s
	}
	digits := s[:dot]
	if digits[0] == '-' || digits[0] == '+' {
		digits = digits[1:]
	}
	if digits == "" {
		return s
	}
	for i := 0; i < len(digits); i++ {
		if digits[i] < '0' || digits[i] > '9' {
			return s
		}
	}
	return s[:dot]
}
