package main

import (
	"fmt"
	"time"

	"github.com/rickb777/date/v2"
	"golang.org/x/text/language"

	"github.com/conflictkit/conflict/actor"
	"github.com/conflictkit/conflict/casualty"
	"github.com/conflictkit/conflict/event"
	"github.com/conflictkit/conflict/place"
	"github.com/conflictkit/conflict/source"
)

// The article: Al Jazeera, "Syria's war: US 'targets al-Qaeda leaders' in
// rebel-held Idlib", with material from news agencies. The text says only
// "on Saturday" and "on Sunday"; the project's design notes date the
// strike's Saturday to 31 August 2019, which the text agrees with (a deal
// of "September 2018" was struck "last year"; a ceasefire after "four
// months" of an offensive begun "in late April"). The article's own
// publication date is not given, so it is left unknown.
var (
	saturday = date.New(2019, time.August, 31)
	sunday   = date.New(2019, time.September, 1)
)

// Stable event IDs. They are derived (UUID v5) from a key of this example,
// so that every run prints the same document and other datasets can refer
// to these events.
func key(name string) event.Key {
	return event.Key{Scheme: "conflictkit-example", Value: "idlib2019/" + name}
}

// Article is the article held as data: the records of every actor, place
// and source it mentions, and every incident and development it reports.
func Article() (*event.Dataset, error) {
	places, err := gazetteer()
	if err != nil {
		return nil, err
	}
	reg, gaz, err := catalogues(places)
	if err != nil {
		return nil, err
	}
	b := &builder{places: places, actors: reg, gaz: gaz}
	d := event.NewDataset("Syria's war: US 'targets al-Qaeda leaders' in rebel-held Idlib (Al Jazeera, 2019) as data")
	d.Description = "Every incident, development, figure and attributed statement in the seed article, with who said what. " +
		"Dates are as precise as the article's text allows; nothing is added that the article does not say, " +
		"except identifiers and codes taken from the project's reference material."
	d.Actors = actors()
	d.Sources = sources()
	for p := range places.All() {
		d.Places = append(d.Places, p)
	}

	strike := b.strike()
	julyRaid := b.julyRaid()
	offensive := b.offensive()
	ceasefire := b.ceasefire()
	sochi := b.deEscalationAgreement()
	war := b.war()
	protests := b.protests2011()
	idlibPopulation := b.idlibPopulation()

	// How the developments hang together, as the article draws it.
	strike.Relate(event.Follows, julyRaid.ID, "aj")
	strike.Relate(event.Violates, sochi.ID, "ru-mod")
	strike.Relate(event.PartOf, war.ID, "")
	julyRaid.Relate(event.PartOf, war.ID, "")
	offensive.Relate(event.PartOf, war.ID, "")
	offensive.Relate(event.Violates, sochi.ID, "aj")
	ceasefire.Relate(event.ResponseTo, offensive.ID, "aj")
	war.Relate(event.Follows, protests.ID, "aj")
	idlibPopulation.Relate(event.PartOf, war.ID, "")

	d.Events = append(d.Events, strike, julyRaid, offensive, ceasefire, sochi, war, protests, idlibPopulation)
	return d, b.err
}

// builder carries the places and the first error met while building.
type builder struct {
	places *place.Set       // the places the dataset holds
	actors *actor.Registry  // the catalogue, with the article's actors over it
	gaz    *place.Gazetteer // the gazetteer, with the article's places over it
	err    error
}

// ref returns the self-describing reference of a place: its name and admin
// path with codes, as an event carries it.
func (b *builder) ref(id place.ID) place.Ref {
	r, err := b.places.Ref(id)
	if err != nil && b.err == nil {
		b.err = fmt.Errorf("place %q: %w", id, err)
	}
	return r
}

func (b *builder) point(id place.ID) place.Point {
	p, _ := b.places.Get(id)
	if p.Point == nil {
		if b.err == nil {
			b.err = fmt.Errorf("place %q has no point", id)
		}
		return place.Point{}
	}
	return *p.Point
}

