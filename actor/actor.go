package actor

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/rickb777/date/v2"

	"github.com/conflictkit/conflict/internal/country"

	"github.com/conflictkit/conflict/internal/strictjson"
)

// Actor is one party to conflict events: a state force, armed group,
// coalition, government body, news outlet or person. It is a plain value;
// copying it copies the slice headers, so clone the slices before editing a
// copy that someone else holds.
//
// Names of one organisation over time live in Names with From/To dates.
// Distinct organisations, even when one grew out of another, are distinct
// Actors joined by Links (Jabhat al-Nusra, Jabhat Fateh al-Sham and Hay'at
// Tahrir al-Sham are three actors with successor-of and merged-into links).
type Actor struct {
	ID          ID           `json:"id"`
	Kind        Kind         `json:"kind"`
	Name        string       `json:"name"`             // display name, as given
	Names       []Name       `json:"names,omitzero"`   // other names, dated where known
	Country     string       `json:"country,omitzero"` // ISO 3166-1 alpha-2, canonical upper case ("SY")
	Identifiers []Identifier `json:"identifiers,omitzero"`
	Links       []Link       `json:"links,omitzero"`
	Founded     Date         `json:"founded,omitzero"`
	Dissolved   Date         `json:"dissolved,omitzero"`
	Notes       string       `json:"notes,omitzero"`
}

// Ref is a self-describing reference to an actor: the ID that resolves it
// plus the display name and kind a reader needs without the full record.
type Ref struct {
	ID   ID     `json:"id,omitzero"` // empty for an actor the sources do not identify ("other allied groups")
	Name string `json:"name"`
	Kind Kind   `json:"kind,omitzero"` // the actor's kind, so that rules such as "one-sided violence needs a civilian target" can be checked without the record
}

// IsZero reports whether r refers to nothing.
func (r Ref) IsZero() bool { return r.ID == "" && r.Name == "" && r.Kind == "" }

// Ref returns a reference to a carrying its ID, display name and kind.
func (a Actor) Ref() Ref { return Ref{ID: a.ID, Name: a.Name, Kind: a.Kind} }

// NameAt returns the name in force on day: the first entry of Names that is
// dated (has From or To), is official or of unspecified kind, and covers
// day; otherwise Name. List the names in the language you display first,
// since NameAt does not look at Lang.
func (a Actor) NameAt(day date.Date) string {
	for _, n := range a.Names {
		if (n.Kind == NameOfficial || n.Kind == NameUnspecified) && n.Dated() && n.ValidAt(day) {
			return n.Text
		}
	}
	return a.Name
}

// NamesAt returns the entries of Names in use on day, in order: dated
// names whose period covers day and every undated name.
func (a Actor) NamesAt(day date.Date) []Name {
	var out []Name
	for _, n := range a.Names {
		if n.ValidAt(day) {
			out = append(out, n)
		}
	}
	return out
}

// Identifier returns the current identifier in scheme: the first one with
// no To date, or failing that the one that ended last (the first of equals).
func (a Actor) Identifier(scheme string) (Identifier, bool) {
	var best Identifier
	found := false
	for _, id := range a.Identifiers {
		if id.Scheme != scheme {
			continue
		}
		if id.To.IsZero() {
			return id, true
		}
		if !found || id.To.Last() > best.To.Last() {
			best, found = id, true
		}
	}
	return best, found
}

// IdentifierAt returns the first identifier in scheme whose period covers
// day (undated identifiers cover every day).
func (a Actor) IdentifierAt(scheme string, day date.Date) (Identifier, bool) {
	for _, id := range a.Identifiers {
		if id.Scheme == scheme && id.ValidAt(day) {
			return id, true
		}
	}
	return Identifier{}, false
}

