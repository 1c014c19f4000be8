package main

import (
	"slices"

	"github.com/conflictkit/conflict/actor"
	"github.com/conflictkit/conflict/event"
)

// actorRegistry returns the catalogue the ACLED and UCDP writers name
// actors by: the SDK's embedded catalogue, with the actor records of the
// input (a Dataset document's) laid over it. A record the catalogue also
// has keeps the input's fields and gains the catalogue's identifiers that
// it lacks, so that a Dataset whose "united-states" names no UCDP
// identifier is still written with UCDP's name for it.
func actorRegistry(d *event.Dataset) (*actor.Registry, error) {
	reg := actor.Default()
	if d == nil || len(d.Actors) == 0 {
		return reg, nil
	}
	reg = reg.Clone()
	over := make([]actor.Actor, 0, len(d.Actors))
	for _, a := range d.Actors {
		if known, ok := reg.Get(a.ID); ok {
			a.Identifiers = slices.Clone(a.Identifiers)
			for _, id := range known.Identifiers {
				if !slices.ContainsFunc(a.Identifiers, func(x actor.Identifier) bool { return x.Scheme == id.Scheme }) {
					a.Identifiers = append(a.Identifiers, id)
				}
			}
		}
		over = append(over, a)
	}
	if err := reg.Merge(over...); err != nil {
		return nil, err
	}
	return reg, nil
}