// Citations that recur. Each event has its own list; these helpers keep
// the attribution chains identical across events.
func alJazeera() source.Citation {
	return source.Citation{ID: "aj", Source: ref(srcAlJazeera), Language: language.English,
		Title: "Syria's war: US 'targets al-Qaeda leaders' in rebel-held Idlib"}
}

func onDay(d date.Date) *date.Date { return &d }

// strike is the headline incident: the US strike near Idlib city on
// Saturday 31 August 2019, told four ways.
func (b *builder) strike() event.Event {
	e := event.FromKey(event.AirDroneStrike, key("us-strike-near-idlib"))
	e.Title = "US strike on a training camp near Idlib city"
	// The article dates CENTCOM's and SOHR's statements to Saturday, not
	// the strike itself: it happened on or before that day.
	e.When = event.Until(saturday, event.DateDay)
	e.Where = event.Near(b.place("Idlib", place.ResolveOptions{Parent: "syria", Level: place.LevelLocality}), place.PrecisionNear).At(b.point("idlib-city"))
	e.Where.Text = "close to Idlib city, in Idlib province, northwest Syria"

	e.Cite(
		source.Citation{ID: "centcom", Source: ref(srcCENTCOM), Via: []source.Ref{ref(srcAlJazeera)}, Published: onDay(saturday),
			Language: language.English},
		source.Citation{ID: "sohr", Source: ref(srcSOHR), Via: []source.Ref{ref(srcAlJazeera)}, Published: onDay(saturday)},
		source.Citation{ID: "ground-sources", Source: ref(srcGroundSources), Via: []source.Ref{ref(srcAlJazeera)},
			Author: "Bernard Smith", AuthorActor: "bernard-smith", ReportedFrom: "hatay", ReportedFromName: "Hatay"},
		source.Citation{ID: "smith", Source: ref(srcAlJazeera), Author: "Bernard Smith", AuthorActor: "bernard-smith",
			ReportedFrom: "hatay", ReportedFromName: "Hatay", Language: language.English},
		source.Citation{ID: "videos", Source: ref(srcVideos), Via: []source.Ref{ref(srcAlJazeera)},
			Author: "Bernard Smith", AuthorActor: "bernard-smith", ReportedFrom: "hatay", ReportedFromName: "Hatay"},
		source.Citation{ID: "ru-mod", Source: ref(srcRussianMoD), Via: []source.Ref{ref(srcTASS), ref(srcAlJazeera)}, Published: onDay(sunday)},
		alJazeera(),
	)

	// Who did it, and to whom.
	e.Involve(b.actor("CENTCOM"), event.Perpetrator, "centcom", "ru-mod")
	e.Involve(b.actor("Hurras al-Deen"), event.Target, "sohr")
	e.Involve(b.actor("Ansar al-Tawhid"), event.Target, "sohr")
	e.Participants = append(e.Participants, event.Participant{
		Actor: actor.Ref{Name: "other allied groups"}, Role: event.TargetAssociate, Citations: []string{"sohr"},
		Note: "SOHR: the meeting also included leaders of other groups allied to Hurras al-Deen and Ansar al-Tawhid; they are not named.",
	})
	e.Involve(b.actor("al-Qaeda"), event.Target, "centcom", "ground-sources")

	// The figures, each with who gave it. They disagree, and all are kept.
	e.Count(figure(casualty.Killed, casualty.Combatants, casualty.AtLeast(40), "at least 40"), "sohr")
	e.Count(figure(casualty.KilledOrInjured, casualty.People, casualty.Some(), "numerous casualties"), "ru-mod")
	e.Count(figure(casualty.Injured, casualty.Children, casualty.AtLeast(1), "at least one wounded child"), "videos")

	// What each source says.
	e.Say(event.Claim{Citation: "centcom", Kind: event.ClaimsResponsibility, Aspect: event.AspectPerpetrator,
		Paraphrase: "US Central Command said the attack was its own.", About: []actor.Ref{b.actor("CENTCOM")}})
	e.Say(event.Claim{Citation: "centcom", Kind: event.Asserts, Aspect: event.AspectTarget,
		Quote:      "responsible for attacks threatening US citizens, partners, and innocent civilians.",
		Paraphrase: "The attack targeted leaders of al-Qaeda in Syria at an al-Qaeda-linked training facility.",
		About:      []actor.Ref{b.actor("al-Qaeda")}})
	e.Say(event.Claim{Citation: "centcom", Kind: event.Asserts, Aspect: event.AspectPurpose,
		Quote: "The removal of the facility will further degrade [al-Qaeda‘s] ability to conduct future attacks and destabilize the region"})
	e.Say(event.Claim{Citation: "centcom", Kind: event.DeclinesToSay, Aspect: event.AspectWeapon,
		Paraphrase: "CENTCOM did not say what kind of weaponry was used."})
	e.Say(event.Claim{Citation: "sohr", Kind: event.Asserts, Aspect: event.AspectWeapon, Value: "missile",
		Paraphrase: "SOHR called it a missile attack, and an air attack."})
	e.Say(event.Claim{Citation: "sohr", Kind: event.Asserts, Aspect: event.AspectTarget,
		Quote: "targeted a meeting held by the leaders of Hurras al-Deen, Ansar al-Tawhid and other allied groups inside a training camp",
		About: []actor.Ref{b.actor("Hurras al-Deen"), b.actor("Ansar al-Tawhid")}})
	e.Say(event.Claim{Citation: "sohr", Kind: event.Asserts, Aspect: event.AspectCasualties, Value: "at least 40 fighters killed",
		Quote: "at least 40"})
	e.Say(event.Claim{Citation: "ground-sources", Kind: event.Asserts, Aspect: event.AspectTarget,
		Quote: "a training centre connected with al-Qaeda", About: []actor.Ref{b.actor("al-Qaeda")}})
	e.Say(event.Claim{Citation: "smith", Kind: event.Asserts, Aspect: event.AspectTarget,
		Quote: "[The training centre] encouraged people from all ages – young boys to teenage men to older men – to come there for training"})
	e.Say(event.Claim{Citation: "videos", Kind: event.Asserts, Aspect: event.AspectCasualties,
		Paraphrase: "Videos posted after the attack showed at least one wounded child."})
	e.Say(event.Claim{Citation: "ru-mod", Kind: event.Asserts, Aspect: event.AspectWeapon, Value: "air raid",
		Paraphrase: "The US carried out an air raid."})
	e.Say(event.Claim{Citation: "ru-mod", Kind: event.Asserts, Aspect: event.AspectLocation, Value: "idlib-de-escalation-zone",
		Paraphrase: "The raid was in the Idlib de-escalation zone."})
	e.Say(event.Claim{Citation: "ru-mod", Kind: event.Alleges, Aspect: event.AspectLegality,
		Paraphrase: "The raid breached previous agreements and endangered a ceasefire.",
		About:      []actor.Ref{b.actor("US")}})
	e.Say(event.Claim{Citation: "ru-mod", Kind: event.Alleges, Aspect: event.AspectNotification,
		Paraphrase: "The United States forewarned neither Russia nor Turkey about the air raids.",
		About:      []actor.Ref{b.actor("US"), b.actor("Russia"), b.actor("Turkey")}})
	return e
}

