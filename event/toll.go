package event

import (
	"slices"

	"github.com/conflictkit/conflict/casualty"
	"github.com/conflictkit/conflict/source"
)

// Toll is the number of people an event killed, as the flat formats write
// it in one cell (ACLED's fatalities, UCDP's low, best and high), derived
// from every figure of people killed the event holds; see Event.Toll for
// the rule.
type Toll struct {
	// Low is the most conservative credible total: ACLED's fatalities and
	// UCDP's low estimate.
	Low Total
	// Best is the best estimate: UCDP's best.
	Best Total
	// High is the highest total the figures allow: UCDP's high.
	High Total
}

// Total is one total of a Toll and the figures it rests on.
type Total struct {
	N  int64 // the total, if OK
	OK bool  // some figure gives a number
	// Used holds the indexes in Event.Casualties of the figures whose
	// numbers make up N, in order. A figure of people killed that is not
	// in Used is not written by a format that writes N alone: a writer
	// reports it as lost.
	Used []int
}

// Discounted reports whether the citation that c is attributed to grades
// the information as improbable (Admiralty credibility 5: contradicted by
// other information), the Admiralty counterpart of the "discounted" grade
// of source.Assessment. Such a figure is not credible: Toll leaves it out.
// A figure with no citation, or whose citation is ungraded or graded
// anything else ("doubtful" included: possible, if unconfirmed), is
// credible.
func (e *Event) Discounted(c Casualty) bool {
	if c.Citation == "" {
		return false
	}
	cit, ok := e.Citation(c.Citation)
	return ok && cit.Grade.Credibility == source.Improbable
}

// Toll totals the figures of people killed among e.Casualties for which
// keep reports true (every one when keep is nil). It is the one rule the
// SDK's flat writers share; it never counts anyone twice and never adds
// up competing accounts:
//
//  1. A figure counts if its outcome is casualty.Killed, its count is valid
//     and gives a number, and it is credible (see Discounted). "Numerous"
//     (casualty.Some) gives no number: its lower bound of 1 is a
//     convention, not a report. Each figure gives a lower number (its
//     lower bound, else its best estimate: "at least 40" gives 40, "more
//     than 370,000" 370,001, "about 200" 200), a best number (its best
//     estimate, else its lower bound) and a higher number (its upper
//     bound, else its best estimate, else its lower bound: "at least 40"
//     gives 40, as the least it claims). "At most 5" gives only a higher
//     number.
//  2. Figures for the same group and party are accounts of the same dead
//     by different sources: Low takes the lowest of their lower numbers
//     (an exact 7 and an exact 9 give 7, as ACLED records "the lowest
//     number of reported fatalities" when sources differ), Best the median
//     of their best numbers, the lower of the two middle ones for an even
//     count (7 and 9 give 7: Best is always a number some source gave,
//     never a mean), High the highest of their higher numbers (9).
//  3. Groups and parties nest (casualty.Group.Parent): the dead of a party
//     are part of the dead of their group, children part of civilians,
//     civilians, combatants and unidentified the disjoint parts of people.
//     A figure for a group as a whole (for a party, or for no particular
//     party) is that group's total, as ACLED records the lowest reported
//     number and UCDP's low is its own conservative total. Only where no
//     figure counts the group as a whole do its parts stand in: the larger
//     of the sum over the parties' totals (for no particular party: the
//     dead of different parties are different people) and its parts — for
//     people the sum of civilians, combatants and unidentified (or any
//     other part, if larger), for another group the largest part (parts of
//     civilians overlap). So 40 combatants and 7 civilians give 47; 10
//     civilians and 4 children give 10, and so do 10 civilians and 12
//     children (the reports conflict, and the whole's figure is the lower);
//     30 people of whom 20 combatants and 15 civilians give 30.
//  4. The total is that of people for no particular party. Sums stop at
//     casualty.MaxCount.
//
// A total with no figure behind it is not OK: nothing is known, which is
// not zero. Issue-level provenance and configurable rules are left to a
// later version; this rule is fixed.
func (e *Event) Toll(keep func(Casualty) bool) Toll {
	var figs []tollFigure
	for i := range e.Casualties {
		c := &e.Casualties[i]
		if c.Outcome != casualty.Killed || (keep != nil && !keep(*c)) || c.Count.Validate() != nil || e.Discounted(*c) {
			continue
		}
		f := tollFigure{i: i, group: orPeople(c.Group), party: partyKey(c)}
		f.lo, f.hasLo = lowerNumber(c.Count)
		f.be, f.hasBe = bestNumber(c.Count)
		f.hi, f.hasHi = higherNumber(c.Count)
		if f.hasLo || f.hasBe || f.hasHi {
			figs = append(figs, f)
		}
	}
	if len(figs) == 0 {
		return Toll{}
	}
	t := newTollTree(figs)
	return Toll{Low: t.total(measureLow), Best: t.total(measureBest), High: t.total(measureHigh)}
}

// tollFigure is one figure that counts, with its three numbers.
type tollFigure struct {
	i                   int
	group               casualty.Group
	party               string
	lo, be, hi          int64
	hasLo, hasBe, hasHi bool
}

func orPeople(g casualty.Group) casualty.Group {
	if g == "" {
		return casualty.People
	}
	return g
}

