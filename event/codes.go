package event

import (
	"errors"
	"fmt"

	"github.com/conflictkit/conflict/internal/vocab"
)

// Role is what a participant did in an event. It is an open set: the
// constants below are registered, and RegisterRole adds more.
//
// ACLED's actor1 / assoc_actor_1 / actor2 / assoc_actor_2 map to
// Perpetrator / PerpetratorAssociate / Target / TargetAssociate; in a battle
// UCDP's side_a and side_b map to Perpetrator and Target too (UCDP's
// side A is the initiating or government side by convention), or to Party
// when the source does not say who attacked whom.
type Role string

// Registered roles.
const (
	Perpetrator          Role = "perpetrator"
	Target               Role = "target"
	PerpetratorAssociate Role = "perpetrator-associate"
	TargetAssociate      Role = "target-associate"
	Party                Role = "party"
	Sponsor              Role = "sponsor"
	Mediator             Role = "mediator"
	Observer             Role = "observer"
)

var roles = vocab.New[Role]("participant role", ErrUnknownRole,
	vocab.Term{Code: "perpetrator", Label: "Perpetrator", Description: "carried out the action (ACLED actor1)"},
	vocab.Term{Code: "target", Label: "Target", Description: "the action was directed at it (ACLED actor2)"},
	vocab.Term{Code: "perpetrator-associate", Label: "Associate of the perpetrator", Description: "acted alongside the perpetrator (ACLED assoc_actor_1)"},
	vocab.Term{Code: "target-associate", Label: "Associate of the target", Description: "was targeted alongside the target (ACLED assoc_actor_2)"},
	vocab.Term{Code: "party", Label: "Party", Description: "took part without a stated direction: a side in a clash, a signatory of an agreement"},
	vocab.Term{Code: "sponsor", Label: "Sponsor", Description: "backed, guaranteed or co-sponsored the action or agreement without carrying it out"},
	vocab.Term{Code: "mediator", Label: "Mediator", Description: "brokered between the parties"},
	vocab.Term{Code: "observer", Label: "Observer", Description: "was present or was informed, without taking part"},
)

// ParseRole returns the registered role with code s,
// exactly (no trimming or case folding). Errors wrap ErrUnknownRole and quote s.
func ParseRole(s string) (Role, error) {
	v, err := roles.Parse(s)
	return v, prefixErr(err)
}

// RegisterRole adds a role, e.g. "org.example/financier". It is safe for
// concurrent use. A malformed code fails with ErrUnknownRole, a code
// already registered with ErrDuplicate.
func RegisterRole(code, label, description string) error {
	return register(roles, ErrUnknownRole, vocab.Term{Code: code, Label: label, Description: description})
}

// Roles returns every registered role in registration order.
func Roles() []Role { return roles.Codes() }

// String returns the code.
func (r Role) String() string { return string(r) }

// Label returns the registered label, or the code if r is not registered.
func (r Role) Label() string { return roles.Label(r) }

// Known reports whether r is registered.
func (r Role) Known() bool { return roles.Known(r) }

// IsZero reports whether r is unset.
func (r Role) IsZero() bool { return r == "" }

// MarshalText returns the code; it fails for a malformed one.
func (r Role) MarshalText() ([]byte, error) { return vocabMarshal(roles, ErrUnknownRole, r) }

// UnmarshalText accepts any well-formed code, registered or not, so that
// data from extensions survives; Validate reports unregistered roles.
func (r *Role) UnmarshalText(b []byte) (err error) {
	*r, err = vocab.UnmarshalCode[Role](roles.Name(), ErrUnknownRole, b)
	return prefixErr(err)
}

// ClaimKind is the stance a source takes in a Claim. Open set.
type ClaimKind string

// Registered claim kinds.
const (
	Asserts              ClaimKind = "asserts"
	Denies               ClaimKind = "denies"
	Alleges              ClaimKind = "alleges"
	DeclinesToSay        ClaimKind = "declines-to-say"
	Acknowledges         ClaimKind = "acknowledges"
	ClaimsResponsibility ClaimKind = "claims-responsibility"
)

var claimKinds = vocab.New[ClaimKind]("claim kind", ErrUnknownClaim,
	vocab.Term{Code: "asserts", Label: "Asserts", Description: "states it as fact"},
	vocab.Term{Code: "denies", Label: "Denies", Description: "states that it is not so"},
	vocab.Term{Code: "alleges", Label: "Alleges", Description: "accuses another party, without proof offered"},
	vocab.Term{Code: "declines-to-say", Label: "Declines to say", Description: "was asked or expected to state it and did not"},
	vocab.Term{Code: "acknowledges", Label: "Acknowledges", Description: "confirms something said by others"},
	vocab.Term{Code: "claims-responsibility", Label: "Claims responsibility", Description: "says it carried out the action"},
)