// julyRaid is the earlier US operation the article recalls: on 1 July the
// US said it had raided Hurras al-Deen in northwest Syria. The raid's own
// date is not given, only that it was announced on 1 July: it happened on
// or before that day.
func (b *builder) julyRaid() event.Event {
	e := event.FromKey(event.ExplosionsRemoteViolence, key("us-raid-on-hurras-al-din"))
	e.Title = "US raid on Hurras al-Deen in northwest Syria"
	e.When = event.Until(date.New(2019, time.July, 1), event.DateDay)
	e.Where = event.In(b.place("northwest Syria", place.ResolveOptions{Level: place.LevelArea}), place.PrecisionRegion)
	e.Notes = "The article calls it a raid and does not say how it was carried out; it is coded at event-type level " +
		"(explosions/remote violence) without a sub-event type. The article says it was the first such US operation " +
		"in northwest Syria in two years."
	e.Cite(source.Citation{ID: "us", Source: ref(srcUSGovernment), Via: []source.Ref{ref(srcAlJazeera)},
		Published: onDay(date.New(2019, time.July, 1))}, alJazeera())
	e.Involve(b.actor("US"), event.Perpetrator, "us")
	e.Involve(b.actor("Hurras al-Deen"), event.Target, "us")
	e.Say(event.Claim{Citation: "us", Kind: event.ClaimsResponsibility, Aspect: event.AspectPerpetrator,
		Paraphrase: "The US said it had carried out a raid on Hurras al-Deen in northwest Syria.",
		About:      []actor.Ref{b.actor("Hurras al-Deen")}})
	e.Say(event.Claim{Citation: "aj", Kind: event.Asserts, Aspect: event.AspectOccurrence,
		Paraphrase: "It was the first such US operation in northwest Syria in two years."})
	return e
}

