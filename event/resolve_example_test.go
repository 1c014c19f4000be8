package event_test

import (
	"fmt"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/conflictkit/conflict/actor"
	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/place"
	"github.com/conflictkit/conflict/source"
)

// An event as an ACLED row gives it, by names only, resolved against the
// SDK's embedded catalogues: the names stay, the IDs and P-codes come in.
func ExampleDefaultResolver() {
	e := event.New(event.AirDroneStrike)
	e.When = event.On(date.New(2019, time.August, 31))
	e.Where = event.In(place.Ref{Name: "Idlib", Level: place.LevelLocality, Path: []place.Unit{
		{Level: place.LevelCountry, Name: "Syria"},
		{Level: place.LevelAdmin1, Name: "Idleb"},
		{Level: place.LevelAdmin2, Name: "Idleb"},
		{Level: place.LevelAdmin3, Name: "Idleb"},
	}}, place.PrecisionExact)
	e.Participants = []event.Participant{{Actor: actor.Ref{Name: "HTS: Hayat Tahrir al Sham"}, Role: event.Target}}
	e.Citations = []source.Citation{{ID: "source-1", Source: source.Ref{Name: "SOHR"}}}

	for _, p := range event.DefaultResolver().Resolve(&e) {
		fmt.Println(p) // nothing here: every name resolves
	}
	fmt.Println(e.Participants[0].Actor.ID, e.Citations[0].Source.ID, e.Where.Place.ID)
	for _, u := range e.Where.Place.Path {
		fmt.Println(u.Level, u.Code, u.Name)
	}
	// Output:
	// hts sohr idlib-city
	// country SY Syria
	// admin1 SY07 Idleb
	// admin2 SY0700 Idleb
	// admin3 SY070000 Idleb
}

// Names that do not resolve, or that name an actor outside its time, are
// reported with their paths; nothing is guessed.
func ExampleResolver_Resolve() {
	e := event.New(event.ArmedClash)
	e.When = event.On(date.New(2018, time.May, 1))
	e.Participants = []event.Participant{
		{Actor: actor.Ref{Name: "Jabhat Fateh al-Sham"}, Role: event.Party},
		{Actor: actor.Ref{Name: "Liwa al-Nowhere"}, Role: event.Party},
	}
	r := &event.Resolver{Actors: actor.Default()}
	for _, p := range r.Resolve(&e) {
		fmt.Println(p.Path, "-", p.Code)
	}
	fmt.Printf("%q\n", e.Participants[0].Actor.ID)

	follow := &event.Resolver{Actors: actor.Default(), FollowSuccession: true} // JFS merged into HTS in January 2017
	e.Participants[0].Actor.ID = ""
	follow.Resolve(&e)
	fmt.Printf("%q\n", e.Participants[0].Actor.ID)
	// Output:
	// participants[0].actor - name not in use on the event's date
	// participants[1].actor - name not resolved
	// "jabhat-fateh-al-sham"
	// "hts"
}
