package actor_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/rickb777/date/v2"

	"github.com/conflictkit/conflict/actor"
)

func ExampleParseID() {
	id, err := actor.ParseID("hurras-al-din")
	fmt.Println(id, err)
	_, err = actor.ParseID("Hurras al-Din")
	fmt.Println(errors.Is(err, actor.ErrBadID), err)
	// Output:
	// hurras-al-din <nil>
	// true actor: id "Hurras al-Din": invalid actor id
}

func ExampleMustParseID() {
	fmt.Println(actor.MustParseID("military-forces-of-syria"))
	// Output: military-forces-of-syria
}

func ExampleParseKind() {
	k, err := actor.ParseKind("military-command")
	fmt.Println(k, k.Label(), err)
	_, err = actor.ParseKind("warlord")
	fmt.Println(errors.Is(err, actor.ErrUnknownKind))
	// Output:
	// military-command Military command <nil>
	// true
}

func ExampleMustParseKind() {
	fmt.Println(actor.MustParseKind("rebel-group").Label())
	// Output: Rebel group
}

func ExampleRegisterKind() {
	// A downstream project adds its own kind under its own namespace,
	// typically once at start-up. ErrDuplicate means it is already there.
	err := actor.RegisterKind("org.example/tribal-council", "Tribal council", "A council of tribal elders.")
	if err != nil && !errors.Is(err, actor.ErrDuplicate) {
		fmt.Println(err)
	}
	k, _ := actor.ParseKind("org.example/tribal-council")
	fmt.Println(k.Known(), k.Label())
	fmt.Println(errors.Is(actor.RegisterKind("media", "Media", ""), actor.ErrDuplicate))
	// Output:
	// true Tribal council
	// true
}

func ExampleKindFromACLEDInter() {
	for _, code := range []int{1, 8, 0} {
		k, err := actor.KindFromACLEDInter(code)
		fmt.Printf("%d: %q no-actor=%v\n", code, k, errors.Is(err, actor.ErrNoActor))
	}
	// Output:
	// 1: "state-forces" no-actor=false
	// 8: "external-other" no-actor=false
	// 0: "" no-actor=true
}

func ExampleKindFromACLEDLabel() {
	// Both the 2024+ labels and those of the numeric era are accepted.
	for _, s := range []string{"Rebel group", "Rebel Groups", "Communal Militias", "External/Other forces"} {
		k, _ := actor.KindFromACLEDLabel(s)
		fmt.Println(k)
	}
	// Output:
	// rebel-group
	// rebel-group
	// identity-militia
	// external-other
}

func ExampleKind_ACLEDInter() {
	code, ok := actor.KindStateForces.ACLEDInter()
	fmt.Println(code, ok)
	label, _ := actor.KindStateForces.ACLEDLabel()
	fmt.Println(label)
	_, ok = actor.KindMilitaryCommand.ACLEDInter()
	fmt.Println(ok)
	// Output:
	// 1 true
	// State forces
	// false
}

func ExampleParseDate() {
	founded, _ := actor.ParseDate("1988-08") // al-Qaeda: August 1988
	fmt.Println(founded, founded.First(), founded.Last())
	_, err := actor.ParseDate("2018-02-30")
	fmt.Println(err)
	// Output:
	// 1988-08 1988-08-01 1988-08-31
	// actor: date "2018-02-30": no such calendar date: invalid date
}

func ExampleMustParseDate() {
	had := actor.MustParseDate("2018-02-27") // Hurras al-Din
	aat := actor.MustParseDate("2018-03")    // Ansar al-Tawhid
	fmt.Println(had.Before(aat), aat.Contains(date.New(2018, time.March, 13)))
	// Output: true true
}

func ExampleNewDate() {
	y, _ := actor.NewDate(1920, 0, 0)
	m, _ := actor.NewDate(2018, time.March, 0)
	_, err := actor.NewDate(2018, time.April, 31)
	fmt.Println(y, m, errors.Is(err, actor.ErrBadDate))
	// Output: 1920 2018-03 true
}

func ExampleDateOf() {
	fmt.Println(actor.DateOf(date.New(2024, time.December, 8)))
	// Output: 2024-12-08
}

