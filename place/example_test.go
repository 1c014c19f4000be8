package place_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"

	"golang.org/x/text/language"

	"github.com/conflictkit/conflict/place"
)

func ExampleParseID() {
	id, err := place.ParseID("idlib-de-escalation-zone")
	fmt.Println(id, err)
	_, err = place.ParseID("SY07")
	fmt.Println(errors.Is(err, place.ErrBadID), err)
	// Output:
	// idlib-de-escalation-zone <nil>
	// true place: invalid place ID "SY07"
}

func ExampleMustParseID() {
	fmt.Println(place.MustParseID("sy07"))
	// Output: sy07
}

func ExampleParseLevel() {
	l, err := place.ParseLevel("admin2")
	fmt.Println(l, l.Rank(), l.IsAdmin(), err)
	_, err = place.ParseLevel("district")
	fmt.Println(err)
	// Output:
	// admin2 3 true <nil>
	// place: invalid place level "district"
}

func ExampleLevel_Rank() {
	outer, inner := place.LevelAdmin1, place.LevelLocality
	fmt.Println(outer.Rank() < inner.Rank())
	fmt.Println(place.LevelArea.Rank()) // areas are unranked
	// Output:
	// true
	// 0
}

func ExampleParseCountry() {
	for _, s := range []string{"SY", "syr", "760", "UK"} {
		c, _ := place.ParseCountry(s)
		fmt.Println(s, "->", c.Alpha2(), c.Alpha3(), c.Numeric(), c.Name())
	}
	for _, s := range []string{"145", "ZZ", "QQQ"} {
		_, err := place.ParseCountry(s)
		fmt.Println(errors.Is(err, place.ErrBadCountry), err)
	}
	// Output:
	// SY -> SY SYR 760 Syria
	// syr -> SY SYR 760 Syria
	// 760 -> SY SYR 760 Syria
	// UK -> GB GBR 826 United Kingdom
	// true place: invalid country "145"
	// true place: invalid country "ZZ"
	// true place: invalid country "QQQ"
}

func ExampleMustCountry() {
	tr := place.MustCountry("TUR")
	fmt.Println(tr, tr.Numeric(), tr.Name())
	// Output: TR 792 Turkey
}

func ExampleCountryFromRegion() {
	c, err := place.CountryFromRegion(language.MustParseRegion("SY"))
	fmt.Println(c, err)
	_, err = place.CountryFromRegion(language.MustParseRegion("145")) // Western Asia
	fmt.Println(err)
	// Output:
	// SY <nil>
	// place: invalid country "145"
}

func ExampleCountry_UnmarshalText() {
	var c place.Country
	fmt.Println(c.UnmarshalText([]byte("SY")), c)
	// Stored data uses the canonical alpha-2 form only.
	fmt.Println(c.UnmarshalText([]byte("SYR")))
	// Output:
	// <nil> SY
	// place: invalid country "SYR": want canonical alpha-2 "SY"
}

func ExampleParseScheme() {
	s, err := place.ParseScheme("org.example/grid")
	fmt.Println(s, s.Known(), err)
	fmt.Println(place.SchemePCode, place.SchemePCode.Known())
	// Output:
	// org.example/grid false <nil>
	// ocha-pcode true
}

func ExampleNewCode() {
	c, err := place.NewCode(place.SchemePCode, "SY0700")
	fmt.Println(c, err)
	_, err = place.NewCode(place.SchemeISOSubdivision, "SY-IDLIB")
	fmt.Println(err)
	// Output:
	// ocha-pcode:SY0700 <nil>
	// place: value "SY-IDLIB": invalid place code for scheme "iso3166-2"
}

func ExampleNewPoint() {
	p, err := place.NewPoint(35.93062, 36.63393) // Idlib city
	fmt.Println(p, err)
	_, err = place.NewPoint(136.63393, 35.93062) // swapped
	fmt.Println(errors.Is(err, place.ErrLatitude), err)
	// Output:
	// 35.93062,36.63393 <nil>
	// true place: latitude out of range: 136.63393
}