// ParseClaimKind returns the registered claim kind with code s,
// exactly (no trimming or case folding). Errors wrap ErrUnknownClaim and quote s.
func ParseClaimKind(s string) (ClaimKind, error) {
	v, err := claimKinds.Parse(s)
	return v, prefixErr(err)
}

// RegisterClaimKind adds a claim kind. It is safe for concurrent use.
// A malformed code fails with ErrUnknownClaim, a code already registered with
// ErrDuplicate.
func RegisterClaimKind(code, label, description string) error {
	return register(claimKinds, ErrUnknownClaim, vocab.Term{Code: code, Label: label, Description: description})
}

// ClaimKinds returns every registered claim kind in registration order.
func ClaimKinds() []ClaimKind { return claimKinds.Codes() }

// String returns the code.
func (k ClaimKind) String() string { return string(k) }

// Label returns the registered label, or the code if k is not registered.
func (k ClaimKind) Label() string { return claimKinds.Label(k) }

// Known reports whether k is registered.
func (k ClaimKind) Known() bool { return claimKinds.Known(k) }

// IsZero reports whether k is unset.
func (k ClaimKind) IsZero() bool { return k == "" }

// MarshalText returns the code; it fails for a malformed one.
func (k ClaimKind) MarshalText() ([]byte, error) { return vocabMarshal(claimKinds, ErrUnknownClaim, k) }

// UnmarshalText accepts any well-formed code; Validate reports unregistered ones.
func (k *ClaimKind) UnmarshalText(b []byte) (err error) {
	*k, err = vocab.UnmarshalCode[ClaimKind](claimKinds.Name(), ErrUnknownClaim, b)
	return prefixErr(err)
}

// Aspect is what a Claim is about. Open set.
type Aspect string

// Registered aspects.
const (
	AspectOccurrence   Aspect = "occurrence"
	AspectPerpetrator  Aspect = "perpetrator"
	AspectTarget       Aspect = "target"
	AspectWeapon       Aspect = "weapon"
	AspectCasualties   Aspect = "casualties"
	AspectLocation     Aspect = "location"
	AspectDate         Aspect = "date"
	AspectPurpose      Aspect = "purpose"
	AspectLegality     Aspect = "legality"
	AspectNotification Aspect = "notification"
	AspectConsequence  Aspect = "consequence"
	AspectAssessment   Aspect = "assessment"
	AspectControl      Aspect = "control"
)

var aspects = vocab.New[Aspect]("claim aspect", ErrUnknownAspect,
	vocab.Term{Code: "occurrence", Label: "Occurrence", Description: "whether the event happened at all, and what it was"},
	vocab.Term{Code: "perpetrator", Label: "Perpetrator", Description: "who carried it out"},
	vocab.Term{Code: "target", Label: "Target", Description: "who or what was aimed at"},
	vocab.Term{Code: "weapon", Label: "Weapon", Description: "the means used"},
	vocab.Term{Code: "casualties", Label: "Casualties", Description: "who was harmed, and how many"},
	vocab.Term{Code: "location", Label: "Location", Description: "where it happened"},
	vocab.Term{Code: "date", Label: "Date", Description: "when it happened"},
	vocab.Term{Code: "purpose", Label: "Purpose", Description: "why it was done, what it was meant to achieve"},
	vocab.Term{Code: "legality", Label: "Legality", Description: "whether it broke a law, agreement or ceasefire"},
	vocab.Term{Code: "notification", Label: "Notification", Description: "who was warned or informed beforehand"},
	vocab.Term{Code: "consequence", Label: "Consequence", Description: "what it led to or will lead to"},
	vocab.Term{Code: "assessment", Label: "Assessment", Description: "an analyst's reading of the situation"},
	vocab.Term{Code: "control", Label: "Control", Description: "who holds or operates in a territory"},
)

// ParseAspect returns the registered aspect with code s,
// exactly (no trimming or case folding). Errors wrap ErrUnknownAspect and quote s.
func ParseAspect(s string) (Aspect, error) {
	v, err := aspects.Parse(s)
	return v, prefixErr(err)
}

// RegisterAspect adds an aspect. It is safe for concurrent use.
// A malformed code fails with ErrUnknownAspect, a code already registered with
// ErrDuplicate.
func RegisterAspect(code, label, description string) error {
	return register(aspects, ErrUnknownAspect, vocab.Term{Code: code, Label: label, Description: description})
}

// Aspects returns every registered aspect in registration order.
func Aspects() []Aspect { return aspects.Codes() }

