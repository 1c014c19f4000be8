package casualty

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// Figure is one reported number: how many people (Count) of which Group
// suffered which Outcome, with the phrase as the source wrote it. Several
// Figures for the same outcome and group, from different sources, may
// describe one event; Reconcile summarises them.
//
// The zero Figure has no outcome and an unknown count; it does not pass
// Validate.
type Figure struct {
	Outcome Outcome `json:"outcome"`
	Group   Group   `json:"group,omitzero"` // zero = people, unspecified
	Count   Count   `json:"count"`
	// Text is the phrase as reported, e.g. "at least 40" or "dozens",
	// stored verbatim so that a conventional reading (dozens = at least 24)
	// never hides what the source said.
	Text string `json:"text,omitzero"`
}

// NewFigure returns a Figure with no Text.
func NewFigure(o Outcome, g Group, c Count) Figure {
	return Figure{Outcome: o, Group: g, Count: c}
}

// Validate reports every problem with f at once (joined with
// errors.Join): a missing or unregistered outcome (ErrUnknownOutcome), an
// unregistered group (ErrUnknownGroup), an invalid Count (see
// Count.Validate) and Text that is not valid UTF-8 (ErrBadText). An
// unordered Estimate is not a problem here; check Count.Ordered to warn.
func (f Figure) Validate() error {
	var errs []error
	switch {
	case f.Outcome.IsZero():
		errs = append(errs, fmt.Errorf("casualty: figure has no outcome: %w", ErrUnknownOutcome))
	case !f.Outcome.Known():
		errs = append(errs, fmt.Errorf("casualty: figure outcome %q: %w", string(f.Outcome), ErrUnknownOutcome))
	}
	if !f.Group.Known() {
		errs = append(errs, fmt.Errorf("casualty: figure group %q: %w", string(f.Group), ErrUnknownGroup))
	}
	if err := f.Count.Validate(); err != nil {
		errs = append(errs, err)
	}
	if !utf8.ValidString(f.Text) {
		errs = append(errs, fmt.Errorf("casualty: figure text %q: %w", f.Text, ErrBadText))
	}
	return errors.Join(errs...)
}

// String describes f in English, e.g. "at least 40 combatants killed",
// "1 child injured", "an unknown number of civilians missing" or "about
// 3,000,000 people present" (for Population). Unregistered codes are
// shown as they are.
func (f Figure) String() string {
	count := f.Count.String()
	if f.Count.IsZero() {
		count = "an unknown number of"
	}
	return count + " " + groupWord(f.Group, f.Count.singular()) + " " + outcomeWord(f.Outcome)
}

// singular reports whether the count's number is a lone 1, as in "at
// least 1 child".
func (c Count) singular() bool {
	switch c.kind {
	case kindExact, kindAtLeast, kindAtMost, kindAbout, kindNearly:
		return c.x == 1
	}
	return false
}

// groupNouns gives the singular and plural noun of each built-in group.
var groupNouns = map[Group][2]string{
	People:         {"person", "people"},
	Civilians:      {"civilian", "civilians"},
	Combatants:     {"combatant", "combatants"},
	Children:       {"child", "children"},
	Women:          {"woman", "women"},
	Men:            {"man", "men"},
	Elderly:        {"elderly person", "elderly people"},
	Journalists:    {"journalist", "journalists"},
	AidWorkers:     {"aid worker", "aid workers"},
	MedicalWorkers: {"medical worker", "medical workers"},
	Unidentified:   {"person of unknown status", "people of unknown status"},
}

func groupWord(g Group, singular bool) string {
	if n, ok := groupNouns[g.orPeople()]; ok {
		if singular {
			return n[0]
		}
		return n[1]
	}
	return strings.ToLower(g.Label())
}

func outcomeWord(o Outcome) string {
	switch {
	case o == Population:
		return "present"
	case o.IsZero():
		return "(no outcome)"
	}
	return strings.ToLower(o.Label())
}
