package place

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"
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
// valid UTF-8.
func (n Name) Validate() error {
	if err := checkText(n.Text); err != nil {
		return fmt.Errorf("place: %w", err)
	}
	return nil
}

func checkText(s string) error {
	if !utf8.ValidString(s) {
		return fmt.Errorf("%w: not valid UTF-8: %q", ErrBadName, s)
	}
	if strings.TrimSpace(s) == "" {
		return fmt.Errorf("%w: empty", ErrBadName)
	}
	return nil
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
// errors.Join; each wraps a sentinel:
//
//   - ErrBadID: missing or malformed ID, malformed Parent or Within entry;
//   - ErrBadLevel: Level unspecified or invalid;
//   - ErrBadName: blank Name or Names[i].Text, or invalid UTF-8;
//   - ErrBadCountry: a country-level place without Country, or a Country
//     that disagrees with an iso3166-1 or iso3166-2 code;
//   - ErrBadScheme, ErrBadCode: see Code.Validate;
//   - ErrDuplicate: two codes with the same scheme, or a repeated Within;
//   - ErrCycle: Parent or Within naming the place itself;
//   - ErrLatitude, ErrLongitude, ErrNullIsland: a bad Point; (0, 0) is
//     refused because no place in a gazetteer sits there by accident.
func (p Place) Validate() error {
	var errs []error
	add := func(field string, err error) {
		errs = append(errs, fmt.Errorf("place %q: %s: %w", string(p.ID), field, err))
	}
	if p.ID == "" {
		add("id", fmt.Errorf("%w: missing", ErrBadID))
	} else if !p.ID.Valid() {
		add("id", fmt.Errorf("%w %q", ErrBadID, string(p.ID)))
	}
	if p.Level == LevelUnspecified || !p.Level.Valid() {
		add("level", fmt.Errorf("%w %s", ErrBadLevel, p.Level))
	}
	if err := checkText(p.Name); err != nil {
		add("name", err)
	}
	for i, n := range p.Names {
		if err := checkText(n.Text); err != nil {
			add(fmt.Sprintf("names[%d]", i), err)
		}
	}
	if p.Parent != "" {
		if !p.Parent.Valid() {
			add("parent", fmt.Errorf("%w %q", ErrBadID, string(p.Parent)))
		} else if p.Parent == p.ID {
			add("parent", fmt.Errorf("%w: place is its own parent", ErrCycle))
		}
	}
	if p.Level == LevelCountry && p.Country.IsZero() {
		add("country", fmt.Errorf("%w: missing for a country-level place", ErrBadCountry))
	}
	seen := make(map[Scheme]bool, len(p.Codes))
	for i, c := range p.Codes {
		field := fmt.Sprintf("codes[%d]", i)
		if err := c.Validate(); err != nil {
			add(field, err)
			continue
		}
		if seen[c.Scheme] {
			add(field, fmt.Errorf("%w scheme %q", ErrDuplicate, string(c.Scheme)))
		}
		seen[c.Scheme] = true
		if p.Country.IsZero() {
			continue
		}
		switch {
		case c.Scheme == SchemeISOCountry && c.Value != p.Country.Alpha2(),
			c.Scheme == SchemeISOSubdivision && c.Value[:2] != p.Country.Alpha2():
			add(field, fmt.Errorf("%w: country %q disagrees with code %q", ErrBadCountry, p.Country.Alpha2(), c.String()))
		}
	}
	if p.Point != nil {
		if err := p.Point.Validate(); err != nil {
			add("point", err)
		} else if p.Point.IsNullIsland() {
			add("point", ErrNullIsland)
		}
	}
	within := make(map[ID]bool, len(p.Within))
	for i, w := range p.Within {
		field := fmt.Sprintf("within[%d]", i)
		switch {
		case !w.Valid():
			add(field, fmt.Errorf("%w %q", ErrBadID, string(w)))
		case w == p.ID:
			add(field, fmt.Errorf("%w: place is within itself", ErrCycle))
		case within[w]:
			add(field, fmt.Errorf("%w %q", ErrDuplicate, string(w)))
		}
		within[w] = true
	}
	return joinErrs(errs...)
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
