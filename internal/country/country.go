// Package country holds the one rule by which every package of the SDK
// decides what an ISO 3166-1 country code is, so that an actor, a source and
// a place never disagree about a code.
//
// It makes no public promise; place.Country, actor.ParseCountry and
// source.ParseCountry wrap it.
package country

import (
	"errors"

	"golang.org/x/text/language"
)

// ErrNotCountry reports a code that is not an ISO 3166-1 country.
var ErrNotCountry = errors.New("not an ISO 3166-1 country code")

// Parse reads an alpha-2, alpha-3 or numeric code ("SY", "syr", "760") and
// returns the canonical region ("UK" becomes GB). See Canonical for what
// counts as a country.
func Parse(s string) (language.Region, error) {
	r, err := language.ParseRegion(s)
	if err != nil {
		return language.Region{}, ErrNotCountry
	}
	return Canonical(r)
}

// Canonical canonicalises r and accepts it if x/text calls it a country and
// it has an ISO 3166-1 numeric code. The second test refuses the codes CLDR
// counts as countries that ISO 3166-1 does not assign (exceptionally reserved
// AC, CP, DG, EA, IC, TA; CQ; and, through their zero numeric code, UN, EZ,
// FQ and PC), while keeping withdrawn codes that old datasets still use
// (SU, YU, CS). Groups such as "145" (Western Asia), "ZZ" and private-use
// codes are not countries.
func Canonical(r language.Region) (language.Region, error) {
	c := r.Canonicalize()
	if !c.IsCountry() || c.M49() == 0 {
		return language.Region{}, ErrNotCountry
	}
	return c, nil
}
