package actor

import (
	"errors"
	"fmt"

	"github.com/conflictkit/conflict/internal/vocab"
)

// Kind says what sort of actor something is. It is an open set: the
// constants below are registered by default and downstream code may add
// its own with RegisterKind.
//
// The first eight kinds are ACLED's actor categories (the inter1/inter2
// codes 1 to 8); the rest cover actors that the flat datasets fold into
// those categories or leave out (a country acting as a whole, a military
// command, a news outlet, a person).
type Kind string

// Registered kinds. The comment gives the ACLED inter code where there is one.
const (
	KindStateForces      Kind = "state-forces"      // ACLED 1
	KindRebelGroup       Kind = "rebel-group"       // ACLED 2
	KindPoliticalMilitia Kind = "political-militia" // ACLED 3
	KindIdentityMilitia  Kind = "identity-militia"  // ACLED 4 (formerly "communal militia")
	KindRioters          Kind = "rioters"           // ACLED 5
	KindProtesters       Kind = "protesters"        // ACLED 6
	KindCivilians        Kind = "civilians"         // ACLED 7
	KindExternalOther    Kind = "external-other"    // ACLED 8

	KindState            Kind = "state"             // a country acting as such ("the United States")
	KindGovernment       Kind = "government"        // an executive or government body
	KindGovernmentAgency Kind = "government-agency" // a ministry or agency of a government
	KindMilitaryCommand  Kind = "military-command"  // a command structure such as CENTCOM
	KindArmedGroup       Kind = "armed-group"       // non-state armed group, ACLED category unknown
	KindCoalition        Kind = "coalition"         // an alliance or joint operations room
	KindOrganisation     Kind = "organisation"      // any other organisation
	KindMedia            Kind = "media"             // a news outlet or agency
	KindIGO              Kind = "igo"               // an intergovernmental organisation
	KindNGO              Kind = "ngo"               // a non-governmental organisation
	KindPerson           Kind = "person"            // an individual
	KindUnidentified     Kind = "unidentified"      // an actor the sources do not identify
)

var kinds = vocab.New[Kind]("kind", ErrUnknownKind,
	vocab.Term{Code: string(KindStateForces), Label: "State forces", Description: "Armed and security forces of a recognised government, including police and the military, acting in that capacity."},
	vocab.Term{Code: string(KindRebelGroup), Label: "Rebel group", Description: "An organised non-state armed group whose aim is to overthrow or break away from a national government."},
	vocab.Term{Code: string(KindPoliticalMilitia), Label: "Political militia", Description: "An armed group pursuing political ends without seeking to replace the government, often acting for an elite or party."},
	vocab.Term{Code: string(KindIdentityMilitia), Label: "Identity militia", Description: "An armed group organised around a shared identity such as community, clan, ethnicity or religion."},
	vocab.Term{Code: string(KindRioters), Label: "Rioters", Description: "People taking part in a violent demonstration or spontaneous mob violence."},
	vocab.Term{Code: string(KindProtesters), Label: "Protesters", Description: "People taking part in a demonstration that stays non-violent on their side."},
	vocab.Term{Code: string(KindCivilians), Label: "Civilians", Description: "Unarmed people who are not members of an armed or organised group, typically as victims."},
	vocab.Term{Code: string(KindExternalOther), Label: "External/Other forces", Description: "Foreign forces, international bodies and other actors outside the local categories, such as peacekeepers or private security."},
	vocab.Term{Code: string(KindState), Label: "State", Description: "A country acting as a whole, as in statements about what a state did or said."},
	vocab.Term{Code: string(KindGovernment), Label: "Government", Description: "An executive or other governing body of a state."},
	vocab.Term{Code: string(KindGovernmentAgency), Label: "Government agency", Description: "A ministry, department or agency acting for a government."},
	vocab.Term{Code: string(KindMilitaryCommand), Label: "Military command", Description: "A command structure of armed forces, which both acts and issues statements."},
	vocab.Term{Code: string(KindArmedGroup), Label: "Armed group", Description: "A non-state armed group whose ACLED category is not known."},
	vocab.Term{Code: string(KindCoalition), Label: "Coalition", Description: "An alliance, coalition or joint operations room of several actors."},
	vocab.Term{Code: string(KindOrganisation), Label: "Organisation", Description: "An organisation that fits no more specific kind."},
	vocab.Term{Code: string(KindMedia), Label: "Media", Description: "A news outlet, agency or other publisher of reports."},
	vocab.Term{Code: string(KindIGO), Label: "Intergovernmental organisation", Description: "An organisation whose members are states."},
	vocab.Term{Code: string(KindNGO), Label: "Non-governmental organisation", Description: "A civil-society or humanitarian organisation independent of governments."},
	vocab.Term{Code: string(KindPerson), Label: "Person", Description: "An individual human being."},
	vocab.Term{Code: string(KindUnidentified), Label: "Unidentified", Description: "An actor that the sources do not name or identify."},
)

// ParseKind returns s as a Kind if it is well formed and registered;
// otherwise the error wraps ErrUnknownKind.
func ParseKind(s string) (Kind, error) {
	k, err := kinds.Parse(s)
	if err != nil {
		return "", fmt.Errorf("actor: %w", err)
	}
	return k, nil
}

// MustParseKind is ParseKind for literals known to be valid; it panics on
// error.
func MustParseKind(s string) Kind {
	k, err := ParseKind(s)
	if err != nil {
		panic(err)
	}
	return k
}

// String returns the code.
func (k Kind) String() string { return string(k) }

// Label returns the registered human-readable name, or the code itself if
// k is not registered.
func (k Kind) Label() string {
	if t, ok := kinds.Lookup(k); ok {
		return t.Label
	}
	return string(k)
}

