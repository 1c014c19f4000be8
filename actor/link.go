package actor

import (
	"fmt"
	"unicode/utf8"

	"github.com/rickb777/date/v2"

	"github.com/conflictkit/conflict/internal/fielderr"
)

// LinkKind says how an actor relates to another. It is a closed set; the
// zero value is LinkUnspecified, which Validate rejects.
//
// Direction: a Link is stored on the subject actor A and points at
// Link.Actor B; read it as "A <kind> B". So Jabhat Fateh al-Sham carries
// {successor-of jabhat-al-nusra} and {merged-into hts}, and Hurras al-Din
// carries {loyal-to al-qaeda}. Record each relation once, on the actor the
// sentence is about; Registry derives the reverse direction.
type LinkKind uint8

// Link kinds, each read as "A <kind> B".
const (
	LinkUnspecified LinkKind = iota // not said; invalid in a Link
	LinkMemberOf                    // A belongs to B, a coalition, alliance or operations room
	LinkPartOf                      // A is a unit or branch of B (a division of an army)
	LinkAlliedWith                  // A and B fight or act together (symmetric)
	LinkBackedBy                    // A receives support (arms, money, cover) from B
	LinkLoyalTo                     // A has pledged allegiance to B
	LinkLeaderOf                    // A, a person, leads B
	LinkSuccessorOf                 // A continues B under a new name or identity; B ceased
	LinkMergedInto                  // A was absorbed, with others, into the new actor B
	LinkSplitFrom                   // A broke away from B, which continued
	LinkOpposedTo                   // A fights or opposes B (symmetric)
)

var linkKindCodes = [...]string{"", "member-of", "part-of", "allied-with", "backed-by", "loyal-to",
	"leader-of", "successor-of", "merged-into", "split-from", "opposed-to"}

// ParseLinkKind parses a link kind code ("member-of", "part-of",
// "allied-with", "backed-by", "loyal-to", "leader-of", "successor-of",
// "merged-into", "split-from", "opposed-to") spelt exactly. Anything else,
// including "", wraps ErrUnknownLinkKind.
func ParseLinkKind(s string) (LinkKind, error) {
	for i := 1; i < len(linkKindCodes); i++ {
		if linkKindCodes[i] == s {
			return LinkKind(i), nil
		}
	}
	return 0, fmt.Errorf("actor: link kind %s: %w", fielderr.Quote(s), ErrUnknownLinkKind)
}

// String returns the code, "" for LinkUnspecified, and "LinkKind(n)" for
// values outside the set.
func (k LinkKind) String() string {
	if int(k) < len(linkKindCodes) {
		return linkKindCodes[k]
	}
	return fmt.Sprintf("LinkKind(%d)", uint8(k))
}

// Valid reports whether k is one of the named kinds (not LinkUnspecified).
func (k LinkKind) Valid() bool { return k != LinkUnspecified && int(k) < len(linkKindCodes) }

// IsZero reports whether k is LinkUnspecified.
func (k LinkKind) IsZero() bool { return k == LinkUnspecified }

// Symmetric reports whether "A k B" implies "B k A" (allied-with,
// opposed-to).
func (k LinkKind) Symmetric() bool { return k == LinkAlliedWith || k == LinkOpposedTo }

// MarshalText returns the code; LinkUnspecified marshals as "" and values
// outside the set fail.
func (k LinkKind) MarshalText() ([]byte, error) {
	if int(k) >= len(linkKindCodes) {
		return nil, fmt.Errorf("actor: %s: %w", k.String(), ErrUnknownLinkKind)
	}
	return []byte(k.String()), nil
}

// UnmarshalText parses a code with ParseLinkKind; empty text gives
// LinkUnspecified, which Validate then reports.
func (k *LinkKind) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*k = LinkUnspecified
		return nil
	}
	v, err := ParseLinkKind(string(b))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// Link is a dated relation from the actor that holds it to another actor
// (Popolo membership; FtM interval entities). See LinkKind for direction.
type Link struct {
	Kind  LinkKind `json:"kind"`
	Actor ID       `json:"actor"`
	From  Date     `json:"from,omitzero"`
	To    Date     `json:"to,omitzero"`
	Note  string   `json:"note,omitzero"`
}

// ValidAt reports whether the relation held on day.
func (l Link) ValidAt(day date.Date) bool { return covers(l.From, l.To, day) }

// Validate reports an unspecified or unknown kind (ErrUnknownLinkKind), a
// missing or malformed target (ErrBadID), From after To (ErrDateOrder) and
// a non-UTF-8 note (ErrBadText), joined with errors.Join; each is a
// *FieldError whose Path is relative to the link ("kind", "actor", "to",
// "note"). A link to its own actor is checked by Actor.Validate.
func (l Link) Validate() error {
	p := problems{Prefix: "actor"}
	l.check(&p, "")
	return p.Join()
}

// check adds l's problems to p, with prefix ("links[1].") before each path.
func (l Link) check(p *problems, prefix string) {
	if !l.Kind.Valid() {
		p.Add(prefix+"kind", l.Kind.String(), ErrUnknownLinkKind)
	}
	if !l.Actor.Valid() {
		p.Add(prefix+"actor", string(l.Actor), ErrBadID)
	}
	period(p, prefix, "from", "to", l.From, l.To)
	if !utf8.ValidString(l.Note) {
		p.Add(prefix+"note", l.Note, ErrBadText)
	}
}
