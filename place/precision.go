package place

import (
	"fmt"
	"strconv"

	"github.com/conflictkit/conflict/internal/fielderr"
)

// Precision says how closely an event's coded location, usually a Point,
// matches where it happened. It is a closed set, ordered from finest to
// coarsest, and maps to the precision codes of ACLED (geo_precision 1–3),
// UCDP GED (where_prec 1–7) and PLOVER (location resolution 1–5).
//
// The schemes cut the scale differently, so some conversions lose
// information; each method documents which. Converting a scheme code to a
// Precision and back always gives the same code. Converting a Precision to
// a scheme code never claims more precision than the Precision has: where
// a scheme has no exact match, the next coarser code is used.
//
// The zero value is PrecisionUnspecified, which maps to no scheme code.
type Precision uint8

// The precisions. Their text forms are "unspecified", "site", "exact",
// "near", "admin3", "admin2", "admin1", "region", "country" and "water".
const (
	PrecisionUnspecified Precision = iota // not given
	// PrecisionSite: a spot within a locality, such as a building,
	// street or neighbourhood (PLOVER resolution 5, "sub-city").
	PrecisionSite
	// PrecisionExact: the named place itself, typically a town or village
	// with its own coordinates (ACLED 1, UCDP 1, PLOVER 4 "city").
	PrecisionExact
	// PrecisionNear: a limited area around a named place, coded to that
	// place (ACLED 2, UCDP 2).
	PrecisionNear
	// PrecisionAdmin3: somewhere in a third-order unit (a Syrian
	// sub-district); its centroid is coded.
	PrecisionAdmin3
	// PrecisionAdmin2: somewhere in a second-order unit (district); its
	// centroid is coded (UCDP 3, PLOVER 3).
	PrecisionAdmin2
	// PrecisionAdmin1: somewhere in a first-order unit (governorate,
	// province); its centroid is coded (UCDP 4, PLOVER 2).
	PrecisionAdmin1
	// PrecisionRegion: an area larger than a first-order unit but not the
	// whole country, a point between two places, or a vaguely located
	// place (ACLED 3, UCDP 5).
	PrecisionRegion
	// PrecisionCountry: somewhere in the country; its centroid is coded
	// (UCDP 6, PLOVER 1).
	PrecisionCountry
	// PrecisionWater: over water or in international airspace (UCDP 7).
	PrecisionWater
	numPrecisions
)

var precisionNames = [numPrecisions]string{
	"unspecified", "site", "exact", "near", "admin3", "admin2", "admin1", "region", "country", "water",
}

// ParsePrecision returns the precision whose text form is exactly s.
// "unspecified" gives PrecisionUnspecified, so that
// ParsePrecision(p.String()) == p for every valid p.
func ParsePrecision(s string) (Precision, error) {
	for i, n := range precisionNames {
		if n == s {
			return Precision(i), nil
		}
	}
	return 0, fmt.Errorf("place: %w %s", ErrBadPrecision, fielderr.Quote(s))
}

// String returns the text form, or "Precision(n)" for an invalid value.
func (p Precision) String() string {
	if p < numPrecisions {
		return precisionNames[p]
	}
	return "Precision(" + strconv.Itoa(int(p)) + ")"
}

// Valid reports whether p is one of the defined precisions (including
// PrecisionUnspecified).
func (p Precision) Valid() bool { return p < numPrecisions }

// IsZero reports whether p is PrecisionUnspecified.
func (p Precision) IsZero() bool { return p == PrecisionUnspecified }

// MarshalText returns the text form; it fails for an invalid value.
func (p Precision) MarshalText() ([]byte, error) {
	if !p.Valid() {
		return nil, fmt.Errorf("place: %w %d", ErrBadPrecision, uint8(p))
	}
	return []byte(precisionNames[p]), nil
}

// UnmarshalText parses a text form as ParsePrecision does, and also
// accepts an empty input as PrecisionUnspecified.
func (p *Precision) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*p = PrecisionUnspecified
		return nil
	}
	v, err := ParsePrecision(string(b))
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// PrecisionFromACLED converts ACLED's geo_precision: 1 (a particular town)
// gives PrecisionExact, 2 (part of a region, or near a town) gives
// PrecisionNear, 3 (a larger region, coded to a nearby natural location or
// the provincial capital) gives PrecisionRegion. Code 3 is lossy: ACLED
// does not say whether the region is a district, a province or larger, so
// PrecisionRegion, the vaguest reading, is used. Other codes give
// ErrBadPrecision.
func PrecisionFromACLED(code int) (Precision, error) {
	switch code {
	case 1:
		return PrecisionExact, nil
	case 2:
		return PrecisionNear, nil
	case 3:
		return PrecisionRegion, nil
	}
	return 0, fmt.Errorf("place: ACLED geo_precision %d: %w", code, ErrBadPrecision)
}

