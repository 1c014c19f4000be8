package source

import (
	"fmt"

	"github.com/conflictkit/conflict/internal/fielderr"
)

// Reliability is the Admiralty (NATO) grade of a source's reliability, A to
// F, judged from its record rather than from any one report. The zero value
// means "not graded".
//
// F ("cannot be judged") means there is no basis for a judgement, for
// instance a new source. It is not a middle grade between A and E: never
// average it or sort it as worse than E.
type Reliability byte

// Admiralty source reliability grades.
const (
	CompletelyReliable Reliability = iota + 1 // A
	UsuallyReliable                           // B
	FairlyReliable                            // C
	NotUsuallyReliable                        // D
	Unreliable                                // E
	CannotBeJudged                            // F: no basis for judging; not "average"
)

// gradeTerm is the label and paraphrased description of one grade.
type gradeTerm struct{ label, description string }

// Descriptions paraphrase the Admiralty code as published in MISP's
// admiralty-scale taxonomy (after FM 2-22.3).
var reliabilityTerms = [...]gradeTerm{
	CompletelyReliable: {"Completely reliable",
		"Authenticity, trustworthiness and competence are not in doubt, and the source has always been reliable."},
	UsuallyReliable: {"Usually reliable",
		"Slight doubts about authenticity, trustworthiness or competence; the source's information has mostly proved valid."},
	FairlyReliable: {"Fairly reliable",
		"Some doubt about authenticity, trustworthiness or competence, though the source has given valid information before."},
	NotUsuallyReliable: {"Not usually reliable",
		"Serious doubt about authenticity, trustworthiness or competence, though some of the source's information has proved valid."},
	Unreliable: {"Unreliable",
		"Authenticity, trustworthiness and competence are lacking, and the source has given invalid information before."},
	CannotBeJudged: {"Reliability cannot be judged",
		"Nothing allows the source's reliability to be assessed; this is not an average grade."},
}

// Reliabilities returns the six grades, A to F.
func Reliabilities() []Reliability {
	return []Reliability{CompletelyReliable, UsuallyReliable, FairlyReliable, NotUsuallyReliable, Unreliable, CannotBeJudged}
}

// ParseReliability parses exactly one upper-case letter "A" to "F". Anything
// else, including "a", " A" and the non-standard MISP grade "G", is an error
// wrapping ErrBadGrade.
func ParseReliability(s string) (Reliability, error) {
	if len(s) == 1 && s[0] >= 'A' && s[0] <= 'F' {
		return Reliability(s[0]-'A') + CompletelyReliable, nil
	}
	return 0, fmt.Errorf("source: reliability %s: %w", fielderr.Quote(s), ErrBadGrade)
}

func (r Reliability) valid() bool { return r >= CompletelyReliable && r <= CannotBeJudged }

// String returns the letter ("B"), "" for the zero value, and
// "Reliability(n)" for an out-of-range value.
func (r Reliability) String() string {
	switch {
	case r == 0:
		return ""
	case r.valid():
		return string(rune('A' + r - CompletelyReliable))
	}
	return fmt.Sprintf("Reliability(%d)", byte(r))
}

// Label returns the grade's name, e.g. "Usually reliable"; "" if r is zero or
// out of range.
func (r Reliability) Label() string {
	if !r.valid() {
		return ""
	}
	return reliabilityTerms[r].label
}

// Description explains the grade briefly; "" if r is zero or out of range.
func (r Reliability) Description() string {
	if !r.valid() {
		return ""
	}
	return reliabilityTerms[r].description
}

// IsZero reports whether r is ungraded.
func (r Reliability) IsZero() bool { return r == 0 }

// MarshalText encodes the letter; the zero value encodes as empty text. An
// out-of-range value is an error wrapping ErrBadGrade.
func (r Reliability) MarshalText() ([]byte, error) {
	if r != 0 && !r.valid() {
		return nil, fmt.Errorf("source: reliability %d: %w", byte(r), ErrBadGrade)
	}
	return []byte(r.String()), nil
}

