package place

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/conflictkit/conflict/internal/strictjson"
)

// Name is one name of a place in one language or script, e.g. "Idlib"
// (en) or "إدلب" (ar). Text is stored exactly as given; matching across
// spellings is done on separately computed keys, not here. The zero Lang
// (language.Und) means the language is not known.
type Name struct {
	Text string       `json:"text"`
	Lang language.Tag `json:"lang,omitzero"`
}

// Validate reports (ErrBadName) an empty or blank Text, or one that is not
// valid UTF-8, as a *FieldError with Path "text" inside an errors.Join.
func (n Name) Validate() error {
	p := problems{Prefix: "place"}
	checkText(&p, "text", n.Text)
	return p.Join()
}

// checkText reports a missing, blank or non-UTF-8 name at path.
func checkText(p *problems, path, s string) {
	switch {
	case !utf8.ValidString(s):
		p.Add(path, s, fmt.Errorf("%w: not valid UTF-8", ErrBadName))
	case s == "":
		p.Add(path, "", fmt.Errorf("%w: missing", ErrBadName))
	case strings.TrimSpace(s) == "":
		p.Add(path, s, fmt.Errorf("%w: blank", ErrBadName))
	}
}

// Place is a named location at some level: a country, an administrative
// unit, a locality, or an area that is not an admin unit.
//
// Hierarchy is explicit: Parent links to the enclosing unit by ID and is
// never inferred from codes (P-code prefixes are not reliable; see
// SchemePCode). Within lists other places that contain this one outside
// the admin tree, such as a de-escalation zone that contains a city.
//
// The zero Place is not valid: ID, Level and Name are required.
type Place struct {
	ID      ID      `json:"id"`
	Level   Level   `json:"level"`
	Name    string  `json:"name"`             // display name as given (English or transliterated), e.g. "Idleb"
	Names   []Name  `json:"names,omitzero"`   // other names and scripts, e.g. "Idlib", "إدلب"
	Parent  ID      `json:"parent,omitzero"`  // the enclosing unit, if any
	Country Country `json:"country,omitzero"` // the country the place lies in (for a country, itself)
	Codes   []Code  `json:"codes,omitzero"`   // external codes, at most one per scheme
	Point   *Point  `json:"point,omitzero"`   // a representative point (centroid or town centre); nil if unknown
	Within  []ID    `json:"within,omitzero"`  // containing places outside the admin tree
	Notes   string  `json:"notes,omitzero"`   // free text, e.g. provenance of the codes
}

// Code returns the value of the place's code in scheme s, if it has one.
func (p Place) Code(s Scheme) (string, bool) {
	for _, c := range p.Codes {
		if c.Scheme == s {
			return c.Value, true
		}
	}
	return "", false
}

