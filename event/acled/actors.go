package acled

import (
	"github.com/rickb777/date/v2"

	"github.com/conflictkit/conflict/actor"
	"github.com/conflictkit/conflict/event"
)

// Where the participants go: actor1 and actor2, the associated actors of
// each, or nowhere.
const (
	slotNone = iota
	slotActor1
	slotAssoc1
	slotActor2
	slotAssoc2
)

// writtenActor is how one participant is written.
type writtenActor struct {
	slot    int
	name    string     // the name written; "" for a participant not written
	kind    actor.Kind // the kind its inter code comes from
	country string     // the actor's country (ISO alpha-2) from the catalogue, "" if unknown
	// via is the catalogue actor whose ACLED name was written in place of
	// the participant's own, which has none: the force a command or unit
	// is part of. It is empty when the participant's own name was written.
	via actor.ID
}

// maxPartOf bounds the walk up part-of links; real chains are two or three
// links long (a command, its armed forces, the state).
const maxPartOf = 6

// nameActor sets a participant's name, kind and country as the target
// dataset knows them: with no registry (or for an event read from the
// same format), the name and kind as given; otherwise, for an actor the
// registry knows (by ID, else by resolving the name on the event's day),
// its identifier in scheme valid on that day, or failing that the one of
// the nearest actor it is part of, as ACLED codes a unit it does not name
// by its force.
func nameActor(reg *actor.Registry, scheme string, ref actor.Ref, day date.Date, hasDay bool) writtenActor {
	w := writtenActor{name: ref.Name, kind: ref.Kind}
	if reg == nil {
		return w
	}
	a, ok := lookupActor(reg, ref, day, hasDay)
	if !ok {
		return w
	}
	if a.Kind != "" {
		w.kind = a.Kind
	}
	w.country = a.Country
	start := a.ID
	for range maxPartOf {
		if id, ok := identifierOn(a, scheme, day, hasDay); ok {
			w.name = id
			if a.ID != start {
				w.via = a.ID
				if a.Kind != "" {
					w.kind = a.Kind
				}
				if a.Country != "" {
					w.country = a.Country
				}
			}
			return w
		}
		next, ok := partOf(reg, a, day, hasDay)
		if !ok {
			break
		}
		a = next
	}
	return w
}

// lookupActor finds ref's record: by ID, else by its name on day.
func lookupActor(reg *actor.Registry, ref actor.Ref, day date.Date, hasDay bool) (actor.Actor, bool) {
	if ref.ID != "" {
		if a, ok := reg.Get(ref.ID); ok {
			return a, true
		}
	}
	if ref.Name == "" {
		return actor.Actor{}, false
	}
	var on actor.Date
	if hasDay {
		y, m, d := day.Date()
		on, _ = actor.NewDate(y, m, d)
	}
	res, err := reg.Resolve(ref.Name, on)
	if err != nil {
		return actor.Actor{}, false
	}
	return res.Actor, true
}

// identifierOn returns a's identifier in scheme valid on day (any day when
// the event has none).
func identifierOn(a actor.Actor, scheme string, day date.Date, hasDay bool) (string, bool) {
	if hasDay {
		id, ok := a.IdentifierAt(scheme, day)
		return id.Value, ok
	}
	id, ok := a.Identifier(scheme)
	return id.Value, ok
}

// partOf follows a's first part-of link valid on day.
func partOf(reg *actor.Registry, a actor.Actor, day date.Date, hasDay bool) (actor.Actor, bool) {
	for _, l := range a.Links {
		if l.Kind != actor.LinkPartOf || (hasDay && !l.ValidAt(day)) {
			continue
		}
		if b, ok := reg.Get(l.Actor); ok {
			return b, true
		}
	}
	return actor.Actor{}, false
}

