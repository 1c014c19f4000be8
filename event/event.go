package event

import (
	"bytes"
	"fmt"

	"github.com/google/uuid"

	"github.com/conflictkit/conflict/actor"
	"github.com/conflictkit/conflict/casualty"
	"github.com/conflictkit/conflict/internal/strictjson"
	"github.com/conflictkit/conflict/place"
	"github.com/conflictkit/conflict/source"
)

// Event is one incident or development: what happened (Type), when, where,
// who took part in which role, who was harmed and how many, and who says
// so. Every figure and every statement points at one of the event's
// Citations, so that contradicting accounts can stand side by side.
//
// An Event refers to actors, places and sources by ID and also carries
// their display names (and, for places, the admin path), the way a row of
// ACLED does: it can be read on its own. A Dataset holds the full records
// and checks that the references resolve.
//
// The zero value is an empty event without an ID; New gives one a fresh ID.
type Event struct {
	ID           uuid.UUID         `json:"id"`
	Keys         []Key             `json:"keys,omitzero"` // IDs of this event in other datasets
	Type         Type              `json:"type"`
	Title        string            `json:"title,omitzero"`
	When         When              `json:"when,omitzero"`
	Where        Where             `json:"where,omitzero"`
	Participants []Participant     `json:"participants,omitzero"`
	Casualties   []Casualty        `json:"casualties,omitzero"`
	Citations    []source.Citation `json:"citations,omitzero"`
	Claims       []Claim           `json:"claims,omitzero"`
	Related      []Relation        `json:"related,omitzero"`
	Notes        string            `json:"notes,omitzero"`
	Tags         []string          `json:"tags,omitzero"`
	Ext          Ext               `json:"ext,omitzero"`
}

// New returns an event of type t with a freshly minted ID (see NewID).
func New(t Type) Event {
	return Event{ID: NewID(), Type: t}
}

// FromKey returns an event of type t whose ID is derived from its key in
// another dataset (see DeriveID), with that key recorded in Keys.
func FromKey(t Type, k Key) Event {
	return Event{ID: k.ID(), Keys: []Key{k}, Type: t}
}

// Citation returns the citation with local ID id.
func (e *Event) Citation(id string) (source.Citation, bool) {
	for _, c := range e.Citations {
		if c.ID == id {
			return c, true
		}
	}
	return source.Citation{}, false
}

// Cite appends citations to the event and returns their IDs in order, for
// use in Casualty.Citation and Claim.Citation.
func (e *Event) Cite(cs ...source.Citation) []string {
	ids := make([]string, len(cs))
	for i, c := range cs {
		e.Citations = append(e.Citations, c)
		ids[i] = c.ID
	}
	return ids
}

// Involve appends a participant.
func (e *Event) Involve(a actor.Ref, r Role, citations ...string) {
	e.Participants = append(e.Participants, Participant{Actor: a, Role: r, Citations: citations})
}

// Count appends a casualty figure attributed to the citation with local ID
// citation ("" for none).
func (e *Event) Count(f casualty.Figure, citation string) {
	e.Casualties = append(e.Casualties, Casualty{Figure: f, Citation: citation})
}

// Say appends a claim.
func (e *Event) Say(c Claim) {
	e.Claims = append(e.Claims, c)
}

// Relate appends a relation to another event.
func (e *Event) Relate(k RelationKind, other uuid.UUID, citation string) {
	e.Related = append(e.Related, Relation{Kind: k, Event: other, Citation: citation})
}

// Participants with a given role.
func (e *Event) WithRole(r Role) []Participant {
	var out []Participant
	for _, p := range e.Participants {
		if p.Role == r {
			out = append(out, p)
		}
	}
	return out
}

