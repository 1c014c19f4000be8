package place

import (
	"fmt"
	"strconv"

	"github.com/conflictkit/conflict/internal/fielderr"
)

// Level says what kind of unit a Place is. It is a closed set.
//
// The ranked levels nest: country > admin1 > admin2 > admin3 > admin4 >
// locality (see Rank). What each admin level is called varies by country:
// in Syria admin1 is the governorate (muhafaza), admin2 the district
// (mantiqah), admin3 the sub-district (nahiyah) and admin4 the community.
// LevelArea is for a named area that is not an administrative unit, such as
// the Idlib de-escalation zone, "northwest Syria" or a sea; areas are
// unranked and may sit anywhere in a hierarchy.
//
// The zero value is LevelUnspecified, which a valid Place may not have.
type Level uint8

// The levels. Their text forms are "unspecified", "country", "admin1",
// "admin2", "admin3", "admin4", "locality" and "area".
const (
	LevelUnspecified Level = iota // not given
	LevelCountry                  // a sovereign state or dependent territory (ISO 3166-1)
	LevelAdmin1                   // first-order division (Syria: governorate)
	LevelAdmin2                   // second-order division (Syria: district)
	LevelAdmin3                   // third-order division (Syria: sub-district)
	LevelAdmin4                   // fourth-order division (Syria: community)
	LevelLocality                 // a city, town, village or named site
	LevelArea                     // a named area that is not an admin unit
	numLevels
)

var levelNames = [numLevels]string{
	"unspecified", "country", "admin1", "admin2", "admin3", "admin4", "locality", "area",
}

// ParseLevel returns the level whose text form is exactly s. It is strict:
// no trimming, no case folding. "unspecified" gives LevelUnspecified, so
// that ParseLevel(l.String()) == l for every valid l.
func ParseLevel(s string) (Level, error) {
	for i, n := range levelNames {
		if n == s {
			return Level(i), nil
		}
	}
	return 0, fmt.Errorf("place: %w %s", ErrBadLevel, fielderr.Quote(s))
}

// String returns the text form, or "Level(n)" for an invalid value.
func (l Level) String() string {
	if l < numLevels {
		return levelNames[l]
	}
	return "Level(" + strconv.Itoa(int(l)) + ")"
}

// Valid reports whether l is one of the defined levels (including
// LevelUnspecified).
func (l Level) Valid() bool { return l < numLevels }

// IsZero reports whether l is LevelUnspecified.
func (l Level) IsZero() bool { return l == LevelUnspecified }

// IsAdmin reports whether l is an administrative division below the
// country (admin1 to admin4).
func (l Level) IsAdmin() bool { return l >= LevelAdmin1 && l <= LevelAdmin4 }

// Rank orders the nested levels: 1 for a country, 2 for admin1, and so on
// to 6 for a locality, so that a unit can only sit inside a unit of lower
// rank. LevelArea, LevelUnspecified and invalid values have rank 0: they
// take no part in the ordering.
func (l Level) Rank() int {
	if l >= LevelCountry && l <= LevelLocality {
		return int(l)
	}
	return 0
}

// MarshalText returns the text form; it fails for an invalid value.
func (l Level) MarshalText() ([]byte, error) {
	if !l.Valid() {
		return nil, fmt.Errorf("place: %w %d", ErrBadLevel, uint8(l))
	}
	return []byte(levelNames[l]), nil
}

// UnmarshalText parses a text form as ParseLevel does, and also accepts
// an empty input as LevelUnspecified, since tables often leave it blank.
func (l *Level) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*l = LevelUnspecified
		return nil
	}
	v, err := ParseLevel(string(b))
	if err != nil {
		return err
	}
	*l = v
	return nil
}
