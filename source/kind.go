package source

import (
	"errors"
	"fmt"

	"github.com/conflictkit/conflict/internal/fielderr"
	"github.com/conflictkit/conflict/internal/vocab"
)

// Kind says what sort of organisation or channel a source is. It is an open
// set: the built-in kinds below can be extended with RegisterKind, and data
// written with an extension's kinds still decodes (see UnmarshalText).
//
// A source has one kind. When a state owns or controls an outlet, prefer
// KindStateMedia over the outlet's form (news agency, broadcaster), because
// that is what matters when weighing its reports: SANA and TASS are state
// media. The zero value means "kind not recorded".
type Kind string

// Built-in source kinds.
const (
	KindGovernment  Kind = "government"
	KindMilitary    Kind = "military"
	KindNewsAgency  Kind = "news-agency"
	KindBroadcaster Kind = "broadcaster"
	KindNewspaper   Kind = "newspaper"
	KindOnlineNews  Kind = "online-news"
	KindMonitor     Kind = "monitor"
	KindStateMedia  Kind = "state-media"
	KindSocialMedia Kind = "social-media"
	KindThinkTank   Kind = "think-tank"
	KindUNAgency    Kind = "un-agency"
	KindNGO         Kind = "ngo"
	KindAcademic    Kind = "academic"
	KindIndividual  Kind = "individual"
	KindOther       Kind = "other"
)

// kinds is the default registry; vocab.Vocab is safe for concurrent use.
var kinds = vocab.New[Kind]("kind", ErrUnknownKind,
	vocab.Term{Code: string(KindGovernment), Label: "Government",
		Description: "A government, ministry or civilian public office speaking officially."},
	vocab.Term{Code: string(KindMilitary), Label: "Military",
		Description: "Armed forces, a military command or a defence ministry speaking for them, such as CENTCOM."},
	vocab.Term{Code: string(KindNewsAgency), Label: "News agency",
		Description: "A wire service whose reports other media republish."},
	vocab.Term{Code: string(KindBroadcaster), Label: "Broadcaster",
		Description: "A television or radio broadcaster and its website, such as Al Jazeera."},
	vocab.Term{Code: string(KindNewspaper), Label: "Newspaper",
		Description: "A newspaper or magazine, printed or online."},
	vocab.Term{Code: string(KindOnlineNews), Label: "Online news outlet",
		Description: "A news outlet that publishes only on the web."},
	vocab.Term{Code: string(KindMonitor), Label: "Monitor",
		Description: "An organisation that records incidents or casualties systematically, such as SOHR."},
	vocab.Term{Code: string(KindStateMedia), Label: "State media",
		Description: "An outlet owned or controlled by a state, whatever its form, such as SANA or TASS."},
	vocab.Term{Code: string(KindSocialMedia), Label: "Social media",
		Description: "An account or channel on a social-media or messaging platform."},
	vocab.Term{Code: string(KindThinkTank), Label: "Think tank",
		Description: "A policy research institute publishing analysis."},
	vocab.Term{Code: string(KindUNAgency), Label: "UN agency",
		Description: "A United Nations body, agency, office or mission."},
	vocab.Term{Code: string(KindNGO), Label: "NGO",
		Description: "A non-governmental organisation that is not chiefly a monitor, e.g. a humanitarian or rights group."},
	vocab.Term{Code: string(KindAcademic), Label: "Academic",
		Description: "A university, research programme or scholar."},
	vocab.Term{Code: string(KindIndividual), Label: "Individual",
		Description: "A person speaking for themselves, such as a witness or an independent analyst."},
	vocab.Term{Code: string(KindOther), Label: "Other",
		Description: "A source that fits none of the other kinds."},
)

// ParseKind returns the registered kind spelt exactly s. A malformed or
// unregistered code is an error wrapping ErrUnknownKind.
func ParseKind(s string) (Kind, error) {
	if vocab.CheckSyntax(s) != nil {
		return "", fmt.Errorf("source: kind %s: malformed code: %w", fielderr.Quote(s), ErrUnknownKind)
	}
	if !kinds.Known(Kind(s)) {
		return "", fmt.Errorf("source: kind %s: %w", fielderr.Quote(s), ErrUnknownKind)
	}
	return Kind(s), nil
}

// RegisterKind adds a kind to the default set, for downstream code that
// needs kinds the SDK does not define. Namespace extension codes
// ("org.example/podcast") so they cannot collide with future built-ins.
// It fails for a malformed code (wrapping ErrUnknownKind) or one already
// registered (wrapping ErrDuplicateKind). It is safe for concurrent use.
func RegisterKind(code, label, description string) error {
	if vocab.CheckSyntax(code) != nil {
		return fmt.Errorf("source: kind %q: malformed code: %w", code, ErrUnknownKind)
	}
	if err := kinds.Register(vocab.Term{Code: code, Label: label, Description: description}); err != nil {
		if errors.Is(err, vocab.ErrDuplicate) {
			return fmt.Errorf("source: kind %q: %w", code, ErrDuplicateKind)
		}
		return fmt.Errorf("source: %w", err)
	}
	return nil
}

// Kinds returns every registered kind: the built-ins first, in the order of
// the constants above, then registered ones in registration order.
func Kinds() []Kind { return kinds.Codes() }

// String returns the code.
func (k Kind) String() string { return string(k) }

// Label returns the registered human-readable name, or the code itself when
// k is not registered.
func (k Kind) Label() string { return kinds.Label(k) }

// Description returns the registered description, or "" when k is not
// registered.
func (k Kind) Description() string { return kinds.Description(k) }

// Known reports whether k is registered.
func (k Kind) Known() bool { return kinds.Known(k) }

// IsZero reports whether k is unset.
func (k Kind) IsZero() bool { return k == "" }

// MarshalText encodes the code; it fails, wrapping ErrUnknownKind, for a
// malformed non-empty code. Unregistered well-formed codes are written.
func (k Kind) MarshalText() ([]byte, error) {
	if k != "" && vocab.CheckSyntax(string(k)) != nil {
		return nil, fmt.Errorf("source: kind %q: malformed code: %w", string(k), ErrUnknownKind)
	}
	return []byte(k), nil
}

// UnmarshalText accepts any well-formed code, registered or not, so that data
// written with a downstream extension round-trips; Source.Validate reports
// unregistered kinds. Empty text gives the zero Kind. A malformed code is an
// error wrapping ErrUnknownKind.
func (k *Kind) UnmarshalText(text []byte) error {
	v, err := vocab.UnmarshalCode[Kind]("kind", ErrUnknownKind, text)
	if err != nil {
		return fmt.Errorf("source: %w", err)
	}
	*k = v
	return nil
}
