package casualty

import (
	"errors"
	"fmt"
	"strings"
	"unicode"

	"github.com/conflictkit/conflict/internal/fielderr"
)

// errNoMatch marks a phrase that matches no accepted form; ParseCount
// reports it as plain ErrBadPhrase.
var errNoMatch = errors.New("no match")

// ParseCount reads a reporter's number phrase such as "at least 40", "more
// than 370,000", "2-5", "some three million" or "dozens". It accepts only
// the number phrase: "at least 40 fighters" is refused, so the caller must
// cut the phrase out of its sentence (and should keep the original wording
// in Figure.Text).
//
// Matching ignores ASCII case and surrounding white space, and treats any
// run of white space as one space. Numbers are digits, optionally grouped
// in threes with ',' ("370,000"; "1,00" is refused), or English number words
// up to the millions ("three million", "twenty-five", "two hundred
// thousand", "a dozen"). Digits may be scaled by "thousand" or "million",
// with a decimal fraction only then ("1.5 million" is 1,500,000).
//
// Accepted forms and the Count they give:
//
//	"40", "exactly 40"                                   Exactly(40)
//	"at least 40", "upwards of", "no fewer than", "no less than"  AtLeast
//	"more than 370,000", "over", "in excess of"          MoreThan
//	"at most 5", "up to", "no more than"                 AtMost
//	"fewer than 10", "less than", "under"                FewerThan
//	"nearly 1,500,000", "almost"                         Nearly
//	"about 200", "around", "approximately", "roughly",
//	"some", "an estimated", "estimated"                  About
//	"2-5", "2–5" (en dash), "between 2 and 5", "2 to 5"  Between(2, 5)
//	"low 0, best 3, high 0"                              Estimate(0, 3, 0)
//	"numerous", "several", "many", "a number of",
//	"more than zero"                                     Some()
//	"unknown"                                            Unknown()
//
// Vague plurals become open lower bounds by a fixed convention (the
// smallest amount the word can honestly mean, two of the unit):
//
//	"dozens" AtLeast(24)          "scores" AtLeast(40)
//	"hundreds" AtLeast(200)       "thousands" AtLeast(2,000)
//	"tens of thousands" AtLeast(20,000)
//	"hundreds of thousands" AtLeast(200,000)
//	"millions" AtLeast(2,000,000)
//	"a dozen" About(12)
//
// The output of Count.String always parses back to an equal Count.
// Everything else is refused with an error wrapping ErrBadPhrase and
// quoting the input, rather than guessed at: "half", "40 or so people", "",
// "-3" (also ErrNegative), "at least", "1,00", "1e6", numbers above
// MaxCount (also ErrOverflow), "5-2" (also ErrBadCount). A successful
// result always passes Validate.
func ParseCount(s string) (Count, error) {
	c, err := parseCount(normalise(s))
	if err == nil {
		err = c.check()
	}
	switch {
	case err == nil:
		return c, nil
	case errors.Is(err, errNoMatch):
		return Count{}, fmt.Errorf("casualty: %w %s", ErrBadPhrase, fielderr.Quote(s))
	default:
		return Count{}, fmt.Errorf("casualty: %w %s: %w", ErrBadPhrase, fielderr.Quote(s), err)
	}
}

// MustParseCount is ParseCount for phrases known to be good, such as
// constants in tests and tables. It panics if s does not parse.
func MustParseCount(s string) Count {
	c, err := ParseCount(s)
	if err != nil {
		panic(err)
	}
	return c
}

