package ucdp

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/conflictkit/conflict/casualty"
	"github.com/conflictkit/conflict/internal/flatcsv"
)

// numeric marks the columns whose cells are numbers or numeric codes:
// they are read after trimming spaces, and take Stata's missing values
// ("." and ".a"–".z") besides the Missing set. gwnoa and gwnob are here
// too: they are lists of numbers at most, never a "." of their own.
var numeric = func() [numCols]bool {
	var n [numCols]bool
	for _, c := range []col{cID, cYear, cActiveYear, cTypeOfViolence, cConflictDsetID, cConflictNewID,
		cDyadDsetID, cDyadNewID, cSideADsetID, cSideANewID, cSideBDsetID, cSideBNewID, cNumberOfSources,
		cWherePrec, cLatitude, cLongitude, cPrioGridGID, cCountryID, cEventClarity, cDatePrec,
		cDateStart, cDateEnd, cDeathsA, cDeathsB, cDeathsCivilians, cDeathsUnknown, cBest, cHigh, cLow,
		cGWNoA, cGWNoB} {
		n[c] = true
	}
	return n
}()

// cleanCell returns the value of a known column's cell: "" for a missing
// value, a number without the spaces around it.
func cleanCell(c col, s string, missing []string) string {
	if s == "" {
		return s
	}
	if numeric[c] {
		if t := flatcsv.TrimSpace(s); t != s {
			if !utf8.ValidString(s) {
				return s // left for the UTF-8 check to refuse
			}
			s = t
		}
		if flatcsv.MissingNumber(s) {
			return ""
		}
	}
	if flatcsv.Missing(s, missing) {
		return ""
	}
	return s
}

// wholeNumber reads a whole number as UCDP, R and pandas write one:
// decimal digits with an optional sign ("12", "-1"), and, for files that
// went through a float column, an integral decimal or exponent form
// ("12.0", "1e+05", "1.5e5"). Anything else reports false.
func wholeNumber(s string) (int64, bool) {
	if plainInt(s) {
		v, err := strconv.ParseInt(s, 10, 64)
		return v, err == nil
	}
	if !floatText(s) {
		return 0, false
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || v != math.Trunc(v) || math.Abs(v) > float64(casualty.MaxCount) {
		return 0, false
	}
	return int64(v), true
}

// canonicalID returns an identifier cell as an integer when a float
// column wrote it so ("771.0" gives "771"); other text (lists such as
// "2;200;900", names) is returned as it is.
func canonicalID(s string) string {
	if s == "" || plainInt(s) || !floatText(s) {
		return s
	}
	if v, ok := wholeNumber(s); ok {
		return strconv.FormatInt(v, 10)
	}
	return s
}

// floatText reports whether s is a decimal number with an optional sign,
// digits with at most one '.', and an optional exponent (e or E, an
// optional sign, digits): what R and pandas write for a double. It leaves
// out the "Inf", "NaN", hexadecimal and underscore forms ParseFloat also
// takes, which no data file means as a number.
func floatText(s string) bool {
	if s != "" && (s[0] == '-' || s[0] == '+') {
		s = s[1:]
	}
	mant, exp := s, ""
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		mant, exp = s[:i], s[i+1:]
		if exp != "" && (exp[0] == '-' || exp[0] == '+') {
			exp = exp[1:]
		}
		if !digits(exp) {
			return false
		}
	}
	n, dot := 0, false
	for i := 0; i < len(mant); i++ {
		switch c := mant[i]; {
		case c >= '0' && c <= '9':
			n++
		case c == '.' && !dot:
			dot = true
		default:
			return false
		}
	}
	return n > 0
}