// Validate checks the place on its own (links to other places are checked
// by Set.Ancestors). It returns every problem at once, joined with
// errors.Join; each is a *FieldError whose Path is the JSON path of the
// field ("level", "names[1].text", "codes[0].value", "point.lat",
// "within[2]") and whose error wraps a sentinel:
//
//   - ErrBadID: missing or malformed ID, malformed Parent or Within entry;
//   - ErrBadLevel: Level unspecified or invalid;
//   - ErrBadName: blank Name or Names[i].Text, or invalid UTF-8;
//   - ErrBadCountry: a country-level place without Country (at
//     "country"), or a Country that disagrees with an iso3166-1 or
//     iso3166-2 code (at the code's "codes[i].value");
//   - ErrBadScheme, ErrBadCode: see Code.Validate (at "codes[i].scheme"
//     or "codes[i].value");
//   - ErrDuplicate: two codes with the same scheme (at the second one's
//     "codes[i].scheme"), or a repeated Within entry;
//   - ErrCycle: Parent or Within naming the place itself;
//   - ErrLatitude, ErrLongitude: a coordinate out of range (at
//     "point.lat" or "point.lon");
//   - ErrNullIsland: a Point of (0, 0) (at "point"), refused because no
//     place in a gazetteer sits there by accident.
//
// The messages do not repeat p.ID (see FieldError). It returns nil for a
// valid place.
func (p Place) Validate() error {
	errs := problems{Prefix: "place"}
	switch {
	case p.ID == "":
		errs.Add("id", "", ErrBadID)
	case !p.ID.Valid():
		errs.Add("id", string(p.ID), ErrBadID)
	}
	switch {
	case p.Level == LevelUnspecified:
		errs.Add("level", "", ErrBadLevel)
	case !p.Level.Valid():
		errs.Add("level", p.Level.String(), ErrBadLevel)
	}
	checkText(&errs, "name", p.Name)
	for i, n := range p.Names {
		checkText(&errs, "names["+strconv.Itoa(i)+"].text", n.Text)
	}
	if p.Parent != "" {
		if !p.Parent.Valid() {
			errs.Add("parent", string(p.Parent), ErrBadID)
		} else if p.Parent == p.ID {
			errs.Add("parent", string(p.Parent), fmt.Errorf("%w: place is its own parent", ErrCycle))
		}
	}
	if p.Level == LevelCountry && p.Country.IsZero() {
		errs.Add("country", "", fmt.Errorf("%w: required for a country-level place", ErrBadCountry))
	}
	seen := make(map[Scheme]bool, len(p.Codes))
	for i, c := range p.Codes {
		prefix := "codes[" + strconv.Itoa(i) + "]."
		n := errs.Len()
		c.check(&errs, prefix)
		if errs.Len() > n {
			continue // the checks below assume a valid code
		}
		if seen[c.Scheme] {
			errs.Add(prefix+"scheme", string(c.Scheme), ErrDuplicate)
		}
		seen[c.Scheme] = true
		if p.Country.IsZero() {
			continue
		}
		switch {
		case c.Scheme == SchemeISOCountry && c.Value != p.Country.Alpha2(),
			c.Scheme == SchemeISOSubdivision && c.Value[:2] != p.Country.Alpha2():
			errs.Add(prefix+"value", c.Value, fmt.Errorf("%w: disagrees with country %q", ErrBadCountry, p.Country.Alpha2()))
		}
	}
	if p.Point != nil {
		// Point.Validate reports either coordinate or both; report each at
		// its own path.
		err := p.Point.Validate()
		if errors.Is(err, ErrLatitude) {
			errs.Add("point.lat", formatDeg(p.Point.Lat), ErrLatitude)
		}
		if errors.Is(err, ErrLongitude) {
			errs.Add("point.lon", formatDeg(p.Point.Lon), ErrLongitude)
		}
		if err == nil && p.Point.IsNullIsland() {
			errs.Add("point", p.Point.String(), ErrNullIsland)
		}
	}
	within := make(map[ID]bool, len(p.Within))
	for i, w := range p.Within {
		path := "within[" + strconv.Itoa(i) + "]"
		switch {
		case !w.Valid():
			errs.Add(path, string(w), ErrBadID)
		case w == p.ID:
			errs.Add(path, string(w), fmt.Errorf("%w: place is within itself", ErrCycle))
		case within[w]:
			errs.Add(path, string(w), ErrDuplicate)
		}
		within[w] = true
	}
	return errs.Join()
}

// clone returns a deep copy, so that a Set's places cannot be changed
// through slices or the Point shared with a caller.
func (p Place) clone() Place {
	p.Names = slices.Clone(p.Names)
	p.Codes = slices.Clone(p.Codes)
	p.Within = slices.Clone(p.Within)
	if p.Point != nil {
		pt := *p.Point
		p.Point = &pt
	}
	return p
}

// Unit is one enclosing unit in a Ref's path, carried with its display
// fields so that a reader needs no gazetteer, like the country and admin1
// to admin3 columns of an ACLED row.
type Unit struct {
	Level Level  `json:"level"`
	ID    ID     `json:"id,omitzero"`
	Code  string `json:"code,omitzero"` // the OCHA P-code, or the alpha-2 code for a country
	Name  string `json:"name"`
}

// Ref is a self-describing reference to a place, as an event carries it:
// the place's ID (empty if unresolved), its name and level, and the path
// of enclosing units from the country down to the direct parent. The path
// excludes the place itself. The zero Ref means "no place".
type Ref struct {
	ID    ID     `json:"id,omitzero"`
	Name  string `json:"name"`
	Level Level  `json:"level,omitzero"`
	Path  []Unit `json:"path,omitzero"`
}

// IsZero reports whether r is empty: no ID, name, level or path.
func (r Ref) IsZero() bool {
	return r.ID == "" && r.Name == "" && r.Level == LevelUnspecified && len(r.Path) == 0
}

// UnmarshalJSON decodes strictly: unknown or repeated members and invalid
// UTF-8 are errors that name the member's path, so that nothing in the
// input is silently dropped; it replaces the whole value. Validate the
// result for the content rules.
func (x *Place) UnmarshalJSON(b []byte) error {
	if string(bytes.TrimSpace(b)) == "null" {
		return nil // as encoding/json does: null leaves the value as it is
	}
	type plain Place
	var v plain
	if err := strictjson.Decode(b, &v); err != nil {
		return err
	}
	*x = Place(v)
	return nil
}
