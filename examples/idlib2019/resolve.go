package main

import (
	"fmt"
	"slices"

	"github.com/conflictkit/conflict/actor"
	"github.com/conflictkit/conflict/place"
)

// catalogues lays the article's own records over the SDK's embedded actor
// catalogue and gazetteer, so that the article's names resolve through
// them: "Hurras al-Deen", as the article spells it, finds the record of
// Hurras al-Din, and "Idlib" in Syria the town. Where the article's record
// and the catalogue's share an ID, the article's wins (it holds what the
// article says: the joint operation room, the notes), and the catalogue's
// other names and identifiers are added to it, so that every spelling
// either knows resolves.
func catalogues(own *place.Set) (*actor.Registry, *place.Gazetteer, error) {
	reg := actor.Default().Clone()
	var merged []actor.Actor
	for _, a := range actors() {
		if c, ok := reg.Get(a.ID); ok {
			a = extend(a, c)
		}
		merged = append(merged, a)
	}
	if err := reg.Merge(merged...); err != nil {
		return nil, nil, fmt.Errorf("the article's actors over the catalogue: %w", err)
	}
	ownGaz, err := place.NewGazetteer(slices.Collect(own.All())...)
	if err != nil {
		return nil, nil, fmt.Errorf("the article's places: %w", err)
	}
	gaz, err := place.Default().Merge(ownGaz)
	if err != nil {
		return nil, nil, fmt.Errorf("the article's places over the gazetteer: %w", err)
	}
	return reg, gaz, nil
}

// extend adds to the article's record a the names and identifiers of the
// catalogue's record c that a lacks.
func extend(a, c actor.Actor) actor.Actor {
	a.Names = slices.Clone(a.Names)
	for _, n := range append([]actor.Name{{Text: c.Name}}, c.Names...) {
		if n.Text != a.Name && !slices.ContainsFunc(a.Names, func(m actor.Name) bool { return m.Text == n.Text }) {
			a.Names = append(a.Names, n)
		}
	}
	a.Identifiers = slices.Clone(a.Identifiers)
	for _, id := range c.Identifiers {
		if !slices.ContainsFunc(a.Identifiers, func(x actor.Identifier) bool { return x.Scheme == id.Scheme && x.Value == id.Value }) {
			a.Identifiers = append(a.Identifiers, id)
		}
	}
	return a
}

// actor resolves a name as the article writes it, on the day of the
// article, and returns the reference an event carries.
func (b *builder) actor(text string) actor.Ref {
	res, err := b.actors.Resolve(text, actor.DateOf(saturday))
	if err != nil {
		b.fail(fmt.Errorf("actor %q: %w", text, err))
		return actor.Ref{Name: text}
	}
	return res.Actor.Ref()
}

// place resolves a place name as the article writes it, narrowed as the
// article's context narrows it, and returns the reference an event carries.
func (b *builder) place(text string, opt place.ResolveOptions) place.Ref {
	id, _, err := b.gaz.ResolveID(text, opt)
	if err != nil {
		b.fail(fmt.Errorf("place %q: %w", text, err))
		return place.Ref{Name: text}
	}
	return b.ref(id)
}

func (b *builder) fail(err error) {
	if b.err == nil {
		b.err = err
	}
}
