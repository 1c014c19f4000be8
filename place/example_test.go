package place_test

import (
	"encoding/json"
	"errors"
	"fmt"

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