func ExampleParseNameKind() {
	k, err := actor.ParseNameKind("transliteration")
	fmt.Println(k, err)
	_, err = actor.ParseNameKind("nickname")
	fmt.Println(errors.Is(err, actor.ErrUnknownNameKind))
	// Output:
	// transliteration <nil>
	// true
}

func ExampleParseLinkKind() {
	k, err := actor.ParseLinkKind("merged-into")
	fmt.Println(k, k == actor.LinkMergedInto, err)
	// Output: merged-into true <nil>
}

func ExampleParseCountry() {
	for _, s := range []string{"SY", "syr", "760", "UK", "145"} {
		c, err := actor.ParseCountry(s)
		fmt.Printf("%s -> %q %v\n", s, c, errors.Is(err, actor.ErrBadCountry))
	}
	// Output:
	// SY -> "SY" false
	// syr -> "SY" false
	// 760 -> "SY" false
	// UK -> "GB" false
	// 145 -> "" true
}

func ExampleActor_Validate() {
	a := actor.Actor{
		ID:        "jabhat-fateh-al-sham",
		Kind:      actor.KindRebelGroup,
		Name:      "Jabhat Fateh al-Sham",
		Country:   "SYR",
		Founded:   actor.MustParseDate("2017-01-28"),
		Dissolved: actor.MustParseDate("2016-07-28"),
	}
	err := a.Validate()
	fmt.Println(errors.Is(err, actor.ErrBadCountry), errors.Is(err, actor.ErrDateOrder))
	fmt.Println(err)
	// Output:
	// true true
	// actor: country "SYR": invalid country code: canonical form is "SY"
	// actor: dissolved "2016-07-28": start date after end date: founded is "2017-01-28"
}

func ExampleFieldError() {
	a := actor.Actor{
		ID:   "hurras-al-din",
		Kind: actor.KindRebelGroup,
		Name: "Hurras al-Din",
		Identifiers: []actor.Identifier{
			{Scheme: actor.SchemeWikidata, Value: "wikidata:Q1"},
		},
		Links: []actor.Link{{Kind: actor.LinkLoyalTo, Actor: "Al-Qaeda"}},
	}
	// Report each problem at its place in a larger document, here the
	// actor's position in a dataset's "actors" array.
	for _, err := range a.Validate().(interface{ Unwrap() []error }).Unwrap() {
		var fe *actor.FieldError
		if errors.As(err, &fe) {
			fmt.Printf("actors[3].%s %q: %v\n", fe.Path, fe.Value, errors.Is(fe, actor.ErrBadID))
		}
	}
	// Output:
	// actors[3].identifiers[0].value "wikidata:Q1": false
	// actors[3].links[0].actor "Al-Qaeda": true
}

func ExampleIdentifier_Validate() {
	fmt.Println(actor.Identifier{Scheme: actor.SchemeCAMEO, Value: "SYRREBMUS"}.Validate())
	fmt.Println(actor.Identifier{Scheme: actor.SchemeACLED, Value: "Military Forces of Turkey (2016-); JWS: Syrian National Army"}.Validate())
	// Output:
	// <nil>
	// actor: value "Military Forces of Turkey (2016-); JWS: Syrian National Army": invalid identifier: contains ';' (several actors) for scheme "acled"
}

func ExampleActor_NameAt() {
	tass := actor.Actor{
		ID: "tass", Kind: actor.KindMedia, Name: "TASS",
		Names: []actor.Name{
			{Text: "ITAR-TASS", Kind: actor.NameOfficial, From: actor.MustParseDate("1992"), To: actor.MustParseDate("2014")},
			{Text: "Russian News Agency TASS", Kind: actor.NameOfficial, From: actor.MustParseDate("2014")},
		},
	}
	fmt.Println(tass.NameAt(date.New(2005, time.January, 1)))
	fmt.Println(tass.NameAt(date.New(2019, time.August, 31)))
	// Output:
	// ITAR-TASS
	// Russian News Agency TASS
}

