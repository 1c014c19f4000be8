package casualty

import (
	"fmt"

	"github.com/conflictkit/conflict/internal/vocab"
)

// Group says who a Figure counts: civilians, combatants, children and so
// on. It is an open set: the constants below are registered by default and
// RegisterGroup adds more. The zero value means people in general,
// unspecified, and is equivalent to People.
//
// Groups overlap (children are usually civilians too); a Figure counts one
// group, and a report that gives "40 killed, including 12 children" is two
// Figures.
type Group string

// Registered groups.
const (
	People         Group = "people" // everyone, or unspecified
	Civilians      Group = "civilians"
	Combatants     Group = "combatants"
	Children       Group = "children"
	Women          Group = "women"
	Men            Group = "men"
	Elderly        Group = "elderly"
	Journalists    Group = "journalists"
	AidWorkers     Group = "aid-workers"
	MedicalWorkers Group = "medical-workers"
	// Unidentified counts people whose status — civilian or combatant, and
	// on which side — the source could not establish, such as UCDP GED's
	// deaths_unknown. It is a part of the toll, not the whole: a figure
	// for People is the total.
	Unidentified Group = "unidentified"
)

var groups = vocab.New[Group]("casualty group", ErrUnknownGroup,
	vocab.Term{Code: string(People), Label: "People", Description: "Anyone, when the report does not say who."},
	vocab.Term{Code: string(Civilians), Label: "Civilians", Description: "People not taking part in the fighting."},
	vocab.Term{Code: string(Combatants), Label: "Combatants", Description: "Fighters of any side: soldiers, militia members, rebels."},
	vocab.Term{Code: string(Children), Label: "Children", Description: "People under 18, as the source counts them."},
	vocab.Term{Code: string(Women), Label: "Women", Description: "Adult women."},
	vocab.Term{Code: string(Men), Label: "Men", Description: "Adult men."},
	vocab.Term{Code: string(Elderly), Label: "Elderly", Description: "Older people, as the source counts them."},
	vocab.Term{Code: string(Journalists), Label: "Journalists", Description: "Reporters and other media workers."},
	vocab.Term{Code: string(AidWorkers), Label: "Aid workers", Description: "Staff and volunteers of humanitarian organisations."},
	vocab.Term{Code: string(MedicalWorkers), Label: "Medical workers", Description: "Doctors, nurses, paramedics and other health staff."},
	vocab.Term{Code: string(Unidentified), Label: "Unidentified", Description: "People whose status, civilian or combatant and of which side, the source could not establish."},
)

// ParseGroup returns the registered group spelled s. It is strict: s must
// be a well-formed code ("aid-workers", not "Aid workers") and registered;
// errors wrap ErrUnknownGroup. The empty string is refused: use the zero
// Group directly for "unspecified".
func ParseGroup(s string) (Group, error) { return groups.Parse(s) }

// RegisterGroup adds a group to the default set, for downstream
// extensions. It is safe for concurrent use; it fails for a malformed or
// already registered code.
func RegisterGroup(code, label, description string) error {
	if err := groups.Register(vocab.Term{Code: code, Label: label, Description: description}); err != nil {
		return fmt.Errorf("casualty: %w: %w", ErrRegister, err)
	}
	return nil
}

// Groups returns every registered group, built-in ones first, in
// registration order.
func Groups() []Group { return groups.Codes() }

// String returns the code; the zero Group gives "".
func (g Group) String() string { return string(g) }

// Label returns the registered human-readable name, "People" for the zero
// Group, or the code itself if g is not registered.
func (g Group) Label() string { return groups.Label(g.orPeople()) }

// Description returns the registered description, or "" if g is not
// registered.
func (g Group) Description() string { return groups.Description(g.orPeople()) }

// Known reports whether g is registered. The zero Group counts as known:
// it means People.
func (g Group) Known() bool { return groups.Known(g.orPeople()) }

// IsZero reports whether g is empty (unspecified).
func (g Group) IsZero() bool { return g == "" }

// Parent returns the group that g is counted within, so that a total never
// counts anyone twice ("12 civilians killed, including 5 children" is 12,
// not 17). The hierarchy is fixed:
//
//	people                        the whole; the zero Group is people too
//	├── civilians                 ┐
//	├── combatants                ├ disjoint: nobody is in two of them
//	├── unidentified              ┘
//	└── (a group registered downstream, overlapping any of the above)
//	civilians
//	└── children, women, men, elderly, journalists, aid-workers, medical-workers
//	                              overlapping one another (a woman journalist)
//
// The groups under civilians are the breakdown that civilian-harm reports
// give (Airwars: "civilians reported killed: 2-5, including 3 children");
// a report that counts fighters by age or sex should say combatants, not
// children or men. Parent returns "" for people and the zero Group, and
// people for every other group, registered or not.
func (g Group) Parent() Group {
	switch g {
	case "", People:
		return ""
	case Children, Women, Men, Elderly, Journalists, AidWorkers, MedicalWorkers:
		return Civilians
	}
	return People
}

// Disjoint reports whether g is one of the parts of people that never
// overlap — civilians, combatants and unidentified — so that their counts
// add up to a total; the other groups under a parent overlap one another,
// and only the largest of them bounds the parent.
func (g Group) Disjoint() bool {
	return g == Civilians || g == Combatants || g == Unidentified
}

// orPeople maps the zero Group to People.
func (g Group) orPeople() Group {
	if g == "" {
		return People
	}
	return g
}

// MarshalText returns the code. It fails for a malformed non-empty code,
// which could not be read back.
func (g Group) MarshalText() ([]byte, error) {
	if g != "" {
		if err := vocab.CheckSyntax(string(g)); err != nil {
			return nil, fmt.Errorf("casualty: casualty group %q: %w: %w", string(g), err, ErrUnknownGroup)
		}
	}
	return []byte(g), nil
}

// UnmarshalText accepts any well-formed code, registered or not, so that
// data written with a downstream extension survives a round trip; Known
// and Figure.Validate report unregistered codes. Empty text gives the zero
// value. Malformed codes fail with ErrUnknownGroup.
func (g *Group) UnmarshalText(text []byte) error {
	v, err := vocab.UnmarshalCode[Group](groups.Name(), ErrUnknownGroup, text)
	if err != nil {
		return fmt.Errorf("casualty: %w", err)
	}
	*g = v
	return nil
}