// offensive is the Russia-backed government offensive on Idlib, under way
// since late April 2019 (month precision: the article says only "late
// April"), with its toll of displacement.
func (b *builder) offensive() event.Event {
	e := event.FromKey(event.Campaign, key("government-offensive-on-idlib"))
	e.Title = "Russia-backed Syrian government offensive on Idlib"
	e.When = event.Since(date.New(2019, time.April, 1), event.DateMonth)
	e.Where = event.In(b.place("Idlib region", place.ResolveOptions{Level: place.LevelArea}), place.PrecisionRegion)
	e.Notes = "Under way \"since late April\"; the article speaks of four months of deadly bombardment before the ceasefire of 31 August 2019."
	e.Cite(alJazeera(), source.Citation{ID: "un", Source: ref(srcUN), Via: []source.Ref{ref(srcAlJazeera)}})
	e.Involve(b.actor("Syrian government forces"), event.Perpetrator, "aj")
	e.Involve(b.actor("Russia"), event.Sponsor, "aj")
	e.Involve(b.actor("Syrian anti-government rebels"), event.Target, "aj")
	e.Count(figure(casualty.Displaced, casualty.People, casualty.MoreThan(400_000), "more than 400,000 people"), "un")
	e.Count(figure(casualty.Displaced, casualty.Civilians, casualty.MustParseCount("hundreds of thousands"), "hundreds of thousands of civilians"), "aj")
	e.Say(event.Claim{Citation: "un", Kind: event.Asserts, Aspect: event.AspectConsequence,
		Paraphrase: "The violence has displaced more than 400,000 people."})
	e.Say(event.Claim{Citation: "aj", Kind: event.Asserts, Aspect: event.AspectConsequence,
		Paraphrase: "The de-escalation agreement faltered in recent months, forcing hundreds of thousands of civilians to flee."})
	e.Say(event.Claim{Citation: "aj", Kind: event.Asserts, Aspect: event.AspectTarget,
		Paraphrase: "Idlib is the last remaining bastion of the anti-government rebels and their major stronghold."})
	return e
}