// partyKey identifies a casualty's party: its actor ID, else its name;
// "" for no party.
func partyKey(c *Casualty) string {
	switch {
	case c.Party.ID != "":
		return "id:" + string(c.Party.ID)
	case c.Party.Name != "":
		return "name:" + c.Party.Name
	}
	return ""
}

// lowerNumber is a count's lower bound, else its best estimate; Some gives
// none.
func lowerNumber(c casualty.Count) (int64, bool) {
	if c == casualty.Some() {
		return 0, false
	}
	if n, ok := c.Low(); ok {
		return n, true
	}
	return c.Best()
}

// bestNumber is a count's best estimate, else its lower bound.
func bestNumber(c casualty.Count) (int64, bool) {
	if n, ok := c.Best(); ok {
		return n, true
	}
	return lowerNumber(c)
}

// higherNumber is a count's upper bound, else its best estimate, else its
// lower bound.
func higherNumber(c casualty.Count) (int64, bool) {
	if n, ok := c.High(); ok {
		return n, true
	}
	return bestNumber(c)
}

type measure uint8

const (
	measureLow measure = iota
	measureBest
	measureHigh
)

// tollTree holds the figures by group and party, and which groups and
// parties each group's subtree holds.
type tollTree struct {
	figs     []tollFigure
	children map[casualty.Group][]casualty.Group // groups present below each group, in first-seen order
	parties  map[casualty.Group][]string         // parties present in each group's subtree, in first-seen order
}

func newTollTree(figs []tollFigure) *tollTree {
	t := &tollTree{figs: figs, children: map[casualty.Group][]casualty.Group{}, parties: map[casualty.Group][]string{}}
	seen := map[casualty.Group]bool{casualty.People: true}
	for _, f := range figs {
		// A group's chain up to people: depth is at most 3, but a bound
		// keeps a future cycle in the hierarchy from hanging the writer.
		for g, n := f.group, 0; g != "" && n < 8; g, n = g.Parent(), n+1 {
			if f.party != "" && !slices.Contains(t.parties[g], f.party) {
				t.parties[g] = append(t.parties[g], f.party)
			}
			if p := g.Parent(); p != "" && !seen[g] {
				seen[g] = true
				t.children[p] = append(t.children[p], g)
			}
		}
	}
	return t
}

// total is the total of people for no particular party.
func (t *tollTree) total(m measure) Total {
	return t.node(m, casualty.People, "", 0)
}

// node totals group g for party p (see Event.Toll, rule 3).
func (t *tollTree) node(m measure, g casualty.Group, p string, depth int) Total {
	best := t.own(m, g, p)
	if best.OK || depth > 8 {
		return best // a figure for the whole is the whole's total
	}
	consider := func(c Total) {
		if c.OK && (!best.OK || c.N > best.N) {
			best = c
		}
	}
	if p == "" && len(t.parties[g]) > 0 {
		var sum Total
		for _, q := range t.parties[g] {
			sum = addTotal(sum, t.node(m, g, q, depth+1))
		}
		consider(sum)
	}
	var parts Total
	for _, c := range t.children[g] {
		sub := t.node(m, c, p, depth+1)
		if g == casualty.People && c.Disjoint() {
			parts = addTotal(parts, sub)
		} else {
			consider(sub)
		}
	}
	consider(parts)
	return best
}

// own reduces the figures of group g and party p: the lowest lower number,
// the median best number (the lower middle one for an even count), or the
// highest higher number. Every figure whose number is the one chosen is
// used.
func (t *tollTree) own(m measure, g casualty.Group, p string) Total {
	var vals []int64
	for _, f := range t.figs {
		if f.group != g || f.party != p {
			continue
		}
		if n, ok := f.number(m); ok {
			vals = append(vals, n)
		}
	}
	if len(vals) == 0 {
		return Total{}
	}
	var n int64
	var chosen []int64
	switch m {
	case measureLow:
		n = slices.Min(vals)
		chosen = []int64{n}
	case measureHigh:
		n = slices.Max(vals)
		chosen = []int64{n}
	default:
		slices.Sort(vals)
		mid := len(vals) / 2
		if len(vals)%2 == 1 {
			n = vals[mid]
			chosen = []int64{n}
		} else {
			// The lower of the two middle values: a number a source gave,
			// never their mean.
			n = vals[mid-1]
			chosen = []int64{n}
		}
	}
	out := Total{N: n, OK: true}
	for _, f := range t.figs {
		if f.group != g || f.party != p {
			continue
		}
		if v, ok := f.number(m); ok && slices.Contains(chosen, v) {
			out.Used = append(out.Used, f.i)
		}
	}
	return out
}

func (f *tollFigure) number(m measure) (int64, bool) {
	switch m {
	case measureLow:
		return f.lo, f.hasLo
	case measureBest:
		return f.be, f.hasBe
	}
	return f.hi, f.hasHi
}

// addTotal adds b to a, stopping at casualty.MaxCount, and joins the
// figures used in order.
func addTotal(a, b Total) Total {
	if !b.OK {
		return a
	}
	if !a.OK {
		return Total{N: b.N, OK: true, Used: slices.Clone(b.Used)}
	}
	n := a.N + b.N
	if n > casualty.MaxCount || n < a.N {
		n = casualty.MaxCount
	}
	used := append(slices.Clone(a.Used), b.Used...)
	slices.Sort(used)
	return Total{N: n, OK: true, Used: slices.Compact(used)}
}