// UnmarshalText decodes a letter as ParseReliability does; empty text gives
// the zero value.
func (r *Reliability) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*r = 0
		return nil
	}
	v, err := ParseReliability(string(text))
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// Credibility is the Admiralty (NATO) grade of one piece of information, 1 to
// 6, judged independently of its source's Reliability. The zero value means
// "not graded".
//
// 6 ("truth cannot be judged") means there is no basis for a judgement; like
// reliability F it is not a middle grade and has no STIX confidence value.
type Credibility byte

// Admiralty information credibility grades.
const (
	Confirmed           Credibility = iota + 1 // 1: confirmed by other sources
	ProbablyTrue                               // 2
	PossiblyTrue                               // 3
	Doubtful                                   // 4
	Improbable                                 // 5
	TruthCannotBeJudged                        // 6: no basis for judging; not "average"
)

var credibilityTerms = [...]gradeTerm{
	Confirmed: {"Confirmed by other sources",
		"Independent sources confirm it; it is logical and fits what else is known on the subject."},
	ProbablyTrue: {"Probably true",
		"Unconfirmed, but logical and consistent with what else is known on the subject."},
	PossiblyTrue: {"Possibly true",
		"Unconfirmed; fairly logical and in agreement with part of what else is known."},
	Doubtful: {"Doubtful",
		"Unconfirmed; possible but not logical, with nothing else known on the subject."},
	Improbable: {"Improbable",
		"Unconfirmed, illogical, and contradicted by other information on the subject."},
	TruthCannotBeJudged: {"Truth cannot be judged",
		"Nothing allows the information's validity to be assessed; this is not an average grade."},
}

// Credibilities returns the six grades, 1 to 6.
func Credibilities() []Credibility {
	return []Credibility{Confirmed, ProbablyTrue, PossiblyTrue, Doubtful, Improbable, TruthCannotBeJudged}
}

// ParseCredibility parses exactly one digit "1" to "6"; anything else is an
// error wrapping ErrBadGrade.
func ParseCredibility(s string) (Credibility, error) {
	if len(s) == 1 && s[0] >= '1' && s[0] <= '6' {
		return Credibility(s[0]-'1') + Confirmed, nil
	}
	return 0, fmt.Errorf("source: credibility %s: %w", fielderr.Quote(s), ErrBadGrade)
}

func (c Credibility) valid() bool { return c >= Confirmed && c <= TruthCannotBeJudged }

// String returns the digit ("2"), "" for the zero value, and
// "Credibility(n)" for an out-of-range value.
func (c Credibility) String() string {
	switch {
	case c == 0:
		return ""
	case c.valid():
		return string(rune('1' + c - Confirmed))
	}
	return fmt.Sprintf("Credibility(%d)", byte(c))
}

// Label returns the grade's name, e.g. "Probably true"; "" if c is zero or
// out of range.
func (c Credibility) Label() string {
	if !c.valid() {
		return ""
	}
	return credibilityTerms[c].label
}

// Description explains the grade briefly; "" if c is zero or out of range.
func (c Credibility) Description() string {
	if !c.valid() {
		return ""
	}
	return credibilityTerms[c].description
}

// IsZero reports whether c is ungraded.
func (c Credibility) IsZero() bool { return c == 0 }

// stixConfidence maps credibility 1-5 to the STIX 2.1 confidence value (the
// "Admiralty Credibility" scale of the STIX appendix).
var stixConfidence = [...]int{Confirmed: 90, ProbablyTrue: 70, PossiblyTrue: 50, Doubtful: 30, Improbable: 10}

// STIXConfidence returns the STIX 2.1 confidence (0-100) for c: 1 → 90,
// 2 → 70, 3 → 50, 4 → 30, 5 → 10. Grade 6, the zero value and out-of-range
// values have no STIX value: ok is false, and the STIX field should be
// omitted rather than set to a middle value.
func (c Credibility) STIXConfidence() (confidence int, ok bool) {
	if c < Confirmed || c > Improbable {
		return 0, false
	}
	return stixConfidence[c], true
}