func ExampleMustPoint() {
	p := place.MustPoint(36.20124, 37.16117) // Aleppo
	b, _ := json.Marshal(p)
	fmt.Println(string(b), p.IsNullIsland())
	// Output: {"lat":36.20124,"lon":37.16117} false
}

func ExamplePoint_UnmarshalJSON() {
	var p place.Point
	err := json.Unmarshal([]byte(`{"lat":35.93062}`), &p)
	fmt.Println(err)
	// Output: lon: place: point: longitude out of range: missing "lon"
}

func ExampleParsePrecision() {
	p, err := place.ParsePrecision("admin2")
	fmt.Println(p, err)
	acled, _ := p.ACLED()
	ucdp, _ := p.UCDP()
	plover, _ := p.PLOVER()
	fmt.Println(acled, ucdp, plover)
	// Output:
	// admin2 <nil>
	// 3 3 3
}

func ExamplePrecisionFromACLED() {
	for code := 1; code <= 4; code++ {
		p, err := place.PrecisionFromACLED(code)
		fmt.Println(code, p, err)
	}
	// Output:
	// 1 exact <nil>
	// 2 near <nil>
	// 3 region <nil>
	// 4 unspecified place: ACLED geo_precision 4: invalid geo precision
}

func ExamplePrecisionFromUCDP() {
	p, _ := place.PrecisionFromUCDP(4)
	acled, _ := p.ACLED() // ACLED has no admin1 code: its coarsest is used
	fmt.Println(p, acled)
	_, err := place.PrecisionFromUCDP(8)
	fmt.Println(err)
	// Output:
	// admin1 3
	// place: UCDP where_prec 8: invalid geo precision
}

func ExamplePrecisionFromPLOVER() {
	p, _ := place.PrecisionFromPLOVER(5)
	ucdp, _ := p.UCDP()
	fmt.Println(p, ucdp)
	// Output: site 1
}

func ExampleParseRelation() {
	r, err := place.ParseRelation("near")
	fmt.Println(r, err)
	var zero place.Relation
	fmt.Println(zero)
	// Output:
	// near <nil>
	// in
}

func ExampleNewSet() {
	sy := place.MustCountry("SY")
	pt := place.MustPoint(35.93062, 36.63393)
	set, err := place.NewSet(
		place.Place{ID: "sy", Level: place.LevelCountry, Name: "Syria", Country: sy},
		place.Place{ID: "sy07", Level: place.LevelAdmin1, Name: "Idleb", Parent: "sy", Country: sy,
			Codes: []place.Code{{Scheme: place.SchemePCode, Value: "SY07"}, {Scheme: place.SchemeISOSubdivision, Value: "SY-ID"}}},
		place.Place{ID: "sy0700", Level: place.LevelAdmin2, Name: "Idleb", Parent: "sy07", Country: sy,
			Codes: []place.Code{{Scheme: place.SchemePCode, Value: "SY0700"}}},
		place.Place{ID: "sy070000", Level: place.LevelAdmin3, Name: "Idleb", Parent: "sy0700", Country: sy,
			Codes: []place.Code{{Scheme: place.SchemePCode, Value: "SY070000"}}},
		place.Place{ID: "idlib-city", Level: place.LevelLocality, Name: "Idlib", Parent: "sy070000", Country: sy, Point: &pt},
	)
	if err != nil {
		fmt.Println(err)
		return
	}
	ref, err := set.Ref("idlib-city")
	if err != nil {
		fmt.Println(err)
		return
	}
	b, _ := json.MarshalIndent(ref, "", "  ")
	fmt.Println(string(b))
	// Output:
	// {
	//   "id": "idlib-city",
	//   "name": "Idlib",
	//   "level": "locality",
	//   "path": [
	//     {
	//       "level": "country",
	//       "id": "sy",
	//       "code": "SY",
	//       "name": "Syria"
	//     },
	//     {
	//       "level": "admin1",
	//       "id": "sy07",
	//       "code": "SY07",
	//       "name": "Idleb"
	//     },
	//     {
	//       "level": "admin2",
	//       "id": "sy0700",
	//       "code": "SY0700",
	//       "name": "Idleb"
	//     },
	//     {
	//       "level": "admin3",
	//       "id": "sy070000",
	//       "code": "SY070000",
	//       "name": "Idleb"
	//     }
	//   ]
	// }
}