// ParseCountry turns any form that golang.org/x/text/language accepts for
// a region ("SY", "sy", "SYR", "760", "UK") into the canonical ISO 3166-1
// alpha-2 code ("SY", "GB"), for use in Actor.Country. Groups such as
// "145" (Western Asia), unknown or private-use codes ("ZZ", "QQQ") and
// empty input are errors wrapping ErrBadCountry, as are codes x/text counts
// as countries that have no ISO numeric code ("UN", "EZ", "AC", "IC": the
// SDK's one rule, shared with place and source). Historical codes such as "SU" are
// accepted, as old datasets use them, but x/text canonicalises some of
// them to a successor ("DD" gives "DE").
func ParseCountry(s string) (string, error) {
	r, err := country.Parse(s)
	if err != nil {
		return "", fmt.Errorf("actor: country %q: %w", s, ErrBadCountry)
	}
	return r.String(), nil
}

// Validate reports every problem at once, joined with errors.Join; each
// is a *FieldError whose Path is the JSON path of the field ("kind",
// "names[1].text", "identifiers[0].value", "links[2].actor") and whose
// error wraps one of:
//
//   - ErrBadID: ID missing or malformed, or a link target (links[i].actor)
//     missing or malformed;
//   - ErrUnknownKind: Kind missing, malformed or not registered;
//   - ErrNoName, ErrBadText: empty or non-UTF-8 name or names[i].text, or
//     non-UTF-8 notes or names[i].note or links[i].note;
//   - ErrUnknownNameKind, ErrUnknownLinkKind: kinds outside the sets;
//   - ErrBadLink: a link to the actor itself (at links[i].actor);
//   - ErrDateOrder: From after To in a name, identifier or link (at its
//     "to"), or Founded after Dissolved (at "dissolved");
//   - ErrBadCountry: Country not a canonical alpha-2 code;
//   - ErrBadIdentifier: see Identifier.Validate (at identifiers[i].scheme
//     or identifiers[i].value).
//
// The messages do not repeat a.ID (see FieldError). It returns nil for a
// valid actor.
func (a Actor) Validate() error {
	p := problems{Prefix: "actor"}
	switch {
	case a.ID == "":
		p.Add("id", "", ErrBadID)
	case !a.ID.Valid():
		p.Add("id", string(a.ID), ErrBadID)
	}
	if !a.Kind.Known() {
		p.Add("kind", string(a.Kind), ErrUnknownKind)
	}
	switch {
	case strings.TrimSpace(a.Name) == "":
		p.Add("name", a.Name, ErrNoName)
	case !utf8.ValidString(a.Name):
		p.Add("name", a.Name, ErrBadText)
	}
	for i, n := range a.Names {
		n.check(&p, "names["+strconv.Itoa(i)+"].")
	}
	if a.Country != "" {
		// Only the canonical alpha-2 form is accepted, so that one country
		// is never stored under two spellings ("UK" and "GB").
		if c, err := ParseCountry(a.Country); err != nil {
			p.Add("country", a.Country, ErrBadCountry)
		} else if c != a.Country {
			p.Add("country", a.Country, fmt.Errorf("%w: canonical form is %q", ErrBadCountry, c))
		}
	}
	for i, id := range a.Identifiers {
		id.check(&p, "identifiers["+strconv.Itoa(i)+"].")
	}
	for i, l := range a.Links {
		prefix := "links[" + strconv.Itoa(i) + "]."
		l.check(&p, prefix)
		if l.Actor != "" && l.Actor == a.ID {
			p.Add(prefix+"actor", string(l.Actor), fmt.Errorf("%w: points at the actor itself", ErrBadLink))
		}
	}
	period(&p, "", "founded", "dissolved", a.Founded, a.Dissolved)
	if !utf8.ValidString(a.Notes) {
		p.Add("notes", a.Notes, ErrBadText)
	}
	return p.Join()
}

// UnmarshalJSON decodes strictly: unknown or repeated members and invalid
// UTF-8 are errors that name the member's path, so that nothing in the
// input is silently dropped; it replaces the whole value. Validate the
// result for the content rules.
func (x *Actor) UnmarshalJSON(b []byte) error {
	if string(bytes.TrimSpace(b)) == "null" {
		return nil // as encoding/json does: null leaves the value as it is
	}
	type plain Actor
	var v plain
	if err := strictjson.Decode(b, &v); err != nil {
		return err
	}
	*x = Actor(v)
	return nil
}