// CredibilityFromSTIX maps a STIX 2.1 confidence back to a credibility grade:
// 80-100 → 1, 60-79 → 2, 40-59 → 3, 20-39 → 4, 0-19 → 5. It never returns 6,
// since an absent STIX confidence is not a number. Values outside 0-100 are
// an error wrapping ErrBadGrade.
func CredibilityFromSTIX(confidence int) (Credibility, error) {
	switch {
	case confidence < 0 || confidence > 100:
		return 0, fmt.Errorf("source: STIX confidence %d: %w", confidence, ErrBadGrade)
	case confidence >= 80:
		return Confirmed, nil
	case confidence >= 60:
		return ProbablyTrue, nil
	case confidence >= 40:
		return PossiblyTrue, nil
	case confidence >= 20:
		return Doubtful, nil
	}
	return Improbable, nil
}

// MarshalText encodes the digit; the zero value encodes as empty text. An
// out-of-range value is an error wrapping ErrBadGrade.
func (c Credibility) MarshalText() ([]byte, error) {
	if c != 0 && !c.valid() {
		return nil, fmt.Errorf("source: credibility %d: %w", byte(c), ErrBadGrade)
	}
	return []byte(c.String()), nil
}

// UnmarshalText decodes a digit as ParseCredibility does; empty text gives
// the zero value.
func (c *Credibility) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*c = 0
		return nil
	}
	v, err := ParseCredibility(string(text))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// Grade is a combined Admiralty grade such as "B2": the reliability of the
// source and the credibility of the information. The zero value means "not
// graded".
//
// A grade is either zero or complete. A partial grade (only a letter or only
// a digit) cannot be parsed, encoded or validated: record an explicit
// CannotBeJudged or TruthCannotBeJudged for the axis you cannot assess, which
// keeps "not assessed" apart from "assessed as unjudgeable".
type Grade struct {
	Reliability Reliability
	Credibility Credibility
}

// ParseGrade parses exactly a letter "A"-"F" followed by a digit "1"-"6",
// e.g. "B2". Lower case, spaces, separators and partial grades ("B", "2")
// are errors wrapping ErrBadGrade.
func ParseGrade(s string) (Grade, error) {
	if len(s) == 2 {
		r, rerr := ParseReliability(s[:1])
		c, cerr := ParseCredibility(s[1:])
		if rerr == nil && cerr == nil {
			return Grade{Reliability: r, Credibility: c}, nil
		}
	}
	return Grade{}, fmt.Errorf("source: grade %s: %w", fielderr.Quote(s), ErrBadGrade)
}

// MustParseGrade is ParseGrade for literals known to be valid, such as
// package-level tables; it panics on error.
func MustParseGrade(s string) Grade {
	g, err := ParseGrade(s)
	if err != nil {
		panic(err)
	}
	return g
}

// IsZero reports whether g is ungraded.
func (g Grade) IsZero() bool { return g == Grade{} }

// Valid reports whether g is a complete grade with both axes in range.
func (g Grade) Valid() bool { return g.Reliability.valid() && g.Credibility.valid() }

// String returns "B2", "" for the zero value, and "Grade(r,c)" (raw numbers)
// for a partial or out-of-range grade.
func (g Grade) String() string {
	switch {
	case g.IsZero():
		return ""
	case g.Valid():
		return g.Reliability.String() + g.Credibility.String()
	}
	return fmt.Sprintf("Grade(%d,%d)", byte(g.Reliability), byte(g.Credibility))
}

// Label returns both labels, e.g. "Usually reliable, probably true"; "" unless
// g is valid.
func (g Grade) Label() string {
	if !g.Valid() {
		return ""
	}
	c := []byte(g.Credibility.Label())
	c[0] += 'a' - 'A' // every credibility label starts with an ASCII capital
	return g.Reliability.Label() + ", " + string(c)
}

// MarshalText encodes "B2"; the zero value encodes as empty text. A partial
// or out-of-range grade is an error wrapping ErrBadGrade. In JSON a Grade is
// therefore a string.
func (g Grade) MarshalText() ([]byte, error) {
	if !g.IsZero() && !g.Valid() {
		return nil, fmt.Errorf("source: grade %s: %w", g.String(), ErrBadGrade)
	}
	return []byte(g.String()), nil
}

// UnmarshalText decodes a grade as ParseGrade does; empty text gives the zero
// value.
func (g *Grade) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*g = Grade{}
		return nil
	}
	v, err := ParseGrade(string(text))
	if err != nil {
		return err
	}
	*g = v
	return nil
}