func ExampleSet_Ancestors() {
	set, _ := place.NewSet(
		place.Place{ID: "sy", Level: place.LevelCountry, Name: "Syria", Country: place.MustCountry("SY")},
		place.Place{ID: "sy07", Level: place.LevelAdmin1, Name: "Idleb", Parent: "sy"},
		place.Place{ID: "sy0700", Level: place.LevelAdmin2, Name: "Idleb", Parent: "sy07"},
		place.Place{ID: "bad", Level: place.LevelAdmin1, Name: "Bad", Parent: "sy0700"},
	)
	chain, err := set.Ancestors("sy0700")
	for _, p := range chain {
		fmt.Println(p.ID, p.Level)
	}
	fmt.Println(err)
	_, err = set.Ancestors("bad")
	fmt.Println(errors.Is(err, place.ErrHierarchy))
	// Output:
	// sy country
	// sy07 admin1
	// <nil>
	// true
}

func ExamplePlace_Validate() {
	p := place.Place{ID: "idlib-city", Level: place.LevelLocality, Name: "Idlib", Point: &place.Point{}}
	fmt.Println(p.Validate())
	// Output: place: point "0,0": coordinates exactly (0, 0)
}

func ExampleFieldError() {
	p := place.Place{
		ID: "idlib-city", Level: place.LevelLocality, Name: "Idlib", Parent: "SY070000",
		Codes: []place.Code{{Scheme: place.SchemeGeoNames, Value: "169389"}, {Scheme: place.SchemeGeoNames, Value: "169388"}},
	}
	// Report each problem at its place in a larger document, here the
	// place's position in a dataset's "places" array.
	for _, err := range p.Validate().(interface{ Unwrap() []error }).Unwrap() {
		var fe *place.FieldError
		if errors.As(err, &fe) {
			fmt.Printf("places[4].%s %q: %v\n", fe.Path, fe.Value, fe.Err)
		}
	}
	// Output:
	// places[4].parent "SY070000": invalid place ID
	// places[4].codes[1].scheme "geonames": duplicate
}

func ExampleDefault() {
	g := place.Default()
	// An ACLED admin path, read level by level under the one above.
	gov, _ := g.Resolve("Idleb", place.ResolveOptions{Parent: "syria", Level: place.LevelAdmin1})
	dist, _ := g.Resolve("Idleb", place.ResolveOptions{Parent: gov.Place.ID, Level: place.LevelAdmin2})
	sub, _ := g.Resolve("Saraqab", place.ResolveOptions{Parent: dist.Place.ID, Level: place.LevelAdmin3})
	fmt.Println(gov.Place.ID, dist.Place.ID, sub.Place.ID)
	town, _ := g.Get("saraqib")
	fmt.Println(town.Name, town.Point, town.Parent)
	// Output:
	// sy07 sy0700 sy070003
	// Sarāqib 35.86447,36.80591 sy070003
}