// String returns the code.
func (a Aspect) String() string { return string(a) }

// Label returns the registered label, or the code if a is not registered.
func (a Aspect) Label() string { return aspects.Label(a) }

// Known reports whether a is registered.
func (a Aspect) Known() bool { return aspects.Known(a) }

// IsZero reports whether a is unset.
func (a Aspect) IsZero() bool { return a == "" }

// MarshalText returns the code; it fails for a malformed one.
func (a Aspect) MarshalText() ([]byte, error) { return vocabMarshal(aspects, ErrUnknownAspect, a) }

// UnmarshalText accepts any well-formed code; Validate reports unregistered ones.
func (a *Aspect) UnmarshalText(b []byte) (err error) {
	*a, err = vocab.UnmarshalCode[Aspect](aspects.Name(), ErrUnknownAspect, b)
	return prefixErr(err)
}

// RelationKind is how one event relates to another. Open set.
type RelationKind string

// Registered relation kinds. A relation reads "this event <kind> the other".
const (
	SameAs     RelationKind = "same-as"
	PartOf     RelationKind = "part-of"
	ResponseTo RelationKind = "response-to"
	Follows    RelationKind = "follows"
	Violates   RelationKind = "violates"
)

var relationKinds = vocab.New[RelationKind]("event relation", ErrUnknownRelation,
	vocab.Term{Code: "same-as", Label: "Same as", Description: "the same incident, recorded twice (e.g. in two datasets)"},
	vocab.Term{Code: "part-of", Label: "Part of", Description: "one incident within a larger event, such as a campaign"},
	vocab.Term{Code: "response-to", Label: "Response to", Description: "done in reaction to the other event"},
	vocab.Term{Code: "follows", Label: "Follows", Description: "comes after the other event in a sequence the sources draw"},
	vocab.Term{Code: "violates", Label: "Violates", Description: "breaches the agreement or ceasefire that the other event records"},
)

// ParseRelationKind returns the registered relation kind with code s,
// exactly (no trimming or case folding). Errors wrap ErrUnknownRelation and quote s.
func ParseRelationKind(s string) (RelationKind, error) {
	v, err := relationKinds.Parse(s)
	return v, prefixErr(err)
}

// RegisterRelationKind adds a relation kind. It is safe for concurrent use.
// A malformed code fails with ErrUnknownRelation, a code already registered with
// ErrDuplicate.
func RegisterRelationKind(code, label, description string) error {
	return register(relationKinds, ErrUnknownRelation, vocab.Term{Code: code, Label: label, Description: description})
}

// RelationKinds returns every registered relation kind in registration order.
func RelationKinds() []RelationKind { return relationKinds.Codes() }

// String returns the code.
func (k RelationKind) String() string { return string(k) }

// Label returns the registered label, or the code if k is not registered.
func (k RelationKind) Label() string { return relationKinds.Label(k) }

// Known reports whether k is registered.
func (k RelationKind) Known() bool { return relationKinds.Known(k) }

// IsZero reports whether k is unset.
func (k RelationKind) IsZero() bool { return k == "" }

// MarshalText returns the code; it fails for a malformed one.
func (k RelationKind) MarshalText() ([]byte, error) {
	return vocabMarshal(relationKinds, ErrUnknownRelation, k)
}

// UnmarshalText accepts any well-formed code; Validate reports unregistered ones.
func (k *RelationKind) UnmarshalText(b []byte) (err error) {
	*k, err = vocab.UnmarshalCode[RelationKind](relationKinds.Name(), ErrUnknownRelation, b)
	return prefixErr(err)
}

func vocabMarshal[T ~string](v *vocab.Vocab[T], unknown error, c T) ([]byte, error) {
	if c == "" {
		return nil, nil
	}
	if _, err := vocab.UnmarshalCode[T](v.Name(), unknown, []byte(c)); err != nil {
		return nil, prefixErr(err)
	}
	return []byte(c), nil
}

// register adds a term to v. Failures wrap this package's sentinels, not
// the internal vocab ones that callers cannot name: a malformed code wraps
// unknown (the set's own sentinel), a repeated one ErrDuplicate.
func register[T ~string](v *vocab.Vocab[T], unknown error, t vocab.Term) error {
	err := v.Register(t)
	switch {
	case err == nil:
		return nil
	case errors.Is(err, vocab.ErrDuplicate):
		return fmt.Errorf("event: %v: %w", err, ErrDuplicate)
	}
	return fmt.Errorf("event: %v: %w", err, unknown)
}

// prefixErr gives the shared vocab errors this package's "event:" prefix.
func prefixErr(err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("event: %w", err)
}