// UnmarshalJSON decodes strictly: unknown or repeated members and invalid
// UTF-8 are errors, and errors are *ParseError values giving the line,
// column and byte offset within b and the JSON path of the offending value
// (for example "casualties[1].count"). JSON null leaves e unchanged, as
// encoding/json expects.
//
// What no event can lack is required: "id", a UUID other than the nil
// UUID, and "type", a code (ErrMissing with Field "id" or "type"). Every
// other member may be left out. Without this, {} would read as an event
// with no identity and no type, which no later step could tell from a
// real one.
func (e *Event) UnmarshalJSON(b []byte) error {
	if string(bytes.TrimSpace(b)) == "null" {
		return nil
	}
	type plain Event
	var v plain
	if err := strictjson.Decode(b, &v); err != nil {
		return toParseError(err, b, 1, 0)
	}
	at := func(member string, err error) error {
		return toParseError(&strictjson.Error{Offset: strictjson.MemberOffset(b, member), Path: member, Err: err}, b, 1, 0)
	}
	switch {
	case v.ID == uuid.Nil:
		return at("id", fmt.Errorf("%w: an event needs an ID, a UUID other than the nil UUID", ErrMissing))
	case v.Type == "":
		return at("type", fmt.Errorf("%w: an event needs a type", ErrMissing))
	}
	*e = Event(v)
	return nil
}

// Where is the location of an event: a place reference, optionally a
// point, how the event relates to the place (in, near, between two places)
// and how precisely the location is known.
type Where struct {
	Place     place.Ref       `json:"place,omitzero"`
	Relation  place.Relation  `json:"relation,omitzero"`
	Other     place.Ref       `json:"other,omitzero"` // the second place of a "between" relation
	Point     *place.Point    `json:"point,omitzero"`
	Precision place.Precision `json:"precision,omitzero"`
	Text      string          `json:"text,omitzero"` // the location as the source words it, e.g. "close to Idlib city"
}

// IsZero reports whether nothing is known of the location.
func (w Where) IsZero() bool {
	return w.Place.IsZero() && w.Relation == 0 && w.Other.IsZero() && w.Point == nil && w.Precision == 0 && w.Text == ""
}

// In places an event inside a place, at the given precision.
func In(p place.Ref, prec place.Precision) Where {
	return Where{Place: p, Relation: place.RelationIn, Precision: prec}
}

// Near places an event near a place: "close to Idlib city".
func Near(p place.Ref, prec place.Precision) Where {
	return Where{Place: p, Relation: place.RelationNear, Precision: prec}
}

// BetweenPlaces places an event between two places ("on the road between
// Saraqib and Sarmin").
func BetweenPlaces(a, b place.Ref, prec place.Precision) Where {
	return Where{Place: a, Relation: place.RelationBetween, Other: b, Precision: prec}
}

// At returns w with its point set.
func (w Where) At(p place.Point) Where {
	w.Point = &p
	return w
}

// Participant is an actor in a role, with the citations that place it
// there (empty: all of the event's sources agree).
type Participant struct {
	Actor     actor.Ref `json:"actor"`
	Role      Role      `json:"role"`
	Citations []string  `json:"citations,omitzero"`
	Note      string    `json:"note,omitzero"`
}

// Casualty is one reported figure — an outcome for a group, with a count —
// optionally for one party's people (whose dead) and attributed to one of
// the event's citations (who says so). Several casualties with the same
// outcome and group but different citations are competing accounts; they
// are all kept, and casualty.Reconcile summarises them.
type Casualty struct {
	casualty.Figure
	Party    actor.Ref `json:"party,omitzero"`
	Citation string    `json:"citation,omitzero"` // local ID of one of the event's Citations
	Note     string    `json:"note,omitzero"`
}

// Claim is a statement a source makes about the event: its stance (Kind),
// on what (Aspect), in its words (Quote, verbatim) or paraphrased, about
// which actors, and with a structured Value where the aspect has one (a
// weapon "missile", a type code, a place ID).
type Claim struct {
	Citation   string      `json:"citation"` // local ID of one of the event's Citations
	Kind       ClaimKind   `json:"kind"`
	Aspect     Aspect      `json:"aspect"`
	Value      string      `json:"value,omitzero"`
	Quote      string      `json:"quote,omitzero"`
	Paraphrase string      `json:"paraphrase,omitzero"`
	About      []actor.Ref `json:"about,omitzero"`
}

// Relation links this event to another: "this event <Kind> Event".
type Relation struct {
	Kind     RelationKind `json:"kind"`
	Event    uuid.UUID    `json:"event"`
	Citation string       `json:"citation,omitzero"` // who draws the link, when it is a claim
	Note     string       `json:"note,omitzero"`
}
