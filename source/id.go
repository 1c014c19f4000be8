package source

import (
	"fmt"
	"unicode/utf8"

	"github.com/conflictkit/conflict/internal/fielderr"
	"github.com/conflictkit/conflict/internal/vocab"
)

// ID identifies a Source: a stable lower-case slug such as "sohr",
// "centcom" or "tass". The zero value is the empty (missing) ID.
//
// An ID is 1 to 64 bytes of lower-case ASCII letters and digits, starting
// with a letter, where single separators '-', '_', '.', '/' and ':' may join
// runs of letters and digits ("al-jazeera", "org.example/local-monitor").
// These are the same rules as every code of the SDK.
type ID string

// ParseID returns s as an ID if it is well formed; otherwise the error wraps
// ErrBadID. It never trims or lower-cases: "SOHR" is an error, not "sohr".
func ParseID(s string) (ID, error) {
	if err := checkID(s); err != nil {
		return "", fmt.Errorf("source: id %s: %w", fielderr.Quote(s), ErrBadID)
	}
	return ID(s), nil
}

// checkID applies the shared slug syntax; it is used for this package's IDs
// and for the IDs of other records (actors, places) that citations mention.
func checkID(s string) error {
	if err := vocab.CheckSyntax(s); err != nil {
		return ErrBadID
	}
	return nil
}

// String returns the ID as a string.
func (id ID) String() string { return string(id) }

// IsZero reports whether the ID is empty.
func (id ID) IsZero() bool { return id == "" }

// MarshalText encodes the ID. It fails, wrapping ErrBadID, for a malformed
// non-empty ID, so that bad IDs are never written.
func (id ID) MarshalText() ([]byte, error) {
	if id != "" && checkID(string(id)) != nil {
		return nil, fmt.Errorf("source: id %q: %w", string(id), ErrBadID)
	}
	return []byte(id), nil
}

// UnmarshalText decodes a well-formed ID; empty text gives the zero ID.
// Malformed text is an error wrapping ErrBadID and leaves id unchanged.
func (id *ID) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*id = ""
		return nil
	}
	v, err := ParseID(string(text))
	if err != nil {
		return err
	}
	*id = v
	return nil
}

// Ref is a self-describing reference to a Source: its ID, which a Dataset
// resolves, and its display name, so that a reader of a single event needs
// no lookup. The zero value is the empty reference.
//
// The ID may be empty: a name-only reference is an unresolved one, as flat
// formats give sources ("Liveuamap", "SOHR" in an ACLED row) before they
// are matched to source records. A Dataset checks only references with an
// ID.
type Ref struct {
	ID   ID     `json:"id,omitzero"`
	Name string `json:"name"` // display name, e.g. "Syrian Observatory for Human Rights"
}

// IsZero reports whether r is the empty reference.
func (r Ref) IsZero() bool { return r == Ref{} }

// Validate reports every problem of r: a malformed ID (ErrBadID; an empty
// one is allowed, see Ref) and a missing or non-UTF-8 name (ErrMissing,
// ErrBadText). Field paths are "id" and "name".
func (r Ref) Validate() error {
	p := problems{Prefix: "source"}
	r.check(&p, "")
	return p.Join()
}

func (r Ref) check(p *problems, prefix string) {
	if r.ID != "" && checkID(string(r.ID)) != nil {
		p.Add(prefix+"id", string(r.ID), ErrBadID)
	}
	checkText(p, prefix+"name", r.Name, true)
}

// checkText reports a missing required text or one that is not UTF-8.
func checkText(p *problems, path, s string, required bool) {
	switch {
	case s == "" && required:
		p.Add(path, "", ErrMissing)
	case !utf8.ValidString(s):
		p.Add(path, s, ErrBadText)
	}
}

// checkOtherID checks the syntax of an optional ID of another record type
// (actor, place), which follows the same slug rules.
func checkOtherID(p *problems, path, s string) {
	if s != "" && checkID(s) != nil {
		p.Add(path, s, ErrBadID)
	}
}