func ExampleGazetteer_Resolve() {
	g := place.Default()
	for _, name := range []string{"Idlib Governorate", "Deir ez Zor Governorate", "Al Mayadin district", "İskenderun", "سَرَاقِب", "SY0702"} {
		m, err := g.Resolve(name, place.ResolveOptions{})
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%s -> %s (%s, matched %q, %.2f)\n", name, m.Place.ID, m.How, m.Name, m.Confidence)
	}
	// Output:
	// Idlib Governorate -> sy07 (alias, matched "Idlib", 0.75)
	// Deir ez Zor Governorate -> sy09 (alias, matched "Deir-ez-Zor", 0.75)
	// Al Mayadin district -> sy0903 (alias, matched "Al Mayadin", 0.75)
	// İskenderun -> tur031009 (folded, matched "Iskenderun", 0.90)
	// سَرَاقِب -> sy070003 (folded, matched "سراقب", 0.90)
	// SY0702 -> sy0702 (code, matched "SY0702", 1.00)
}

func ExampleGazetteer_Resolve_ambiguous() {
	g := place.Default()
	_, err := g.Resolve("Idlib", place.ResolveOptions{})
	var amb *place.AmbiguousError
	if errors.As(err, &amb) {
		for _, p := range amb.Candidates {
			fmt.Println(p.ID, p.Level)
		}
	}
	// Narrow by level (and parent) to resolve.
	m, _ := g.Resolve("Idlib", place.ResolveOptions{Level: place.LevelLocality})
	fmt.Println(m.Place.ID, m.How)
	// Output:
	// sy07 admin1
	// sy0700 admin2
	// sy070000 admin3
	// idlib-city locality
	// idlib-city exact
}

func ExampleGazetteer_Nearest() {
	g := place.Default()
	p, km, ok := g.Nearest(place.MustPoint(35.87, 36.79), place.NearestOptions{Level: place.LevelLocality, MaxKm: 10})
	fmt.Printf("%s %.1f km %v\n", p.ID, km, ok)
	_, _, ok = g.Nearest(place.MustPoint(35.87, 36.79), place.NearestOptions{Level: place.LevelLocality, MaxKm: 1})
	fmt.Println(ok)
	// Output:
	// saraqib 1.6 km true
	// false
}

func ExampleNewGazetteer() {
	g, err := place.NewGazetteer(
		place.Place{ID: "sy07", Level: place.LevelAdmin1, Name: "Idleb", Names: []place.Name{{Text: "إدلب", Lang: language.Arabic}},
			Country: place.MustCountry("SY"), Codes: []place.Code{{Scheme: place.SchemePCode, Value: "SY07"}}},
		place.Place{ID: "sy0700", Level: place.LevelAdmin2, Name: "Idleb", Parent: "sy07", Country: place.MustCountry("SY")},
	)
	fmt.Println(g.Len(), err)
	m, _ := g.Resolve("إدلب", place.ResolveOptions{})
	fmt.Println(m.Place.ID, m.How)
	p, _ := g.ByCode(place.SchemePCode, "SY07")
	fmt.Println(p.Name, g.Contains("sy07", "sy0700"))
	_, err = place.NewGazetteer(place.Place{ID: "a", Level: place.LevelArea, Name: "A"}, place.Place{ID: "a", Level: place.LevelArea, Name: "B"})
	fmt.Println(err)
	// Output:
	// 2 <nil>
	// sy07 name
	// Idleb true
	// place: duplicate ID "a"
}

func ExampleLoadJSON() {
	const towns = `{"places": [
{"id":"example.org/camp-1","level":"locality","name":"Camp 1 (an example)","parent":"sy070002","country":"SY"}
]}`
	mine, err := place.LoadJSON(strings.NewReader(towns))
	fmt.Println(mine.Len(), err)
	fmt.Println(mine.Validate() != nil) // its parent is in the embedded gazetteer, not here
	g, err := place.Default().Merge(mine)
	fmt.Println(err, g.Validate())
	var path []string
	for _, a := range g.Ancestors("example.org/camp-1") {
		path = append(path, string(a.ID))
	}
	fmt.Println(strings.Join(path, " > "))
	// Output:
	// 1 <nil>
	// true
	// <nil> <nil>
	// syria > sy07 > sy0700 > sy070002
}