// ACLED returns the ACLED geo_precision code, and false for
// PrecisionUnspecified and invalid values. Site and Exact give 1, Near 2.
// Admin3 gives 2: a sub-district is the "small part of a region" of
// ACLED's code 2. Admin2, Admin1, Region and Country give 3, ACLED's
// coarsest code; so does Water, which ACLED has no code for.
func (p Precision) ACLED() (int, bool) {
	switch p {
	case PrecisionSite, PrecisionExact:
		return 1, true
	case PrecisionNear, PrecisionAdmin3:
		return 2, true
	case PrecisionAdmin2, PrecisionAdmin1, PrecisionRegion, PrecisionCountry, PrecisionWater:
		return 3, true
	}
	return 0, false
}

// PrecisionFromUCDP converts UCDP GED's where_prec: 1 exact, 2 near, 3
// admin2, 4 admin1, 5 region (which UCDP also uses for a point between two
// places, a non-independent island or a vaguely located place), 6 country
// and 7 water. The mapping is one to one. Other codes give ErrBadPrecision.
func PrecisionFromUCDP(code int) (Precision, error) {
	if code >= 1 && code <= 7 {
		return ucdpPrecisions[code-1], nil
	}
	return 0, fmt.Errorf("place: UCDP where_prec %d: %w", code, ErrBadPrecision)
}

var ucdpPrecisions = [7]Precision{
	PrecisionExact, PrecisionNear, PrecisionAdmin2, PrecisionAdmin1,
	PrecisionRegion, PrecisionCountry, PrecisionWater,
}

// UCDP returns the UCDP GED where_prec code, and false for
// PrecisionUnspecified and invalid values. Site gives 1 (UCDP has nothing
// finer than exact); Admin3 gives 3, the admin2 code, because UCDP has no
// code for a unit below admin2 and its code 2 ("around a named place")
// would claim a point.
func (p Precision) UCDP() (int, bool) {
	switch p {
	case PrecisionSite:
		return 1, true
	case PrecisionAdmin3:
		return 3, true
	}
	for i, q := range ucdpPrecisions {
		if q == p && p != PrecisionUnspecified {
			return i + 1, true
		}
	}
	return 0, false
}

// PrecisionFromPLOVER converts a PLOVER location resolution: 5 (sub-city)
// gives PrecisionSite, 4 (city) PrecisionExact, 3 (district)
// PrecisionAdmin2, 2 (province) PrecisionAdmin1 and 1 (country)
// PrecisionCountry. The mapping is one to one. Other codes give
// ErrBadPrecision.
func PrecisionFromPLOVER(code int) (Precision, error) {
	switch code {
	case 5:
		return PrecisionSite, nil
	case 4:
		return PrecisionExact, nil
	case 3:
		return PrecisionAdmin2, nil
	case 2:
		return PrecisionAdmin1, nil
	case 1:
		return PrecisionCountry, nil
	}
	return 0, fmt.Errorf("place: PLOVER resolution %d: %w", code, ErrBadPrecision)
}

// PLOVER returns the PLOVER location resolution, and false for
// PrecisionUnspecified, PrecisionWater (PLOVER resolves to land units
// only) and invalid values. Near gives 4: the event is resolved to the
// named city. Admin3 gives 3 (district), as PLOVER has nothing between
// district and city. Region gives 1 (country), the only PLOVER unit that
// is sure to contain an area larger than a province.
func (p Precision) PLOVER() (int, bool) {
	switch p {
	case PrecisionSite:
		return 5, true
	case PrecisionExact, PrecisionNear:
		return 4, true
	case PrecisionAdmin3, PrecisionAdmin2:
		return 3, true
	case PrecisionAdmin1:
		return 2, true
	case PrecisionRegion, PrecisionCountry:
		return 1, true
	}
	return 0, false
}
