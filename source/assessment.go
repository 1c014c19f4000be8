package source

import (
	"fmt"

	"github.com/conflictkit/conflict/internal/fielderr"
)

// Assessment grades how well an allegation of civilian harm is supported,
// following the grading Airwars uses for its incident archive. It grades the
// allegation as a whole (all the accounts of an incident together), not one
// source. The zero value means "not assessed".
//
// The five grades are a closed set; their codes are lower-case slugs
// ("confirmed") and their order carries no arithmetic meaning.
type Assessment uint8

// Civilian-harm assessment grades.
const (
	AssessmentConfirmed  Assessment = iota + 1 // a belligerent accepted responsibility
	AssessmentFair                             // two or more credible sources, belligerent action nearby likely
	AssessmentWeak                             // a single source
	AssessmentContested                        // responsibility disputed
	AssessmentDiscounted                       // combatants, or another party most likely responsible
)

type assessmentTerm struct{ code, label, description, strike string }

// Descriptions paraphrase the definitions shown on the Airwars site.
var assessmentTerms = [...]assessmentTerm{
	AssessmentConfirmed: {"confirmed", "Confirmed",
		"A named belligerent has admitted causing the civilian harm.", "Declared strike"},
	AssessmentFair: {"fair", "Fair",
		"At least two credible sources report the harm, and a belligerent probably or certainly acted nearby.", "Likely strike"},
	AssessmentWeak: {"weak", "Weak",
		"Only one source reports the harm, though it may give substantial detail.", "Single source claim"},
	AssessmentContested: {"contested", "Contested",
		"Responsibility is disputed: several belligerents are blamed, or the harm is also blamed on ground forces.", "Contested strike"},
	AssessmentDiscounted: {"discounted", "Discounted",
		"The dead were combatants, or some other party was most likely responsible.", ""},
}

// Assessments returns the five grades, strongest first.
func Assessments() []Assessment {
	return []Assessment{AssessmentConfirmed, AssessmentFair, AssessmentWeak, AssessmentContested, AssessmentDiscounted}
}

// ParseAssessment parses one of the codes "confirmed", "fair", "weak",
// "contested" or "discounted", spelt exactly (lower case, no spaces).
// Anything else is an error wrapping ErrBadAssessment.
func ParseAssessment(s string) (Assessment, error) {
	for _, a := range Assessments() {
		if assessmentTerms[a].code == s {
			return a, nil
		}
	}
	return 0, fmt.Errorf("source: assessment %s: %w", fielderr.Quote(s), ErrBadAssessment)
}

func (a Assessment) valid() bool { return a >= AssessmentConfirmed && a <= AssessmentDiscounted }

// String returns the code ("fair"), "" for the zero value, and
// "Assessment(n)" for an out-of-range value.
func (a Assessment) String() string {
	switch {
	case a == 0:
		return ""
	case a.valid():
		return assessmentTerms[a].code
	}
	return fmt.Sprintf("Assessment(%d)", uint8(a))
}

// Label returns the grade's name ("Fair"); "" if a is zero or out of range.
func (a Assessment) Label() string {
	if !a.valid() {
		return ""
	}
	return assessmentTerms[a].label
}

// Description explains the grade briefly; "" if a is zero or out of range.
func (a Assessment) Description() string {
	if !a.valid() {
		return ""
	}
	return assessmentTerms[a].description
}

// StrikeLabel returns the label Airwars gives a strike graded a, e.g.
// "Likely strike" for AssessmentFair; "" for AssessmentDiscounted, which has
// none, and for zero or out-of-range values.
func (a Assessment) StrikeLabel() string {
	if !a.valid() {
		return ""
	}
	return assessmentTerms[a].strike
}

// IsZero reports whether a is unassessed.
func (a Assessment) IsZero() bool { return a == 0 }

// MarshalText encodes the code; the zero value encodes as empty text. An
// out-of-range value is an error wrapping ErrBadAssessment.
func (a Assessment) MarshalText() ([]byte, error) {
	if a != 0 && !a.valid() {
		return nil, fmt.Errorf("source: assessment %d: %w", uint8(a), ErrBadAssessment)
	}
	return []byte(a.String()), nil
}

// UnmarshalText decodes a code as ParseAssessment does; empty text gives the
// zero value.
func (a *Assessment) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*a = 0
		return nil
	}
	v, err := ParseAssessment(string(text))
	if err != nil {
		return err
	}
	*a = v
	return nil
}