// Description returns the registered description, or "" if k is not
// registered.
func (k Kind) Description() string {
	t, _ := kinds.Lookup(k)
	return t.Description
}

// Known reports whether k is registered.
func (k Kind) Known() bool { return kinds.Known(k) }

// IsZero reports whether k is empty (kind not given).
func (k Kind) IsZero() bool { return k == "" }

// MarshalText returns the code; it fails for a malformed non-empty code.
func (k Kind) MarshalText() ([]byte, error) {
	if k != "" && vocab.CheckSyntax(string(k)) != nil {
		return nil, fmt.Errorf("actor: kind %q: %w", string(k), ErrUnknownKind)
	}
	return []byte(k), nil
}

// UnmarshalText accepts any well-formed code, registered or not, so that
// data written with a downstream extension survives a round trip; Validate
// reports kinds that are not registered. Empty text gives the zero Kind.
func (k *Kind) UnmarshalText(b []byte) error {
	v, err := vocab.UnmarshalCode[Kind]("kind", ErrUnknownKind, b)
	if err != nil {
		return fmt.Errorf("actor: %w", err)
	}
	*k = v
	return nil
}

// RegisterKind adds a kind to the default set. It is safe for concurrent
// use. It fails with ErrUnknownKind for a malformed code and ErrDuplicate if
// the code is already registered.
func RegisterKind(code, label, description string) error {
	err := kinds.Register(vocab.Term{Code: code, Label: label, Description: description})
	switch {
	case err == nil:
		return nil
	case errors.Is(err, vocab.ErrDuplicate):
		return fmt.Errorf("actor: kind %q: %w", code, ErrDuplicate)
	default:
		return fmt.Errorf("actor: kind %q: %w", code, ErrUnknownKind)
	}
}

// Kinds returns every registered kind in registration order.
func Kinds() []Kind { return kinds.Codes() }

// acledKinds maps ACLED inter codes 1 to 8 to kinds; index 0 is unused
// because 0 means "no actor".
var acledKinds = [9]Kind{"", KindStateForces, KindRebelGroup, KindPoliticalMilitia, KindIdentityMilitia,
	KindRioters, KindProtesters, KindCivilians, KindExternalOther}

// ACLEDInter returns ACLED's inter code (1 to 8) for the eight ACLED
// categories, and false for every other kind.
//
// The code is the actor's default category only: ACLED codes an actor per
// event and country, so foreign state forces appear as 8 (External/Other
// forces) in another country's events.
func (k Kind) ACLEDInter() (int, bool) {
	for i := 1; i < len(acledKinds); i++ {
		if acledKinds[i] == k {
			return i, true
		}
	}
	return 0, false
}

// ACLEDLabel returns the text label that ACLED has used for k since 2024
// ("State forces", "External/Other forces"), and false for kinds that are
// not ACLED categories.
func (k Kind) ACLEDLabel() (string, bool) {
	if _, ok := k.ACLEDInter(); !ok {
		return "", false
	}
	return k.Label(), true
}

// KindFromACLEDInter maps ACLED's numeric inter code 1 to 8 to its Kind.
// Code 0, which ACLED writes when an event has no second actor, is not a
// kind: the error wraps both ErrNoActor and ErrUnknownKind, so callers
// reading inter2 should test for 0 (or ErrNoActor) first. Other codes wrap
// ErrUnknownKind.
func KindFromACLEDInter(code int) (Kind, error) {
	if code == 0 {
		return "", fmt.Errorf("actor: ACLED inter code 0: %w: %w", ErrNoActor, ErrUnknownKind)
	}
	if code < 0 || code >= len(acledKinds) {
		return "", fmt.Errorf("actor: ACLED inter code %d: %w", code, ErrUnknownKind)
	}
	return acledKinds[code], nil
}

// acledLabels holds ACLED's text labels for the inter categories: the 2024+
// forms and the older plural, title-case forms, including "Communal
// Militias", the earlier name of identity militias.
var acledLabels = map[string]Kind{
	"State forces":          KindStateForces,
	"State Forces":          KindStateForces,
	"Rebel group":           KindRebelGroup,
	"Rebel Groups":          KindRebelGroup,
	"Political militia":     KindPoliticalMilitia,
	"Political Militias":    KindPoliticalMilitia,
	"Identity militia":      KindIdentityMilitia,
	"Identity Militias":     KindIdentityMilitia,
	"Communal Militias":     KindIdentityMilitia,
	"Rioters":               KindRioters,
	"Protesters":            KindProtesters,
	"Civilians":             KindCivilians,
	"External/Other forces": KindExternalOther,
	"External/Other Forces": KindExternalOther,
}

// KindFromACLEDLabel maps an ACLED inter label to its Kind. It accepts the
// text labels of the 2024+ API and CSV ("State forces", "Rebel group", ...,
// "External/Other forces") and the labels of the numeric era ("State
// Forces", "Rebel Groups", "Political Militias", "Identity Militias",
// "Communal Militias", "External/Other Forces", ...), spelt exactly: no
// trimming, no case folding. An empty label means "no actor" and wraps
// ErrNoActor and ErrUnknownKind; anything else unknown wraps ErrUnknownKind.
func KindFromACLEDLabel(s string) (Kind, error) {
	if s == "" {
		return "", fmt.Errorf("actor: ACLED inter label %q: %w: %w", s, ErrNoActor, ErrUnknownKind)
	}
	if k, ok := acledLabels[s]; ok {
		return k, nil
	}
	return "", fmt.Errorf("actor: ACLED inter label %q: %w", s, ErrUnknownKind)
}