// interOf returns the inter code of an actor of kind k acting in the
// event's country, and false for a kind that is no ACLED category. It
// follows the ACLED codebook ("Actor Names, Types, and 'Inter' Codes"):
// state forces are "collective actors, including military and police,
// that are recognized to perform government functions over a given
// territory", so a state, a government, a government agency and a
// military command are 1; international organisations are External/Other
// forces, 8; and "the military forces of states are recorded with an Inter
// code of 8 (i.e., external forces) when active outside of their home
// state" — an actor of code 1 whose country differs from the event's is 8.
// Armed groups of unknown category, coalitions, other organisations,
// media, persons and unidentified actors have no code.
func interOf(k actor.Kind, actorCountry, eventCountry string) (int, bool) {
	n, ok := k.ACLEDInter()
	if !ok {
		switch k {
		case actor.KindState, actor.KindGovernment, actor.KindGovernmentAgency, actor.KindMilitaryCommand:
			n, ok = 1, true
		case actor.KindIGO:
			n, ok = 8, true
		}
	}
	if ok && n == 1 && actorCountry != "" && eventCountry != "" && actorCountry != eventCountry {
		n = 8
	}
	return n, ok
}

// gather decides where e's participants go and collects its sources into
// enc.parts. The first perpetrator is actor1 and the first target actor2;
// further ones and the associates go to the associated-actor columns;
// parties (UCDP's sides, which say nothing of who attacked whom) fill
// actor1 and actor2 if they are free. Other roles are not written.
func (enc *encoder) gather(e *event.Event, foreign bool, day date.Date, hasDay bool) {
	p := &enc.parts
	p.actor1, p.actor2 = -1, -1
	p.assoc1, p.assoc2, p.sources = p.assoc1[:0], p.assoc2[:0], p.sources[:0]
	p.actors = p.actors[:0]
	reg := enc.actors
	if !foreign {
		reg = nil // names as read: the row's own
	}
	for i := range e.Participants {
		pt := &e.Participants[i]
		w := nameActor(reg, actor.SchemeACLED, pt.Actor, day, hasDay)
		switch pt.Role {
		case event.Perpetrator:
			if p.actor1 < 0 {
				p.actor1, w.slot = i, slotActor1
			} else {
				w.slot = slotAssoc1
			}
		case event.PerpetratorAssociate:
			w.slot = slotAssoc1
		case event.Target:
			if p.actor2 < 0 {
				p.actor2, w.slot = i, slotActor2
			} else {
				w.slot = slotAssoc2
			}
		case event.TargetAssociate:
			w.slot = slotAssoc2
		}
		p.actors = append(p.actors, w)
	}
	for i := range e.Participants {
		if e.Participants[i].Role != event.Party {
			continue
		}
		switch {
		case p.actor1 < 0:
			p.actor1, p.actors[i].slot = i, slotActor1
		case p.actor2 < 0:
			p.actor2, p.actors[i].slot = i, slotActor2
		}
	}
	for i := range p.actors {
		switch p.actors[i].slot {
		case slotAssoc1:
			p.assoc1 = append(p.assoc1, p.actors[i].name)
		case slotAssoc2:
			p.assoc2 = append(p.assoc2, p.actors[i].name)
		}
	}
	for i := range e.Citations {
		c := &e.Citations[i]
		if c.ID == CitationID {
			continue
		}
		if name := c.Publisher().Name; name != "" && !containsString(p.sources, name) {
			p.sources = append(p.sources, name)
		}
	}
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// actorName returns the name written for participant i, or "" for none.
func (p *parts) actorName(i int) string {
	if i < 0 {
		return ""
	}
	return p.actors[i].name
}

// interCode returns the inter code of participant i in the event's
// country: 0 for no participant, -1 for one whose kind is no ACLED
// category.
func (p *parts) interCode(i int, eventCountry string) int {
	if i < 0 {
		return 0
	}
	w := &p.actors[i]
	n, ok := interOf(w.kind, w.country, eventCountry)
	if !ok {
		return -1
	}
	return n
}
