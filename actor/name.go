package actor

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/rickb777/date/v2"
	"golang.org/x/text/language"

	"github.com/conflictkit/conflict/internal/fielderr"
)

// NameKind says what role a name plays for its actor. It is a closed set;
// the zero value means "not specified" and behaves like NameOfficial in
// NameAt.
type NameKind uint8

// Name kinds.
const (
	NameUnspecified     NameKind = iota // not said
	NameOfficial                        // the name the actor uses for itself ("Hay'at Tahrir al-Sham")
	NameShort                           // acronym or abbreviation ("HTS", "CENTCOM")
	NameAlias                           // variant spelling or informal name ("Tahrir al-Sham")
	NameTransliteration                 // a romanisation of a name in another script ("Hayat Tahrir ash-Sham")
	NameTranslation                     // the name rendered in another language ("Organization for the Liberation of the Levant")
	NameFormer                          // a name no longer used whose dates are unknown; prefer a dated name
)

var nameKindCodes = [...]string{"", "official", "short", "alias", "transliteration", "translation", "former"}

// ParseNameKind parses a name kind code ("official", "short", "alias",
// "transliteration", "translation", "former") spelt exactly. Anything else,
// including "", wraps ErrUnknownNameKind.
func ParseNameKind(s string) (NameKind, error) {
	for i := 1; i < len(nameKindCodes); i++ {
		if nameKindCodes[i] == s {
			return NameKind(i), nil
		}
	}
	return 0, fmt.Errorf("actor: name kind %s: %w", fielderr.Quote(s), ErrUnknownNameKind)
}

// String returns the code, "" for NameUnspecified, and "NameKind(n)" for
// values outside the set.
func (k NameKind) String() string {
	if int(k) < len(nameKindCodes) {
		return nameKindCodes[k]
	}
	return fmt.Sprintf("NameKind(%d)", uint8(k))
}

// Valid reports whether k is in the set (NameUnspecified included).
func (k NameKind) Valid() bool { return int(k) < len(nameKindCodes) }

// IsZero reports whether k is NameUnspecified.
func (k NameKind) IsZero() bool { return k == NameUnspecified }

// MarshalText returns the code; it fails for values outside the set.
func (k NameKind) MarshalText() ([]byte, error) {
	if !k.Valid() {
		return nil, fmt.Errorf("actor: %s: %w", k.String(), ErrUnknownNameKind)
	}
	return []byte(k.String()), nil
}

// UnmarshalText parses a code with ParseNameKind; empty text gives
// NameUnspecified.
func (k *NameKind) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*k = NameUnspecified
		return nil
	}
	v, err := ParseNameKind(string(b))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// Name is one name of an actor, in any language or script, optionally
// bounded in time (Popolo other_names with start and end dates). Text is
// kept exactly as given; compare names through a normalised form rather
// than editing them.
type Name struct {
	Text string       `json:"text"`
	Lang language.Tag `json:"lang,omitzero"` // language.Und when not known
	Kind NameKind     `json:"kind,omitzero"`
	From Date         `json:"from,omitzero"` // first day in use; zero = not known or always
	To   Date         `json:"to,omitzero"`   // last day in use; zero = still in use or not known
	Note string       `json:"note,omitzero"`
}

// ValidAt reports whether the name was in use on day: its From..To period,
// open where a bound is zero, covers the day.
func (n Name) ValidAt(day date.Date) bool { return covers(n.From, n.To, day) }

// Dated reports whether the name has a From or To date.
func (n Name) Dated() bool { return !n.From.IsZero() || !n.To.IsZero() }

// Validate reports a missing or non-UTF-8 text (ErrNoName, ErrBadText), a
// kind outside the set (ErrUnknownNameKind), From after To (ErrDateOrder)
// and a non-UTF-8 note (ErrBadText), joined with errors.Join; each is a
// *FieldError whose Path is relative to the name ("text", "kind", "to",
// "note").
func (n Name) Validate() error {
	p := problems{Prefix: "actor"}
	n.check(&p, "")
	return p.Join()
}

// check adds n's problems to p, with prefix ("names[1].") before each path.
func (n Name) check(p *problems, prefix string) {
	switch {
	case strings.TrimSpace(n.Text) == "":
		p.Add(prefix+"text", n.Text, ErrNoName)
	case !utf8.ValidString(n.Text):
		p.Add(prefix+"text", n.Text, ErrBadText)
	}
	if !n.Kind.Valid() {
		p.Add(prefix+"kind", n.Kind.String(), ErrUnknownNameKind)
	}
	period(p, prefix, "from", "to", n.From, n.To)
	if !utf8.ValidString(n.Note) {
		p.Add(prefix+"note", n.Note, ErrBadText)
	}
}
