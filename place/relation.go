package place

import (
	"fmt"
	"strconv"

	"github.com/conflictkit/conflict/internal/fielderr"
)

// Relation says how an event relates to the place it is coded to. It is a
// closed set. The zero value is RelationIn, the common case, so a where
// clause that does not mention the relation means "in".
type Relation uint8

// The relations. Their text forms are "in", "near" and "between".
const (
	// RelationIn: the event happened in the place.
	RelationIn Relation = iota
	// RelationNear: the event happened near the place, outside it or at
	// its edge (UCDP "limited area around a named place", ACLED "near a
	// town").
	RelationNear
	// RelationBetween: the event happened between this place and another,
	// e.g. on the road between two towns. The other place is named by the
	// caller (the event's where clause), not here.
	RelationBetween
	numRelations
)

var relationNames = [numRelations]string{"in", "near", "between"}

// ParseRelation returns the relation whose text form is exactly s.
func ParseRelation(s string) (Relation, error) {
	for i, n := range relationNames {
		if n == s {
			return Relation(i), nil
		}
	}
	return 0, fmt.Errorf("place: %w %s", ErrBadRelation, fielderr.Quote(s))
}

// String returns the text form, or "Relation(n)" for an invalid value.
func (r Relation) String() string {
	if r < numRelations {
		return relationNames[r]
	}
	return "Relation(" + strconv.Itoa(int(r)) + ")"
}

// Valid reports whether r is one of the defined relations.
func (r Relation) Valid() bool { return r < numRelations }

// IsZero reports whether r is the default, RelationIn.
func (r Relation) IsZero() bool { return r == RelationIn }

// MarshalText returns the text form; it fails for an invalid value.
func (r Relation) MarshalText() ([]byte, error) {
	if !r.Valid() {
		return nil, fmt.Errorf("place: %w %d", ErrBadRelation, uint8(r))
	}
	return []byte(relationNames[r]), nil
}

// UnmarshalText parses a text form as ParseRelation does, and also accepts
// an empty input as the default RelationIn.
func (r *Relation) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*r = RelationIn
		return nil
	}
	v, err := ParseRelation(string(b))
	if err != nil {
		return err
	}
	*r = v
	return nil
}
