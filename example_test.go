package conflict_test

import (
	"fmt"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/conflictkit/conflict/actor"
	"github.com/conflictkit/conflict/casualty"
	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/place"
	"github.com/conflictkit/conflict/source"
)

// Example is the README's sketch, kept compiling and correct: one strike,
// two sources that disagree, and validation that names what is missing.
func Example() {
	idlibCity := place.Ref{ID: "idlib-city", Name: "Idlib", Level: place.LevelLocality, Path: []place.Unit{
		{Level: place.LevelCountry, ID: "syria", Code: "SY", Name: "Syria"},
		{Level: place.LevelAdmin1, ID: "sy07", Code: "SY07", Name: "Idleb"},
	}}
	sohr := source.Source{ID: "sohr", Name: "Syrian Observatory for Human Rights", Kind: source.KindMonitor}
	russianMoD := source.Source{ID: "russian-defence-ministry", Name: "Russian defence ministry", Kind: source.KindMilitary}
	tass := source.Source{ID: "tass", Name: "TASS", Kind: source.KindNewsAgency}
	alJazeera := source.Source{ID: "al-jazeera", Name: "Al Jazeera", Kind: source.KindBroadcaster}
	centcom := actor.Actor{ID: "centcom", Kind: actor.KindMilitaryCommand, Name: "US Central Command"}

	strike := event.FromKey(event.AirDroneStrike, event.Key{Scheme: "example", Value: "idlib-2019-08-31"})
	strike.When = event.On(date.New(2019, time.August, 31))
	strike.Where = event.Near(idlibCity, place.PrecisionNear)

	strike.Cite(
		source.Citation{ID: "sohr", Source: sohr.Ref(), Via: []source.Ref{alJazeera.Ref()}},
		source.Citation{ID: "ru-mod", Source: russianMoD.Ref(), Via: []source.Ref{tass.Ref(), alJazeera.Ref()}},
	)
	strike.Involve(centcom.Ref(), event.Perpetrator, "ru-mod")
	strike.Count(casualty.NewFigure(casualty.Killed, casualty.Combatants, casualty.AtLeast(40)), "sohr")
	strike.Count(casualty.NewFigure(casualty.KilledOrInjured, casualty.People, casualty.Some()), "ru-mod")
	strike.Say(event.Claim{Citation: "ru-mod", Kind: event.Alleges, Aspect: event.AspectLegality,
		Paraphrase: "The raid breached previous agreements."})
	strike.Count(casualty.NewFigure(casualty.Injured, casualty.Children, casualty.AtLeast(1)), "videos")

	for _, c := range strike.Casualties {
		fmt.Println(c.Figure)
	}
	for _, p := range strike.Validate() {
		fmt.Println(p)
	}
	// Output:
	// at least 40 combatants killed
	// more than zero people killed or injured
	// at least 1 child injured
	// casualties[2].citation: error: citation "videos" is not among the event's citations
}
