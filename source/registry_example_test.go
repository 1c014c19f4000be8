package source_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/conflictkit/conflict/source"
)

func ExampleDefault() {
	reg := source.Default() // the embedded catalogue, loaded on first use
	tass, _ := reg.Get("tass")
	fmt.Println(tass.Name, tass.Kind, tass.Language, tass.Country)
	centcom, _ := reg.Get("centcom")
	fmt.Println(centcom.Short, "is also the actor", centcom.Actor)
	// Output:
	// TASS state-media ru RU
	// CENTCOM is also the actor centcom
}

func ExampleRegistry_Resolve() {
	reg := source.Default()
	// An ACLED source cell joins outlets with "; ": split it first.
	for _, s := range strings.Split("SOHR; Liveuamap; SHAM", "; ") {
		res, err := reg.Resolve(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%s -> %s (%s, %.1f)\n", s, res.Source.ID, res.How, res.Confidence)
	}
	res, _ := reg.Resolve("Agence France Presse") // as UCDP writes it
	fmt.Println(res.Source.Name)
	// Output:
	// SOHR -> sohr (alias, 0.9)
	// Liveuamap -> liveuamap (exact, 1.0)
	// source: resolve "SHAM": no source of that name
	// Agence France-Presse
}

func ExampleLoadJSON() {
	const mine = `{"sources": [
  {"id": "org.example/idlib-media-centre", "name": "Idlib Media Centre", "kind": "online-news", "language": "ar", "country": "SY"}
]}`
	sources, err := source.LoadJSON(strings.NewReader(mine))
	if err != nil {
		fmt.Println(err)
		return
	}
	reg := source.Default().Clone() // Default itself is read-only
	if err := reg.Merge(sources...); err != nil {
		fmt.Println(err)
		return
	}
	res, _ := reg.Resolve("idlib media centre")
	fmt.Println(res.Source.ID, res.How)

	_, err = source.LoadJSON(strings.NewReader(`[{"id": "x", "name": "X", "kind": "blog"}]`))
	var pe *source.ParseError
	fmt.Println(errors.As(err, &pe), pe.Field, errors.Is(err, source.ErrUnknownKind))
	// Output:
	// org.example/idlib-media-centre folded
	// true [0] true
}

func ExampleNewRegistry() {
	reg, err := source.NewRegistry(
		source.Source{ID: "ap", Name: "Associated Press", Short: "AP"},
		source.Source{ID: "org.example/ap", Name: "Agence Paris", Short: "AP"},
	)
	if err != nil {
		fmt.Println(err)
		return
	}
	_, err = reg.Resolve("AP")
	var ae *source.AmbiguousError
	fmt.Println(errors.As(err, &ae), len(ae.Candidates))
	fmt.Println(err)
	// Output:
	// true 2
	// source: resolve "AP": name matches several sources (ap, org.example/ap)
}

func ExampleParseMatchKind() {
	k, err := source.ParseMatchKind("alias")
	fmt.Println(k, k.Confidence(), err)
	// Output:
	// alias 0.9 <nil>
}