func ExampleActor_IdentifierAt() {
	us := actor.Actor{
		ID: "military-forces-of-the-united-states", Kind: actor.KindStateForces, Name: "US forces",
		Identifiers: []actor.Identifier{
			{Scheme: actor.SchemeACLED, Value: "Military Forces of the United States (2017-2021)", From: actor.MustParseDate("2017"), To: actor.MustParseDate("2021")},
			{Scheme: actor.SchemeACLED, Value: "Military Forces of the United States (2021-)", From: actor.MustParseDate("2021")},
		},
	}
	id, _ := us.IdentifierAt(actor.SchemeACLED, date.New(2019, time.August, 31))
	fmt.Println(id.Value)
	id, _ = us.Identifier(actor.SchemeACLED)
	fmt.Println(id.Value)
	// Output:
	// Military Forces of the United States (2017-2021)
	// Military Forces of the United States (2021-)
}

func ExampleNewRegistry() {
	r, err := actor.NewRegistry(
		actor.Actor{ID: "jabhat-al-nusra", Kind: actor.KindRebelGroup, Name: "Jabhat al-Nusra",
			Identifiers: []actor.Identifier{{Scheme: actor.SchemeCAMEO, Value: "SYRREBMUS"}}},
		actor.Actor{ID: "jabhat-fateh-al-sham", Kind: actor.KindRebelGroup, Name: "Jabhat Fateh al-Sham",
			Names: []actor.Name{{Text: "JFS", Kind: actor.NameShort}},
			Links: []actor.Link{
				{Kind: actor.LinkSuccessorOf, Actor: "jabhat-al-nusra", From: actor.MustParseDate("2016-07-28")},
				{Kind: actor.LinkMergedInto, Actor: "hts", From: actor.MustParseDate("2017-01-28")},
			}},
		actor.Actor{ID: "hts", Kind: actor.KindRebelGroup, Name: "Hay'at Tahrir al-Sham",
			Identifiers: []actor.Identifier{{Scheme: actor.SchemeACLED, Value: "HTS: Hayat Tahrir al Sham"}}},
	)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, a := range r.Successors("jabhat-al-nusra") {
		fmt.Println("successor:", a.Name)
	}
	for _, a := range r.ByName("JFS") {
		fmt.Println("JFS is", a.ID)
	}
	for _, a := range r.ByIdentifier(actor.SchemeACLED, "HTS: Hayat Tahrir al Sham") {
		fmt.Println("ACLED string is", a.ID)
	}
	for _, a := range r.ByIdentifier(actor.SchemeCAMEO, "SYRREBMUS") {
		fmt.Println("CAMEO code is", a.ID)
	}
	// Output:
	// successor: Jabhat Fateh al-Sham
	// successor: Hay'at Tahrir al-Sham
	// JFS is jabhat-fateh-al-sham
	// ACLED string is hts
	// CAMEO code is jabhat-al-nusra
}

func ExampleRegistry_All() {
	var r actor.Registry // the zero Registry is ready to use
	_ = r.Add(actor.Actor{ID: "centcom", Kind: actor.KindMilitaryCommand, Name: "US Central Command"})
	_ = r.Add(actor.Actor{ID: "al-qaeda", Kind: actor.KindArmedGroup, Name: "al-Qaeda"})
	for a := range r.All() {
		fmt.Println(a.ID, a.Kind.Label())
	}
	// Output:
	// al-qaeda Armed group
	// centcom Military command
}

func ExampleActor_json() {
	a := actor.Actor{
		ID:      "ansar-al-tawhid",
		Kind:    actor.KindRebelGroup,
		Name:    "Ansar al-Tawhid",
		Founded: actor.MustParseDate("2018-03"),
		Identifiers: []actor.Identifier{
			{Scheme: actor.SchemeACLED, Value: "Ansar al Tawhid"},
		},
	}
	b, _ := json.Marshal(a)
	fmt.Println(string(b))
	var back actor.Actor
	fmt.Println(json.Unmarshal(b, &back), back.Founded)
	// Output:
	// {"id":"ansar-al-tawhid","kind":"rebel-group","name":"Ansar al-Tawhid","identifiers":[{"scheme":"acled","value":"Ansar al Tawhid"}],"founded":"2018-03"}
	// <nil> 2018-03
}
