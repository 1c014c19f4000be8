package place

import (
	"fmt"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/conflictkit/conflict/internal/country"
	"github.com/conflictkit/conflict/internal/fielderr"
)

// Country is an ISO 3166-1 country (or dependent territory), backed by
// golang.org/x/text/language.Region. The zero value means "no country" and
// marshals as an empty string.
//
// A Country can only be made by ParseCountry, CountryFromRegion or
// UnmarshalText, so a non-zero Country is always a canonical country code:
// never a group such as "145" (Western Asia), never "ZZ" (unknown) or a
// private-use code such as "QQ", and never a deprecated alias such as "UK"
// (which becomes "GB").
type Country struct{ r language.Region }

// ParseCountry parses an ISO 3166-1 alpha-2 ("SY"), alpha-3 ("SYR") or
// numeric ("760") code, in any letter case. It canonicalises, so "UK"
// gives GB, and accepts only regions that are countries.
//
// Rejected with ErrBadCountry: malformed input (including surrounding
// spaces), groups and continents ("145", "001", "EU"), "ZZ" and other
// private-use codes ("QQQ" would otherwise silently become "QQ"), and the
// exceptionally reserved codes that have no numeric code ("UN", "EZ",
// "AC", "IC", "EA", ...).
//
// Historical codes are accepted because old datasets use them: "SU"
// (Soviet Union), "YU" (Yugoslavia), "CS", "AN". Where x/text maps a
// withdrawn code to its successor the successor is returned ("DD" gives
// DE, "BU" gives MM, "ZR" gives CD, "TP" gives TL). "XK" (Kosovo) is
// accepted although it is a user-assigned code, because conflict data uses
// it.
//
// Do not pass Gleditsch–Ward numbers (UCDP country_id, gwnoa): they are a
// different system and may silently name another country (Syria is GW 652,
// which in ISO is Saint Barthélemy).
func ParseCountry(s string) (Country, error) {
	r, err := language.ParseRegion(s)
	if err != nil {
		return Country{}, fmt.Errorf("place: %w %s", ErrBadCountry, fielderr.Quote(s))
	}
	c, err := CountryFromRegion(r)
	if err != nil {
		return Country{}, fmt.Errorf("place: %w %s", ErrBadCountry, fielderr.Quote(s))
	}
	return c, nil
}

// CountryFromRegion returns the country for an x/text region, applying
// the same canonicalisation and checks as ParseCountry.
func CountryFromRegion(r language.Region) (Country, error) {
	c, err := country.Canonical(r)
	if err != nil {
		return Country{}, fmt.Errorf("place: %w %q", ErrBadCountry, r.String())
	}
	return Country{r: c}, nil
}

// MustCountry is like ParseCountry but panics on error. It is meant for
// package-level values and tests.
func MustCountry(s string) Country {
	c, err := ParseCountry(s)
	if err != nil {
		panic(err)
	}
	return c
}

// IsZero reports whether c is the zero Country ("no country").
func (c Country) IsZero() bool { return c.r == language.Region{} }

// Region returns the x/text region. For the zero Country it returns the
// zero Region, which x/text prints as "ZZ".
func (c Country) Region() language.Region { return c.r }

// Alpha2 returns the ISO 3166-1 alpha-2 code ("SY"), or "" for the zero
// Country.
func (c Country) Alpha2() string {
	if c.IsZero() {
		return ""
	}
	return c.r.String()
}

// Alpha3 returns the alpha-3 code ("SYR"), or "" for the zero Country.
// For Kosovo it is "XKK", the CLDR convention, as ISO assigns none.
func (c Country) Alpha3() string {
	if c.IsZero() {
		return ""
	}
	return c.r.ISO3()
}

// Numeric returns the ISO 3166-1 numeric (UN M49) code, e.g. 760 for
// Syria, or 0 for the zero Country. It is not the Gleditsch–Ward number
// that UCDP uses (Syria is 652 there).
func (c Country) Numeric() int {
	if c.IsZero() {
		return 0
	}
	return c.r.M49()
}

// Name returns the English short name from x/text's CLDR data, e.g.
// "Syria". It is "" for the zero Country and for historical codes that
// CLDR does not name (SU, YU, CS, AN).
func (c Country) Name() string {
	if c.IsZero() {
		return ""
	}
	return display.English.Regions().Name(c.r)
}

// String returns the alpha-2 code, or "" for the zero Country.
func (c Country) String() string { return c.Alpha2() }

// MarshalText returns the alpha-2 code ("" for the zero Country).
func (c Country) MarshalText() ([]byte, error) { return []byte(c.Alpha2()), nil }

// UnmarshalText accepts exactly what MarshalText writes: an empty input
// (the zero Country) or a canonical upper-case alpha-2 country code. It is
// stricter than ParseCountry on purpose, so that stored data has one
// spelling per country; convert other spellings with ParseCountry.
func (c *Country) UnmarshalText(b []byte) error {
	s := string(b)
	if s == "" {
		*c = Country{}
		return nil
	}
	v, err := ParseCountry(s)
	if err != nil {
		return err
	}
	if v.Alpha2() != s {
		return fmt.Errorf("place: %w %q: want canonical alpha-2 %q", ErrBadCountry, s, v.Alpha2())
	}
	*c = v
	return nil
}
