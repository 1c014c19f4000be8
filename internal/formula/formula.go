// Package formula is the SDK's one rule for CSV cells that a spreadsheet
// program would run as a formula (CSV injection): which cells are
// formula-like, and how a writer neutralises one. Every CSV writer of the
// SDK uses it, so that the native tables, the wide table and the ACLED and
// UCDP writers agree on what they warn about and neutralise.
//
// It makes no public promise.
package formula

// Prefix is what Neutralise puts before a formula-like cell: an apostrophe,
// which spreadsheet programs take as "this cell is text" and do not show.
const Prefix = "'"

// Like reports whether a spreadsheet would run cell as a formula: it starts
// with '=', '+', '-', '@', a tab or a carriage return, and it is not a
// number. Numbers are exempt because a spreadsheet reads "-5.2" as the
// number it is, and numeric columns (a longitude west of Greenwich) are
// full of them.
func Like(cell string) bool {
	return cell != "" && Trigger(cell[0]) && !Number(cell)
}

// Trigger reports whether a cell starting with c may be run as a formula.
func Trigger(c byte) bool {
	switch c {
	case '=', '+', '-', '@', '\t', '\r':
		return true
	}
	return false
}

// Neutralise returns cell with Prefix before it if it is formula-like (see
// Like), and cell unchanged otherwise.
func Neutralise(cell string) string {
	if Like(cell) {
		return Prefix + cell
	}
	return cell
}

// Number reports whether s is a number in JSON syntax
// (-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?).
func Number(s string) bool {
	i := 0
	if i < len(s) && s[i] == '-' {
		i++
	}
	switch {
	case i < len(s) && s[i] == '0':
		i++
	case i < len(s) && s[i] >= '1' && s[i] <= '9':
		for i < len(s) && isDigit(s[i]) {
			i++
		}
	default:
		return false
	}
	if i < len(s) && s[i] == '.' {
		i++
		if i == len(s) || !isDigit(s[i]) {
			return false
		}
		for i < len(s) && isDigit(s[i]) {
			i++
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if i == len(s) || !isDigit(s[i]) {
			return false
		}
		for i < len(s) && isDigit(s[i]) {
			i++
		}
	}
	return i == len(s)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
