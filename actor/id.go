package actor

import (
	"fmt"

	"github.com/conflictkit/conflict/internal/fielderr"
	"github.com/conflictkit/conflict/internal/vocab"
)

// ID is an actor's stable identifier: a lower-case slug such as "hts",
// "hurras-al-din" or "military-forces-of-syria". Events refer to actors by
// ID, so an ID must never change once published, even when the actor is
// renamed; a renamed organisation keeps its ID and gains a dated name.
//
// The zero ID is "no actor". Well-formed IDs follow the shared code syntax:
// 1 to 64 bytes of a-z and 0-9, starting with a letter, where single '-',
// '_', '.', '/' or ':' may join runs, so namespaced IDs such as
// "org.example/local-militia" are allowed.
type ID string

// ParseID returns s as an ID if it is well formed. It does not trim or
// lower-case: "HTS" and " hts" are errors wrapping ErrBadID.
func ParseID(s string) (ID, error) {
	if err := vocab.CheckSyntax(s); err != nil {
		return "", fmt.Errorf("actor: id %s: %w", fielderr.Quote(s), ErrBadID)
	}
	return ID(s), nil
}

// MustParseID is ParseID for literals known to be valid; it panics on error.
func MustParseID(s string) ID {
	id, err := ParseID(s)
	if err != nil {
		panic(err)
	}
	return id
}

// String returns the ID as text.
func (id ID) String() string { return string(id) }

// IsZero reports whether id is empty.
func (id ID) IsZero() bool { return id == "" }

// Valid reports whether id is well formed (the zero ID is not).
func (id ID) Valid() bool { return vocab.CheckSyntax(string(id)) == nil }

// MarshalText returns the ID; it fails with ErrBadID for a malformed
// non-empty ID so that bad data is not written out.
func (id ID) MarshalText() ([]byte, error) {
	if id != "" && !id.Valid() {
		return nil, fmt.Errorf("actor: id %q: %w", string(id), ErrBadID)
	}
	return []byte(id), nil
}

// UnmarshalText accepts an empty text (the zero ID) or a well-formed ID.
func (id *ID) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*id = ""
		return nil
	}
	v, err := ParseID(string(b))
	if err != nil {
		return err
	}
	*id = v
	return nil
}
