package casualty

import (
	"fmt"

	"github.com/conflictkit/conflict/internal/vocab"
)

// Outcome says what happened to the people a Figure counts: killed,
// injured, missing, and so on. It is an open set: the constants below are
// registered by default and RegisterOutcome adds more. The zero value
// means no outcome was given; a Figure needs one to validate.
type Outcome string

// Registered outcomes.
const (
	Killed  Outcome = "killed"
	Injured Outcome = "injured"
	// KilledOrInjured is for "casualties" reported without saying whether
	// the people were killed or wounded ("numerous casualties").
	KilledOrInjured Outcome = "killed-or-injured"
	Missing         Outcome = "missing"
	Detained        Outcome = "detained"
	Abducted        Outcome = "abducted"
	Displaced       Outcome = "displaced"
	Affected        Outcome = "affected"
	Evacuated       Outcome = "evacuated"
	Population      Outcome = "population" // people present, a context figure rather than harm
)

var outcomes = vocab.New[Outcome]("casualty outcome", ErrUnknownOutcome,
	vocab.Term{Code: string(Killed), Label: "Killed", Description: "People who died as a result of the event."},
	vocab.Term{Code: string(Injured), Label: "Injured", Description: "People wounded or otherwise physically hurt but not killed."},
	vocab.Term{Code: string(KilledOrInjured), Label: "Killed or injured", Description: "Casualties reported without saying how many died and how many were hurt."},
	vocab.Term{Code: string(Missing), Label: "Missing", Description: "People whose fate or whereabouts are not known after the event."},
	vocab.Term{Code: string(Detained), Label: "Detained", Description: "People arrested or held by an authority or armed force."},
	vocab.Term{Code: string(Abducted), Label: "Abducted", Description: "People taken by force, such as kidnapped or hostages."},
	vocab.Term{Code: string(Displaced), Label: "Displaced", Description: "People forced to leave their homes."},
	vocab.Term{Code: string(Affected), Label: "Affected", Description: "People harmed in a way the report does not specify, or a humanitarian 'affected' figure."},
	vocab.Term{Code: string(Evacuated), Label: "Evacuated", Description: "People moved out of danger in an organised way."},
	vocab.Term{Code: string(Population), Label: "Population", Description: "People living or present in the area: context for the other figures, not a count of harm."},
)

// ParseOutcome returns the registered outcome spelled s. It is strict: s
// must be a well-formed code (lower-case, no spaces) and registered;
// errors wrap ErrUnknownOutcome.
func ParseOutcome(s string) (Outcome, error) { return outcomes.Parse(s) }

// RegisterOutcome adds an outcome to the default set, for downstream
// extensions. Namespaced codes such as "org.example/tortured" avoid
// clashes. It is safe for concurrent use; it fails for a malformed or
// already registered code.
func RegisterOutcome(code, label, description string) error {
	if err := outcomes.Register(vocab.Term{Code: code, Label: label, Description: description}); err != nil {
		return fmt.Errorf("casualty: %w: %w", ErrRegister, err)
	}
	return nil
}

// Outcomes returns every registered outcome, built-in ones first, in
// registration order.
func Outcomes() []Outcome { return outcomes.Codes() }

// String returns the code.
func (o Outcome) String() string { return string(o) }

// Label returns the registered human-readable name, or the code itself if
// o is not registered.
func (o Outcome) Label() string { return outcomes.Label(o) }

// Description returns the registered description, or "" if o is not
// registered.
func (o Outcome) Description() string { return outcomes.Description(o) }

// Known reports whether o is registered.
func (o Outcome) Known() bool { return outcomes.Known(o) }

// IsZero reports whether o is empty (no outcome given).
func (o Outcome) IsZero() bool { return o == "" }

// MarshalText returns the code. It fails for a malformed non-empty code,
// which could not be read back.
func (o Outcome) MarshalText() ([]byte, error) {
	if o != "" {
		if err := vocab.CheckSyntax(string(o)); err != nil {
			return nil, fmt.Errorf("casualty: casualty outcome %q: %w: %w", string(o), err, ErrUnknownOutcome)
		}
	}
	return []byte(o), nil
}

// UnmarshalText accepts any well-formed code, registered or not, so that
// data written with a downstream extension survives a round trip; Known
// and Figure.Validate report unregistered codes. Empty text gives the zero
// value. Malformed codes fail with ErrUnknownOutcome.
func (o *Outcome) UnmarshalText(text []byte) error {
	v, err := vocab.UnmarshalCode[Outcome](outcomes.Name(), ErrUnknownOutcome, text)
	if err != nil {
		return fmt.Errorf("casualty: %w", err)
	}
	*o = v
	return nil
}