func ExampleLoadPCodes() {
	const table = "\uFEFFLocation,Admin Level,P-Code,Name,Parent P-Code,Valid from date\n" +
		"SYR,1,SY07,Idleb,SYR,2020-12-17\n" +
		"SYR,2,SY0702,Al Ma'ra,SY07,2020-12-17\n"
	g, err := place.LoadPCodes(strings.NewReader(table))
	fmt.Println(err)
	for p := range g.All() {
		fmt.Println(p.ID, p.Level, p.Name, p.Parent, p.Notes)
	}
	// Output:
	// <nil>
	// sy07 admin1 Idleb syria OCHA P-code valid from 2020-12-17.
	// sy0702 admin2 Al Ma'ra sy07 OCHA P-code valid from 2020-12-17.
}

func ExampleGazetteer_Merge() {
	fix, _ := place.NewGazetteer(place.Place{ID: "sy0702", Level: place.LevelAdmin2, Name: "Maarrat al-Nu'man",
		Parent: "sy07", Country: place.MustCountry("SY"), Codes: []place.Code{{Scheme: place.SchemePCode, Value: "SY0702"}}})
	g, err := place.Default().Merge(fix)
	fmt.Println(err, g.Len() == place.Default().Len())
	m, _ := g.Resolve("Maarrat al-Nu'man", place.ResolveOptions{Level: place.LevelAdmin2})
	fmt.Println(m.Place.ID)
	// Output:
	// <nil> true
	// sy0702
}

func ExampleGazetteer_Update() {
	// A newer P-code table that spells the governorate otherwise.
	const table = "Location,Admin Level,P-Code,Name,Parent P-Code\n" + "SYR,1,SY07,Idlib,SYR\n"
	newer, _ := place.LoadPCodes(strings.NewReader(table))
	g, err := place.Default().Update(newer)
	fmt.Println(err)
	p, _ := g.Get("sy07")
	iso, _ := p.Code(place.SchemeISOSubdivision)
	fmt.Println(p.Name, iso)
	m, _ := g.Resolve("محافظة إدلب", place.ResolveOptions{})
	fmt.Println(m.Place.ID)
	// Output:
	// <nil>
	// Idlib SY-ID
	// sy07
}

func ExampleGazetteer_WriteJSON() {
	g, _ := place.NewGazetteer(place.Place{ID: "hatay", Level: place.LevelAdmin1, Name: "Hatay", Country: place.MustCountry("TR")})
	_ = g.WriteJSON(os.Stdout)
	// Output:
	// [
	// {"id":"hatay","level":"admin1","name":"Hatay","country":"TR"}
	// ]
}

func ExampleParseMatchKind() {
	k, err := place.ParseMatchKind("folded")
	fmt.Println(k, k.Confidence(), err)
	_, err = place.ParseMatchKind("fuzzy")
	fmt.Println(err)
	// Output:
	// folded 0.9 <nil>
	// place: invalid match kind "fuzzy"
}

func ExamplePoint_Distance() {
	idlib := place.MustPoint(35.93062, 36.63393)
	saraqib := place.MustPoint(35.86447, 36.80591)
	fmt.Printf("%.1f km\n", idlib.Distance(saraqib))
	// Output: 17.1 km
}

func ExampleGazetteer_ResolveID() {
	g := place.Default()
	// Reading an ACLED row: admin1, admin2, admin3, each under the one above.
	parent := place.ID("syria")
	levels := []place.Level{place.LevelAdmin1, place.LevelAdmin2, place.LevelAdmin3}
	for i, name := range []string{"Idleb", "Al Ma'ra", "Kafr Nobol"} {
		id, how, err := g.ResolveID(name, place.ResolveOptions{Parent: parent, Level: levels[i]})
		if err != nil {
			fmt.Println(err)
			return
		}
		code, _ := g.Code(id, place.SchemePCode)
		fmt.Println(id, code, how)
		parent = id
	}
	// Output:
	// sy07 SY07 exact
	// sy0702 SY0702 exact
	// sy070203 SY070203 exact
}
