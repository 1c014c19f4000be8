package place

import (
	"fmt"

	"github.com/conflictkit/conflict/internal/fielderr"
	"github.com/conflictkit/conflict/internal/vocab"
)

// MaxIDLen is the longest place ID accepted, in bytes.
const MaxIDLen = 64

// ID is the stable identifier of a Place: a lower-case slug such as "sy07",
// "idlib-city" or "idlib-de-escalation-zone". IDs are chosen by whoever
// builds the gazetteer; they are deliberately not P-codes or ISO codes,
// because those change between code-set versions while an ID must not.
// Store external codes in Place.Codes instead.
//
// Syntax: 1 to MaxIDLen bytes of lower-case ASCII letters and digits,
// starting with a letter, where single separators '-', '_', '.', '/' and
// ':' may join runs of letters and digits (so "org.example/old-town" is a
// valid namespaced ID). The zero value "" means "no ID".
type ID string

// ParseID returns s as an ID if it is well formed. It never trims or
// lower-cases: "SY07" is an error, not "sy07".
func ParseID(s string) (ID, error) {
	if err := checkSlug(s, MaxIDLen); err != nil {
		return "", fmt.Errorf("place: %w %s", ErrBadID, fielderr.Quote(s))
	}
	return ID(s), nil
}

// MustParseID is like ParseID but panics if s is malformed. It is meant for
// package-level tables and tests.
func MustParseID(s string) ID {
	id, err := ParseID(s)
	if err != nil {
		panic(err)
	}
	return id
}

// String returns the ID as a string.
func (id ID) String() string { return string(id) }

// IsZero reports whether the ID is empty.
func (id ID) IsZero() bool { return id == "" }

// Valid reports whether the ID is well formed (the empty ID is not).
func (id ID) Valid() bool { return checkSlug(string(id), MaxIDLen) == nil }

// MarshalText returns the ID. It fails for a malformed non-empty ID, so that
// nothing is written that could not be read back.
func (id ID) MarshalText() ([]byte, error) {
	if id != "" && !id.Valid() {
		return nil, fmt.Errorf("place: %w %q", ErrBadID, string(id))
	}
	return []byte(id), nil
}

// UnmarshalText sets the ID from b. An empty input gives the zero ID (an
// absent optional link); anything else must be well formed.
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

// checkSlug applies the code syntax shared across the SDK
// (internal/vocab.CheckSyntax) with a length limit of maxLen.
func checkSlug(s string, maxLen int) error {
	if len(s) > maxLen {
		return vocab.ErrSyntax
	}
	return vocab.CheckSyntax(s)
}
