package place

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/conflictkit/conflict/internal/fielderr"
)

// Scheme names a system of place codes. The known schemes have constants
// and their values are checked (see Code.Validate). Any other well-formed
// scheme (a lower-case slug with the same syntax as ID, e.g.
// "geoboundaries" or "org.example/grid") is allowed so that downstream
// data can carry its own codes; for those only basic hygiene of the value
// is checked.
type Scheme string

// The known schemes.
const (
	// SchemeISOCountry is ISO 3166-1; values are canonical alpha-2 codes
	// ("SY"), as written by Country.
	SchemeISOCountry Scheme = "iso3166-1"
	// SchemeISOSubdivision is ISO 3166-2; values are a country's alpha-2
	// code, a hyphen and 1 to 3 letters or digits ("SY-ID", "TR-31").
	SchemeISOSubdivision Scheme = "iso3166-2"
	// SchemePCode is OCHA's P-codes from the Common Operational Datasets
	// ("SY07", "SY0700", "TUR031"). They are opaque: patterns differ by
	// country and by level, so a parent is never inferred from a prefix.
	SchemePCode Scheme = "ocha-pcode"
	// SchemeGeoNames is a GeoNames feature id, a positive decimal number
	// ("169389").
	SchemeGeoNames Scheme = "geonames"
	// SchemeWikidata is a Wikidata item id ("Q…").
	SchemeWikidata Scheme = "wikidata"
)

// maxSchemeLen and maxCodeLen bound what a Code may hold.
const (
	maxSchemeLen = 64
	maxCodeLen   = 256
)

// ParseScheme returns s as a Scheme if it is well formed (known or not).
func ParseScheme(s string) (Scheme, error) {
	if checkSlug(s, maxSchemeLen) != nil {
		return "", fmt.Errorf("place: %w %s", ErrBadScheme, fielderr.Quote(s))
	}
	return Scheme(s), nil
}

// String returns the scheme as a string.
func (s Scheme) String() string { return string(s) }

// Known reports whether s is one of the schemes this package checks.
func (s Scheme) Known() bool {
	switch s {
	case SchemeISOCountry, SchemeISOSubdivision, SchemePCode, SchemeGeoNames, SchemeWikidata:
		return true
	}
	return false
}

// MarshalText returns the scheme; it fails for a malformed non-empty one.
func (s Scheme) MarshalText() ([]byte, error) {
	if s != "" && checkSlug(string(s), maxSchemeLen) != nil {
		return nil, fmt.Errorf("place: %w %q", ErrBadScheme, string(s))
	}
	return []byte(s), nil
}

// UnmarshalText accepts an empty input (the zero Scheme, which Validate
// then reports) or a well-formed scheme.
func (s *Scheme) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*s = ""
		return nil
	}
	v, err := ParseScheme(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// Code is a place's identifier in some external scheme. The value is
// opaque: compare it, store it, never parse meaning out of it.
type Code struct {
	Scheme Scheme `json:"scheme"`
	Value  string `json:"value"`
}

// NewCode returns a Code after checking value against scheme (see
// Code.Validate).
func NewCode(scheme Scheme, value string) (Code, error) {
	c := Code{Scheme: scheme, Value: value}
	if err := c.Validate(); err != nil {
		return Code{}, err
	}
	return c, nil
}

// String returns "scheme:value", for messages.
func (c Code) String() string { return string(c.Scheme) + ":" + c.Value }

// IsZero reports whether both scheme and value are empty.
func (c Code) IsZero() bool { return c == Code{} }

// Validate checks the scheme's syntax and the value against the scheme.
// Errors wrap ErrBadScheme or ErrBadCode.
//
//   - iso3166-1: a canonical alpha-2 country code, as Country.Alpha2 gives
//     ("SY"; not "sy", "SYR", "760" or "UK").
//   - iso3166-2: two upper-case letters naming a country, '-', then 1 to
//     3 upper-case letters or digits ("SY-ID").
//   - ocha-pcode: an upper-case letter, then 1 to 19 upper-case letters
//     or digits. This is looser than the usual ISO-prefix shape ("SY07",
//     "TUR031001") because Syria's admin4 community codes are "C" plus
//     digits.
//   - geonames: a positive decimal integer with no leading zero, at most
//     12 digits.
//   - wikidata: "Q" followed by a positive decimal integer with no leading
//     zero.
//   - any other well-formed scheme: a non-empty value of valid UTF-8 of at
//     most 256 bytes, with no control characters and no leading or
//     trailing white space.
//
// The result is an errors.Join of *FieldError values whose Path is
// relative to the code ("scheme" or "value"). A malformed scheme is the
// only problem reported, since the value's rules depend on the scheme.
func (c Code) Validate() error {
	p := problems{Prefix: "place"}
	c.check(&p, "")
	return p.Join()
}

// check adds c's problems to p, with prefix ("codes[1].") before each path.
func (c Code) check(p *problems, prefix string) {
	if checkSlug(string(c.Scheme), maxSchemeLen) != nil {
		p.Add(prefix+"scheme", string(c.Scheme), ErrBadScheme)
		return
	}
	if !validCodeValue(c.Scheme, c.Value) {
		p.Add(prefix+"value", c.Value, fmt.Errorf("%w for scheme %q", ErrBadCode, string(c.Scheme)))
	}
}

func validCodeValue(s Scheme, v string) bool {
	switch s {
	case SchemeISOCountry:
		c, err := ParseCountry(v)
		return err == nil && c.Alpha2() == v
	case SchemeISOSubdivision:
		if len(v) < 4 || len(v) > 6 || v[2] != '-' || !allUpperAlnum(v[3:]) {
			return false
		}
		c, err := ParseCountry(v[:2])
		return err == nil && c.Alpha2() == v[:2]
	case SchemePCode:
		return len(v) >= 2 && len(v) <= 20 && isUpper(v[0]) && allUpperAlnum(v[1:])
	case SchemeGeoNames:
		return len(v) <= 12 && positiveDecimal(v)
	case SchemeWikidata:
		return len(v) >= 2 && len(v) <= 20 && v[0] == 'Q' && positiveDecimal(v[1:])
	}
	if v == "" || len(v) > maxCodeLen || !utf8.ValidString(v) || strings.TrimSpace(v) != v {
		return false
	}
	return !strings.ContainsFunc(v, unicode.IsControl)
}

func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }
func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func allUpperAlnum(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isUpper(s[i]) && !isDigit(s[i]) {
			return false
		}
	}
	return true
}

func positiveDecimal(s string) bool {
	if s == "" || s[0] == '0' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}
