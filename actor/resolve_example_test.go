package actor_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/conflictkit/conflict/actor"
)

func ExampleDefault() {
	reg := actor.Default() // the embedded catalogue, loaded on first use
	hts, _ := reg.Get("hts")
	fmt.Println(hts.Name, hts.Founded, hts.Dissolved)
	for _, a := range reg.Predecessors("hts")[:2] {
		fmt.Println("predecessor:", a.Name)
	}
	// Output:
	// Hay'at Tahrir al-Sham 2017-01-28 2025-01-29
	// predecessor: Ansar al-Din Front
	// predecessor: Jabhat Fateh al-Sham
}

func ExampleRegistry_Resolve() {
	reg := actor.Default()
	on := actor.MustParseDate("2019-08-31")
	for _, s := range []string{
		"HTS: Hayat Tahrir al Sham",   // the ACLED string
		"هَيْئَةُ تَحْرِيرِ الشَّامِ", // vocalised Arabic
		"Hurras al-Deen",
		"CENTCOM",
		"Military Forces of the United States (2017-2021)",
	} {
		res, err := reg.Resolve(s, on)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%s: %s, %s %s, %.2f\n", res.Actor.ID, res.Name.Text, res.How, res.Scheme, res.Confidence)
	}
	// Output:
	// hts: Hay'at Tahrir al-Sham, identifier acled, 0.95
	// hts: Hay'at Tahrir al-Sham, folded , 0.80
	// hurras-al-din: Hurras al-Din, alias , 0.90
	// centcom: US Central Command, alias , 0.90
	// us-military: Military Forces of the United States, identifier acled, 0.95
}

func ExampleFollowSuccession() {
	reg := actor.Default()
	in2016 := actor.MustParseDate("2016-10")
	in2018 := actor.MustParseDate("2018-05-01")

	res, _ := reg.Resolve("Jabhat Fateh al-Sham", in2016)
	fmt.Println(res.Actor.ID, res.Confidence)

	res, _ = reg.Resolve("Jabhat Fateh al-Sham", in2018) // dissolved by then
	fmt.Println(res.Actor.ID, res.Confidence, res.OutOfPeriod)

	res, _ = reg.Resolve("Jabhat Fateh al-Sham", in2018, actor.FollowSuccession())
	fmt.Println(res.Actor.ID, res.Confidence, res.Followed)
	// Output:
	// jabhat-fateh-al-sham 1
	// jabhat-fateh-al-sham 0.5 true
	// hts 0.9 [jabhat-fateh-al-sham]
}

func ExampleInSchemes() {
	reg := actor.Default()
	acledOnly := actor.InSchemes(actor.SchemeACLED) // make once, reuse

	res, _ := reg.Resolve("HTS", actor.Date{}) // also UCDP's side name
	fmt.Println(res.How, res.Scheme)
	res, _ = reg.Resolve("HTS", actor.Date{}, acledOnly) // now only a short name
	fmt.Println(res.How, res.Scheme == "")
	// Output:
	// identifier ucdp
	// alias true
}

func ExampleLoadJSON() {
	const mine = `{"actors": [
  {"id": "org.example/idlib-police", "kind": "state-forces", "name": "Free Idlib Police",
   "country": "SY", "links": [{"kind": "allied-with", "actor": "hts"}]}
]}`
	actors, err := actor.LoadJSON(strings.NewReader(mine))
	if err != nil {
		fmt.Println(err)
		return
	}
	reg := actor.Default().Clone() // Default itself is read-only
	if err := reg.Merge(actors...); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(reg.Len()-actor.Default().Len(), reg.Check())
	res, _ := reg.Resolve("free idlib police", actor.Date{})
	fmt.Println(res.Actor.ID, res.How)

	_, err = actor.LoadJSON(strings.NewReader(`[{"id": "x", "kind": "armed-group", "name": "X", "nmae": "Y"}]`))
	var pe *actor.ParseError
	fmt.Println(errors.As(err, &pe), pe.Line, pe.Column, pe.Field, errors.Is(err, actor.ErrSyntax))
	// Output:
	// 1 <nil>
	// org.example/idlib-police folded
	// true 1 50 [0].nmae true
}

func ExampleRegistry_Merge() {
	reg := actor.Default().Clone()
	hts, _ := reg.Get("hts")
	hts.Names = append(hts.Names, actor.Name{Text: "Tahrir", Kind: actor.NameAlias})
	if err := reg.Merge(hts); err != nil { // replaces the record whole
		fmt.Println(err)
		return
	}
	res, _ := reg.Resolve("Tahrir", actor.Date{})
	fmt.Println(res.Actor.ID, res.How)

	err := actor.Default().Merge(hts)
	fmt.Println(errors.Is(err, actor.ErrReadOnly))
	// Output:
	// hts alias
	// true
}

func ExampleAmbiguousError() {
	reg, _ := actor.NewRegistry(
		actor.Actor{ID: "liwa-al-haqq", Kind: actor.KindArmedGroup, Name: "Liwa al-Haqq"},
		actor.Actor{ID: "org.example/liwa-al-haqq-homs", Kind: actor.KindArmedGroup, Name: "Liwa al-Haqq"},
	)
	_, err := reg.Resolve("Liwa al-Haqq", actor.Date{})
	var ae *actor.AmbiguousError
	if errors.As(err, &ae) {
		for _, c := range ae.Candidates {
			fmt.Println(c.Actor.ID)
		}
	}
	fmt.Println(err)
	// Output:
	// liwa-al-haqq
	// org.example/liwa-al-haqq-homs
	// actor: resolve "Liwa al-Haqq": name matches several actors (liwa-al-haqq, org.example/liwa-al-haqq-homs)
}

func ExampleParseMatchKind() {
	k, err := actor.ParseMatchKind("folded")
	fmt.Println(k, k.Confidence(), err)
	_, err = actor.ParseMatchKind("fuzzy")
	fmt.Println(err)
	// Output:
	// folded 0.8 <nil>
	// actor: match kind "fuzzy": unknown match kind
}
