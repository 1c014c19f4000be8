package casualty

import (
	"fmt"
	"math"
	"strconv"
)

// MaxCount is the largest number a valid Count may hold: 2^53-1, the
// largest integer every JSON implementation (including JavaScript's) reads
// back exactly. No real toll comes near it; the limit exists so that counts
// survive any JSON tool unchanged and so that MoreThan(n).Low() cannot
// overflow.
const MaxCount int64 = 1<<53 - 1

// kind says which form a Count takes. The order is part of no promise.
type kind uint8

const (
	kindUnknown   kind = iota // zero value: nothing known
	kindExact                 // x
	kindAtLeast               // x or more
	kindMoreThan              // strictly more than x
	kindAtMost                // x or fewer
	kindFewerThan             // strictly fewer than x
	kindNearly                // approximately x, from below
	kindAbout                 // approximately x
	kindBetween               // x to z inclusive
	kindEstimate              // low x, best y, high z, possibly unordered
	kindSome                  // more than zero, size unknown
)

// Count is a number of people with its uncertainty, in the form it was
// reported: exact, bounded on one side, approximate, a range, a UCDP-style
// low/best/high triple, "some" (more than zero), or unknown.
//
// The zero value is Unknown: nothing is known, which is not the same as a
// known zero (Exactly(0)). Count is a small comparable value; two Counts are
// == exactly when they have the same form and numbers, so MoreThan(39) and
// AtLeast(40) are different values even though they bound the same set.
//
// Constructors store their arguments as given and never clamp or reorder;
// Validate reports negative numbers, numbers above MaxCount and
// self-contradictory forms. Parsing and JSON decoding only ever return
// valid Counts, and JSON encoding refuses invalid ones.
type Count struct {
	kind    kind
	x, y, z int64
}

// Exactly returns a count of exactly n people. Exactly(0) is a known zero,
// distinct from Unknown.
func Exactly(n int64) Count { return Count{kind: kindExact, x: n} }

// AtLeast returns an open count of n or more ("at least 40").
func AtLeast(n int64) Count { return Count{kind: kindAtLeast, x: n} }

// MoreThan returns an open count strictly above n ("more than 370,000").
// It keeps n as reported: it prints as "more than 370,000", not as
// "at least 370,001"; Low gives n+1.
func MoreThan(n int64) Count { return Count{kind: kindMoreThan, x: n} }

// AtMost returns a count of n or fewer ("at most 5", "up to 5"). It states
// no lower bound.
func AtMost(n int64) Count { return Count{kind: kindAtMost, x: n} }

// FewerThan returns a count strictly below n ("fewer than 10"); High gives
// n-1. FewerThan(0) is invalid.
func FewerThan(n int64) Count { return Count{kind: kindFewerThan, x: n} }

// Nearly returns a count of approximately n, approached from below
// ("nearly 1,500,000", "almost 30"): n is both the best estimate and an
// approximate upper bound.
func Nearly(n int64) Count { return Count{kind: kindNearly, x: n} }

// Between returns the inclusive range low to high ("2-5", "between 2 and
// 5"), as Airwars reports civilian deaths. It has no best estimate. A range
// whose low is above its high is invalid.
func Between(low, high int64) Count { return Count{kind: kindBetween, x: low, z: high} }

// About returns an approximate best estimate ("about 200", "some three
// million", "an estimated 200"), with no bounds.
func About(n int64) Count { return Count{kind: kindAbout, x: n} }

// Estimate returns a low/best/high triple kept exactly as given. The triple
// may be unordered: UCDP publishes rows such as low 0, best 3, high 0, and
// such a Count is valid; Ordered reports the violation so that callers can
// warn rather than drop data.
func Estimate(low, best, high int64) Count {
	return Count{kind: kindEstimate, x: low, y: best, z: high}
}

// Some returns a count known to be more than zero but of unknown size
// ("numerous", "several", "a number of"). Its lower bound is 1.
func Some() Count { return Count{kind: kindSome} }

// Unknown returns the unknown count, Count{}: nothing is known, not even
// whether anyone was affected.
func Unknown() Count { return Count{} }

// Low returns the inclusive lower bound the count states, if any:
// n for Exactly, AtLeast and Between; n+1 for MoreThan(n); 1 for Some; the
// low member of an Estimate. AtMost, FewerThan, Nearly and About state no
// lower bound (any count is at least 0, but the report did not say more).
func (c Count) Low() (int64, bool) {
	switch c.kind {
	case kindExact, kindAtLeast, kindBetween, kindEstimate:
		return c.x, true
	case kindMoreThan:
		if c.x == math.MaxInt64 { // invalid anyway; do not wrap around
			return c.x, true
		}
		return c.x + 1, true
	case kindSome:
		return 1, true
	}
	return 0, false
}

// Best returns the best estimate, if the count has one: n for Exactly,
// About and Nearly; the best member of an Estimate.
func (c Count) Best() (int64, bool) {
	switch c.kind {
	case kindExact, kindAbout, kindNearly:
		return c.x, true
	case kindEstimate:
		return c.y, true
	}
	return 0, false
}