// ceasefire is the Moscow-backed ceasefire the government agreed to on
// Saturday 31 August 2019, after which its air raids on the Idlib region
// halted.
func (b *builder) ceasefire() event.Event {
	e := event.FromKey(event.Agreement, key("idlib-ceasefire"))
	e.Title = "Syrian government agrees to a Moscow-backed ceasefire in Idlib"
	e.When = event.On(saturday)
	e.Where = event.In(b.place("Idlib region", place.ResolveOptions{Level: place.LevelArea}), place.PrecisionRegion)
	e.Cite(
		alJazeera(),
		source.Citation{ID: "sana", Source: ref(srcSANA), Via: []source.Ref{ref(srcAlJazeera)}, Published: onDay(saturday)},
		source.Citation{ID: "military-source", Source: ref(srcSyrianMilitarySource), Via: []source.Ref{ref(srcSANA), ref(srcAlJazeera)}, Published: onDay(saturday)},
		source.Citation{ID: "russia", Source: ref(srcRussianGovernment), Via: []source.Ref{ref(srcAlJazeera)}},
		source.Citation{ID: "heller", Source: ref(srcICG), Via: []source.Ref{ref(srcAFP), ref(srcAlJazeera)},
			Author: "Sam Heller", AuthorActor: "sam-heller"},
		source.Citation{ID: "un", Source: ref(srcUN), Via: []source.Ref{ref(srcAlJazeera)}},
	)
	e.Involve(b.actor("Government of Syria"), event.Party, "sana")
	e.Involve(b.actor("Russia"), event.Sponsor, "aj", "russia")
	e.Say(event.Claim{Citation: "sana", Kind: event.Asserts, Aspect: event.AspectOccurrence,
		Paraphrase: "The government agreed to the Idlib ceasefire deal.", About: []actor.Ref{b.actor("Government of Syria")}})
	e.Say(event.Claim{Citation: "russia", Kind: event.Asserts, Aspect: event.AspectPurpose,
		Quote: "to stabilise the situation"})
	e.Say(event.Claim{Citation: "military-source", Kind: event.Asserts, Aspect: event.AspectConsequence,
		Quote: "reserves the right to respond to violations", About: []actor.Ref{b.actor("Syrian government forces"), b.actor("Syrian anti-government rebels")}})
	e.Say(event.Claim{Citation: "aj", Kind: event.Asserts, Aspect: event.AspectConsequence,
		Paraphrase: "Syrian government air raids on the Idlib region halted early on Saturday, after the government agreed to the ceasefire."})
	e.Say(event.Claim{Citation: "aj", Kind: event.Asserts, Aspect: event.AspectPurpose,
		Paraphrase: "The truce is the latest attempt to avert a full-blown government offensive on Idlib."})
	e.Say(event.Claim{Citation: "un", Kind: event.Asserts, Aspect: event.AspectConsequence,
		Quote: "nightmares", Paraphrase: "A full-blown offensive would cause one of the worst humanitarian nightmares of the eight-year war."})
	e.Say(event.Claim{Citation: "heller", Kind: event.Asserts, Aspect: event.AspectAssessment,
		Quote: "Russia and the Syrian government may be willing to give Turkey another opportunity to implement the terms of its September 2018 bilateral agreement with Russia",
		About: []actor.Ref{b.actor("Russia"), b.actor("Government of Syria"), b.actor("Turkey")}})
	e.Say(event.Claim{Citation: "heller", Kind: event.Asserts, Aspect: event.AspectAssessment,
		Quote: "Alternately, this ceasefire may just be an operational pause for Damascus and Moscow to consolidate their territorial gains and prepare for the next phase of their offensive",
		About: []actor.Ref{b.actor("Government of Syria"), b.actor("Russia")}})
	return e
}

// deEscalationAgreement is the Turkey-Russia deal of September 2018 that
// set up the Idlib de-escalation area, never fully implemented.
func (b *builder) deEscalationAgreement() event.Event {
	e := event.FromKey(event.Agreement, key("idlib-de-escalation-agreement"))
	e.Title = "Turkey and Russia agree on a de-escalation area for Idlib"
	e.When = event.InMonth(2018, time.September)
	e.Where = event.In(b.place("Idlib de-escalation zone", place.ResolveOptions{Level: place.LevelArea}), place.PrecisionRegion)
	e.Cite(alJazeera(), source.Citation{ID: "heller", Source: ref(srcICG), Via: []source.Ref{ref(srcAFP), ref(srcAlJazeera)},
		Author: "Sam Heller", AuthorActor: "sam-heller"})
	e.Involve(b.actor("Russia"), event.Party, "aj")
	e.Involve(b.actor("Turkey"), event.Party, "aj")
	e.Say(event.Claim{Citation: "aj", Kind: event.Asserts, Aspect: event.AspectConsequence,
		Paraphrase: "The deal was meant to protect the region from a significant government offensive; it was never fully implemented, and faltered in recent months."})
	e.Say(event.Claim{Citation: "heller", Kind: event.Asserts, Aspect: event.AspectOccurrence,
		Paraphrase: "Heller calls it Turkey's September 2018 bilateral agreement with Russia."})
	return e
}

