package actor

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/conflictkit/conflict/internal/vocab"
	"github.com/rickb777/date/v2"
)

// Identifier schemes with known value rules. Other schemes are allowed if
// they are well-formed codes (lower-case slugs such as "gdelt" or
// "org.example/registry"); their values are only checked for being
// non-empty UTF-8 without surrounding spaces.
const (
	// SchemeACLED holds an ACLED actor string exactly as ACLED writes it,
	// e.g. "Military Forces of Syria (2000-)" or "HTS: Hayat Tahrir al Sham".
	// State-force strings encode a government period, so one actor often
	// has several, each with its own From/To.
	SchemeACLED = "acled"
	// SchemeUCDP holds a UCDP side name exactly as UCDP writes it in side_a
	// and side_b, e.g. "Government of Syria", "HTS" or "Syrian insurgents".
	// (Older data may hold UCDP's numeric actor ids here; new data puts them
	// under SchemeUCDPID.)
	SchemeUCDP = "ucdp"
	// SchemeUCDPID holds UCDP's numeric actor id, as in side_a_new_id and
	// side_b_new_id ("118" for the Government of Syria): digits only.
	SchemeUCDPID = "ucdp-id"
	// SchemeCAMEO holds a CAMEO actor code: 3-letter upper-case elements
	// run together, e.g. "SYRREBMUS".
	SchemeCAMEO = "cameo"
	// SchemeWikidata holds a Wikidata item id such as "Q42".
	SchemeWikidata = "wikidata"
)

// Identifier is an actor's code in an external scheme (Popolo identifiers;
// FtM wikidataId), optionally bounded in time: ACLED, for one, changes a
// state force's string when a government period closes.
type Identifier struct {
	Scheme string `json:"scheme"`
	Value  string `json:"value"`
	From   Date   `json:"from,omitzero"`
	To     Date   `json:"to,omitzero"`
}

// ValidAt reports whether the identifier was in use on day.
func (id Identifier) ValidAt(day date.Date) bool { return covers(id.From, id.To, day) }

// Validate checks the scheme and the value against the scheme's rules and
// the dates' order. Problems wrap ErrBadIdentifier or ErrDateOrder.
//
// Rules: the scheme is a well-formed code; every value is non-empty UTF-8
// without leading or trailing spaces; a cameo value is one or more
// 3-letter groups of A-Z; a wikidata value matches Q[1-9][0-9]*; a ucdp-id
// value is ASCII digits; an acled
// value contains no ';', because ACLED joins several actors with "; " in
// its associated-actor columns and such a cell names more than one actor.
//
// Problems are joined with errors.Join; each is a *FieldError whose Path is
// relative to the identifier ("scheme", "value", "to").
func (id Identifier) Validate() error {
	p := problems{Prefix: "actor"}
	id.check(&p, "")
	return p.Join()
}

// check adds id's problems to p, with prefix ("identifiers[1].") before
// each path.
func (id Identifier) check(p *problems, prefix string) {
	if vocab.CheckSyntax(id.Scheme) != nil {
		p.Add(prefix+"scheme", id.Scheme, fmt.Errorf("%w: scheme not a lower-case code", ErrBadIdentifier))
	}
	if why := checkIdentifierValue(id.Scheme, id.Value); why != "" {
		p.Add(prefix+"value", id.Value, fmt.Errorf("%w: %s for scheme %q", ErrBadIdentifier, why, id.Scheme))
	}
	period(p, prefix, "from", "to", id.From, id.To)
}

// checkIdentifierValue returns why v is not a valid value for scheme, or "".
func checkIdentifierValue(scheme, v string) string {
	switch {
	case v == "":
		return "empty"
	case !utf8.ValidString(v):
		return "not valid UTF-8"
	case strings.TrimSpace(v) != v:
		return "leading or trailing space"
	}
	switch scheme {
	case SchemeCAMEO:
		if len(v)%3 != 0 {
			return "length not a multiple of 3"
		}
		for i := 0; i < len(v); i++ {
			if v[i] < 'A' || v[i] > 'Z' {
				return "not upper-case letters A-Z"
			}
		}
	case SchemeWikidata:
		if len(v) < 2 || v[0] != 'Q' || v[1] == '0' {
			return "not Q followed by a number"
		}
		for i := 1; i < len(v); i++ {
			if v[i] < '0' || v[i] > '9' {
				return "not Q followed by a number"
			}
		}
	case SchemeUCDPID:
		for i := 0; i < len(v); i++ {
			if v[i] < '0' || v[i] > '9' {
				return "not a number"
			}
		}
	case SchemeACLED:
		if strings.Contains(v, ";") {
			return "contains ';' (several actors)"
		}
	}
	return ""
}
