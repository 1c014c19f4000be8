// Package casualty models how many people an armed-conflict event harmed,
// with the uncertainty the sources give: "at least 40", "more than
// 370,000", "2-5", a UCDP low/best/high triple, "numerous", or unknown.
//
// # Main types
//
//   - Count: a number of people in the form it was reported. Build it with
//     Exactly, AtLeast, MoreThan, AtMost, FewerThan, Nearly, About,
//     Between, Estimate, Some or Unknown, or read a reporter's phrase with
//     ParseCount. Low, Best and High give the bounds and estimate the form
//     implies.
//   - Outcome (killed, injured, killed-or-injured, missing, detained,
//     abducted, displaced, affected, evacuated, population) and Group (people, civilians,
//     combatants, children, women, men, elderly, journalists, aid-workers,
//     medical-workers): open code sets; downstream code may register more.
//   - Figure: outcome × group × count, plus the phrase as reported.
//   - Reconcile: several figures for the same outcome and group, from
//     different sources, summarised as one low/best/high (a Summary) with
//     a note of how and whether they conflict.
//
// # Usage
//
//	c, err := casualty.ParseCount("at least 40")  // casualty.AtLeast(40)
//	f := casualty.NewFigure(casualty.Killed, casualty.Combatants, c)
//	f.Text = "at least 40"
//	fmt.Println(f)                                 // at least 40 combatants killed
//
//	s, err := casualty.Reconcile([]casualty.Figure{
//		f, casualty.NewFigure(casualty.Killed, casualty.Combatants, casualty.Some()),
//	})
//	fmt.Println(s.Count)                           // at least 40
//
// # Unknown is not zero
//
// The zero Count is Unknown: nothing was reported. Exactly(0) is a known
// zero and is never dropped: it encodes as {"exact":0}, while Unknown
// encodes as {} and is what omitzero leaves out. ACLED's convention of
// coding "casualties, no deaths reported" as 0 is the importer's business,
// not this package's.
//
// # Counts are kept as reported
//
// Constructors store their numbers as given and never clamp or reorder.
// MoreThan(370000) prints back as "more than 370,000", not "at least
// 370,001". Estimate keeps UCDP triples such as low 0, best 3, high 0
// (real data: GED 19.1 id 71686) unchanged; Ordered reports them so that a
// validator can warn instead of dropping thousands of real rows.
//
// Validate reports what cannot be stored: negative numbers (ErrNegative),
// numbers above MaxCount (ErrOverflow), a Between whose low is above its
// high and FewerThan(0) (ErrBadCount). ParseCount, UnmarshalJSON and
// UnmarshalText only ever produce valid Counts; MarshalJSON and
// MarshalText refuse invalid ones.
//
// # JSON form
//
// A Count is a JSON object whose member names spell its form; numbers are
// JSON integers:
//
//	Unknown()              {}
//	Exactly(40)            {"exact":40}
//	AtLeast(40)            {"at_least":40}
//	MoreThan(370000)       {"more_than":370000}
//	AtMost(5)              {"at_most":5}
//	FewerThan(10)          {"fewer_than":10}
//	Nearly(1500000)        {"nearly":1500000}
//	About(3000000)         {"about":3000000}
//	Between(2, 5)          {"low":2,"high":5}
//	Estimate(0, 3, 0)      {"low":0,"best":3,"high":0}
//	Some()                 {"some":true}
//
// Decoding is strict and lossless: every valid Count survives a round trip
// unchanged, and unknown, repeated or contradictory members fail with
// ErrBadCount. As text (MarshalText, for CSV cells) a Count is its String.
//
// # Phrases
//
// ParseCount reads only the number phrase: pass "at least 40", not "at
// least 40 fighters were killed". Vague words map to fixed, documented
// conventions ("dozens" is at least 24, "a dozen" about 12, "numerous" is
// Some); keep the reporter's words in Figure.Text so that the convention
// never replaces the source. Anything the parser is not sure of fails with
// ErrBadPhrase rather than being guessed.
//
// # Pitfalls
//
//   - Count equality is by form: AtLeast(40) != MoreThan(39) and
//     Between(3, 3) != Exactly(3), though they bound the same numbers.
//     Compare Low, Best and High when meaning matters.
//   - AtMost, FewerThan, Nearly and About state no lower bound; Low returns
//     false rather than 0.
//   - Population is a context figure (people living in or present in an
//     area), not harm; do not add it to tolls.
//   - Groups overlap: "40 killed including 12 children" is two Figures,
//     people and children, not 52 people.
package casualty