// normalise trims s, lower-cases ASCII letters only (so no Unicode case
// folding can smuggle in look-alike letters) and collapses white space runs
// to one ASCII space.
func normalise(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range strings.TrimSpace(s) {
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case r >= 'A' && r <= 'Z':
			r += 'a' - 'A'
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// vague holds the whole phrases that are not "qualifier number".
var vague = map[string]Count{
	"unknown":               Unknown(),
	"more than zero":        Some(),
	"numerous":              Some(),
	"several":               Some(),
	"many":                  Some(),
	"a number of":           Some(),
	"a dozen":               About(12),
	"dozens":                AtLeast(24),
	"scores":                AtLeast(40),
	"hundreds":              AtLeast(200),
	"thousands":             AtLeast(2_000),
	"tens of thousands":     AtLeast(20_000),
	"hundreds of thousands": AtLeast(200_000),
	"millions":              AtLeast(2_000_000),
}

// qualifiers map a leading phrase to the form of the number after it. No
// prefix is a prefix of another, so order does not matter.
var qualifiers = []struct {
	prefix string
	make   func(int64) Count
}{
	{"exactly ", Exactly},
	{"at least ", AtLeast},
	{"upwards of ", AtLeast},
	{"no fewer than ", AtLeast},
	{"no less than ", AtLeast},
	{"more than ", MoreThan},
	{"over ", MoreThan},
	{"in excess of ", MoreThan},
	{"at most ", AtMost},
	{"up to ", AtMost},
	{"no more than ", AtMost},
	{"fewer than ", FewerThan},
	{"less than ", FewerThan},
	{"under ", FewerThan},
	{"nearly ", Nearly},
	{"almost ", Nearly},
	{"about ", About},
	{"around ", About},
	{"approximately ", About},
	{"roughly ", About},
	{"some ", About},
	{"an estimated ", About},
	{"estimated ", About},
}

func parseCount(s string) (Count, error) {
	if c, ok := vague[s]; ok {
		return c, nil
	}
	if rest, ok := strings.CutPrefix(s, "low "); ok {
		return parseEstimate(rest)
	}
	if rest, ok := strings.CutPrefix(s, "between "); ok {
		return parseRange(rest, " and ", parseNumber)
	}
	for _, q := range qualifiers {
		if rest, ok := strings.CutPrefix(s, q.prefix); ok {
			n, err := parseNumber(rest)
			if err != nil {
				return Count{}, err
			}
			return q.make(n), nil
		}
	}
	if strings.Contains(s, "–") {
		return parseRange(s, "–", parseDigits)
	}
	if s != "" && s[0] >= '0' && s[0] <= '9' && strings.Contains(s, "-") {
		return parseRange(s, "-", parseDigits)
	}
	if strings.Contains(s, " to ") {
		return parseRange(s, " to ", parseNumber)
	}
	n, err := parseNumber(s)
	if err != nil {
		return Count{}, err
	}
	return Exactly(n), nil
}

// parseRange reads "low<sep>high" with exactly one separator; the spaces
// around a dash are optional.
func parseRange(s, sep string, num func(string) (int64, error)) (Count, error) {
	lo, hi, ok := strings.Cut(s, sep)
	if !ok || strings.Contains(hi, sep) {
		return Count{}, errNoMatch
	}
	low, err := num(strings.TrimSpace(lo))
	if err != nil {
		return Count{}, err
	}
	high, err := num(strings.TrimSpace(hi))
	if err != nil {
		return Count{}, err
	}
	return Between(low, high), nil
}

// parseEstimate reads the rest of "low L, best B, high H".
func parseEstimate(s string) (Count, error) {
	parts := strings.Split(s, ", ")
	if len(parts) != 3 {
		return Count{}, errNoMatch
	}
	best, ok1 := strings.CutPrefix(parts[1], "best ")
	high, ok2 := strings.CutPrefix(parts[2], "high ")
	if !ok1 || !ok2 {
		return Count{}, errNoMatch
	}
	var n [3]int64
	for i, p := range []string{parts[0], best, high} {
		v, err := parseNumber(p)
		if err != nil {
			return Count{}, err
		}
		n[i] = v
	}
	return Estimate(n[0], n[1], n[2]), nil
}

// Scale words, largest first.
const (
	thousand int64 = 1_000
	million  int64 = 1_000_000
)

var scales = map[string]int64{"thousand": thousand, "million": million}

// parseNumber reads digits ("370,000"), digits with a scale ("1.5
// million") or number words ("three million", "a dozen").
func parseNumber(s string) (int64, error) {
	if s == "" {
		return 0, errNoMatch
	}
	if s[0] == '-' && len(s) > 1 && s[1] >= '0' && s[1] <= '9' {
		return 0, ErrNegative
	}
	if s[0] >= '0' && s[0] <= '9' {
		num, word, ok := strings.Cut(s, " ")
		if !ok {
			return parseDigits(s)
		}
		scale, ok := scales[word]
		if !ok {
			return 0, errNoMatch
		}
		return parseScaled(num, scale)
	}
	return parseWords(strings.Fields(s))
}

// parseDigits reads a non-negative integer written with ASCII digits,
// either plain or grouped in threes with ','. Leading zeros are refused
// ("007" is more likely a code than a count).
func parseDigits(s string) (int64, error) {
	if s == "" {
		return 0, errNoMatch
	}
	if s[0] == '-' && len(s) > 1 && s[1] >= '0' && s[1] <= '9' {
		return 0, ErrNegative
	}
	grouped := strings.Contains(s, ",")
	var n int64
	digits := 0        // digits since the last ','
	firstGroup := true // no ',' seen yet
	for i := 0; i < len(s); i++ {
		ch := s[i]
		switch {
		case ch >= '0' && ch <= '9':
			if i > 0 && s[0] == '0' {
				return 0, errNoMatch
			}
			if n > (MaxCount-int64(ch-'0'))/10 {
				return 0, fmt.Errorf("above %d: %w", MaxCount, ErrOverflow)
			}
			n = n*10 + int64(ch-'0')
			digits++
		case ch == ',' && grouped:
			// The first group has 1 to 3 digits, every later one exactly 3.
			if digits == 0 || digits > 3 || (!firstGroup && digits != 3) {
				return 0, errNoMatch
			}
			digits, firstGroup = 0, false
		default:
			return 0, errNoMatch
		}
	}
	if grouped && digits != 3 {
		return 0, errNoMatch
	}
	return n, nil
}

// parseScaled reads "3" or "1.5" followed by a scale word; the result must
// be a whole number of people.
func parseScaled(s string, scale int64) (int64, error) {
	whole, frac, hasFrac := strings.Cut(s, ".")
	w, err := parseDigits(whole)
	if err != nil {
		return 0, err
	}
	if w > MaxCount/scale {
		return 0, fmt.Errorf("above %d: %w", MaxCount, ErrOverflow)
	}
	n := w * scale
	if !hasFrac {
		return n, nil
	}
	if frac == "" || len(frac) > 6 {
		return 0, errNoMatch
	}
	var f, div int64 = 0, 1
	for i := 0; i < len(frac); i++ {
		if frac[i] < '0' || frac[i] > '9' {
			return 0, errNoMatch
		}
		f = f*10 + int64(frac[i]-'0')
		div *= 10
	}
	if f*scale%div != 0 {
		return 0, errNoMatch // not a whole number of people
	}
	n += f * scale / div
	if n > MaxCount {
		return 0, fmt.Errorf("above %d: %w", MaxCount, ErrOverflow)
	}
	return n, nil
}

var (
	unitWords = map[string]int64{
		"one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
		"six": 6, "seven": 7, "eight": 8, "nine": 9,
	}
	teenWords = map[string]int64{
		"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
		"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
	}
	tensWords = map[string]int64{
		"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
		"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	}
)

// parseWords reads English number words: groups below a thousand ("two
// hundred forty-five", "twenty five") each optionally followed by a
// strictly decreasing scale ("three million two hundred thousand"); "a"
// may stand for one before hundred, thousand or million; "a dozen" is 12.
// Anything unusual ("one one", "nineteen hundred", "two hundred and
// five") is refused.
func parseWords(toks []string) (int64, error) {
	if len(toks) == 0 {
		return 0, errNoMatch
	}
	if len(toks) == 2 && toks[0] == "a" && toks[1] == "dozen" {
		return 12, nil
	}
	var (
		total, group        int64
		inGroup             bool // group holds a value
		hundred, tens, unit bool // which places of group are filled
		lastScale           int64
	)
	addTens := func(v int64) bool {
		if tens || unit {
			return false
		}
		group += v
		inGroup, tens = true, true
		return true
	}
	addUnit := func(v int64) bool {
		if unit {
			return false
		}
		group += v
		inGroup, unit = true, true
		return true
	}
	for i, t := range toks {
		if v, ok := unitWords[t]; ok {
			if !addUnit(v) {
				return 0, errNoMatch
			}
			continue
		}
		if v, ok := teenWords[t]; ok {
			if tens || unit {
				return 0, errNoMatch
			}
			group += v
			inGroup, tens, unit = true, true, true
			continue
		}
		if v, ok := tensWords[t]; ok {
			if !addTens(v) {
				return 0, errNoMatch
			}
			continue
		}
		if tw, uw, ok := strings.Cut(t, "-"); ok {
			tv, ok1 := tensWords[tw]
			uv, ok2 := unitWords[uw]
			if !ok1 || !ok2 || !addTens(tv) || !addUnit(uv) {
				return 0, errNoMatch
			}
			continue
		}
		if t == "a" {
			if i != 0 || len(toks) < 2 || (toks[1] != "hundred" && scales[toks[1]] == 0) {
				return 0, errNoMatch
			}
			group, inGroup, unit = 1, true, true
			continue
		}
		if t == "hundred" {
			if hundred || tens || !unit {
				return 0, errNoMatch
			}
			group *= 100
			hundred, unit = true, false
			continue
		}
		if scale, ok := scales[t]; ok {
			if !inGroup || (lastScale != 0 && scale >= lastScale) {
				return 0, errNoMatch
			}
			total += group * scale
			group, inGroup, hundred, tens, unit = 0, false, false, false, false
			lastScale = scale
			continue
		}
		return 0, errNoMatch
	}
	return total + group, nil
}
