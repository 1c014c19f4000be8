package casualty

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Summary is what Reconcile makes of several Figures: one low/best/high,
// whether the sources contradict each other, and how the numbers were
// chosen.
type Summary struct {
	// Count is the summary as a Count. When all figures used carry the
	// same Count it is that Count unchanged ("more than 370,000" stays
	// so); otherwise it is built from Low, Best and High: Exactly when
	// they are all present and equal, Estimate when all three are
	// present, Between for low and high, AtLeast for an open low, AtMost
	// for a high without a low, About for a best alone. Count has no form
	// for a best estimate with only one bound, so in that case it keeps
	// the bound and drops the best: read Best from the Summary.
	Count Count

	Low     int64 // summary lower bound, if HasLow
	Best    int64 // summary best estimate, if HasBest
	High    int64 // summary upper bound, if HasHigh; otherwise open-ended
	HasLow  bool
	HasBest bool
	HasHigh bool

	// Conflicting reports that one figure's upper bound is below another
	// figure's lower bound (or a triple's own low is above its high): the
	// sources cannot all be right, and the summary range was widened to
	// cover them all instead of narrowed.
	Conflicting bool

	Used    int    // figures with a known count
	Ignored int    // figures with an unknown count, left out
	Method  string // how the summary was derived, in English
}

// Reconcile summarises figures that report the same outcome for the same
// group, typically from different sources. The rules, in order:
//
//   - Figures with an unknown count are ignored (counted in Ignored).
//   - Low is the largest lower bound reported: every source claims at least
//     its own lower bound, so all of them together claim the largest.
//     Some ("numerous") contributes a lower bound of 1.
//   - High is the smallest upper bound, but only if every figure has one. A
//     source that says "at least 40" leaves room above any cap, so one
//     open-ended figure leaves the summary open.
//   - If some figure's upper bound is below another's lower bound, the
//     figures conflict: Conflicting is set and the range runs instead from
//     the smallest lower bound to the largest upper bound (or open), so no
//     source is excluded.
//   - Best is the median of the best estimates present (Exactly, About,
//     Nearly, Estimate); for an even number of them, the mean of the two
//     middle values rounded down. Best is not forced into [Low, High];
//     check Summary.Count.Ordered.
//
// So {at least 40, numerous} gives at least 40, and {exactly 3, at least
// 40} is conflicting, with low 3 and no upper bound.
//
// Figures with different outcomes or groups (the zero Group and People
// count as the same) fail with ErrMixedFigures; a figure whose Count does
// not pass Validate fails with that error. No figures, or only unknown
// ones, give an Unknown summary.
func Reconcile(figs []Figure) (Summary, error) {
	var s Summary
	for i, f := range figs {
		if f.Outcome != figs[0].Outcome || f.Group.orPeople() != figs[0].Group.orPeople() {
			return Summary{}, fmt.Errorf("casualty: reconcile: figure %d is %q %q, figure 0 is %q %q: %w",
				i, string(f.Outcome), string(f.Group), string(figs[0].Outcome), string(figs[0].Group), ErrMixedFigures)
		}
		if err := f.Count.Validate(); err != nil {
			return Summary{}, fmt.Errorf("casualty: reconcile: figure %d: %w", i, err)
		}
	}

	var (
		lows, bests, highs []int64
		same               = true
		first              Count
	)
	for _, f := range figs {
		c := f.Count
		if c.IsZero() {
			s.Ignored++
			continue
		}
		if s.Used == 0 {
			first = c
		} else if c != first {
			same = false
		}
		s.Used++
		if n, ok := c.Low(); ok {
			lows = append(lows, n)
		}
		if n, ok := c.Best(); ok {
			bests = append(bests, n)
		}
		if n, ok := c.High(); ok {
			highs = append(highs, n)
		}
	}
	if s.Used == 0 {
		s.Method = "no known count among " + plural(len(figs), "figure")
		return s, nil
	}

	allBounded := len(highs) == s.Used
	if len(lows) > 0 && len(highs) > 0 && slices.Min(highs) < slices.Max(lows) {
		s.Conflicting = true
	}

	var why []string
	why = append(why, plural(s.Used, "figure")+" used, "+plural(s.Ignored, "unknown")+" ignored")
	if s.Conflicting {
		why = append(why, fmt.Sprintf("conflicting: an upper bound of %s is below a lower bound of %s",
			formatInt(slices.Min(highs)), formatInt(slices.Max(lows))))
	}
	switch {
	case len(lows) == 0:
		why = append(why, "no lower bound reported")
	case s.Conflicting:
		s.Low, s.HasLow = slices.Min(lows), true
		why = append(why, "low "+formatInt(s.Low)+": smallest lower bound")
	default:
		s.Low, s.HasLow = slices.Max(lows), true
		why = append(why, "low "+formatInt(s.Low)+": largest lower bound")
	}
	if len(bests) > 0 {
		s.Best, s.HasBest = median(bests), true
		why = append(why, "best "+formatInt(s.Best)+": median of "+plural(len(bests), "best estimate"))
	} else {
		why = append(why, "no best estimate reported")
	}
	switch {
	case !allBounded:
		why = append(why, "high open: not every figure has an upper bound")
	case s.Conflicting:
		s.High, s.HasHigh = slices.Max(highs), true
		why = append(why, "high "+formatInt(s.High)+": largest upper bound")
	default:
		s.High, s.HasHigh = slices.Min(highs), true
		why = append(why, "high "+formatInt(s.High)+": smallest upper bound")
	}
	s.Method = strings.Join(why, "; ")

	if same {
		s.Count = first
	} else {
		s.Count = s.toCount()
	}
	return s, nil
}

// toCount picks the Count form for the summary's low/best/high.
func (s Summary) toCount() Count {
	switch {
	case s.HasLow && s.HasBest && s.HasHigh:
		if s.Low == s.Best && s.Best == s.High {
			return Exactly(s.Low)
		}
		return Estimate(s.Low, s.Best, s.High)
	case s.HasLow && s.HasHigh:
		if s.Low == s.High {
			return Exactly(s.Low)
		}
		// Low <= High here: without a best estimate no figure is an
		// Estimate, so every figure's own low is at most its high, and a
		// conflict widens the range.
		return Between(s.Low, s.High)
	case s.HasLow:
		return AtLeast(s.Low)
	case s.HasHigh:
		return AtMost(s.High)
	case s.HasBest:
		return About(s.Best)
	}
	return Unknown()
}

// median of a non-empty slice; for an even length the floor of the mean of
// the two middle values, computed without overflow.
func median(v []int64) int64 {
	v = slices.Clone(v)
	slices.Sort(v)
	m := len(v) / 2
	if len(v)%2 == 1 {
		return v[m]
	}
	return v[m-1] + (v[m]-v[m-1])/2
}

// plural writes "1 figure", "2 figures".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}
