package flatcsv

import "slices"

// DefaultMissing is the default set of cell values that the flat readers
// read as an empty cell: the spellings of a missing value that R
// (write.csv, readr), pandas (to_csv with na_rep, read_csv's na_values),
// Excel and databases write. The match is exact and case-sensitive, on the
// whole cell: "NA" is missing, "Na" and " NA" are not.
var DefaultMissing = []string{"NA", "N/A", "n/a", "NaN", "nan", "NULL", "null", "None", "#N/A", "<NA>"}

// Missing reports whether s is one of the spellings of a missing value in
// set (nil means DefaultMissing).
func Missing(s string, set []string) bool {
	if s == "" {
		return true
	}
	if set == nil {
		// The default spellings are at most 4 bytes long and start with one
		// of these: most cells are rejected without a comparison.
		if len(s) > 4 || s[0] != 'N' && s[0] != 'n' && s[0] != '#' && s[0] != '<' {
			return false
		}
		set = DefaultMissing
	}
	return slices.Contains(set, s)
}

// MissingNumber reports whether s, the cell of a numeric column, is Stata's
// missing value: "." (system missing) or ".a" to ".z" (extended missing
// values). Text columns do not take this rule: "." is text there.
func MissingNumber(s string) bool {
	return s == "." || len(s) == 2 && s[0] == '.' && s[1] >= 'a' && s[1] <= 'z'
}
