package source

import (
	"fmt"
	"net/url"
	"strconv"

	"golang.org/x/text/language"

	"github.com/conflictkit/conflict/internal/country"

	"github.com/conflictkit/conflict/internal/strictjson"
)

// Source is a publisher or channel of information about events: a monitor
// (SOHR), state media (SANA, TASS), a broadcaster (Al Jazeera), a military
// command that issues statements (CENTCOM), and so on. Events do not embed
// Sources; their citations hold a Ref, and a Dataset carries the full
// records.
//
// An organisation that also takes part in events (CENTCOM, Russia's defence
// ministry) has an actor record as well; Actor links the two, and the roles
// stay apart: a citation names the source, a participant names the actor.
//
// The zero value is an empty record that fails Validate (ID and Name are
// required).
type Source struct {
	ID    ID     `json:"id"`
	Name  string `json:"name"`           // display name, e.g. "Syrian Observatory for Human Rights"
	Short string `json:"short,omitzero"` // short name or acronym, e.g. "SOHR"
	Names []Name `json:"names,omitzero"` // other names, other scripts and former names
	Kind  Kind   `json:"kind,omitzero"`  // what sort of organisation or channel
	// Language is the main language of publication (the zero value is
	// language.Und, "unknown"). Do not infer Country from it: the region
	// x/text guesses for "ar" is Egypt.
	Language language.Tag `json:"language,omitzero"`
	// Country is the canonical ISO 3166-1 alpha-2 code of the country where
	// the source is based ("GB" for SOHR, which works from Coventry), not
	// the country it reports on. ParseCountry normalises other spellings.
	Country string `json:"country,omitzero"`
	URL     string `json:"url,omitzero"` // home page, absolute http(s) URL
	// Actor is the ID of the actor record of the same organisation, when it
	// is also an actor (CENTCOM). The actor package validates the reference.
	Actor string `json:"actor,omitzero"`
	// Reliability is the default Admiralty reliability of the source; a
	// citation's Grade may judge a single report differently.
	Reliability Reliability `json:"reliability,omitzero"`
	Notes       string      `json:"notes,omitzero"`
}

// Name is another name of a source, such as its name in another script or
// language, or a former name ("ITAR-TASS").
type Name struct {
	Text string       `json:"text"`
	Lang language.Tag `json:"lang,omitzero"` // language of Text; language.Und when unknown
}

// Ref returns the self-describing reference to s that citations carry.
func (s Source) Ref() Ref { return Ref{ID: s.ID, Name: s.Name} }

// Validate reports every problem of s at once, joined with errors.Join; each
// is a *FieldError whose Path is the JSON field name ("country",
// "names[1].text") and whose error wraps one of: ErrMissing (no ID or Name,
// or an empty other name), ErrBadID (malformed ID or Actor), ErrUnknownKind
// (kind not registered), ErrBadCountry (not a canonical ISO 3166-1 alpha-2
// country), ErrBadURL, ErrBadGrade (reliability out of range) and ErrBadText
// (text that is not UTF-8). It returns nil for a valid source.
func (s Source) Validate() error {
	p := problems{Prefix: "source"}
	if s.ID == "" { // a record needs the ID that references resolve to
		p.Add("id", "", ErrMissing)
	}
	s.Ref().check(&p, "")
	checkText(&p, "short", s.Short, false)
	for i, n := range s.Names {
		checkText(&p, "names["+strconv.Itoa(i)+"].text", n.Text, true)
	}
	if s.Kind != "" && !s.Kind.Known() {
		p.Add("kind", string(s.Kind), ErrUnknownKind)
	}
	if s.Country != "" {
		if c, err := ParseCountry(s.Country); err != nil {
			p.Add("country", s.Country, ErrBadCountry)
		} else if c != s.Country {
			p.Add("country", s.Country, fmt.Errorf("%w: canonical form is %q", ErrBadCountry, c))
		}
	}
	checkURL(&p, "url", s.URL)
	checkOtherID(&p, "actor", s.Actor)
	if s.Reliability != 0 && !s.Reliability.valid() {
		p.Add("reliability", s.Reliability.String(), ErrBadGrade)
	}
	checkText(&p, "notes", s.Notes, false)
	return p.Join()
}

// ParseCountry returns the canonical ISO 3166-1 alpha-2 code of a country
// given as alpha-2, alpha-3 or M49 number, in any case: "gb", "GBR", "826"
// and the exceptionally reserved "UK" all give "GB". Codes that are not
// ISO 3166-1 countries (private-use "QQ", unknown "ZZ", groups such as
// "145", and codes CLDR counts as countries that have no ISO numeric code,
// such as "UN", "EZ", "AC" and "IC") are errors wrapping ErrBadCountry. The
// rule is the SDK's one rule, shared with place.ParseCountry and
// actor.ParseCountry.
// Historical codes that x/text keeps ("SU", "YU") are accepted; those it
// maps to a successor are replaced ("BU" gives "MM"). "XK" (Kosovo) is
// accepted by convention.
func ParseCountry(s string) (string, error) {
	r, err := country.Parse(s)
	if err != nil {
		return "", fmt.Errorf("source: country %q: %w", s, ErrBadCountry)
	}
	return r.String(), nil
}

// checkURL reports an optional URL that is not an absolute http(s) URL with
// a host.
func checkURL(p *problems, path, s string) {
	if s == "" {
		return
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		p.Add(path, s, ErrBadURL)
	}
}

// sourceJSON is Source without its methods, for UnmarshalJSON.
type sourceJSON Source

// UnmarshalJSON decodes a source, replacing all of s. It differs from the
// default decoding only for "language": an empty string means language.Und,
// and a malformed tag is an error wrapping ErrBadLanguage. Other fields wrap
// their own sentinels (ErrBadID, ErrUnknownKind, ErrBadGrade).
func (s *Source) UnmarshalJSON(b []byte) error {
	var aux struct {
		sourceJSON
		Language *string `json:"language,omitzero"` // shadows sourceJSON.Language
	}
	if err := strictjson.Decode(b, &aux); err != nil {
		return err
	}
	v := Source(aux.sourceJSON)
	tag, err := decodeTag("language", aux.Language)
	if err != nil {
		return &strictjson.Error{Offset: strictjson.MemberOffset(b, "language"), Path: "language", Err: err}
	}
	v.Language = tag
	*s = v
	return nil
}

// nameJSON is Name without its methods, for UnmarshalJSON.
type nameJSON Name

// UnmarshalJSON decodes a name, replacing all of n; an empty "lang" means
// language.Und, and a malformed tag is an error wrapping ErrBadLanguage.
func (n *Name) UnmarshalJSON(b []byte) error {
	var aux struct {
		nameJSON
		Lang *string `json:"lang,omitzero"` // shadows nameJSON.Lang
	}
	if err := strictjson.Decode(b, &aux); err != nil {
		return err
	}
	v := Name(aux.nameJSON)
	tag, err := decodeTag("lang", aux.Lang)
	if err != nil {
		return &strictjson.Error{Path: "lang", Err: err}
	}
	v.Lang = tag
	*n = v
	return nil
}

// decodeTag decodes an optional language tag from JSON. It uses
// Tag.UnmarshalText, not language.Parse, so that the tag is kept as written
// (language.Parse would replace the deprecated "iw" with "he").
func decodeTag(field string, s *string) (language.Tag, error) {
	if s == nil || *s == "" {
		return language.Und, nil
	}
	var tag language.Tag
	if err := tag.UnmarshalText([]byte(*s)); err != nil {
		return language.Und, fmt.Errorf("source: %s %q: %w", field, *s, ErrBadLanguage)
	}
	return tag, nil
}