// High returns the inclusive upper bound, if any: n for Exactly, AtMost and
// Nearly (an approximate bound); n-1 for FewerThan(n); the high member of a
// Between or Estimate. It returns false for open-ended counts (AtLeast,
// MoreThan, Some), for About and for Unknown.
func (c Count) High() (int64, bool) {
	switch c.kind {
	case kindExact, kindAtMost, kindNearly:
		return c.x, true
	case kindFewerThan:
		if c.x == math.MinInt64 { // invalid anyway; do not wrap around
			return c.x, true
		}
		return c.x - 1, true
	case kindBetween, kindEstimate:
		return c.z, true
	}
	return 0, false
}

// IsZero reports whether c is Unknown. A known zero, Exactly(0), is not
// zero in this sense; that is what lets encoders omit unknown counts and
// keep zeros.
func (c Count) IsZero() bool { return c.kind == kindUnknown }

// Known reports whether anything is known about c, that is !c.IsZero().
func (c Count) Known() bool { return c.kind != kindUnknown }

// Open reports whether c has no upper bound. Unknown and About are open:
// nothing caps them.
func (c Count) Open() bool {
	_, ok := c.High()
	return !ok
}

// Ordered reports whether low <= best <= high wherever those are present.
// Only an Estimate (or an invalid Between) can be unordered; an unordered
// Estimate is valid data and deserves a warning, not rejection.
func (c Count) Ordered() bool {
	low, hasLow := c.Low()
	best, hasBest := c.Best()
	high, hasHigh := c.High()
	switch {
	case hasLow && hasBest && low > best:
		return false
	case hasBest && hasHigh && best > high:
		return false
	case hasLow && hasHigh && low > high:
		return false
	}
	return true
}

// Validate reports whether c can be stored and exchanged: no number may be
// negative (ErrNegative) or above MaxCount (ErrOverflow), a Between must not
// run backwards and FewerThan(0) is impossible (ErrBadCount). An unordered
// Estimate is valid. Unknown is valid.
func (c Count) Validate() error {
	if err := c.check(); err != nil {
		return fmt.Errorf("casualty: count %q: %w", c.String(), err)
	}
	return nil
}

// check is Validate without the message prefix, for callers that add their
// own context.
func (c Count) check() error {
	var nums []int64
	switch c.kind {
	case kindUnknown, kindSome:
	case kindBetween:
		nums = []int64{c.x, c.z}
	case kindEstimate:
		nums = []int64{c.x, c.y, c.z}
	default:
		nums = []int64{c.x}
	}
	for _, n := range nums {
		if n < 0 {
			return ErrNegative
		}
		if n > MaxCount {
			return fmt.Errorf("above %d: %w", MaxCount, ErrOverflow)
		}
	}
	switch {
	case c.kind == kindBetween && c.x > c.z:
		return fmt.Errorf("range low above high: %w", ErrBadCount)
	case c.kind == kindFewerThan && c.x == 0:
		return fmt.Errorf("no count is below zero: %w", ErrBadCount)
	}
	return nil
}

// String returns the count in the plain English that ParseCount reads
// back to an equal Count. Numbers carry ',' thousands separators and ranges
// use an ASCII hyphen:
//
//	Exactly(40)          "40"
//	AtLeast(40)          "at least 40"
//	MoreThan(370000)     "more than 370,000"
//	AtMost(5)            "at most 5"
//	FewerThan(10)        "fewer than 10"
//	Nearly(1500000)      "nearly 1,500,000"
//	About(3000000)       "about 3,000,000"
//	Between(2, 5)        "2-5"
//	Estimate(0, 3, 0)    "low 0, best 3, high 0"
//	Some()               "more than zero"
//	Unknown()            "unknown"
func (c Count) String() string {
	switch c.kind {
	case kindExact:
		return formatInt(c.x)
	case kindAtLeast:
		return "at least " + formatInt(c.x)
	case kindMoreThan:
		return "more than " + formatInt(c.x)
	case kindAtMost:
		return "at most " + formatInt(c.x)
	case kindFewerThan:
		return "fewer than " + formatInt(c.x)
	case kindNearly:
		return "nearly " + formatInt(c.x)
	case kindAbout:
		return "about " + formatInt(c.x)
	case kindBetween:
		return formatInt(c.x) + "-" + formatInt(c.z)
	case kindEstimate:
		return "low " + formatInt(c.x) + ", best " + formatInt(c.y) + ", high " + formatInt(c.z)
	case kindSome:
		return "more than zero"
	}
	return "unknown"
}

// formatInt writes n with ',' between groups of three digits. Negative
// numbers (only in invalid counts) keep their sign so that String never
// hides them.
func formatInt(n int64) string {
	s := strconv.FormatInt(n, 10)
	sign := ""
	if s[0] == '-' {
		sign, s = "-", s[1:]
	}
	if len(s) <= 3 {
		return sign + s
	}
	b := make([]byte, 0, len(s)+len(s)/3)
	head := len(s) % 3
	if head == 0 {
		head = 3
	}
	b = append(b, s[:head]...)
	for i := head; i < len(s); i += 3 {
		b = append(b, ',')
		b = append(b, s[i:i+3]...)
	}
	return sign + string(b)
}
