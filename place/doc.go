// Package place models where conflict events happen: places in an
// administrative hierarchy, their external codes, points, and how
// precisely an event is located.
//
// # Main types
//
//   - Place: a country, an administrative unit (admin1 to admin4), a
//     locality, or an Area that is not an admin unit (the Idlib
//     de-escalation zone, "northwest Syria"). It has a stable ID, a Level,
//     a display Name and names in other scripts, an explicit Parent link,
//     a Country, external Codes, an optional Point and non-hierarchical
//     Within links.
//   - ID: a stable lower-case slug ("sy07", "idlib-city").
//   - Level: the closed set country, admin1 … admin4, locality, area,
//     with Rank for the nesting order.
//   - Country: an ISO 3166-1 country backed by
//     golang.org/x/text/language.Region.
//   - Code and Scheme: a code in an external system (ISO 3166-1/2, OCHA
//     P-code, GeoNames, Wikidata, or any other well-formed scheme).
//   - Point: WGS84 latitude and longitude.
//   - Precision: how closely a coded location matches the event, with
//     conversions to and from ACLED geo_precision, UCDP where_prec and
//     PLOVER location resolution.
//   - Relation: in, near or between.
//   - Ref and Unit: the self-describing reference an event carries (the
//     place's name and the admin path with codes and names), so that a
//     reader needs no gazetteer.
//   - Set: a small concurrency-safe collection of places that follows
//     parent links (Ancestors) and builds Refs.
//
// # Usage
//
//	syria := place.Place{ID: "sy", Level: place.LevelCountry, Name: "Syria",
//		Country: place.MustCountry("SY")}
//	idleb := place.Place{ID: "sy07", Level: place.LevelAdmin1, Name: "Idleb",
//		Parent: "sy", Country: place.MustCountry("SY"),
//		Codes: []place.Code{{Scheme: place.SchemePCode, Value: "SY07"}}}
//	set, err := place.NewSet(syria, idleb)
//	...
//	ref, err := set.Ref("sy07") // Path: [{country sy SY Syria}]
//
// # Validation and errors
//
// Every error wraps a sentinel (ErrBadID, ErrBadLevel, ErrBadCode, ...), so
// callers test with errors.Is. Place.Validate, Code.Validate and
// Name.Validate return every problem at once, joined with errors.Join;
// each problem is a *FieldError with the JSON path of the field
// ("parent", "codes[0].value", "point.lat"), reached with errors.As.
//
// # Pitfalls
//
//   - P-codes are opaque. Syria's admin2 codes extend their admin1 code
//     ("SY0700" in "SY07") but the centre district is not always "..00",
//     admin4 codes ("C…") embed nothing, and Turkey's codes follow another
//     pattern. Parents are therefore explicit links, never derived from
//     code prefixes.
//   - Code systems differ: GeoNames numbers Syria's governorates in
//     another order than OCHA. Each code is stored with its Scheme.
//   - x/text accepts more than countries. ParseCountry canonicalises
//     ("UK" to GB) and refuses groups ("145"), "ZZ" and private-use codes
//     ("QQQ" would silently become "QQ").
//   - A Point of exactly (0, 0) is almost always a missing value. Optional
//     points are *Point so that nil, not zero, means missing.
//   - Precision conversions are lossy where the schemes cut the scale
//     differently (ACLED has 3 codes, UCDP 7, PLOVER 5). A scheme code
//     converted to Precision and back is always the same code.
//
// This package imports no other package of the module but internal ones. A full gazetteer
// with embedded data and name resolution is separate.
package place