// war is the Syrian conflict as a whole, with the article's totals.
func (b *builder) war() event.Event {
	e := event.FromKey(event.ArmedConflict, key("syrian-civil-war"))
	e.Title = "The Syrian conflict"
	e.When = event.Since(date.New(2011, time.January, 1), event.DateYear)
	e.Where = event.In(b.place("Syria", place.ResolveOptions{Level: place.LevelCountry}), place.PrecisionCountry)
	e.Cite(alJazeera(), source.Citation{ID: "assad", Source: ref(srcAssad), Via: []source.Ref{ref(srcAlJazeera)}})
	e.Involve(b.actor("Government of Syria"), event.Party, "aj")
	e.Involve(b.actor("Syrian anti-government rebels"), event.Party, "aj")
	e.Involve(b.actor("Russia"), event.Sponsor, "aj")
	e.Involve(b.actor("Turkey"), event.Sponsor, "aj")
	e.Count(figure(casualty.Killed, casualty.People, casualty.MoreThan(370_000), "more than 370,000 people"), "aj")
	e.Count(figure(casualty.Displaced, casualty.People, casualty.MustParseCount("millions"), "millions from their homes"), "aj")
	e.Say(event.Claim{Citation: "aj", Kind: event.Asserts, Aspect: event.AspectControl, Value: "about 60 percent",
		Paraphrase: "Forces of President Bashar al-Assad control about 60 percent of Syria's territory.",
		About:      []actor.Ref{b.actor("Syrian government forces")}})
	e.Say(event.Claim{Citation: "aj", Kind: event.Asserts, Aspect: event.AspectControl,
		Paraphrase: "HTS controls most of Idlib province and parts of neighbouring Aleppo and Latakia provinces.",
		About:      []actor.Ref{b.actor("Hay'at Tahrir al-Sham")}})
	e.Say(event.Claim{Citation: "aj", Kind: event.Asserts, Aspect: event.AspectControl,
		Paraphrase: "Hurras al-Deen and its ally Ansar al-Tawhid operate in the Idlib region, in a joint operation room that also includes HTS.",
		About:      []actor.Ref{b.actor("Hurras al-Deen"), b.actor("Ansar al-Tawhid"), b.actor("Hay'at Tahrir al-Sham")}})
	e.Say(event.Claim{Citation: "assad", Kind: event.Asserts, Aspect: event.AspectPurpose,
		Paraphrase: "Assad has promised to reclaim the rest of the country, including Idlib."})
	return e
}

// protests2011 is the start of it all, as the article tells it: the
// repression of anti-government protests in 2011.
func (b *builder) protests2011() event.Event {
	e := event.FromKey(event.ExcessiveForceAgainstProtesters, key("repression-of-2011-protests"))
	e.Title = "Repression of anti-government protests"
	e.When = event.InYear(2011)
	e.Where = event.In(b.place("Syria", place.ResolveOptions{Level: place.LevelCountry}), place.PrecisionCountry)
	e.Cite(alJazeera())
	e.Involve(b.actor("Government of Syria"), event.Perpetrator, "aj")
	e.Involve(b.actor("Protesters (Syria)"), event.Target, "aj")
	e.Say(event.Claim{Citation: "aj", Kind: event.Asserts, Aspect: event.AspectOccurrence,
		Paraphrase: "The conflict started with the brutal repression of anti-government protests in 2011."})
	return e
}

// idlibPopulation holds the article's figures for the people of the Idlib
// region: some three million, nearly half of them displaced from elsewhere
// in Syria. Half of "some three million" is 1,500,000, so "nearly half" is
// recorded as nearly 1,500,000, with the words kept as said.
func (b *builder) idlibPopulation() event.Event {
	e := event.FromKey(event.Displacement, key("displacement-into-idlib"))
	e.Title = "Displacement into the Idlib region"
	e.When = event.Since(date.New(2011, time.January, 1), event.DateYear) // displaced during the war; still there
	e.Where = event.In(b.place("Idlib region", place.ResolveOptions{Level: place.LevelArea}), place.PrecisionRegion)
	e.Cite(alJazeera())
	e.Count(figure(casualty.Population, casualty.People, casualty.About(3_000_000), "some three million people"), "aj")
	e.Count(figure(casualty.Displaced, casualty.People, casualty.Nearly(1_500_000), "nearly half of whom"), "aj")
	return e
}

func figure(o casualty.Outcome, g casualty.Group, c casualty.Count, text string) casualty.Figure {
	f := casualty.NewFigure(o, g, c)
	f.Text = text
	return f
}
